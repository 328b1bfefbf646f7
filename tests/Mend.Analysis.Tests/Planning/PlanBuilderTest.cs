using Mend.Analysis.Planning;
using Mend.Analysis.Triage;
using Mend.Repair;

namespace Mend.Analysis.Tests.Planning;

public class PlanBuilderTest
{
    private static RepairPlan Plan(RuptureCause cause, RuptureSeverity severity, AttachmentStyle? style = null, params string[] texts) =>
        PlanBuilder.Default.Build(cause, severity, style, texts).Plan!;

    private static IEnumerable<string> Words(RepairPlan plan) =>
        plan.Steps.SelectMany(s => s.Actions.Concat(s.Prompts).Prepend(s.Purpose).Prepend(s.Title));

    [Fact]
    public void Every_plan_has_the_seven_steps_in_order_with_purpose_actions_and_prompts()
    {
        foreach (var cause in RepairIds.AllCauses)
        {
            foreach (var severity in RepairIds.AllSeverities)
            {
                var plan = Plan(cause, severity);
                Assert.Equal(RepairIds.AllSteps, plan.Steps.Select(s => s.Kind));
                Assert.All(plan.Steps, s =>
                {
                    Assert.NotEmpty(s.Title);
                    Assert.NotEmpty(s.Purpose);
                    Assert.NotEmpty(s.Actions);
                    Assert.NotEmpty(s.Prompts);
                    Assert.Equal(PlanStepStatus.NotStarted, s.Status);
                });
                Assert.Equal(cause, plan.Cause);
                Assert.Equal(severity, plan.Severity);
            }
        }
    }

    [Fact]
    public void A_major_betrayal_gets_a_gradual_trust_rebuild_with_milestones_and_support()
    {
        var plan = Plan(RuptureCause.Betrayal, RuptureSeverity.Major);
        Assert.True(plan.Milestones.Count >= 4);
        Assert.Equal(plan.Milestones.OrderBy(m => m.Week), plan.Milestones);
        Assert.True(plan.Milestones[^1].Week >= 12);
        Assert.Contains("counsellor", plan.Support, StringComparison.Ordinal);
        Assert.Contains(plan[RepairStepKind.RebuildTrust].Actions, a => a.Contains("months, not days", StringComparison.Ordinal));
        Assert.Contains(plan[RepairStepKind.TakeResponsibility].Actions, a => a.Contains("whole truth", StringComparison.Ordinal));
    }

    [Fact]
    public void A_minor_lapse_gets_a_short_plan_without_milestones_or_support()
    {
        var minor = Plan(RuptureCause.UnmetExpectations, RuptureSeverity.Minor);
        var moderate = Plan(RuptureCause.UnmetExpectations, RuptureSeverity.Moderate);
        Assert.Empty(minor.Milestones);
        Assert.Null(minor.Support);
        Assert.True(Words(minor).Count() < Words(moderate).Count());
        Assert.All(minor.Steps, s => Assert.InRange(s.Actions.Count, 1, 3));
    }

    [Fact]
    public void An_accumulating_rupture_names_the_pattern()
    {
        var plan = Plan(RuptureCause.EmotionalNeglect, RuptureSeverity.Accumulating);
        Assert.Contains(plan[RepairStepKind.Acknowledge].Actions, a => a.Contains("pattern", StringComparison.Ordinal));
        Assert.Contains(plan[RepairStepKind.AddressUnderlying].Actions, a => a.Contains("Map the pattern", StringComparison.Ordinal));
        Assert.NotEmpty(plan.Milestones);
    }

    [Fact]
    public void An_avoidant_style_gets_prompts_to_name_feelings_and_to_initiate()
    {
        var plan = Plan(RuptureCause.EmotionalNeglect, RuptureSeverity.Moderate, AttachmentStyle.Avoidant);
        var acknowledge = plan[RepairStepKind.Acknowledge];
        Assert.Contains(acknowledge.Actions, a => a.Contains("Start the repair yourself", StringComparison.Ordinal));
        Assert.Contains(acknowledge.Actions, a => a.Contains("Name one feeling", StringComparison.Ordinal));
        Assert.Contains(acknowledge.Prompts, p => p.Contains("I feel", StringComparison.Ordinal));
        Assert.Equal(AttachmentStyle.Avoidant, plan.Attachment);
    }

