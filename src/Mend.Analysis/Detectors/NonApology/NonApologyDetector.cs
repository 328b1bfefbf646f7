namespace Mend.Analysis.Detectors.NonApology;

/// <summary>
/// Finds <c>non_apology</c>; the rules are in <c>non_apology.rules</c> beside this file. Suggests an apology that
/// owns the act, keeping the writer's own words for it when the message names it.
/// </summary>
internal sealed class NonApologyDetector() : Detector(MessageLabel.NonApology)
{
    private static readonly Dictionary<string, string> Participles = new(StringComparer.Ordinal)
    {
        ["broken"] = "broke",
        ["dented"] = "dented",
        ["scratched"] = "scratched",
        ["lost"] = "lost",
        ["damaged"] = "damaged",
        ["ruined"] = "ruined",
        ["forgotten"] = "forgot",
        ["deleted"] = "deleted",
        ["spilled"] = "spilled",
        ["spilt"] = "spilt",
        ["chipped"] = "chipped",
        ["cracked"] = "cracked",
        ["smashed"] = "smashed",
        ["spent"] = "spent",
        ["stained"] = "stained",
        ["burnt"] = "burnt",
        ["burned"] = "burned",
        ["eaten"] = "ate",
        ["missed"] = "missed",
        ["cancelled"] = "cancelled",
    };

    private int _passiveObject;
    private int _shrug;
    private int _sorry;
    private int _butNext;
    private int _grudge;
    private int _grudgeWord;
    private int _softener;
    private int _sympathy;
    private int _butOk;

    public override void Bind(SectionMap sections)
    {
        _passiveObject = sections.Get(Label, "passive_object");
        _sorry = sections.Get(Label, "sorry");
        _butNext = sections.Get(Label, "but_next");
        _grudge = sections.Get(Label, "grudge");
        _shrug = sections.Get(Label, "shrug");
        _grudgeWord = sections.Get(Label, "grudge_word");
        _softener = sections.Get(Label, "softener");
        _sympathy = sections.Get(Label, "sympathy");
        _butOk = sections.Get(Label, "but_ok");
    }

    public override void Detect(DetectionContext context)
    {
        base.Detect(context);

        // "the vase got broken" is a dodged apology only in a message that apologises, or that shrugs it off
        // ("the car got scratched. it happens").
        if (!context.HasHit(_sorry))
        {
            if (context.HasHit(_shrug))
            {
                foreach (var i in context.HitsOf(_passiveObject))
                {
                    var hit = context.Hits[i];
                    context.Report(this, hit.First, hit.Last, _passiveObject);
                }
            }

            return;
        }

        foreach (var i in context.HitsOf(_passiveObject))
        {
            var hit = context.Hits[i];
            context.Report(this, hit.First, hit.Last, _passiveObject);
        }

        var tokens = context.Tokens;
        foreach (var s in context.HitsOf(_sorry))
        {
            var sorry = context.Hits[s];
            var sentence = tokens[sorry.First].Sentence;
            if (context.HasHitInSentence(_softener, sentence) || context.HasHitInSentence(_sympathy, sentence))
            {
                continue;
            }

            // "I'm sorry I snapped. But you're hard to live with": the next sentence opens with "but".
            foreach (var b in context.HitsOf(_butNext))
            {
                var but = context.Hits[b];
                if (tokens[but.First].Sentence == sentence + 1 && tokens[but.First - 1].Sentence == sentence && !StartsHit(context, _butOk, but.First))
                {
                    context.Report(this, sorry.First, but.Last, _butNext);
                }
            }

            // "sorry ok?? what do you want me to do, cry?" and "fine. sorry. whatever.": a grudging sentence beside it.
            foreach (var g in context.HitsOf(_grudge))
            {
                if (tokens[context.Hits[g].First].Sentence != sentence)
                {
                    context.Report(this, sorry.First, sorry.Last, _grudge);
                }
            }

            foreach (var g in context.HitsOf(_grudgeWord))
            {
                var word = context.Hits[g];
                if (tokens[word.First].Sentence != sentence && WholeSentence(tokens, word))
                {
                    context.Report(this, sorry.First, sorry.Last, _grudgeWord);
                }
            }
        }
    }

    private static bool StartsHit(DetectionContext context, int section, int first)
    {
        foreach (var i in context.HitsOf(section))
        {
            if (context.Hits[i].First == first)
            {
                return true;
            }
        }

        return false;
    }

    private static bool WholeSentence(ReadOnlySpan<Text.Token> tokens, Patterns.Hit hit)
    {
        var sentence = tokens[hit.First].Sentence;
        return (hit.First == 0 || tokens[hit.First - 1].Sentence != sentence)
            && (hit.Last + 1 >= tokens.Length || tokens[hit.Last + 1].Sentence != sentence);
    }

    /// <summary>"I'm sorry I skipped your work party. [How it affected you]. [What I'll do to make it right]."</summary>
    public override string? Suggest(SuggestionContext context)
    {
        var act = ActWording.AfterApology(context) ?? Passive(context);
        var owned = act is null ? "I'm sorry I [what I did]." : $"I'm sorry {Lower(act)}.";
        return $"{owned} [How it affected you]. [What I'll do to make it right].";
    }

    private static string Lower(string act) => act.StartsWith("I ", StringComparison.Ordinal) || act.StartsWith("I'", StringComparison.Ordinal) ? act : char.ToLowerInvariant(act[0]) + act[1..];

    /// <summary>"the vase got broken" → "I broke the vase": passive wording turned round so the writer is the one who did it.</summary>
    internal static string? Passive(SuggestionContext context)
    {
        var tokens = context.Tokens;
        for (var j = 1; j + 1 < tokens.Length; j++)
        {
            if (context.Word(j) is not ("got" or "was" or "were" or "get") || !Participles.TryGetValue(context.Word(j + 1), out var past))
            {
                continue;
            }

            var first = j - 1;
            while (first > 0 && j - first < 4 && tokens[first - 1].Clause == tokens[j].Clause && context.Word(first - 1) is not ("sorry" or "that" or "if" or "but"))
            {
                first--;
            }

            var thing = context.TextOf(first, j - 1);
            if (thing.Length == 0 || context.Word(first) is "it" or "things" or "stuff" or "mistakes" or "i")
            {
                return null;
            }

            return $"I {past} {char.ToLowerInvariant(thing[0])}{thing[1..]}";
        }

        return null;
    }
}
