namespace Mend.Analysis.Detectors.Validation;

/// <summary>Finds <c>validation</c>; the rules are in <c>validation.rules</c> beside this file.</summary>
internal sealed class ValidationDetector() : Detector(MessageLabel.Validation)
{
}
