namespace Mend.Analysis.Detectors.Apology;

/// <summary>Finds <c>apology</c>; the rules are in <c>apology.rules</c> beside this file.</summary>
internal sealed class ApologyDetector() : Detector(MessageLabel.Apology)
{
}
