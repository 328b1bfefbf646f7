namespace Mend.Import.Tests.Readers.Telegram;

public sealed class TelegramReaderTest
{
    [Fact]
    public void Single_chat_export_reads_text_entities_media_service_and_deleted_accounts()
    {
        var (format, messages, diagnostics) = Imports.ReadFixture("telegram/single-chat.json");

        Assert.Equal(ChatFormat.Telegram, format);
        Assert.Equal(
            [
                "2024-02-10T19:58:00Z|Jordan|System|phone_call",
                "2024-02-10T21:00:00+01:00|Jordan|Text|You said you would pick me up at eight.",
                "2024-02-10T20:03:10Z|Casey|Text|I know. I am sorry, I lost track of time.\nI should have texted.",
                "2024-02-10T20:04:00Z|Casey|Text|https://example.org/bus the bus was late too",
                "2024-02-10T20:05:00Z|Jordan|Media|<photo>",
                "2024-02-10T20:05:30Z|Jordan|Text|this is where I waited",
                "2024-02-10T20:06:00Z|Casey|Media|<sticker 🙏>",
                "2024-02-10T20:07:00Z|Deleted Account|Text|hello from an old account",
                "2024-02-10T20:08:00Z|Casey|Media|<voice_message>",
                "2024-02-10T20:09:00|Jordan|Text|no unix time on this one",
                "2024-02-10T20:11:00Z|Jordan|Media|<file plan.pdf>",
            ],
            messages.Select(Imports.Show));
        Assert.Equal(
            ["an empty message (no text and no media)", "a message without a readable date_unixtime or date"],
            diagnostics.Issues.Select(i => i.Reason));
        Assert.All(diagnostics.Issues, issue => Assert.True(issue.Line > 1));
        Assert.Equal(6, messages[0].Line);
    }

    [Fact]
    public void Account_export_reads_the_largest_chat_and_names_the_others()
    {
        var (format, messages, diagnostics) = Imports.ReadFixture("telegram/account.json");

        Assert.Equal(ChatFormat.Telegram, format);
        Assert.Equal(
            [
                "2023-01-02T09:00:00Z|Jordan|Text|are we ok?",
                "2023-01-02T09:05:00Z|Casey|Text|yes, thank you for asking",
                "2023-01-02T09:06:00Z|Casey|System|pin_message",
            ],
            messages.Select(Imports.Show));
        Assert.Equal(2, diagnostics.Count);
        Assert.StartsWith("chat \"Saved Messages\" (1 messages) left out", diagnostics.Issues[0].Reason, StringComparison.Ordinal);
        Assert.StartsWith("chat \"Book club\" (0 messages) left out", diagnostics.Issues[1].Reason, StringComparison.Ordinal);
        Assert.Contains("\"Jordan\" (3 messages) is the largest", diagnostics.Issues[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cut_off_export_keeps_what_was_read_and_says_where_it_ends()
    {
        var (_, messages, diagnostics) = Imports.ReadFixture("telegram/truncated.json");

        Assert.Equal(3, messages.Count);
        var issue = Assert.Single(diagnostics.Issues);
        Assert.Contains("cut off", issue.Reason, StringComparison.Ordinal);
        Assert.True(issue.Line >= 50, $"line {issue.Line}");
    }

    [Theory]
    [InlineData("{\"messages\": [")]
    [InlineData("{\"name\": \"x\", \"type\": \"personal_chat\", \"messages\": [ {\"id\": 1, \"type\": \"message\", ")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"hello\": \"world\"}")]
    [InlineData("not json at all")]
    public void Input_that_is_not_a_telegram_export_gets_one_clear_error(string text)
    {
        var error = Assert.Throws<ChatImportException>(() => Imports.ReadText(text, "result.json", ChatFormat.Telegram));
        Assert.Contains("result.json", error.Message, StringComparison.Ordinal);
        Assert.True(error.Line >= 1);
    }

    [Theory]
    [InlineData("2024-02-10T21:00:00", "1707595200", "2024-02-10T21:00:00+01:00")]
    [InlineData("2024-02-10T14:30:00", "1707595200", "2024-02-10T14:30:00-05:30")]
    [InlineData("2024-02-10T20:00:00", "1707595200", "2024-02-10T20:00:00Z")]
    [InlineData("2024-02-10T20:07:00", "1707595200", "2024-02-10T20:00:00Z")]
    [InlineData("2024-02-12T20:00:00", "1707595200", "2024-02-10T20:00:00Z")]
    [InlineData("not a date", "1707595200", "2024-02-10T20:00:00Z")]
    public void Date_and_unix_time_together_give_the_clock_time_with_its_offset(string date, string unix, string iso)
    {
        var text = $"{{\"messages\": [{{\"type\": \"message\", \"date\": \"{date}\", \"date_unixtime\": \"{unix}\", \"from\": \"A\", \"text\": \"hi\"}}]}}";
        var (_, messages, _) = Imports.ReadText(text, "result.json");

        Assert.Equal(iso, Assert.Single(messages).Time.ToIso());
    }

    [Fact]
    public void Dates_with_an_offset_and_numeric_unix_times_are_read()
    {
        const string text = """
            {"messages": [
              {"type": "message", "date": "2017-01-01T06:20:09.248Z", "from": "A", "from_id": 19, "text": "one"},
              {"type": "message", "date_unixtime": 1500000000, "from": "B", "text": "two"}
            ]}
            """;
        var (format, messages, _) = Imports.ReadText(text, "result.json");

        Assert.Equal(ChatFormat.Telegram, format);
        Assert.Equal(["2017-01-01T06:20:09Z|A|Text|one", "2017-07-14T02:40:00Z|B|Text|two"], messages.Select(Imports.Show));
    }
}
