namespace Mend.Analysis.Detectors.Commitment;

/// <summary>
/// Finds <c>commitment</c>; the rules are in <c>commitment.rules</c> beside this file. Promises with a change marker
/// or amends always count. Stopping or starting a habit counts when someone else is in the message ("I'll stop
/// checking my phone at dinner with you") or it is a repair. A plain first-person plan ("I'll take over dinner this
/// week") counts only when the message is a repair: an apology, an admission or a reflection of their feelings;
/// otherwise it is logistics. A habit change also counts with a change marker anywhere in the message ("I will stop
/// checking my emails in bed. Starting tonight"). Threats and despair ("you'll regret it", "I mean it this time"
/// after talk of ending it) are never read as promises.
/// </summary>
internal sealed class CommitmentDetector() : Detector(MessageLabel.Commitment)
{
    private int _change;
    private int _act;
    private int _context;
    private int _relational;
    private int _logistics;
    private int _timing;
    private int _dark;
    private int _sympathy;

    public override void Bind(SectionMap sections)
    {
        _change = sections.Get(Label, "change");
        _act = sections.Get(Label, "act");
        _context = sections.Get(Label, "context");
        _relational = sections.Get(Label, "relational");
        _logistics = sections.Get(Label, "logistics");
        _timing = sections.Get(Label, "timing");
        _dark = sections.Get(Label, "dark");
        _sympathy = sections.Get(Label, "sympathy");
    }

    public override void Detect(DetectionContext context)
    {
        if (context.HasHit(_dark))
        {
            return;
        }

        base.Detect(context);
        var repair = IsRepair(context);
        if (repair || context.HasHit(_relational) || context.HasHit(_timing))
        {
            ReportPlans(context, _change);
        }

        if (repair)
        {
            ReportPlans(context, _act);
        }
    }

    private void ReportPlans(DetectionContext context, int section)
    {
        foreach (var i in context.HitsOf(section))
        {
            var hit = context.Hits[i];
            if (!IsLogistics(context, hit.First, hit.Last))
            {
                context.Report(this, hit.First, hit.Last, section);
            }
        }
    }

    // A "sorry" of sympathy ("so sorry to hear about your mum") or of politeness ("sorry to be a pain") does not make
    // the message a repair: only context hits outside those phrases count.
    private bool IsRepair(DetectionContext context)
    {
        foreach (var i in context.HitsOf(_context))
        {
            var hit = context.Hits[i];
            if (!Overlaps(context, _sympathy, hit.First, hit.Last))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsLogistics(DetectionContext context, int first, int last) =>
        Overlaps(context, _logistics, first, last);

    private static bool Overlaps(DetectionContext context, int section, int first, int last)
    {
        foreach (var i in context.HitsOf(section))
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
