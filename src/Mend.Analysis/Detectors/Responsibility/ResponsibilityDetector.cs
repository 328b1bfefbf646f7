namespace Mend.Analysis.Detectors.Responsibility;

/// <summary>Finds <c>responsibility</c>; the rules are in <c>responsibility.rules</c> beside this file.</summary>
internal sealed class ResponsibilityDetector() : Detector(MessageLabel.Responsibility)
{
}
