
namespace Mend.Analysis.Detectors.Apology;

/// <summary>
/// Finds <c>apology</c>; the rules are in <c>apology.rules</c> beside this file. Besides the [own] patterns, a bare
/// "I'm sorry" counts when it closes its clause ("I should have asked. I'm sorry") and the message carries no
/// sympathy ("I'm so sorry. Your dad was a lovely man" is condolence, not apology).
/// </summary>
internal sealed class ApologyDetector() : Detector(MessageLabel.Apology)
{
    private int _bare;
    private int _sympathy;

    public override void Bind(SectionMap sections)
    {
        _bare = sections.Get(Label, "bare");
        _sympathy = sections.Get(Label, "condolence");
    }

    public override void Detect(DetectionContext context)
    {
        base.Detect(context);
        if (!context.HasHit(_sympathy))
        {
            HelpfulCues.ReportClauseFinal(context, this, _bare);
        }
    }
}
