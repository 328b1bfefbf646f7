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
    private int _sorry;

    public override void Bind(SectionMap sections)
    {
        _passiveObject = sections.Get(Label, "passive_object");
        _sorry = sections.Get(Label, "sorry");
    }

    public override void Detect(DetectionContext context)
    {
        base.Detect(context);

        // "the vase got broken" is a dodged apology only in a message that apologises.
        if (!context.HasHit(_sorry))
        {
            return;
        }

        foreach (var i in context.HitsOf(_passiveObject))
        {
            var hit = context.Hits[i];
            context.Report(this, hit.First, hit.Last, _passiveObject);
        }
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
    private static string? Passive(SuggestionContext context)
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
