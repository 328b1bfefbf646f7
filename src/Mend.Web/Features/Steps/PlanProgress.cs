using Mend.Repair;
using Mend.Web.Features.Ruptures;

namespace Mend.Web.Features.Steps;

/// <summary>How far one rupture's plan has come: steps done of seven, and the next step.</summary>
/// <param name="Rupture">The rupture.</param>
/// <param name="Plan">Its plan.</param>
public sealed record PlanProgress(Rupture Rupture, RepairPlan Plan)
{
    /// <summary>How many days before a trust milestone's date it is listed as due.</summary>
    public const int MilestoneNoticeDays = 7;

    /// <summary>Steps completed or skipped.</summary>
    public int Done => Plan.Steps.Count(s => s.IsSettled);

    /// <summary>The first step, in order, not yet completed or skipped; null when the plan is finished.</summary>
    public PlanStep? Next => Plan.NextStep;

    /// <summary>True once a step has been started, completed or skipped.</summary>
    public bool Started => Plan.Steps.Any(s => s.Status != PlanStepStatus.NotStarted);

    /// <summary>
    /// The trust milestones that fall due: dated from the day the rupture was described, each is listed from
    /// <see cref="MilestoneNoticeDays"/> days before its date until step 6 (rebuild trust) is completed or skipped.
    /// </summary>
    public IEnumerable<(TrustMilestone Milestone, DateTimeOffset Date)> MilestonesDue(DateTimeOffset now) =>
        Plan[RepairStepKind.RebuildTrust].IsSettled
            ? []
            : Plan.Milestones
                .Select(m => (m, Rupture.CreatedAt.AddDays(7 * m.Week)))
                .Where(d => d.Item2 <= now.AddDays(MilestoneNoticeDays));

    /// <summary>The progress of each rupture that has a plan, in the order given.</summary>
    public static IReadOnlyList<PlanProgress> Of(IEnumerable<Rupture> ruptures) =>
        [.. ruptures.Select(r => r.ReadPlan() is { } plan ? new PlanProgress(r, plan) : null).OfType<PlanProgress>()];
}
