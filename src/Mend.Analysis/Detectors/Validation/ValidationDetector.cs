namespace Mend.Analysis.Detectors.Validation;

/// <summary>
/// Finds <c>validation</c>; the rules are in <c>validation.rules</c> beside this file. Short acknowledgements
/// ("I hear you.", "I get you", "fair enough") count only when they close their clause, so "should I get you a
/// coffee" or "I know you lied" stay unlabelled; so does "that's hard" ("that's hard to believe" is not validation).
/// "You did nothing wrong" counts unless the writer admits their own part in the same message, where it belongs to
/// that admission ("I was being a brat. You didn't do anything wrong.").
/// </summary>
internal sealed class ValidationDetector() : Detector(MessageLabel.Validation)
{
    private int _heard;
    private int _thatsHard;
    private int _innocent;
    private int _selfBlame;

    public override void Bind(SectionMap sections)
    {
        _heard = sections.Get(Label, "heard");
        _thatsHard = sections.Get(Label, "thatshard");
        _innocent = sections.Get(Label, "innocent");
        _selfBlame = sections.Get(Label, "selfblame");
    }

    public override void Detect(DetectionContext context)
    {
        base.Detect(context);
        HelpfulCues.ReportClauseFinal(context, this, _heard);
        HelpfulCues.ReportClauseFinal(context, this, _thatsHard);
        if (!context.HasHit(_selfBlame))
        {
            HelpfulCues.ReportAll(context, this, _innocent);
        }
    }
}
