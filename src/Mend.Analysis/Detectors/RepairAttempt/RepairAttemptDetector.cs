namespace Mend.Analysis.Detectors.RepairAttempt;

/// <summary>
/// Finds <c>repair_attempt</c>; the rules are in <c>repair_attempt.rules</c> beside this file. Stepping away ("I need
/// ten minutes to calm down") is a repair only when the message also promises a return ("I'll be right back");
/// alone it is withdrawal. Short settling words ("we're ok", "truce", "hug?") count only when they close their
/// clause, so "we're good for Saturday" stays logistics.
/// </summary>
internal sealed class RepairAttemptDetector() : Detector(MessageLabel.RepairAttempt)
{
    private int _pause;
    private int _return;
    private int _settle;

    public override void Bind(SectionMap sections)
    {
        _pause = sections.Get(Label, "pause");
        _return = sections.Get(Label, "return");
        _settle = sections.Get(Label, "settle");
    }

    public override void Detect(DetectionContext context)
    {
        base.Detect(context);
        if (context.HasHit(_pause) && context.HasHit(_return))
        {
            HelpfulCues.ReportAll(context, this, _pause);
            HelpfulCues.ReportAll(context, this, _return);
        }

        HelpfulCues.ReportClauseFinal(context, this, _settle);
    }
}
