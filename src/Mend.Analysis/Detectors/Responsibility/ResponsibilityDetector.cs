namespace Mend.Analysis.Detectors.Responsibility;

/// <summary>
/// Finds <c>responsibility</c>; the rules are in <c>responsibility.rules</c> beside this file. A judgement such as
/// "that was mean" or "it was rude" is ownership only when the message is about the writer's own act (an apology or
/// "I" with a past act); otherwise it is a comment on someone else's behaviour. The words straight after "sorry"
/// in the same clause ("sorry I snapped at you") are the apology's content, not a separate admission.
/// </summary>
internal sealed class ResponsibilityDetector() : Detector(MessageLabel.Responsibility)
{
    private int _judgement;
    private int _ownJudgement;
    private int _owner;
    private int _sorry;

    public override void Bind(SectionMap sections)
    {
        _judgement = sections.Get(Label, "judgement");
        _ownJudgement = sections.Get(Label, "ownjudge");
        _owner = sections.Get(Label, "owner");
        _sorry = sections.Get(Label, "sorryword");
    }

    public override void Detect(DetectionContext context)
    {
        var sorry = context.HasHit(_sorry);
        foreach (var i in context.HitsOf(this, Patterns.SectionKind.Find))
        {
            var hit = context.Hits[i];
            if (!sorry || !FollowsSorry(context, hit.First))
            {
                context.Report(this, hit.First, hit.Last, context.SectionOf(hit));
            }
        }

        if (context.HasHit(_owner))
        {
            HelpfulCues.ReportAll(context, this, _judgement);
            foreach (var i in context.HitsOf(_ownJudgement))
            {
                var hit = context.Hits[i];
                if (OwnerBefore(context, hit.First))
                {
                    context.Report(this, hit.First, hit.Last, _ownJudgement);
                }
            }
        }
    }

    /// <summary>True when a "sorry" stands at most three words before <paramref name="first"/> in its clause.</summary>
    private bool FollowsSorry(DetectionContext context, int first)
    {
        var tokens = context.Tokens;
        foreach (var i in context.HitsOf(_sorry))
        {
            var s = context.Hits[i].Last;
            if (s < first && first - s <= 3 && tokens[s].Clause == tokens[first].Clause)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when an owner cue (apology, "I" with a past act) comes earlier in the same sentence.</summary>
    private bool OwnerBefore(DetectionContext context, int first) => context.HasHitBefore(_owner, first);
}
