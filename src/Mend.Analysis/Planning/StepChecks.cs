using Mend.Repair;

namespace Mend.Analysis.Planning;

/// <summary>
/// The steps software can check. Step 4 (understand) completes when the engine reads the person's reflection as
/// <c>validation</c>; step 3 (apologise) completes when the apology coach rates the apology good. A passing check
/// starts the step if needed and completes it with the text as evidence; a failing one leaves the plan as it was
/// and says what is missing.
/// </summary>
public static class StepChecks
{
    /// <summary>Checks a reflection for step 4: does it reflect or affirm the other person's feelings?</summary>
    /// <param name="plan">The plan to update.</param>
    /// <param name="reflection">What the person said or will say back to the other.</param>
    /// <param name="time">The clock for the step's timestamps.</param>
    /// <param name="pipeline">The engine; <see cref="AnalysisPipeline.Default"/> when null.</param>
    public static StepCheck CheckUnderstanding(RepairPlan plan, string reflection, TimeProvider time, AnalysisPipeline? pipeline = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(reflection);
        var result = (pipeline ?? AnalysisPipeline.Default).Analyze(reflection);
        if (result.Safety is not null)
        {
            return new StepCheck(RepairStepKind.Understand, false, result.Safety.Message);
        }

        return result.Has(MessageLabel.Validation)
            ? Pass(plan, RepairStepKind.Understand, $"Reflected their feelings: \"{reflection.Trim()}\"", time)
            : new StepCheck(RepairStepKind.Understand, false,
                "This doesn't yet read as reflecting how they felt. Say back what happened and the feeling it left them with, then ask if you got it right: \"You felt … when I …\".");
    }

    /// <summary>
    /// Checks an apology for step 3 with the apology coach's verdict. Until the coach is part of the engine,
    /// <paramref name="isGoodApology"/> supplies it (it should be true when the coach rates the apology good).
    /// </summary>
    /// <param name="plan">The plan to update.</param>
    /// <param name="apology">The apology the person drafted.</param>
    /// <param name="isGoodApology">True when the apology coach rates <paramref name="apology"/> good.</param>
    /// <param name="time">The clock for the step's timestamps.</param>
    /// <param name="pipeline">The engine, read for safety concerns; <see cref="AnalysisPipeline.Default"/> when null.</param>
    public static StepCheck CheckApology(RepairPlan plan, string apology, Func<string, bool> isGoodApology, TimeProvider time, AnalysisPipeline? pipeline = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(apology);
        ArgumentNullException.ThrowIfNull(isGoodApology);
        var safety = (pipeline ?? AnalysisPipeline.Default).Analyze(apology).Safety;
        if (safety is not null)
        {
            return new StepCheck(RepairStepKind.Apologize, false, safety.Message);
        }

        return isGoodApology(apology)
            ? Pass(plan, RepairStepKind.Apologize, $"Apology rated good: \"{apology.Trim()}\"", time)
            : new StepCheck(RepairStepKind.Apologize, false,
                "The apology is not there yet. Name the effect on them, say you regret it, offer to make it right, and leave out any \"if\" or \"but\"; `mend apology` shows what is missing.");
    }

    private static StepCheck Pass(RepairPlan plan, RepairStepKind kind, string evidence, TimeProvider time)
    {
        var step = plan[kind];
        switch (step.Status)
        {
            case PlanStepStatus.Completed:
                return new StepCheck(kind, true, $"Step {step.Number} was already completed.");
            case PlanStepStatus.Skipped:
                return new StepCheck(kind, true, $"This passes, but step {step.Number} was skipped; reopen it to record it.");
            case PlanStepStatus.NotStarted:
                plan.StartStep(kind, time);
                break;
        }

        plan.CompleteStep(kind, evidence, time);
        return new StepCheck(kind, true, $"Step {step.Number} ({PlanWording.Title(kind).ToLowerInvariant()}) is complete.");
    }
}

/// <summary>The outcome of a step check.</summary>
/// <param name="Step">The step checked.</param>
/// <param name="Passed">True when the text does what the step asks.</param>
/// <param name="Message">What happened, or what is missing, for people.</param>
public sealed record StepCheck(RepairStepKind Step, bool Passed, string Message);
