using Mend.Analysis.Planning;
using Mend.Analysis.Triage;
using Mend.Repair;

namespace Mend.Analysis.Json;

/// <summary>
/// <c>mend triage --json</c>, as PRODUCT.md fixes it: <c>{"cause","causes":[{"id","confidence"}],"severity",
/// "rationale","plan"}</c>, plus <c>"safety"</c>. When the description raises a safety concern, <c>plan</c> is null
/// and <c>safety</c> carries the notice (<c>{"message","resources"}</c>); otherwise <c>safety</c> is null.
/// </summary>
public sealed record TriageJson(
    string Cause,
    IReadOnlyList<CauseJson> Causes,
    string Severity,
    string Rationale,
    RepairPlan? Plan,
    SafetyJson? Safety)
{
    /// <summary>The contract for a triage and the plan built from it.</summary>
    public static TriageJson From(TriageResult triage, PlanResult plan)
    {
        ArgumentNullException.ThrowIfNull(triage);
        ArgumentNullException.ThrowIfNull(plan);
        var safety = (triage.Safety ?? plan.Safety) is { } s ? new SafetyJson(s.Message, s.Resources) : null;
        return new TriageJson(
            triage.Cause.Id(),
            [.. triage.Causes.Select(c => new CauseJson(c.Cause.Id(), c.Confidence))],
            triage.Severity.Id(),
            triage.Rationale,
            safety is null ? plan.Plan : null,
            safety);
    }
}

/// <summary>One cause and its confidence, 0 to 1 (the four sum to 1).</summary>
public sealed record CauseJson(string Id, double Confidence);

/// <summary>
/// <c>mend plan --json</c>: <c>{"plan":{…},"safety":null}</c>, or <c>{"plan":null,"safety":{"message","resources"}}</c>
/// when the description or the person's messages raise a safety concern. The plan is <see cref="RepairPlan"/>'s own
/// JSON (the shape the web app stores), so it round-trips through <see cref="RepairPlan.FromJson"/>.
/// </summary>
public sealed record PlanJson(RepairPlan? Plan, SafetyJson? Safety)
{
    /// <summary>The contract for a plan result.</summary>
    public static PlanJson From(PlanResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Safety is { } s
            ? new PlanJson(null, new SafetyJson(s.Message, s.Resources))
            : new PlanJson(result.Plan, null);
    }
}
