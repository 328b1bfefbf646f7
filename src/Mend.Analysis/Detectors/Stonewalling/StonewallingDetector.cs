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
    private int _curtClause;
    private int _curtDone;
    private int _cheer;
    private int _curtWord;

    public override void Bind(SectionMap sections)
    {
        _return = sections.Get(Label, "returns");
        _curtOkay = sections.Get(Label, "curt_okay");
        _curtSentence = sections.Get(Label, "curt_sentence");
        _curtClause = sections.Get(Label, "curt_clause");
        _curtDone = sections.Get(Label, "curt_done");
        _cheer = sections.Get(Label, "cheer");
        _curtWord = sections.Get(Label, "curt_word");
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
            if ((section == _curtOkay && !WrittenAsK(context, hit.First))
                || (section == _curtSentence && !WholeSentence(context, hit))
                || (section == _curtClause && !ClosingClause(context, hit))
                || (section == _curtDone && (!WholeSentence(context, hit) || context.HasHit(_cheer))))
            {
                continue;
            }

            context.Report(this, hit.First, hit.Last, section);
        }

        if (context.HasHit(_curtWord))
        {
            ReportCurtWords(context);
        }
    }

    /// <summary>
    /// A short message made only of curt words, one per sentence: three of them, or two with a cold one ("fine",
    /// "whatever", "wow", "over it", "you win", "done"), read as a door closing ("Sure. Fine. Great.").
    /// </summary>
    private void ReportCurtWords(DetectionContext context)
    {
        var tokens = context.Tokens;
        if (tokens.Length > 8)
        {
            return;
        }

        var sentences = 0;
        var cold = false;
        var lastSentence = -1;
        foreach (var i in context.HitsOf(_curtWord))
        {
            var hit = context.Hits[i];
            if (!WholeSentence(context, hit) || tokens[hit.First].Sentence == lastSentence)
            {
                continue;
            }

            lastSentence = tokens[hit.First].Sentence;
            sentences++;
            var word = context.Vocabulary[tokens[hit.First].Word];
            cold |= word is "fine" or "whatever" or "wow" or "over" or "done" || (word is "you" or "im" && hit.Last > hit.First);
        }

        for (var j = 0; j < tokens.Length; j++)
        {
            if ((tokens[j].Flags & Text.TokenFlags.Emoji) == 0 && !SentenceCovered(context, tokens[j].Sentence))
            {
                return;
            }
        }

        if (sentences >= 3 || (sentences == 2 && cold))
        {
            foreach (var i in context.HitsOf(_curtWord))
            {
                var hit = context.Hits[i];
                context.Report(this, hit.First, hit.Last, _curtWord);
            }
        }
    }

    private bool SentenceCovered(DetectionContext context, int sentence)
    {
        foreach (var i in context.HitsOf(_curtWord))
        {
            var hit = context.Hits[i];
            if (context.Tokens[hit.First].Sentence == sentence && WholeSentence(context, hit))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the hit is its clause's every word and nothing but emoji follows it in the message.</summary>
    private static bool ClosingClause(DetectionContext context, Hit hit)
    {
        var tokens = context.Tokens;
        var clause = tokens[hit.First].Clause;
        for (var j = 0; j < tokens.Length; j++)
        {
            if ((tokens[j].Flags & Text.TokenFlags.Emoji) == 0
                && (j > hit.Last || (tokens[j].Clause == clause && j < hit.First)))
            {
                return false;
            }
        }

        return true;
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
        // A bare "k" is as often a quick acknowledgement as a wall; the full stop ("k.") is what makes it cold.
        var t = context.Tokens[token];
        return t.Length == 1 && (context.Text[t.Start] is 'k' or 'K')
            && context.Text.AsSpan(t.Start + 1).IndexOf('.') >= 0;
    }
}
