using Mend.Analysis.Apologies;
using Mend.Apologies;
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
    /// Checks an apology for step 3: the step completes when the apology coach rates it <c>good</c>; otherwise the
    /// message names what the coach found missing or flagged.
    /// </summary>
    /// <param name="plan">The plan to update.</param>
    /// <param name="apology">The apology the person drafted.</param>
    /// <param name="time">The clock for the step's timestamps.</param>
    /// <param name="coach">The apology coach; <see cref="ApologyCoach.Default"/> when null.</param>
    public static StepCheck CheckApology(RepairPlan plan, string apology, TimeProvider time, ApologyCoach? coach = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(apology);
        var assessment = (coach ?? ApologyCoach.Default).Assess(apology);
        if (assessment.Safety is { } safety)
        {
            return new StepCheck(RepairStepKind.Apologize, false, safety.Message);
        }

        if (assessment.Quality == ApologyQuality.Good)
        {
            return Pass(plan, RepairStepKind.Apologize, $"Apology rated good ({assessment.Score}/100): \"{apology.Trim()}\"", time);
        }

        var gaps = new List<string>();
        if (assessment.Flags.Count > 0)
        {
            gaps.Add("take out " + string.Join(", ", assessment.Flags.Select(f => f.Id().Replace('_', ' '))));
        }

        if (assessment.Missing.Count > 0)
        {
            gaps.Add("add " + string.Join(", ", assessment.Missing.Select(c => c.Id())));
        }

        var what = gaps.Count == 0 ? "" : $" To make it stronger: {string.Join("; ", gaps)}.";
        return new StepCheck(RepairStepKind.Apologize, false,
            $"The apology is rated {assessment.Quality.Id()} ({assessment.Score}/100), not good yet.{what} `mend apology` shows a rewrite in your own words.");
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
