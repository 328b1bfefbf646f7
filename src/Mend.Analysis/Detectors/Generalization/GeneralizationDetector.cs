namespace Mend.Analysis.Detectors.Generalization;

/// <summary>Finds <c>generalization</c>; the rules are in <c>generalization.rules</c> beside this file.</summary>
internal sealed class GeneralizationDetector() : Detector(MessageLabel.Generalization)
{
}
