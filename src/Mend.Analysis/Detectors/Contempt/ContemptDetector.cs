namespace Mend.Analysis.Detectors.Contempt;

/// <summary>Finds <c>contempt</c>; the rules are in <c>contempt.rules</c> beside this file.</summary>
internal sealed class ContemptDetector() : Detector(MessageLabel.Contempt)
{
}
