using System.Text.Json;

namespace Mend.Cli.Tests.Commands;

/// <summary><c>mend check --json "TEXT"</c>: the contract in PRODUCT.md, field by field.</summary>
public class CheckCommandJsonTests
{
    [Fact]
    public async Task The_second_opinion_is_an_extra_field_only_when_asked_for()
    {
        var plain = await MendRun.Start("check", "--json", "see you at 7");
        var asked = await MendRun.Start("check", "--json", "--second-opinion", "see you at 7");

        using var plainJson = JsonDocument.Parse(Assert.Single(plain.OutputLines));
        using var askedJson = JsonDocument.Parse(Assert.Single(asked.OutputLines));
        Assert.False(plainJson.RootElement.TryGetProperty("secondOpinion", out _));
        Assert.False(plainJson.RootElement.TryGetProperty("secondOpinionDoubts", out _));
        Assert.Equal(JsonValueKind.Array, askedJson.RootElement.GetProperty("secondOpinion").ValueKind);
        Assert.Equal(JsonValueKind.Array, askedJson.RootElement.GetProperty("secondOpinionDoubts").ValueKind);
    }

    [Fact]
    public async Task The_second_opinion_refuses_standard_input_rather_than_ignoring_the_flag()
    {
        var run = await MendRun.Start("check", "--second-opinion");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.OutputLines);
    }

    [Fact]
    public async Task A_safety_concern_heard_by_the_second_opinion_brings_the_notice()
    {
        var run = await MendRun.Start("check", "--json", "--second-opinion", "i dont want to be alive anymore, i have the pills ready");

        using var json = JsonDocument.Parse(Assert.Single(run.OutputLines));
        Assert.Equal(JsonValueKind.Object, json.RootElement.GetProperty("safety").ValueKind);
        Assert.DoesNotContain(
            json.RootElement.GetProperty("findings").EnumerateArray(),
            f => f.GetProperty("suggestion").ValueKind == JsonValueKind.String);
    }

    [Fact]
    public async Task Prints_one_object_with_the_contract_fields_in_order()
    {
        var run = await MendRun.Start("check", "--json", "you never listen, you're so selfish");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Console);
        var line = Assert.Single(run.OutputLines);
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal(["text", "labels", "findings", "safety"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("you never listen, you're so selfish", root.GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("safety").ValueKind);

        var labels = root.GetProperty("labels").EnumerateArray().Select(l => l.GetString()).ToList();
        Assert.Contains("criticism", labels);
        Assert.Contains("generalization", labels);

        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        Assert.NotEmpty(findings);
        foreach (var finding in findings)
        {
            Assert.Equal(["label", "start", "length", "evidence", "explanation", "suggestion"], finding.EnumerateObject().Select(p => p.Name));
            Assert.Contains(finding.GetProperty("label").GetString(), labels);
            var start = finding.GetProperty("start").GetInt32();
            var length = finding.GetProperty("length").GetInt32();
            Assert.Equal("you never listen, you're so selfish".Substring(start, length), finding.GetProperty("evidence").GetString());
            Assert.False(string.IsNullOrWhiteSpace(finding.GetProperty("explanation").GetString()));
            Assert.True(finding.GetProperty("suggestion").ValueKind is JsonValueKind.String or JsonValueKind.Null);
        }
    }

    [Fact]
    public async Task Helpful_labels_have_a_null_suggestion()
    {
        var run = await MendRun.Start("check", "--json", "I'm sorry I forgot your birthday");

        using var json = JsonDocument.Parse(run.OutputText);
        var root = json.RootElement;
        Assert.Equal(["apology"], root.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        var finding = Assert.Single(root.GetProperty("findings").EnumerateArray());
        Assert.Equal("apology", finding.GetProperty("label").GetString());
        Assert.Equal(JsonValueKind.Null, finding.GetProperty("suggestion").ValueKind);
    }

    [Fact]
    public async Task A_safety_concern_carries_the_notice_and_no_suggestions()
    {
        var run = await MendRun.Start("check", "--json", "I'm going to kill myself");

        using var json = JsonDocument.Parse(run.OutputText);
        var root = json.RootElement;
        Assert.Contains("safety_concern", root.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        var safety = root.GetProperty("safety");
        Assert.Equal(["message", "resources"], safety.EnumerateObject().Select(p => p.Name));
        Assert.False(string.IsNullOrWhiteSpace(safety.GetProperty("message").GetString()));
        Assert.NotEmpty(safety.GetProperty("resources").EnumerateArray());
        Assert.All(safety.GetProperty("resources").EnumerateArray(), r => Assert.Equal(JsonValueKind.String, r.ValueKind));
        Assert.All(root.GetProperty("findings").EnumerateArray(), f => Assert.Equal(JsonValueKind.Null, f.GetProperty("suggestion").ValueKind));
    }

    [Fact]
    public async Task No_labels_gives_empty_arrays()
    {
        var run = await MendRun.Start("check", "--json", "see you at 7");

        Assert.Equal("{\"text\":\"see you at 7\",\"labels\":[],\"findings\":[],\"safety\":null}\n", run.OutputText);
    }

    [Fact]
    public async Task Text_is_escaped_validly_and_stays_readable()
    {
        const string message = "she said \"fine\" \\ <ok> & café 😊\ttab";
        var run = await MendRun.Start("check", "--json", message);

        Assert.Contains("<ok> & café", run.OutputText);
        using var json = JsonDocument.Parse(run.OutputText);
        Assert.Equal(message, json.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_message_over_the_limit_gives_an_error_object()
    {
        var run = await MendRun.Start("check", "--json", new string('a', 10_001));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("{\"error\":\"message longer than 10000 characters\"}\n", run.OutputText);
    }
}
