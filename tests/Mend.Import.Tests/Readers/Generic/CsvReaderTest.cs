using Mend.Import.Readers.Generic;

namespace Mend.Import.Tests.Readers.Generic;

public sealed class CsvReaderTest
{
    [Fact]
    public void Reads_quoted_fields_with_commas_doubled_quotes_and_line_breaks()
    {
        var (format, messages, diagnostics) = Imports.ReadFixture("csv/two-people.csv");

        Assert.Equal(ChatFormat.Csv, format);
        Assert.Equal(
            [
                "2024-03-01T21:05:00|Robin|Text|I forgot to call you back, I am sorry.",
                "2024-03-01T21:07:30|Sam|Text|It's fine.\nReally.\nI was just worried \"something happened\".",
                "2024-03-01T21:09:00|Robin|Text|Can we talk tomorrow?",
            ],
            messages.Select(Imports.Show));
        Assert.Equal([2L, 3, 6], messages.Select(m => m.Line));
        Assert.Equal(0, diagnostics.Count);
    }

    [Fact]
    public void Semicolons_any_column_order_kinds_and_offsets_and_every_bad_row_is_a_diagnostic()
    {
        var (format, messages, diagnostics) = Imports.ReadFixture("csv/kinds-and-offsets.csv");

        Assert.Equal(ChatFormat.Csv, format);
        Assert.Equal(
            [
                "2023-11-05T08:00:00+01:00|Ana|Text|Good morning",
                "2023-11-05T08:00:10Z|Ana|Media|IMG_0042.jpg",
                "2023-11-05T08:01:00-05:00|Ana|System|Ana joined the chat",
                "2023-11-05T08:05:00+01:00|Bo|Text|Thanks for waiting",
            ],
            messages.Select(Imports.Show));
        Assert.Equal(
            [
                (5L, "the timestamp \"yesterday\" is not ISO 8601 (e.g. 2024-03-01T21:05:00 or 2024-03-01T21:05:00+02:00)"),
                (6L, "no sender"),
                (7L, "no text"),
                (8L, "the row has 2 field(s); the header has at least 3"),
            ],
            diagnostics.Issues.Select(i => (i.Line, i.Reason)));
    }

    [Theory]
    [InlineData("2024-03-01T21:05:00", "2024-03-01T21:05:00")]
    [InlineData("2024-03-01T21:05", "2024-03-01T21:05:00")]
    [InlineData("2024-03-01 21:05:07.123", "2024-03-01T21:05:07")]
    [InlineData("2024-03-01T21:05:00Z", "2024-03-01T21:05:00Z")]
    [InlineData("2024-03-01T21:05:00.5z", "2024-03-01T21:05:00Z")]
    [InlineData("2024-03-01T21:05:00+02:00", "2024-03-01T21:05:00+02:00")]
    [InlineData("2024-03-01T21:05-05:30", "2024-03-01T21:05:00-05:30")]
    [InlineData(" 2024-03-01T21:05:00 ", "2024-03-01T21:05:00")]
    public void Timestamps_are_iso_8601_kept_as_written(string text, string iso)
    {
        Assert.True(GenericRecord.TryParseTimestamp(text, out var time));
        Assert.Equal(iso, time.ToIso());
    }

    [Theory]
    [InlineData("")]
    [InlineData("01/03/2024 21:05")]
    [InlineData("2024-13-01T21:05:00")]
    [InlineData("1709323500")]
    [InlineData("2024-03-01T21:05:00+25:00")]
    public void Other_timestamps_are_refused(string text) => Assert.False(GenericRecord.TryParseTimestamp(text, out _));

    [Fact]
    public void A_header_without_the_schema_columns_is_not_csv()
    {
        const string text = "date,author,message\n2024-01-01,A,hi\n";
        var error = Assert.Throws<ChatImportException>(() => Imports.ReadText(text, "x.csv", ChatFormat.Csv));
        Assert.Equal(1, error.Line);
        Assert.Contains("timestamp, sender and text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_that_never_closes_keeps_the_messages_before_it()
    {
        const string text = "timestamp,sender,text\n2024-01-01T10:00:00,A,hello\n2024-01-01T10:01:00,B,\"oops\n";
        var (_, messages, diagnostics) = Imports.ReadText(text, "x.csv");

        Assert.Equal("hello", Assert.Single(messages).Text);
        var issue = Assert.Single(diagnostics.Issues);
        Assert.Equal(3, issue.Line);
        Assert.Contains("never closed", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Tabs_a_bom_and_quoted_header_names_are_read()
    {
        const string text = "\uFEFF\"Timestamp\"\t\"Sender\"\t\"Text\"\r\n2024-01-01T10:00:00\t\u200EA\u200E\thi there\r\n";
        var (format, messages, _) = Imports.ReadText(text, "export.tsv");

        Assert.Equal(ChatFormat.Csv, format);
        Assert.Equal("2024-01-01T10:00:00|A|Text|hi there", Imports.Show(Assert.Single(messages)));
    }
}
