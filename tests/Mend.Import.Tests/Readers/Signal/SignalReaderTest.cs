namespace Mend.Import.Tests.Readers.Signal;

public sealed class SignalReaderTest
{
    [Fact]
    public void Reads_quotes_reactions_attachments_stickers_calls_and_multi_line_messages()
    {
        var (format, messages, diagnostics) = Imports.ReadFixture("signal/noor.md");

        Assert.Equal(ChatFormat.Signal, format);
        Assert.Equal(
            [
                "2024-04-02T19:30:05|Noor|Text|did you get home ok?",
                "2024-04-02T19:41:12|Me|Text|yes, sorry, my phone died.\nI should have told you I was leaving",
                "2024-04-02T19:42:00|Noor|Media|<attached: IMG_20240402.jpg>",
                "2024-04-02T19:44:30|Me|System|Outgoing voice call (accepted, 2m 3s)",
                "2024-04-02T19:50:00|Noor|Text|here is the plan",
                "2024-04-02T19:51:00|Me|Media|<sticker 👍>",
                "2024-04-02T19:52:00|Me|Text|see [the map](https://example.org/map) for the route",
            ],
            messages.Select(Imports.Show));
        Assert.Equal([1L, 2, 9, 11, 12, 13, 15], messages.Select(m => m.Line));
        Assert.Equal((10L, "a deleted message"), (Assert.Single(diagnostics.Issues).Line, diagnostics.Issues[0].Reason));
    }

    [Fact]
    public void The_older_layout_with_a_comma_and_no_seconds_is_read()
    {
        var (format, messages, _) = Imports.ReadFixture("signal/older-version.md");

        Assert.Equal(ChatFormat.Signal, format);
        Assert.Equal(["2021-06-01T08:15:00|Ari|Text|morning", "2021-06-01T08:20:00|Me|Text|morning!\ncoffee later?"], messages.Select(Imports.Show));
    }

    [Fact]
    public void A_signal_export_folder_reads_the_first_conversation_and_names_the_others()
    {
        var (format, messages, diagnostics) = Imports.ReadFixture("signal-export");

        Assert.Equal(ChatFormat.Signal, format);
        Assert.Equal(["2024-05-01T10:00:00|Ari|Text|hello"], messages.Select(Imports.Show));
        Assert.Contains("\"Noor/chat.md\" left out", Assert.Single(diagnostics.Issues).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void One_conversation_folder_of_signal_export_reads_its_chat_md()
    {
        var (format, messages, diagnostics) = Imports.ReadFixture("signal-export/Noor");

        Assert.Equal(ChatFormat.Signal, format);
        Assert.Equal(
            ["2024-04-02T19:30:05|Noor|Text|did you get home ok?", "2024-04-02T19:41:12|Me|Text|yes, sorry, my phone died"],
            messages.Select(Imports.Show));
        Assert.Equal([1L, 3], messages.Select(m => m.Line));
        Assert.Equal(0, diagnostics.Count);
    }

    [Fact]
    public void A_file_that_does_not_start_with_a_message_is_an_error_naming_the_line()
    {
        var error = Assert.Throws<ChatImportException>(() => Imports.ReadText("\n# My notes\n[2021-06-01, 08:15] Ari: hi\n", "notes.md", ChatFormat.Signal));
        Assert.Equal(2, error.Line);
    }

    [Theory]
    [InlineData("[2024-04-02 19:30:05] Noor: hi", true)]
    [InlineData("[2024-04-02, 19:30] Noor: hi", true)]
    [InlineData("[2024-04-02 19:30] Noor:", true)]
    [InlineData("[2024-13-02 19:30] Noor: hi", false)]
    [InlineData("[02/04/2024, 19:30:05] Noor: hi", false)]
    [InlineData("[2024-04-02 19:30:05] no colon here", false)]
    [InlineData("[2024-04-02 19:30:05]Noor: hi", false)]
    public void First_lines_of_messages(string line, bool isHeader) =>
        Assert.Equal(isHeader, Mend.Import.Readers.Signal.SignalLine.TryParse(line, out _));
}
