namespace Mend.Analysis.Detectors.Stonewalling;

/// <summary>Finds <c>stonewalling</c>; the rules are in <c>stonewalling.rules</c> beside this file.</summary>
internal sealed class StonewallingDetector() : Detector(MessageLabel.Stonewalling)
{
}
