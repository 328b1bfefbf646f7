using System.Text;
using System.Text.Json;

namespace Mend.Cli.Tests.Commands;

/// <summary><c>mend apology --json</c>: the contract in PRODUCT.md, and JSON lines from standard input.</summary>
public class ApologyCommandJsonTests
{
    [Fact]
    public async Task Prints_one_object_with_the_contract_fields()
    {
        var run = await MendRun.Start("apology", "--json", "I'm sorry if you were upset that I skipped your work party.");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Console);
        using var json = JsonDocument.Parse(Assert.Single(run.OutputLines));
        var root = json.RootElement;
        Assert.Equal(
            ["text", "components", "flags", "quality", "score", "missing", "findings", "rewrite", "safety", "note"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["regret"], Strings(root.GetProperty("components")));
        Assert.Equal(["conditional"], Strings(root.GetProperty("flags")));
        Assert.Equal("bad", root.GetProperty("quality").GetString());
        Assert.InRange(root.GetProperty("score").GetInt32(), 0, 100);
        Assert.Equal(["responsibility", "impact", "amends", "change"], Strings(root.GetProperty("missing")));
        Assert.StartsWith("I'm sorry I skipped your work party.", root.GetProperty("rewrite").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("safety").ValueKind);

        var text = root.GetProperty("text").GetString()!;
        foreach (var finding in root.GetProperty("findings").EnumerateArray())
        {
            Assert.Equal(
                ["label", "kind", "start", "length", "evidence", "explanation"],
                finding.EnumerateObject().Select(p => p.Name));
            var start = finding.GetProperty("start").GetInt32();
            Assert.Equal(finding.GetProperty("evidence").GetString(), text.Substring(start, finding.GetProperty("length").GetInt32()));
        }
    }

    [Fact]
    public async Task Snapshot_of_a_good_apology()
    {
        var run = await MendRun.Start("apology", "--json", "That was my fault. I know it hurt you, and I'll call your mum tonight to explain. It won't happen again.");

        Snapshot.Match(run.OutputText, "apology-json-good");
    }

    [Fact]
    public async Task A_safety_concern_gives_the_notice_and_no_rewrite()
    {
        var run = await MendRun.Start("apology", "--json", "sorry I yelled, but if you leave me I will hurt you");

        using var json = JsonDocument.Parse(Assert.Single(run.OutputLines));
        Assert.Equal(JsonValueKind.Object, json.RootElement.GetProperty("safety").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("rewrite").ValueKind);
    }

    [Fact]
    public async Task Standard_input_gives_one_object_per_line_in_order_and_reports_bad_lines()
    {
        var apologies = Enumerable.Range(0, 1_000).Select(i => (i % 3) switch
        {
            0 => $"sorry you feel that way #{i}",
            1 => $"That was my fault, and I'll fix it tonight #{i}",
            _ => $"so sorry for your loss #{i}",
        }).ToList();
        var input = new MemoryStream();
        input.Write(Encoding.UTF8.GetBytes(string.Join('\n', apologies) + "\n"));
        input.Write([0xff, 0xfe, (byte)'\n']);
        input.Write("sorry i forgot\n"u8);

        var run = await MendRun.Start(["apology"], input.ToArray(), interactiveError: false);

        Assert.Equal(0, run.ExitCode);
        var lines = run.OutputLines;
        Assert.Equal(apologies.Count + 2, lines.Length);
        for (var i = 0; i < apologies.Count; i++)
        {
            using var json = JsonDocument.Parse(lines[i]);
            Assert.Equal(apologies[i], json.RootElement.GetProperty("text").GetString());
        }

        Assert.Contains("\"flags\":[\"other_focused\"]", lines[0]);
        Assert.Contains("\"quality\":\"good\"", lines[1]);
        Assert.Contains("\"rewrite\":null", lines[2]);
        Assert.Equal($"{{\"line\":{apologies.Count + 1},\"error\":\"invalid UTF-8\"}}", lines[^2]);
        Assert.Contains("\"text\":\"sorry i forgot\"", lines[^1]);
    }

    [Fact]
    public async Task Standard_input_on_a_terminal_counts_what_was_checked()
    {
        var run = await MendRun.Start(["apology"], "sorry i forgot\nmy bad\n"u8.ToArray(), interactiveError: true);

        Assert.Equal(2, run.OutputLines.Length);
        Assert.Contains("Checked 2 apologies; no errors.", run.Error);
    }

    private static List<string?> Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString())];
}
