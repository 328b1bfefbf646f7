namespace Mend.Import.Tests.Readers.Discord;

public sealed class DiscordReaderTest
{
    [Fact]
    public void Reads_nicknames_replies_media_and_system_types()
    {
        var (format, messages, diagnostics) = Imports.ReadFixture("discord/flatmates.json");

        Assert.Equal(ChatFormat.Discord, format);
        Assert.Equal(
            [
                "2024-06-01T21:00:00+02:00|Dev|System|Added mira to the group.",
                "2024-06-01T21:01:15+02:00|Dev|Text|who left the dishes again",
                "2024-06-01T21:02:00+02:00|mira_k|Text|that was me, sorry.\nI'll do them tonight",
                "2024-06-01T21:03:00+02:00|mira_k|Media|<attachment sink.jpg>",
                "2024-06-01T21:04:00+02:00|Dev|System|Pinned a message.",
                "2024-06-01T21:05:00+02:00|Dev|Media|<sticker thumbs up>",
                "2024-06-01T21:07:00+02:00|Mira|System|Started a call that lasted 3 minutes.",
                "2024-06-01T19:08:00Z|Mira|Media|<embed>",
            ],
            messages.Select(Imports.Show));
        var issue = Assert.Single(diagnostics.Issues);
        Assert.Equal("an empty message (no content, attachments, stickers or embeds)", issue.Reason);
        Assert.True(issue.Line > 100, $"line {issue.Line}");
    }

    [Fact]
    public void A_partitioned_export_is_read_part_after_part()
    {
        var (format, messages, _) = Imports.ReadFixture("discord-parts");

        Assert.Equal(ChatFormat.Discord, format);
        Assert.Equal(["first", "second", "third", "fourth"], messages.Select(m => m.Text));
    }

    [Fact]
    public void A_discord_file_without_messages_is_an_error()
    {
        var error = Assert.Throws<ChatImportException>(() => Imports.ReadText("{\"guild\": {}, \"channel\": {}}", "c.json", ChatFormat.Discord));
        Assert.Contains("no \"messages\" list", error.Message, StringComparison.Ordinal);
    }
}
