using Mend.Analysis.Planning;
using Mend.Repair;

namespace Mend.Analysis.Tests.Planning;

public class StepChecksTest
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 27, 18, 0, 0, TimeSpan.Zero);

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static RepairPlan NewPlan() => PlanBuilder.Default.Build(RuptureCause.EmotionalNeglect, RuptureSeverity.Moderate).Plan!;

    [Theory]
    [InlineData("You felt ignored when I didn't answer your message, and that made you feel unimportant.")]
    [InlineData("It makes sense that you were hurt; you needed me and I wasn't there.")]
    public void Step_four_completes_when_the_reflection_reads_as_validation(string reflection)
    {
        var plan = NewPlan();
        var check = StepChecks.CheckUnderstanding(plan, reflection, new FixedTime(T0));

        Assert.True(check.Passed, check.Message);
        var step = plan[RepairStepKind.Understand];
        Assert.Equal(PlanStepStatus.Completed, step.Status);
        Assert.Contains(reflection, step.Evidence, StringComparison.Ordinal);
        Assert.Equal(T0, step.CompletedAt);
        Assert.Equal("Step 4 (understand how it was for them) is complete.", check.Message);
    }

    [Theory]
    [InlineData("Ok, noted.")]
    [InlineData("You're overreacting about the message.")]
    public void Step_four_stays_open_when_the_reflection_does_not_validate(string reflection)
    {
        var plan = NewPlan();
        var check = StepChecks.CheckUnderstanding(plan, reflection, new FixedTime(T0));

        Assert.False(check.Passed);
        Assert.Contains("You felt", check.Message, StringComparison.Ordinal);
        Assert.Equal(PlanStepStatus.NotStarted, plan[RepairStepKind.Understand].Status);
    }

    [Fact]
    public void A_passing_check_on_a_step_in_progress_completes_it()
    {
        var plan = NewPlan();
        plan.StartStep(RepairStepKind.Understand, new FixedTime(T0.AddHours(-1)));
        Assert.True(StepChecks.CheckUnderstanding(plan, "I can see why you felt let down.", new FixedTime(T0)).Passed);
        Assert.Equal(T0.AddHours(-1), plan[RepairStepKind.Understand].StartedAt);
        Assert.Equal(PlanStepStatus.Completed, plan[RepairStepKind.Understand].Status);
    }

    [Fact]
    public void A_passing_check_leaves_a_completed_or_skipped_step_alone()
    {
        var plan = NewPlan();
        plan.SkipStep(RepairStepKind.Understand, "we talked it through in person", new FixedTime(T0));
        var check = StepChecks.CheckUnderstanding(plan, "I can see why you felt let down.", new FixedTime(T0));
        Assert.True(check.Passed);
        Assert.Contains("reopen it", check.Message, StringComparison.Ordinal);
        Assert.Equal(PlanStepStatus.Skipped, plan[RepairStepKind.Understand].Status);
    }

    [Fact]
    public void Step_three_completes_when_the_apology_coach_rates_it_good()
    {
        var plan = NewPlan();
        const string apology = "I'm sorry I wasn't there when you needed me. I left you alone with it. What would help now?";
        var check = StepChecks.CheckApology(plan, apology, new FixedTime(T0));

        Assert.True(check.Passed);
        Assert.Equal(PlanStepStatus.Completed, plan[RepairStepKind.Apologize].Status);
        Assert.Contains(apology, plan[RepairStepKind.Apologize].Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Step_three_stays_open_when_the_apology_is_not_good()
    {
        var plan = NewPlan();
        var check = StepChecks.CheckApology(plan, "sorry if you felt hurt", new FixedTime(T0));
        Assert.False(check.Passed);
        Assert.Contains("conditional", check.Message, StringComparison.Ordinal);
        Assert.Contains("mend apology", check.Message, StringComparison.Ordinal);
        Assert.Equal(PlanStepStatus.NotStarted, plan[RepairStepKind.Apologize].Status);
    }

    [Fact]
    public void A_safety_concern_never_completes_a_step()
    {
        var plan = NewPlan();
        var check = StepChecks.CheckApology(plan, "I'm sorry, but if you leave I'll kill myself.", new FixedTime(T0));
        Assert.False(check.Passed);
        Assert.Equal(SafetyNotice.Default.Message, check.Message);
        Assert.Equal(PlanStepStatus.NotStarted, plan[RepairStepKind.Apologize].Status);
    }
}
