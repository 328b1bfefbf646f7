namespace Mend.Analysis.Detectors.RepairAttempt;

/// <summary>Finds <c>repair_attempt</c>; the rules are in <c>repair_attempt.rules</c> beside this file.</summary>
internal sealed class RepairAttemptDetector() : Detector(MessageLabel.RepairAttempt)
{
}
