namespace Mend.Analysis.Detectors;

/// <summary>The built-in detectors, one per label, in contract order.</summary>
internal static class DefaultDetectors
{
    public static IEnumerable<Detector> Create() =>
    [
        new Criticism.CriticismDetector(),
        new Contempt.ContemptDetector(),
        new Defensiveness.DefensivenessDetector(),
        new Stonewalling.StonewallingDetector(),
        new Generalization.GeneralizationDetector(),
        new NonApology.NonApologyDetector(),
        new SafetyConcern.SafetyConcernDetector(),
        new Apology.ApologyDetector(),
        new Responsibility.ResponsibilityDetector(),
        new Validation.ValidationDetector(),
        new RepairAttempt.RepairAttemptDetector(),
        new Gratitude.GratitudeDetector(),
        new Commitment.CommitmentDetector(),
        new IStatement.IStatementDetector(),
    ];
}
