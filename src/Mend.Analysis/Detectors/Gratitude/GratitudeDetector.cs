namespace Mend.Analysis.Detectors.Gratitude;

/// <summary>Finds <c>gratitude</c>; the rules are in <c>gratitude.rules</c> beside this file.</summary>
internal sealed class GratitudeDetector() : Detector(MessageLabel.Gratitude)
{
}
