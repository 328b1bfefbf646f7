namespace Mend.Analysis.Detectors.NonApology;

/// <summary>Finds <c>non_apology</c>; the rules are in <c>non_apology.rules</c> beside this file.</summary>
internal sealed class NonApologyDetector() : Detector(MessageLabel.NonApology)
{
}
