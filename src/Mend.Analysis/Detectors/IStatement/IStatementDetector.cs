namespace Mend.Analysis.Detectors.IStatement;

/// <summary>Finds <c>i_statement</c>; the rules are in <c>i_statement.rules</c> beside this file.</summary>
internal sealed class IStatementDetector() : Detector(MessageLabel.IStatement)
{
}
