namespace Mend.Analysis.Detectors.Responsibility;

/// <summary>
/// Finds <c>responsibility</c>; the rules are in <c>responsibility.rules</c> beside this file. A judgement such as
/// "that was mean" or "it was rude" is ownership only when the message is about the writer's own act (an apology or
/// "I" with a past act); otherwise it is a comment on someone else's behaviour.
/// </summary>
internal sealed class ResponsibilityDetector() : Detector(MessageLabel.Responsibility)
{
    private int _judgement;
    private int _owner;

    public override void Bind(SectionMap sections)
    {
        _judgement = sections.Get(Label, "judgement");
        _owner = sections.Get(Label, "owner");
    }

    public override void Detect(DetectionContext context)
    {
        base.Detect(context);
        if (context.HasHit(_owner))
        {
            HelpfulCues.ReportAll(context, this, _judgement);
        }
    }
}
