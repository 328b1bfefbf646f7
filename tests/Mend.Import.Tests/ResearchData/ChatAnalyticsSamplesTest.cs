using Mend.Chat;

namespace Mend.Import.Tests.ResearchData;

/// <summary>
/// chat-analytics' samples (../shared/research-data/chat-analytics-samples), read in place. Their file names carry
/// the expected counts: <c>2A_7M</c> is 2 authors and 7 messages.
/// </summary>
public sealed class ChatAnalyticsSamplesTest
{
    [Theory]
    [InlineData("telegram/DM_2A_7M.json", ChatFormat.Telegram)]
    [InlineData("telegram/BIG_20A_5475M.json", ChatFormat.Telegram)]
    [InlineData("messenger/2A_7M.json", ChatFormat.Messenger)]
    public void Participant_messages_and_authors_match_the_file_name(string file, ChatFormat format)
    {
        var (detected, messages, _) = Imports.ReadPath(Path.Combine(Imports.ResearchData("chat-analytics-samples"), file));
        var (authors, count) = Counts(file);

        Assert.Equal(format, detected);
        var written = messages.Where(m => m.IsFromParticipant).ToList();

        // chat-analytics counts Telegram calls (service lines "phone_call") as messages; Mend keeps them as system lines.
        Assert.Equal(count, written.Count + messages.Count(m => m.Kind == ChatMessageKind.System && m.Text.StartsWith("phone_call", StringComparison.Ordinal)));
        Assert.Equal(authors, written.Select(m => m.Sender).Distinct().Count());
        Assert.True(messages.Zip(messages.Skip(1)).All(pair => pair.First.Time <= pair.Second.Time), "messages are oldest first");
    }

    [Theory]
    [InlineData("discord/DM_2A_2M.json", true)]
    [InlineData("discord/GC_3A_5M.json", true)]
    [InlineData("discord/SV_5A_5M.json", false)]
    public void Discord_entries_and_authors_match_the_file_name(string file, bool authorsByName)
    {
        var (detected, messages, diagnostics) = Imports.ReadPath(Path.Combine(Imports.ResearchData("chat-analytics-samples"), file));
        var (authors, count) = Counts(file);

        Assert.Equal(ChatFormat.Discord, detected);
        Assert.Equal(0, diagnostics.Count);

        // chat-analytics counts every entry except calls (channel renames included); Mend reads them all and marks
        // the non-written ones as system lines.
        Assert.Equal(count, messages.Count(m => !(m.Kind == ChatMessageKind.System && m.Text.StartsWith("Started a call", StringComparison.Ordinal))));
        if (authorsByName)
        {
            // chat-analytics tells authors apart by id; the server sample has several "Deleted User"s, one name.
            Assert.Equal(authors, messages.Select(m => m.Sender).Distinct().Count());
        }
    }

    [Fact]
    public void A_whole_account_telegram_export_reads_the_largest_chat_and_accounts_for_the_other()
    {
        var (format, messages, diagnostics) = Imports.ReadPath(
            Path.Combine(Imports.ResearchData("chat-analytics-samples"), "history/telegram/MultiChat_2C_6M.json"));

        Assert.Equal(ChatFormat.Telegram, format);
        Assert.Equal(["Charlie", "David", "Charlie", "Eve"], messages.Select(m => m.Sender));
        Assert.Equal(ChatMessageKind.System, messages[2].Kind);
        var leftOut = Assert.Single(diagnostics.Issues);
        Assert.StartsWith("chat \"Chat One\" (2 messages) left out", leftOut.Reason, StringComparison.Ordinal);

        // 6 entries over the 2 chats (chat-analytics counts the call): the 4 read and the 2 left out.
        Assert.Equal(6, messages.Count + 2);
    }

    private static (int Authors, int Messages) Counts(string file)
    {
        var parts = Path.GetFileNameWithoutExtension(file).Split('_');
        var authors = parts.Single(p => p.EndsWith('A') && p[..^1].All(char.IsAsciiDigit));
        var count = parts.Single(p => p.EndsWith('M') && p[..^1].All(char.IsAsciiDigit));
        return (int.Parse(authors[..^1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(count[..^1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
