using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mend.Analysis;
using Mend.Repair;

namespace Mend.Cli.Tests.Commands;

/// <summary><c>mend triage</c>: help, the human view, the JSON contract and the errors.</summary>
public class TriageCommandTests
{
    internal static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task Help_documents_the_argument_options_and_examples()
    {
        var run = await MendRun.Start("triage", "--help");

        Assert.Equal(0, run.ExitCode);
        Snapshot.Match(run.Console, "triage-help");
    }

    [Theory]
    [InlineData("I was twenty minutes late to dinner and didn't text. She was a bit annoyed.", "triage-minor-lapse")]
    [InlineData("I had an affair and my wife found out last week. She says she can't trust me.", "triage-major-betrayal")]
    public async Task Shows_the_cause_with_bars_the_severity_the_rationale_and_the_plan(string description, string snapshot)
    {
        var run = await MendRun.Start("triage", description);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Output);
        Snapshot.Match(run.Console, snapshot);
    }

    [Fact]
    public async Task Json_follows_the_contract()
    {
        var run = await MendRun.Start("triage", "--json", "I had an affair and my wife found out last week.");

        Assert.Equal(0, run.ExitCode);
        var json = JsonNode.Parse(Assert.Single(run.OutputLines))!.AsObject();
        Assert.Equal(["cause", "causes", "severity", "rationale", "plan", "safety"], json.Select(p => p.Key));
        Assert.Equal("betrayal", (string?)json["cause"]);
        Assert.Equal("major", (string?)json["severity"]);
        var causes = json["causes"]!.AsArray();
        Assert.Equal(["miscommunication", "unmet_expectations", "emotional_neglect", "betrayal"], causes.Select(c => (string?)c!["id"]));
        Assert.Equal(1.0, causes.Sum(c => (double)c!["confidence"]!), 3);
        Assert.Contains("affair", (string?)json["rationale"], StringComparison.Ordinal);
        Assert.Null(json["safety"]);

        // The plan is RepairPlan's own JSON: the web app can store it and read it back.
        var plan = RepairPlan.FromJson(json["plan"]!.ToJsonString());
        Assert.Equal(RuptureCause.Betrayal, plan.Cause);
        Assert.Equal(7, plan.Steps.Count);
    }

    [Fact]
    public async Task Json_of_an_accumulating_neglect_is_as_recorded()
    {
        var run = await MendRun.Start("triage", "--json", "--attachment", "avoidant", "He never asks about my day anymore. For months it's been me talking and him on his phone.");

        Assert.Equal(0, run.ExitCode);
        Snapshot.Match(JsonNode.Parse(Assert.Single(run.OutputLines))!.ToJsonString(Pretty), "triage-accumulating-neglect-json");
    }

    [Fact]
    public async Task A_safety_concern_shows_the_notice_and_no_plan()
    {
        var run = await MendRun.Start("triage", "My husband hit me when I got home late.");

        Assert.Equal(0, run.ExitCode);
        Snapshot.Match(run.Console, "triage-safety");
    }

    [Fact]
    public async Task A_safety_concern_in_json_has_a_null_plan_and_the_notice()
    {
        var run = await MendRun.Start("triage", "--json", "My husband hit me when I got home late.");

        var json = JsonNode.Parse(Assert.Single(run.OutputLines))!;
        Assert.Null(json["plan"]);
        Assert.Equal(SafetyNotice.Default.Message, (string?)json["safety"]!["message"]);
        Assert.Equal(SafetyNotice.Default.Resources.Count, json["safety"]!["resources"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("--attachment", "clingy", "'clingy' is not an attachment style. Use one of: secure, anxious, avoidant, fearful_avoidant")]
    [InlineData("--attachment", "", "'' is not an attachment style")]
    public async Task An_unknown_attachment_style_is_a_clear_error_listing_the_ids(string option, string value, string error)
    {
        var run = await MendRun.Start("triage", option, value, "I forgot her birthday.");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Contains(error, run.Error.ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task An_empty_description_asks_for_one(string description)
    {
        var run = await MendRun.Start("triage", description);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Describe what happened", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_description_over_the_limit_is_refused()
    {
        var run = await MendRun.Start("triage", new string('a', 10_001));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("longer than 10,000 characters", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fearful_avoidant_may_be_written_with_a_hyphen()
    {
        var run = await MendRun.Start("triage", "--json", "-a", "fearful-avoidant", "I forgot her birthday.");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("fearful_avoidant", (string?)JsonNode.Parse(run.OutputLines[0])!["plan"]!["attachment"]);
    }
}
