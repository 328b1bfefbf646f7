using System.Text;
using System.Text.Json;

namespace Mend.Cli.Tests.Commands;

/// <summary>
/// <c>mend analyze FILE</c> end to end over small WhatsApp exports written here: human view, JSON contract, HTML
/// report, and clear errors. Snapshots follow the engine's labels; when the rules are retuned, review and rewrite
/// them with MEND_UPDATE_SNAPSHOTS=1.
/// </summary>
public sealed class AnalyzeCommandTests : IDisposable
{
    private const string Export = """
        01/03/2024, 19:00 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
        01/03/2024, 19:00 - Ben: Want pizza tonight?
        01/03/2024, 19:02 - Ana: Sure, 7pm
        01/03/2024, 20:00 - Ana: You never listen to me, you are so selfish
        01/03/2024, 20:05 - Ben: Why are you making such a big deal out of this? You're overreacting.
        01/03/2024, 20:06 - Ana: Whatever. I'm done talking.
        01/03/2024, 20:30 - Ben: <Media omitted>
        01/03/2024, 21:00 - Ana: You never take me seriously, and I'm done trying!
        01/03/2024, 21:30 - Ben: I'm sorry I forgot our anniversary, that was my fault
        01/03/2024, 21:32 - Ana: that makes sense, you're right
        01/03/2024, 21:40 - Ben: Thanks for listening
        13/03/2024, 09:00 - Ana: I feel lonely when you don't call
        14/03/2024, 12:00 - Ben: Sorry, I was
        working all day
        14/03/2024, 12:05 - Ana: ok

        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("mend-analyze-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Shows_a_summary_each_person_the_hard_moments_and_the_cycles()
    {
        var run = await MendRun.Start("analyze", Write("chat.txt", Export));

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Empty(run.Error);
        Snapshot.Match(run.Console, "analyze-human");
    }

    [Fact]
    public async Task Prints_the_json_contract()
    {
        var run = await MendRun.Start("analyze", "--json", Write("chat.txt", Export));

        Assert.Equal(0, run.ExitCode);
        Assert.Single(run.OutputLines);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal("whatsapp", root.GetProperty("format").GetString());
        Assert.Equal(13, root.GetProperty("messages").GetInt32());
        Assert.Equal("2024-03-01T19:00:00", root.GetProperty("first").GetString());
        Assert.Equal("2024-03-14T12:05:00", root.GetProperty("last").GetString());
        Assert.Equal("Ana", root.GetProperty("participants")[0].GetProperty("name").GetString());
        var episode = root.GetProperty("episodes")[0];
        Assert.Equal("2024-03-01T20:00:00", episode.GetProperty("start").GetString());
        Assert.Equal("Ana", episode.GetProperty("startedBy").GetString());
        Assert.Equal("Ben", episode.GetProperty("repairedBy").GetString());
        Assert.True(episode.GetProperty("repaired").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("episodes")[1].GetProperty("repairedBy").ValueKind);
        Assert.Equal(0, root.GetProperty("diagnostics").GetProperty("skipped").GetInt32());
        Snapshot.Match(Indented(json), "analyze-json");
    }

    [Fact]
    public async Task Keeps_times_as_the_export_wrote_them()
    {
        var run = await MendRun.Start("analyze", "--json", Write("chat.jsonl", """
            {"timestamp":"2024-03-01T20:00:00+02:00","sender":"Ana","text":"You never listen to me, you are so selfish"}
            {"timestamp":"2024-03-01T20:05:00+02:00","sender":"Ben","text":"Why are you making such a big deal out of this? You're overreacting."}

            """));

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("jsonl", json.RootElement.GetProperty("format").GetString());
        Assert.Equal("2024-03-01T20:00:00+02:00", json.RootElement.GetProperty("first").GetString());
        Assert.Equal("2024-03-01T20:00:00+02:00", json.RootElement.GetProperty("episodes")[0].GetProperty("start").GetString());
    }

    [Fact]
    public async Task Lists_the_lines_the_import_skipped()
    {
        var run = await MendRun.Start("analyze", "--json", Write("chat.csv", "timestamp,sender,text\n2024-03-01 20:00,Ana,hi\nbroken line\n2024-03-01 20:01,Ben,hello\n"));

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var diagnostics = json.RootElement.GetProperty("diagnostics");
        Assert.Equal(1, diagnostics.GetProperty("skipped").GetInt32());
        Assert.Equal(3, diagnostics.GetProperty("issues")[0].GetProperty("line").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("messages").GetInt32());
    }

    [Fact]
    public async Task Writes_the_html_report()
    {
        var html = Path.Combine(_directory, "report.html");
        var run = await MendRun.Start("analyze", Write("chat.txt", Export), "--html", html);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("The HTML report is in", run.Console, StringComparison.Ordinal);
        var page = File.ReadAllText(html);
        Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.Ordinal);
        Assert.Contains("What we noticed in chat.txt", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Puts_safety_first()
    {
        var run = await MendRun.Start("analyze", Write("chat.txt", Export + "14/03/2024, 12:10 - Ben: If you ever leave I will hurt you\n"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Safety first", run.Console.Split('\n')[0], StringComparison.Ordinal);
        Assert.True(run.Console.IndexOf("Safety first", StringComparison.Ordinal) < run.Console.IndexOf("Format", StringComparison.Ordinal));
        Assert.Contains("emergency number", run.Console, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shows_progress_only_when_standard_error_is_a_terminal()
    {
        var path = Write("chat.txt", Export);
        var quiet = await MendRun.Start(["analyze", "--json", path], input: [], interactiveError: false);
        var shown = await MendRun.Start(["analyze", "--json", path], input: [], interactiveError: true);

        Assert.Equal(0, shown.ExitCode);
        Assert.Empty(quiet.Error);
        Assert.Contains("Reading chat.txt", shown.Error, StringComparison.Ordinal);
        Assert.Equal(quiet.OutputText, shown.OutputText);
    }

    [Fact]
    public async Task A_missing_file_is_a_clear_error()
    {
        var run = await MendRun.Start("analyze", Path.Combine(_directory, "nothing.txt"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("No such file or folder", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task A_file_that_is_not_a_chat_names_the_line_that_failed()
    {
        var run = await MendRun.Start("analyze", Write("notes.txt", "shopping list\nmilk\neggs\n"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("line 1", run.Error, StringComparison.Ordinal);
        Assert.StartsWith("mend analyze: notes.txt is not a chat export", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_format_lists_the_formats()
    {
        var run = await MendRun.Start("analyze", "--format", "myspace", Write("chat.txt", Export));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Unknown format \"myspace\"", run.Error, StringComparison.Ordinal);
        Assert.Contains("whatsapp, telegram", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_describes_every_option()
    {
        var run = await MendRun.Start("analyze", "--help");

        Assert.Equal(0, run.ExitCode);
        Snapshot.Match(run.Console, "analyze-help");
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    private static string Indented(JsonDocument json)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
