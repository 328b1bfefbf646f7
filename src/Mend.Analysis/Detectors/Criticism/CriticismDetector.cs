namespace Mend.Analysis.Detectors.Criticism;

/// <summary>Finds <c>criticism</c>; the rules are in <c>criticism.rules</c> beside this file.</summary>
internal sealed class CriticismDetector() : Detector(MessageLabel.Criticism)
{
}
