using Mend.Analysis.Patterns;

namespace Mend.Analysis.Detectors.SafetyConcern;

/// <summary>
/// Finds <c>safety_concern</c>; the rules are in <c>safety_concern.rules</c> beside this file. The code adds two
/// message-wide checks: a quiet farewell ("tell mum I love her" + "none of this was her fault") is reported when
/// both halves are present, "I'll be waiting for you" is reported only beside signs of tracking ("I saw it on the app"), and "I'm outside your work" is dropped when the message is plainly a pickup ("come
/// down when you're ready") and the pickup words are not themselves part of the watching. Cues in different sentences
/// are paired at message level: being watched with a visit, a whereabouts question with a demand for proof. No suggestion is ever offered: the pipeline shows safety resources instead.
/// </summary>
internal sealed class SafetyConcernDetector() : Detector(MessageLabel.SafetyConcern)
{
    private int _farewell;
    private int _farewellRelease;
    private int _stalking;
    private int _stalkOk;
    private int _monitoring;
    private int _monitoringOk;
    private int _hint;
    private int _hintOk;
    private int _presence;
    private int _presenceOk;
    private int _presence2;
    private int _tracked;
    private int _waiting;
    private int _confront;
    private int _crossWatched;
    private int _crossVisit;
    private int _crossWatchedStrong;
    private int _crossVisitSoft;
    private int _crossWhere;
    private int _crossProof;
    private int _crossOk;

    public override void Bind(SectionMap sections)
    {
        _farewell = sections.Get(Label, "farewell");
        _farewellRelease = sections.Get(Label, "farewell_release");
        _stalking = sections.Get(Label, "stalking");
        _stalkOk = sections.Get(Label, "stalk_ok");
        _monitoring = sections.Get(Label, "monitoring");
        _monitoringOk = sections.Get(Label, "monitoring_ok");
        _hint = sections.Get(Label, "hint");
        _hintOk = sections.Get(Label, "hint_ok");
        _presence = sections.Get(Label, "presence");
        _presenceOk = sections.Get(Label, "presence_ok");
        _presence2 = sections.Get(Label, "presence2");
        _tracked = sections.Get(Label, "tracked");
        _waiting = sections.Get(Label, "waiting");
        _confront = sections.Get(Label, "confront");
        _crossWatched = sections.Get(Label, "cross_watched");
        _crossVisit = sections.Get(Label, "cross_visit");
        _crossWatchedStrong = sections.Get(Label, "cross_watched_strong");
        _crossVisitSoft = sections.Get(Label, "cross_visit_soft");
        _crossWhere = sections.Get(Label, "cross_where");
        _crossProof = sections.Get(Label, "cross_proof");
        _crossOk = sections.Get(Label, "cross_ok");
    }

    public override void Detect(DetectionContext context)
    {
        var pickup = context.HasHit(_stalkOk) && HasPickup(context);
        foreach (var i in context.HitsOf(this, SectionKind.Find))
        {
            var hit = context.Hits[i];
            var section = context.SectionOf(hit);
            if ((section == _stalking && pickup)
                || ((section == _presence || section == _presence2) && context.HasHit(_presenceOk))
                || (section == _monitoring && context.HasHitInSentence(_monitoringOk, context.Tokens[hit.First].Sentence)))
            {
                continue;
            }

            context.Report(this, hit.First, hit.Last, section);
        }

        // "I'll be waiting for you", "where were you", "explain" are a threat or an interrogation only after the message
        // shows the person was tracked ("saw on find my you were at the retail park").
        if (context.HasHit(_tracked))
        {
            ReportAll(context, _waiting);
            ReportAll(context, _confront);
        }

        ReportAcrossSentences(context);

        // Quiet signs count only together: a farewell with a release, or a hint beside any other quiet sign that
        // does not overlap it; and never in a message about a trip ("arrangements for the dog while we're away").
        if (context.HasHit(_hintOk))
        {
            return;
        }

        var farewell = FirstHit(context, _farewell, -1, -1);
        var release = FirstHit(context, _farewellRelease, -1, -1);
        var hint = FirstHit(context, _hint, -1, -1);
        var farewellConfirmed = farewell >= 0
            && (Disjoint(context, _farewellRelease, farewell) || Disjoint(context, _hint, farewell));
        var hintConfirmed = hint >= 0
            && (Disjoint(context, _hint, hint) || Disjoint(context, _farewell, hint) || Disjoint(context, _farewellRelease, hint));
        if (farewellConfirmed)
        {
            ReportAll(context, _farewell);
        }

        if (hintConfirmed)
        {
            ReportAll(context, _hint);
        }

        _ = release;
    }

    /// <summary>
    /// Pairs cues that may sit in different sentences: being watched with a visit or waiting ("I know where you were
    /// at 4. I'll be waiting."; the plainest watching even with "see you soon"), and a question about whereabouts or company with a demand for proof ("who were u
    /// with? pic or it didnt happen"). A pickup, a drop-off or a warm hello anywhere in the message cancels both.
    /// </summary>
    private void ReportAcrossSentences(DetectionContext context)
    {
        if (context.HasHit(_crossOk))
        {
            return;
        }

        ReportPair(context, _crossWatched, _crossVisit);
        ReportPair(context, _crossWatchedStrong, _crossVisit);
        ReportPair(context, _crossWatchedStrong, _crossVisitSoft);
        ReportPair(context, _crossWhere, _crossProof);
    }

    /// <summary>Reports every hit of both sections when some hit of one lies clear of some hit of the other.</summary>
    private void ReportPair(DetectionContext context, int first, int second)
    {
        foreach (var i in context.HitsOf(first))
        {
            if (Disjoint(context, second, i))
            {
                ReportAll(context, first);
                ReportAll(context, second);
                return;
            }
        }
    }

    /// <summary>
    /// True when some pickup cue lies outside every stalking hit: "in the car" inside "I'm sat in the car across
    /// from your flat" is part of the watching, not a pickup.
    /// </summary>
    private bool HasPickup(DetectionContext context)
    {
        foreach (var i in context.HitsOf(_stalkOk))
        {
            if (!Overlaps(context, _stalking, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Overlaps(DetectionContext context, int section, int other)
    {
        var hit = context.Hits[other];
        foreach (var i in context.HitsOf(section))
        {
            var h = context.Hits[i];
            if (h.First <= hit.Last && h.Last >= hit.First)
            {
                return true;
            }
        }

        return false;
    }

    private static int FirstHit(DetectionContext context, int section, int first, int last)
    {
        foreach (var i in context.HitsOf(section))
        {
            var hit = context.Hits[i];
            if (first < 0 || hit.Last < first || hit.First > last)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>True when <paramref name="section"/> has a hit that does not overlap hit <paramref name="other"/>.</summary>
    private static bool Disjoint(DetectionContext context, int section, int other)
    {
        var hit = context.Hits[other];
        return FirstHit(context, section, hit.First, hit.Last) >= 0;
    }

    private void ReportAll(DetectionContext context, int section)
    {
        foreach (var i in context.HitsOf(section))
        {
            var hit = context.Hits[i];
            context.Report(this, hit.First, hit.Last, section);
        }
    }
}
