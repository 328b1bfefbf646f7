using System.Globalization;
using Mend.Analysis.Planning;
using Mend.Repair;
using Mend.Web.Features.Ruptures;

namespace Mend.Web.Features.Steps;

/// <summary>What a person does with one step of a plan.</summary>
public enum StepAction
{
    /// <summary>Begin the step.</summary>
    Start,

    /// <summary>Finish it, with evidence of what was done.</summary>
    Complete,

    /// <summary>Set it aside, with a reason.</summary>
    Skip,

    /// <summary>Take a completed or skipped step back to in progress.</summary>
    Reopen,
}

/// <summary>
/// The web app's way into a plan's steps: naming a step (its number 1–7 or its id), running one of the Core
/// transitions or a step check on a rupture's stored plan, and saving the plan back (encrypted) when it changed.
/// The rules and their messages stay in <see cref="RepairPlan"/> and <see cref="StepChecks"/>.
/// </summary>
public static class PlanSteps
{
    /// <summary>Reads a step named by its number (<c>3</c>) or its id (<c>apologize</c>).</summary>
    public static bool TryParse(string? value, out RepairStepKind kind)
    {
        kind = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            kind = (RepairStepKind)(number - 1);
            return number is >= 1 and <= 7;
        }

        return RepairIds.TryParse(value, out kind);
    }

    /// <summary>Reads an action named in a route (<c>start</c>, <c>complete</c>, <c>skip</c>, <c>reopen</c>).</summary>
    public static bool TryParse(string? value, out StepAction action) =>
        Enum.TryParse(value, ignoreCase: true, out action) && Enum.IsDefined(action) && !int.TryParse(value, out _);

    /// <summary>
    /// Runs <paramref name="action"/> on step <paramref name="kind"/> of the rupture's plan and saves the plan.
    /// </summary>
    /// <param name="rupture">The rupture, with a plan.</param>
    /// <param name="kind">The step.</param>
    /// <param name="action">The transition.</param>
    /// <param name="text">The evidence (complete) or reason (skip); ignored otherwise.</param>
    /// <param name="clock">The clock for the step's times.</param>
    /// <exception cref="ArgumentException">Evidence or reason is missing or too long.</exception>
    /// <exception cref="InvalidOperationException">The transition is not allowed now (the Core message), or there is no plan.</exception>
    public static PlanStep Apply(Rupture rupture, RepairStepKind kind, StepAction action, string? text, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(rupture);
        var plan = rupture.ReadPlan() ?? throw new InvalidOperationException(NoPlan);
        if (text is { Length: > Note.MaxTextLength })
        {
            throw new ArgumentException($"Keep it under {Note.MaxTextLength:N0} characters.", action == StepAction.Skip ? "reason" : "evidence");
        }

        var step = action switch
        {
            StepAction.Start => plan.StartStep(kind, clock),
            StepAction.Complete => plan.CompleteStep(kind, text ?? "", clock),
            StepAction.Skip => plan.SkipStep(kind, text ?? "", clock),
            _ => plan.ReopenStep(kind, clock),
        };
        rupture.SavePlan(plan);
        return step;
    }

    /// <summary>
    /// Runs the step check of step 3 (the apology coach) or step 4 (the reflection check) on <paramref name="text"/>;
    /// a passing check starts and completes the step, and the plan is saved.
    /// </summary>
    /// <exception cref="InvalidOperationException">There is no plan.</exception>
    public static StepCheck Check(Rupture rupture, RepairStepKind kind, string text, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(rupture);
        var plan = rupture.ReadPlan() ?? throw new InvalidOperationException(NoPlan);
        var check = kind == RepairStepKind.Apologize
            ? StepChecks.CheckApology(plan, text, clock)
            : StepChecks.CheckUnderstanding(plan, text, clock);
        if (check.Passed)
        {
            rupture.SavePlan(plan);
        }

        return check;
    }

    /// <summary>Said when a rupture has no plan: its description raised a safety concern.</summary>
    public const string NoPlan = "This rupture has no repair plan: its description raised a safety concern, and safety comes first.";

}
