using Mend.Chat;

namespace Mend.Import.Tests.Readers.Generic;

public sealed class JsonlReaderTest
{
    [Fact]
    public void Reads_one_object_per_line_and_reports_bad_lines()
    {
        var (format, messages, diagnostics) = Imports.ReadFixture("jsonl/two-people.jsonl");

        Assert.Equal(ChatFormat.Jsonl, format);
        Assert.Equal(
            [
                "2024-05-10T18:30:00+02:00|Kim|Text|Are you still coming tonight?",
                "2024-05-10T18:45:00+02:00|Lee|Text|Sorry, running late.\nTen minutes.",
                "2024-05-10T18:46:00+02:00|Lee|Media|photo.jpg",
                "2024-05-10T18:48:00+02:00|Kim|Text|See you soon",
            ],
            messages.Select(Imports.Show));
        Assert.Equal([1L, 2, 4, 7], messages.Select(m => m.Line));
        Assert.Equal([5L, 6], diagnostics.Issues.Select(i => i.Line));
        Assert.StartsWith("not a JSON object", diagnostics.Issues[0].Reason, StringComparison.Ordinal);
        Assert.Equal("not a JSON object", diagnostics.Issues[1].Reason);
    }

    [Fact]
    public void A_first_line_that_is_no_record_is_an_error_naming_it()
    {
        const string text = "\n\nhello there\n{\"timestamp\":\"2024-01-01T10:00:00\",\"sender\":\"A\",\"text\":\"hi\"}\n";
        var error = Assert.Throws<ChatImportException>(() => Imports.ReadText(text, "x.jsonl", ChatFormat.Jsonl));

        Assert.Equal(3, error.Line);
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_other_than_strings_are_read_as_their_json_text()
    {
        const string text = "{\"timestamp\":\"2024-01-01T10:00:00\",\"sender\":42,\"text\":true}\n";
        var (_, messages, _) = Imports.ReadText(text, "x.jsonl");

        Assert.Equal("2024-01-01T10:00:00|42|Text|true", Imports.Show(Assert.Single(messages)));
        Assert.Equal(ChatMessageKind.Text, messages[0].Kind);
    }
}
