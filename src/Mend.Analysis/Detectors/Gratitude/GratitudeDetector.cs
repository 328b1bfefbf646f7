using Mend.Analysis.Text;

namespace Mend.Analysis.Detectors.Gratitude;

/// <summary>
/// Finds <c>gratitude</c>; the rules are in <c>gratitude.rules</c> beside this file. Thanks in a sentence that also
/// holds scare quotes ("thanks SO much for your 'help'") is sarcasm, not gratitude; "you shouldn't have" is thanks
/// only when it closes its clause ("aw you shouldn't have 😍", not "you shouldn't have said that"); so is "that was
/// really kind." ("that was kind of random" is not).
/// </summary>
internal sealed class GratitudeDetector() : Detector(MessageLabel.Gratitude)
{
    private int _gift;
    private int _kind;

    public override void Bind(SectionMap sections)
    {
        _gift = sections.Get(Label, "gift");
        _kind = sections.Get(Label, "kind");
    }

    public override void Detect(DetectionContext context)
    {
        var tokens = context.Tokens;
        foreach (var i in context.HitsOf(this, Patterns.SectionKind.Find))
        {
            var hit = context.Hits[i];
            if (!HasScareQuotes(tokens, tokens[hit.First].Sentence))
            {
                context.Report(this, hit.First, hit.Last, context.SectionOf(hit));
            }
        }

        HelpfulCues.ReportClauseFinal(context, this, _gift);
        HelpfulCues.ReportClauseFinal(context, this, _kind);
    }

    private static bool HasScareQuotes(ReadOnlySpan<Token> tokens, int sentence)
    {
        foreach (var token in tokens)
        {
            if (token.Sentence == sentence && (token.Flags & TokenFlags.Quoted) != 0)
            {
                return true;
            }
        }

        return false;
    }
}
