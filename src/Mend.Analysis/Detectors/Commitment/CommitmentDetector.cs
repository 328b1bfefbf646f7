namespace Mend.Analysis.Detectors.Commitment;

/// <summary>Finds <c>commitment</c>; the rules are in <c>commitment.rules</c> beside this file.</summary>
internal sealed class CommitmentDetector() : Detector(MessageLabel.Commitment)
{
}
