using System.Text.Json.Nodes;
using Mend.Repair;

namespace Mend.Cli.Tests.Commands;

/// <summary><c>mend plan</c>: help, the human view per attachment style, challenges from --text, JSON and errors.</summary>
public class PlanCommandTests
{
    [Fact]
    public async Task Help_documents_the_argument_options_and_examples()
    {
        var run = await MendRun.Start("plan", "--help");

        Assert.Equal(0, run.ExitCode);
        Snapshot.Match(run.Console, "plan-help");
    }

    [Theory]
    [InlineData("secure")]
    [InlineData("anxious")]
    [InlineData("avoidant")]
    [InlineData("fearful_avoidant")]
    public async Task Each_attachment_style_paces_the_plan(string style)
    {
        var run = await MendRun.Start("plan", "--attachment", style, "My best friend slept with my boyfriend. I found out from someone else.");

        Assert.Equal(0, run.ExitCode);
        Snapshot.Match(run.Console, $"plan-major-betrayal-{style}");
    }

    [Fact]
    public async Task The_persons_own_messages_bring_the_way_through_each_challenge()
    {
        var run = await MendRun.Start(
            "plan",
            "I keep forgetting to ask how her day was, for weeks now.",
            "--text", "Why are you making such a big deal out of this? You're overreacting.",
            "--text", "I can't do this right now, leave me alone.",
            "-t", "You're just like everyone else, I can never count on you!");

        Assert.Equal(0, run.ExitCode);
        Snapshot.Match(run.Console, "plan-accumulating-neglect-challenges");
    }

    [Fact]
    public async Task Json_is_the_plan_and_a_null_safety()
    {
        var run = await MendRun.Start("plan", "--json", "-a", "anxious", "I was twenty minutes late to dinner and didn't text. She was a bit annoyed.");

        Assert.Equal(0, run.ExitCode);
        var line = Assert.Single(run.OutputLines);
        Snapshot.Match(JsonNode.Parse(line)!.ToJsonString(TriageCommandTests.Pretty), "plan-minor-lapse-json");
        var json = JsonNode.Parse(line)!.AsObject();
        Assert.Equal(["plan", "safety"], json.Select(p => p.Key));
        var plan = RepairPlan.FromJson(json["plan"]!.ToJsonString());
        Assert.True(JsonNode.DeepEquals(json["plan"], JsonNode.Parse(plan.ToJson())));
    }

    [Fact]
    public async Task A_safety_concern_in_a_text_means_no_plan()
    {
        var human = await MendRun.Start("plan", "I was late again.", "--text", "if you leave me I'll kill myself");
        var json = await MendRun.Start("plan", "--json", "I was late again.", "--text", "if you leave me I'll kill myself");

        Assert.Contains("Your safety comes first", human.Console, StringComparison.Ordinal);
        Assert.DoesNotContain("repair plan (", human.Console, StringComparison.Ordinal);
        var node = JsonNode.Parse(Assert.Single(json.OutputLines))!;
        Assert.Null(node["plan"]);
        Assert.NotNull(node["safety"]);
    }

    [Fact]
    public async Task An_unknown_attachment_style_is_a_clear_error()
    {
        var run = await MendRun.Start("plan", "-a", "secure-ish", "I forgot her birthday.");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'secure-ish' is not an attachment style", run.Error, StringComparison.Ordinal);
        Assert.Contains("fearful_avoidant", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_description_is_an_error()
    {
        var run = await MendRun.Start("plan");

        Assert.NotEqual(0, run.ExitCode);
    }
}
