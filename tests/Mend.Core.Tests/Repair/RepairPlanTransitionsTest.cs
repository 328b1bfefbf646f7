using Mend.Repair;

namespace Mend.Core.Tests.Repair;

/// <summary>Every transition from every status: which are legal, what they leave behind, and what the error says.</summary>
public class RepairPlanTransitionsTest
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset T1 = T0.AddDays(2);

    public enum Move { Start, Complete, Skip, Reopen }

    /// <summary>from status · move · resulting status, or null when the move is illegal · what the error says.</summary>
    public static TheoryData<PlanStepStatus, Move, PlanStepStatus?, string> Table => new()
    {
        { PlanStepStatus.NotStarted, Move.Start, PlanStepStatus.InProgress, "" },
        { PlanStepStatus.NotStarted, Move.Complete, null, "has not been started; start it first" },
        { PlanStepStatus.NotStarted, Move.Skip, PlanStepStatus.Skipped, "" },
        { PlanStepStatus.NotStarted, Move.Reopen, null, "has not been started; start it instead" },
        { PlanStepStatus.InProgress, Move.Start, null, "already in progress" },
        { PlanStepStatus.InProgress, Move.Complete, PlanStepStatus.Completed, "" },
        { PlanStepStatus.InProgress, Move.Skip, PlanStepStatus.Skipped, "" },
        { PlanStepStatus.InProgress, Move.Reopen, null, "still in progress" },
        { PlanStepStatus.Completed, Move.Start, null, "it is completed; reopen it first" },
        { PlanStepStatus.Completed, Move.Complete, null, "already completed" },
        { PlanStepStatus.Completed, Move.Skip, null, "already completed" },
        { PlanStepStatus.Completed, Move.Reopen, PlanStepStatus.InProgress, "" },
        { PlanStepStatus.Skipped, Move.Start, null, "it is skipped; reopen it first" },
        { PlanStepStatus.Skipped, Move.Complete, null, "already skipped" },
        { PlanStepStatus.Skipped, Move.Skip, null, "already skipped" },
        { PlanStepStatus.Skipped, Move.Reopen, PlanStepStatus.InProgress, "" },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Each_step_follows_the_table(PlanStepStatus from, Move move, PlanStepStatus? to, string error)
    {
        foreach (var kind in RepairIds.AllSteps)
        {
            var time = new FixedTime(T0);
            var plan = Plans.With(kind, from, time);
            time.Now = T1;
            if (to is { } expected)
            {
                var step = Apply(plan, kind, move, time);
                Assert.Equal(expected, step.Status);
                Assert.Same(step, plan[kind]);
            }
            else
            {
                var e = Assert.Throws<InvalidOperationException>(() => Apply(plan, kind, move, time));
                Assert.StartsWith($"Cannot {move.ToString().ToLowerInvariant()} step {kind.Number()} ({kind.Id()}): ", e.Message);
                Assert.Contains(error, e.Message, StringComparison.Ordinal);
                Assert.Equal(from, plan[kind].Status);
            }
        }
    }

    private static PlanStep Apply(RepairPlan plan, RepairStepKind kind, Move move, TimeProvider time) => move switch
    {
        Move.Start => plan.StartStep(kind, time),
        Move.Complete => plan.CompleteStep(kind, "I said it to her face", time),
        Move.Skip => plan.SkipStep(kind, "we did this together already", time),
        _ => plan.ReopenStep(kind, time),
    };

    [Fact]
    public void Start_records_the_time_from_the_clock()
    {
        var plan = Plans.Fresh();
        var step = plan.StartStep(RepairStepKind.Acknowledge, new FixedTime(T0));
        Assert.Equal(T0, step.StartedAt);
        Assert.Null(step.CompletedAt);
    }

    [Fact]
    public void Complete_keeps_the_evidence_trimmed_and_the_time()
    {
        var plan = Plans.Fresh();
        plan.StartStep(RepairStepKind.Apologize, new FixedTime(T0));
        var step = plan.CompleteStep(RepairStepKind.Apologize, "  sent the apology on Sunday ", new FixedTime(T1));
        Assert.Equal("sent the apology on Sunday", step.Evidence);
        Assert.Equal(T0, step.StartedAt);
        Assert.Equal(T1, step.CompletedAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Complete_needs_evidence(string evidence)
    {
        var plan = Plans.Fresh();
        plan.StartStep(RepairStepKind.Acknowledge, new FixedTime(T0));
        var e = Assert.Throws<ArgumentException>(() => plan.CompleteStep(RepairStepKind.Acknowledge, evidence, new FixedTime(T1)));
        Assert.Contains("needs evidence", e.Message, StringComparison.Ordinal);
        Assert.Equal(PlanStepStatus.InProgress, plan[RepairStepKind.Acknowledge].Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Skip_needs_a_reason(string reason)
    {
        var plan = Plans.Fresh();
        var e = Assert.Throws<ArgumentException>(() => plan.SkipStep(RepairStepKind.AddressUnderlying, reason, new FixedTime(T0)));
        Assert.Contains("needs a reason", e.Message, StringComparison.Ordinal);
        Assert.Equal(PlanStepStatus.NotStarted, plan[RepairStepKind.AddressUnderlying].Status);
    }

    [Fact]
    public void Skip_keeps_the_reason_and_the_time()
    {
        var plan = Plans.Fresh();
        var step = plan.SkipStep(RepairStepKind.RebuildTrust, "a one-off; nothing to rebuild", new FixedTime(T1));
        Assert.Equal("a one-off; nothing to rebuild", step.SkipReason);
        Assert.Equal(T1, step.SkippedAt);
    }

    [Fact]
    public void Reopen_clears_the_outcome_and_keeps_the_first_start()
    {
        var plan = Plans.Fresh();
        plan.StartStep(RepairStepKind.Understand, new FixedTime(T0));
        plan.CompleteStep(RepairStepKind.Understand, "reflected back", new FixedTime(T0));
        var step = plan.ReopenStep(RepairStepKind.Understand, new FixedTime(T1));
        Assert.Equal(PlanStepStatus.InProgress, step.Status);
        Assert.Null(step.Evidence);
        Assert.Null(step.CompletedAt);
        Assert.Equal(T0, step.StartedAt);
    }

    [Fact]
    public void Reopening_a_skipped_step_that_never_started_starts_it_now()
    {
        var plan = Plans.Fresh();
        plan.SkipStep(RepairStepKind.Acknowledge, "obvious", new FixedTime(T0));
        var step = plan.ReopenStep(RepairStepKind.Acknowledge, new FixedTime(T1));
        Assert.Null(step.SkipReason);
        Assert.Equal(T1, step.StartedAt);
    }

    [Theory]
    [InlineData(RepairStepKind.TakeResponsibility)]
    [InlineData(RepairStepKind.AddressUnderlying)]
    [InlineData(RepairStepKind.RebuildTrust)]
    public void Steps_one_to_six_may_start_in_any_order(RepairStepKind kind)
    {
        var plan = Plans.Fresh();
        Assert.Equal(PlanStepStatus.InProgress, plan.StartStep(kind, new FixedTime(T0)).Status);
        Assert.Equal(RepairStepKind.Acknowledge, plan.NextStep?.Kind);
    }

    [Fact]
    public void Forgiveness_waits_for_the_first_four_steps()
    {
        var time = new FixedTime(T0);
        var plan = Plans.Fresh();
        plan.StartStep(RepairStepKind.Acknowledge, time);
        plan.CompleteStep(RepairStepKind.Acknowledge, "named it", time);
        plan.SkipStep(RepairStepKind.TakeResponsibility, "done together with the apology", time);

        var e = Assert.Throws<InvalidOperationException>(() => plan.StartStep(RepairStepKind.Forgive, time));
        Assert.Equal(
            "Cannot start step 7 (forgive): forgiveness comes after the hurt has been acknowledged, owned, apologised for and understood; complete or skip steps 3, 4 first.",
            e.Message);

        plan.StartStep(RepairStepKind.Apologize, time);
        plan.CompleteStep(RepairStepKind.Apologize, "apologised", time);
        plan.SkipStep(RepairStepKind.Understand, "they did not want to talk more", time);
        Assert.Equal(PlanStepStatus.InProgress, plan.StartStep(RepairStepKind.Forgive, time).Status);
    }

    [Fact]
    public void Forgiveness_may_be_skipped_at_any_time()
    {
        var plan = Plans.Fresh();
        Assert.Equal(PlanStepStatus.Skipped, plan.SkipStep(RepairStepKind.Forgive, "not mine to give", new FixedTime(T0)).Status);
    }

    [Fact]
    public void Next_step_is_the_first_unsettled_one_and_the_plan_finishes_when_all_are_settled()
    {
        var time = new FixedTime(T0);
        var plan = Plans.Fresh();
        Assert.Equal(RepairStepKind.Acknowledge, plan.NextStep?.Kind);
        foreach (var kind in RepairIds.AllSteps)
        {
            Assert.False(plan.IsFinished);
            plan.StartStep(kind, time);
            Assert.Equal(kind, plan.NextStep?.Kind);
            plan.CompleteStep(kind, "done", time);
        }

        Assert.True(plan.IsFinished);
        Assert.Null(plan.NextStep);
    }

    [Fact]
    public void An_unknown_step_is_an_argument_error()
    {
        var plan = Plans.Fresh();
        Assert.Throws<ArgumentOutOfRangeException>(() => plan.StartStep((RepairStepKind)9, new FixedTime(T0)));
    }
}
