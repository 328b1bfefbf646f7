namespace Mend.Analysis.Detectors.Defensiveness;

/// <summary>Finds <c>defensiveness</c>; the rules are in <c>defensiveness.rules</c> beside this file.</summary>
internal sealed class DefensivenessDetector() : Detector(MessageLabel.Defensiveness)
{
}