    [Fact]
    public void An_anxious_style_gets_self_soothing_before_the_talk()
    {
        var plan = Plan(RuptureCause.Miscommunication, RuptureSeverity.Moderate, AttachmentStyle.Anxious);
        Assert.Contains(plan[RepairStepKind.Acknowledge].Actions, a => a.StartsWith("Before you talk, settle yourself", StringComparison.Ordinal));
    }

    [Fact]
    public void A_fearful_avoidant_style_gets_pacing_and_predictable_check_ins()
    {
        var plan = Plan(RuptureCause.Betrayal, RuptureSeverity.Major, AttachmentStyle.FearfulAvoidant);
        Assert.Contains(plan[RepairStepKind.Acknowledge].Actions, a => a.Contains("pace", StringComparison.Ordinal));
        Assert.Contains(plan[RepairStepKind.RebuildTrust].Actions, a => a.Contains("predictable check-ins", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_style_nothing_style_specific_is_added()
    {
        var plain = Plan(RuptureCause.Betrayal, RuptureSeverity.Major);
        Assert.DoesNotContain(Words(plain), w => w.Contains("check-ins, same day", StringComparison.Ordinal) || w.Contains("settle yourself", StringComparison.Ordinal));
    }

    public static TheoryData<string, RepairChallenge> ChallengeTexts => new()
    {
        { "Why are you making such a big deal out of this? You're overreacting.", RepairChallenge.Defensiveness },
        { "I can't do this right now, leave me alone.", RepairChallenge.Stonewalling },
        { "You're just like everyone else, I can never count on you!", RepairChallenge.UnresolvedEmotion },
    };

    [Theory]
    [MemberData(nameof(ChallengeTexts))]
    public void The_persons_own_messages_bring_the_way_through_with_a_better_wording(string text, RepairChallenge kind)
    {
        var plan = Plan(RuptureCause.UnmetExpectations, RuptureSeverity.Moderate, null, text);
        var challenge = Assert.Single(plan.Challenges, c => c.Kind == kind);
        Assert.Contains(challenge.Quote, text, StringComparison.Ordinal);
        Assert.NotEmpty(challenge.WayThrough);
        Assert.False(string.IsNullOrWhiteSpace(challenge.BetterWording));
    }

    [Fact]
    public void Ways_through_follow_the_method()
    {
        Assert.Contains("Pause", Way("You're overreacting, it was just a date."), StringComparison.Ordinal);
        Assert.Contains("a break, not a walkout", Way("I'm done talking, leave me alone."), StringComparison.Ordinal);
        Assert.Contains("older hurt", Way("You always do this, every single time."), StringComparison.Ordinal);

        static string Way(string text) => Plan(RuptureCause.Miscommunication, RuptureSeverity.Moderate, null, text).Challenges[0].WayThrough;
    }

    [Fact]
    public void Calm_messages_bring_no_challenges()
    {
        var plan = Plan(RuptureCause.UnmetExpectations, RuptureSeverity.Minor, null, "I'm sorry I was late. Next time I'll text.", "");
        Assert.Empty(plan.Challenges);
    }

    [Theory]
    [InlineData("If you leave me I'll hurt myself.")]
    [InlineData("Send me your location right now or else.")]
    public void A_safety_concern_in_the_persons_messages_means_no_plan_only_the_notice(string text)
    {
        var result = PlanBuilder.Default.Build(RuptureCause.UnmetExpectations, RuptureSeverity.Moderate, null, [text]);
        Assert.Null(result.Plan);
        Assert.Same(SafetyNotice.Default, result.Safety);
    }

    [Fact]
    public void A_safety_concern_in_the_description_means_no_plan_only_the_notice()
    {
        var triage = RuptureTriage.Default.Assess("My boyfriend hit me when I was late.");
        var result = PlanBuilder.Default.Build(triage, AttachmentStyle.Anxious);
        Assert.Null(result.Plan);
        Assert.NotNull(result.Safety);
    }

    [Fact]
    public void A_built_plan_round_trips_through_json()
    {
        var plan = Plan(RuptureCause.Betrayal, RuptureSeverity.Major, AttachmentStyle.Avoidant, "You're overreacting.");
        var json = plan.ToJson();
        Assert.Equal(json, RepairPlan.FromJson(json).ToJson());
    }
}
