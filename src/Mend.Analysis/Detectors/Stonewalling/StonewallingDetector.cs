using Mend.Analysis.Patterns;

namespace Mend.Analysis.Detectors.Stonewalling;

/// <summary>
/// Finds <c>stonewalling</c>; the rules are in <c>stonewalling.rules</c> beside this file. The code keeps two
/// things patterns cannot see: a promise to return anywhere in the message ("leave me alone. we'll talk
/// tomorrow") turns a shut-down into a pause, and a lone "ok" is only curt when it was written "k".
/// </summary>
internal sealed class StonewallingDetector() : Detector(MessageLabel.Stonewalling)
{
    private static readonly HashSet<string> Feelings =
    [
        "tired", "exhausted", "angry", "upset", "overwhelmed", "frustrated", "hurt", "mad", "stressed", "drained", "furious",
        "annoyed", "pissed", "wound", "worked", "fried", "done", "emotional", "triggered", "raw",
    ];

    private int _return;
    private int _curtOkay;
    private int _curtSentence;

    public override void Bind(SectionMap sections)
    {
        _return = sections.Get(Label, "returns");
        _curtOkay = sections.Get(Label, "curt_okay");
        _curtSentence = sections.Get(Label, "curt_sentence");
    }

    public override void Detect(DetectionContext context)
    {
        if (context.HasHit(_return))
        {
            return;
        }

        foreach (var i in context.HitsOf(this, SectionKind.Find))
        {
            var hit = context.Hits[i];
            var section = context.SectionOf(hit);
            if ((section == _curtOkay && !WrittenAsK(context, hit.First)) || (section == _curtSentence && !WholeSentence(context, hit)))
            {
                continue;
            }

            context.Report(this, hit.First, hit.Last, section);
        }
    }

    /// <summary>"I'm too [flooded] to talk well right now. Can we take [20 minutes] and come back to this at [time]?"</summary>
    public override string? Suggest(SuggestionContext context)
    {
        var feeling = "[flooded]";
        for (var i = 0; i < context.Tokens.Length; i++)
        {
            var word = context.Word(i);
            if (Feelings.Contains(word) && word != "done")
            {
                feeling = context.TextOf(i, i).ToLowerInvariant();
                if (word is "wound" or "worked" && i + 1 < context.Tokens.Length && context.Word(i + 1) == "up")
                {
                    feeling += " up";
                }

                break;
            }
        }

        return $"I'm too {feeling} to talk well right now. Can we take [20 minutes] and come back to this at [time]? I do want to sort it out.";
    }

    /// <summary>True when the hit is every word of its sentence (emoji aside): "whatever." in "fine. whatever."</summary>
    private static bool WholeSentence(DetectionContext context, Hit hit)
    {
        var tokens = context.Tokens;
        var sentence = tokens[hit.First].Sentence;
        for (var j = 0; j < tokens.Length; j++)
        {
            if (tokens[j].Sentence == sentence && (j < hit.First || j > hit.Last) && (tokens[j].Flags & Text.TokenFlags.Emoji) == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"k" and "k." read as a door closing; "ok" and "okay" are usually just agreement.</summary>
    private static bool WrittenAsK(DetectionContext context, int token)
    {
        var t = context.Tokens[token];
        return t.Length == 1 && (context.Text[t.Start] is 'k' or 'K');
    }
}
