namespace Mend.Analysis.Detectors.IStatement;

/// <summary>
/// Finds <c>i_statement</c>; the rules are in <c>i_statement.rules</c> beside this file. Remorse words ("I feel
/// awful") are regret, usually after an apology, so a feeling finding that overlaps one is dropped unless the writer
/// names when they feel it ("I feel awful when we go to bed angry").
/// </summary>
internal sealed class IStatementDetector() : Detector(MessageLabel.IStatement)
{
    private int _remorse;
    private int _remorseWhen;

    public override void Bind(SectionMap sections)
    {
        _remorse = sections.Get(Label, "remorse");
        _remorseWhen = sections.Get(Label, "remorsewhen");
    }

    public override void Detect(DetectionContext context)
    {
        foreach (var i in context.HitsOf(this, Patterns.SectionKind.Find))
        {
            var hit = context.Hits[i];
            if (!OverlapsRemorse(context, hit.First, hit.Last))
            {
                context.Report(this, hit.First, hit.Last, context.SectionOf(hit));
            }
        }

        HelpfulCues.ReportAll(context, this, _remorseWhen);
    }

    private bool OverlapsRemorse(DetectionContext context, int first, int last)
    {
        foreach (var i in context.HitsOf(_remorse))
        {
            var hit = context.Hits[i];
            if (hit.First <= last && first <= hit.Last)
            {
                return true;
            }
        }

        return false;
    }
}
