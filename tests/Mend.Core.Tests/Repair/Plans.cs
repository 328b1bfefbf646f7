using Mend.Repair;

namespace Mend.Core.Tests.Repair;

internal static class Plans
{
    public static RepairPlan Fresh(RuptureCause cause = RuptureCause.UnmetExpectations, RuptureSeverity severity = RuptureSeverity.Minor) =>
        new(cause, severity, null, [.. RepairIds.AllSteps.Select(k => new PlanStep(k, $"Title {k.Number()}", "Why it matters.", ["Do this."], ["Say this."]))], [], null, []);

    /// <summary>A plan with <paramref name="kind"/> brought to <paramref name="status"/> legally (earlier steps settled as needed).</summary>
    public static RepairPlan With(RepairStepKind kind, PlanStepStatus status, TimeProvider time)
    {
        var plan = Fresh();
        if (kind == RepairStepKind.Forgive)
        {
            foreach (var earlier in RepairIds.AllSteps.Take(4))
            {
                plan.SkipStep(earlier, "done in person", time);
            }
        }

        switch (status)
        {
            case PlanStepStatus.InProgress:
                plan.StartStep(kind, time);
                break;
            case PlanStepStatus.Completed:
                plan.StartStep(kind, time);
                plan.CompleteStep(kind, "did it", time);
                break;
            case PlanStepStatus.Skipped:
                plan.SkipStep(kind, "not needed", time);
                break;
        }

        return plan;
    }
}
