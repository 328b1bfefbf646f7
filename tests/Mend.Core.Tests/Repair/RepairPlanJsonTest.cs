using System.Text.Json.Nodes;
using Mend.Repair;

namespace Mend.Core.Tests.Repair;

public class RepairPlanJsonTest
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 27, 9, 30, 0, TimeSpan.Zero);

    private static RepairPlan Sample()
    {
        var steps = RepairIds.AllSteps.Select(k => new PlanStep(k, $"Step {k.Number()}", "Purpose.", ["Act one.", "Act two."], ["“I’m sorry.”"])).ToList();
        var plan = new RepairPlan(
            RuptureCause.Betrayal,
            RuptureSeverity.Major,
            AttachmentStyle.FearfulAvoidant,
            steps,
            [new TrustMilestone(1, "Every promise this week kept."), new TrustMilestone(4, "Check-ins feel routine.")],
            "A couples counsellor can help.",
            [new ChallengeGuidance(RepairChallenge.UnresolvedEmotion, "you always", "Name the old hurt.", "When you cancelled, it reminded me of other times.")]);
        var time = new FixedTime(T0);
        plan.StartStep(RepairStepKind.Acknowledge, time);
        plan.CompleteStep(RepairStepKind.Acknowledge, "told her I know", time);
        plan.SkipStep(RepairStepKind.TakeResponsibility, "part of the apology", time);
        plan.StartStep(RepairStepKind.Apologize, time);
        return plan;
    }

    [Fact]
    public void A_plan_round_trips_through_json()
    {
        var plan = Sample();
        var json = plan.ToJson();
        var back = RepairPlan.FromJson(json);

        Assert.Equal(json, back.ToJson());
        Assert.Equal(plan.Cause, back.Cause);
        Assert.Equal(plan.Attachment, back.Attachment);
        Assert.Equal(PlanStepStatus.Completed, back[RepairStepKind.Acknowledge].Status);
        Assert.Equal("told her I know", back[RepairStepKind.Acknowledge].Evidence);
        Assert.Equal(T0, back[RepairStepKind.Apologize].StartedAt);
        Assert.Equal(plan.Milestones, back.Milestones);
        Assert.Equal(plan.Challenges, back.Challenges);

        // A restored plan keeps enforcing its transitions.
        back.CompleteStep(RepairStepKind.Apologize, "sent", new FixedTime(T0));
        Assert.Throws<InvalidOperationException>(() => back.StartStep(RepairStepKind.Acknowledge, new FixedTime(T0)));
    }

    [Fact]
    public void Json_uses_camel_case_and_ids_as_strings()
    {
        var node = JsonNode.Parse(Sample().ToJson())!.AsObject();
        Assert.Equal(["cause", "severity", "attachment", "steps", "milestones", "support", "challenges"], node.Select(p => p.Key));
        Assert.Equal("betrayal", (string?)node["cause"]);
        Assert.Equal("major", (string?)node["severity"]);
        Assert.Equal("fearful_avoidant", (string?)node["attachment"]);
        Assert.Equal("unresolved_emotion", (string?)node["challenges"]![0]!["kind"]);
        Assert.Equal("A couples counsellor can help.", (string?)node["support"]);
        var step = node["steps"]![1]!.AsObject();
        Assert.Equal(
            ["kind", "number", "title", "purpose", "actions", "prompts", "status", "evidence", "skipReason", "startedAt", "completedAt", "skippedAt"],
            step.Select(p => p.Key));
        Assert.Equal("take_responsibility", (string?)step["kind"]);
        Assert.Equal("skipped", (string?)step["status"]);
        Assert.Equal("part of the apology", (string?)step["skipReason"]);
        Assert.Contains("\"prompts\":[\"“I’m sorry.”\"]", Sample().ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_without_attachment_writes_null()
    {
        var json = JsonNode.Parse(Plans.Fresh().ToJson())!;
        Assert.Null(json["attachment"]);
        Assert.Equal("not_started", (string?)json["steps"]![0]!["status"]);
    }

    public static TheoryData<string, string> Broken => new()
    {
        { """{"cause":"betrayal","severity":"major","attachment":null,"steps":[],"milestones":[],"support":null,"challenges":[]}""", "exactly 7 steps" },
        { """{"cause":"treason","severity":"major","steps":[]}""", "Not a valid repair plan" },
        { "[1,2]", "Not a valid repair plan" },
        { "null", "null, not a repair plan" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Broken_json_is_a_clear_format_error(string json, string message)
    {
        var e = Assert.Throws<FormatException>(() => RepairPlan.FromJson(json));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"status\":\"in_progress\"", "\"status\":\"completed\"", "is completed but its evidence")]
    [InlineData("\"kind\":\"apologize\"", "\"kind\":\"forgive\"", "Step 'forgive' is number 7, not 3")]
    [InlineData("\"number\":3", "\"number\":5", "is number 3, not 5")]
    public void A_plan_whose_fields_contradict_each_other_is_refused(string from, string to, string message)
    {
        var json = Sample().ToJson();
        Assert.Contains(from, json, StringComparison.Ordinal);
        var broken = ReplaceFirst(json, from, to);
        var e = Assert.Throws<FormatException>(() => RepairPlan.FromJson(broken));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    private static string ReplaceFirst(string text, string from, string to)
    {
        var i = text.IndexOf(from, StringComparison.Ordinal);
        return text[..i] + to + text[(i + from.Length)..];
    }
}
