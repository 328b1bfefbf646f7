using System.Globalization;
using System.Text.Json;
using Mend.Chat;

namespace Mend.Import.Tests.ResearchData;

/// <summary>
/// chat-miner's fixtures (../shared/research-data/chatminer-fixtures), read in place and compared with the expected
/// results they carry. chat-miner joins entity parts and lines with a space where Mend keeps the text exactly as
/// exported, so texts are compared with white space removed; times are compared as local clock time.
/// </summary>
public sealed class ChatMinerFixturesTest
{
    [Theory]
    [InlineData("telegram/test_single_export.json", "telegram/target.json", ChatFormat.Telegram)]
    [InlineData("telegram/test_batch_export.json", "telegram/target.json", ChatFormat.Telegram)]
    [InlineData("signal/test_export.txt", "signal/target.json", ChatFormat.Signal)]
    public void Reads_what_the_fixture_expects(string input, string target, ChatFormat format)
    {
        var folder = Imports.ResearchData("chatminer-fixtures");
        var (detected, messages, diagnostics) = Imports.ReadPath(Path.Combine(folder, input));

        Assert.Equal(format, detected);
        Assert.Equal(0, diagnostics.Count);
        // chat-miner lists some exports newest first; Mend reads oldest first.
        Assert.Equal(Expected(Path.Combine(folder, target)).Order(StringComparer.Ordinal), messages.Select(Actual).Order(StringComparer.Ordinal));
        Assert.True(messages.Zip(messages.Skip(1)).All(pair => pair.First.Time <= pair.Second.Time));
    }

    [Fact]
    public void Instagram_fixture_reads_what_it_expects_when_the_format_is_named()
    {
        // The fixture is four fields per message with no Instagram path or address: the content cannot tell it
        // from Messenger, so it is detected as the Messenger family and read as Instagram with --format.
        var folder = Imports.ResearchData("chatminer-fixtures");
        var path = Path.Combine(folder, "instagram/test_export.json");
        Assert.Equal(ChatFormat.Messenger, ChatImport.Detect(path));

        var (_, messages, _) = Imports.ReadPath(path, ChatFormat.Instagram);

        Assert.Equal(Expected(Path.Combine(folder, "instagram/target.json")).Order(StringComparer.Ordinal), messages.Select(Actual).Order(StringComparer.Ordinal));
        Assert.True(messages[0].Time < messages[1].Time);
    }

    [Fact]
    public void Messenger_fixture_reads_what_it_expects()
    {
        var folder = Imports.ResearchData("chatminer-fixtures");
        var (format, messages, _) = Imports.ReadPath(Path.Combine(folder, "history/facebookMessenger/testlog.json"));

        Assert.Equal(ChatFormat.Messenger, format);
        using var target = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "history/facebookMessenger/target.json")));
        var expected = target.RootElement.EnumerateArray()
            .Select(e => $"{e.GetProperty("datetime").GetInt64()}|{e.GetProperty("author").GetString()}|{e.GetProperty("message").GetString()}");
        var actual = messages.Select(m => $"{(m.Time.SortTicks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMillisecond}|{m.Sender}|{m.Text}");
        Assert.Equal(expected, actual);
    }

    private static string Actual(ChatMessage message) =>
        $"{message.Time.Local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)}|{message.Sender}|{Squeeze(message.Text)}";

    private static List<string> Expected(string target)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(target));
        return document.RootElement.EnumerateArray()
            .Select(e => $"{e.GetProperty("timestamp").GetString()}|{e.GetProperty("author").GetString()}|{Squeeze(e.GetProperty("message").GetString()!)}")
            .ToList();
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
