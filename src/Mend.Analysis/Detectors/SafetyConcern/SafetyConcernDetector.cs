namespace Mend.Analysis.Detectors.SafetyConcern;

/// <summary>Finds <c>safety_concern</c>; the rules are in <c>safety_concern.rules</c> beside this file.</summary>
internal sealed class SafetyConcernDetector() : Detector(MessageLabel.SafetyConcern)
{
}
