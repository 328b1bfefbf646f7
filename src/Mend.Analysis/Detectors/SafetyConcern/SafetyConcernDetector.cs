using Mend.Analysis.Patterns;

namespace Mend.Analysis.Detectors.SafetyConcern;

/// <summary>
/// Finds <c>safety_concern</c>; the rules are in <c>safety_concern.rules</c> beside this file. The code adds two
/// message-wide checks: a quiet farewell ("tell mum I love her" + "none of this was her fault") is reported when
/// both halves are present, and "I'm outside your work" is dropped when the message is plainly a pickup ("come
/// down when you're ready"). No suggestion is ever offered: the pipeline shows safety resources instead.
/// </summary>
internal sealed class SafetyConcernDetector() : Detector(MessageLabel.SafetyConcern)
{
    private int _farewell;
    private int _farewellRelease;
    private int _stalking;
    private int _stalkOk;
    private int _monitoring;
    private int _monitoringOk;

    public override void Bind(SectionMap sections)
    {
        _farewell = sections.Get(Label, "farewell");
        _farewellRelease = sections.Get(Label, "farewell_release");
        _stalking = sections.Get(Label, "stalking");
        _stalkOk = sections.Get(Label, "stalk_ok");
        _monitoring = sections.Get(Label, "monitoring");
        _monitoringOk = sections.Get(Label, "monitoring_ok");
    }

    public override void Detect(DetectionContext context)
    {
        var pickup = context.HasHit(_stalkOk);
        foreach (var i in context.HitsOf(this, SectionKind.Find))
        {
            var hit = context.Hits[i];
            var section = context.SectionOf(hit);
            if ((section == _stalking && pickup)
                || (section == _monitoring && context.HasHitInSentence(_monitoringOk, context.Tokens[hit.First].Sentence)))
            {
                continue;
            }

            context.Report(this, hit.First, hit.Last, section);
        }

        if (context.HasHit(_farewell) && context.HasHit(_farewellRelease))
        {
            foreach (var i in context.HitsOf(_farewell))
            {
                var hit = context.Hits[i];
                context.Report(this, hit.First, hit.Last, _farewell);
            }
        }
    }
}
