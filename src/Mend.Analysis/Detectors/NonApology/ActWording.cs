using System.Text;

namespace Mend.Analysis.Detectors.NonApology;

/// <summary>
/// Finds, in the writer's own words, the act a (non-)apology or a defence is about, so a suggestion can own it:
/// "sorry if you were upset that I skipped your party, but …" → "I skipped your party". Returns null when the
/// message does not name the act; suggestions then use a bracketed placeholder instead of inventing one.
/// </summary>
internal static class ActWording
{
    private static readonly HashSet<string> SorryWords = ["sorry", "apologize", "apologized", "apologies", "apology"];
    private static readonly HashSet<string> FirstPerson = ["i", "im", "ive"];
    private static readonly HashSet<string> Stops = ["but", "though", "tho", "although", "because", "ok", "okay", "alright", "anyway", "whatever"];
    // After "me being late …" the act ends where its effect begins: "… upset you".
    private static readonly HashSet<string> EffectVerbs = ["upset", "hurt", "bothered", "annoyed", "offended", "made", "caused", "ruined", "spoiled", "upsets", "hurts", "makes"];
    private static readonly HashSet<string> Perception = ["think", "thought", "believe", "believed", "took", "take", "see", "saw", "assume", "assumed", "feel like", "felt like", "feel that", "felt that", "like"];

    // Acts a defence is usually about, after "I": "i forgot", "i couldn't call", "i was 10 minutes late".
    private static readonly HashSet<string> DefendedActs =
    [
        "forgot", "missed", "didnt", "couldnt", "cant", "yelled", "snapped", "shouted", "left", "skipped", "cancelled",
        "canceled", "broke", "lost", "ignored", "booked", "was", "got", "picked", "changed", "said", "went", "stayed",
    ];

    private static readonly HashSet<string> NotOwnable =
    [
        "say", "mean", "know", "promise", "see", "get", "help", "have", "only", "just", "trying", "asleep", "busy", "tired",
        "stressed", "at", "in", "driving", "working", "joking", "kidding", "that", "it", "this", "id", "i",
    ];

    private static readonly HashSet<string> Faults = ["late", "rude", "harsh", "short", "mean", "loud", "wrong", "snappy", "distracted", "grumpy", "cold", "sarcastic", "out"];

    /// <summary>The act named right after an apology word ("sorry I yelled", "apologies for being late"), or null.</summary>
    public static string? AfterApology(SuggestionContext context)
    {
        var tokens = context.Tokens;
        for (var s = 0; s < tokens.Length; s++)
        {
            if (!SorryWords.Contains(context.Word(s)))
            {
                continue;
            }

            var sentence = tokens[s].Sentence;
            var perceived = false;
            for (var j = s + 1; j < tokens.Length && tokens[j].Sentence == sentence; j++)
            {
                var word = context.Word(j);
                if (word == "but")
                {
                    break;
                }

                perceived |= Perception.Contains(word) || (j + 1 < tokens.Length && Perception.Contains($"{word} {context.Word(j + 1)}"));
                if (perceived)
                {
                    return null;
                }

                if (FirstPerson.Contains(word))
                {
                    return Phrase(context, j);
                }

                if (word is "me" or "my" && j + 1 < tokens.Length && context.Word(j + 1) == "being")
                {
                    return Phrase(context, j + 2, "I was ");
                }

                if (word is "for" or "about" && j + 1 < tokens.Length && tokens[j + 1].Sentence == sentence)
                {
                    var next = context.Word(j + 1);
                    var written = context.TextOf(j + 1, j + 1).ToLowerInvariant();
                    if (next == "being")
                    {
                        return Phrase(context, j + 2, "I was ");
                    }

                    if (written.EndsWith("ing", StringComparison.Ordinal) && written.Length > 4)
                    {
                        return Phrase(context, j + 1, "I was ");
                    }

                    if (next == "my")
                    {
                        return null;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The act a defence is about: first an apology's act, else "I forgot…", "I couldn't…", "I was 10 minutes late".</summary>
    public static string? Defended(SuggestionContext context)
    {
        if (AfterApology(context) is { } act)
        {
            return act;
        }

        var tokens = context.Tokens;
        for (var j = 0; j + 1 < tokens.Length; j++)
        {
            if (context.Word(j) != "i" || !DefendedActs.Contains(context.Word(j + 1)))
            {
                continue;
            }

            var verb = context.Word(j + 1);
            var after = j + 2 < tokens.Length && tokens[j + 2].Clause == tokens[j].Clause ? context.Word(j + 2) : "";
            if (NotOwnable.Contains(after) && !(verb == "was" && after is "only" or "just"))
            {
                continue;
            }

            if (verb is "was" or "got" && !HasFaultAhead(context, j + 2, 4))
            {
                continue;
            }

            if (verb == "said")
            {
                continue;
            }

            return Phrase(context, j);
        }

        return null;
    }

    private static bool HasFaultAhead(SuggestionContext context, int from, int reach)
    {
        var tokens = context.Tokens;
        for (var k = from; k < tokens.Length && k < from + reach && tokens[k].Clause == tokens[from - 1].Clause; k++)
        {
            if (Faults.Contains(context.Word(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The writer's words from <paramref name="first"/> to the end of the clause, stopping at "but", "because" and the like; first person tidied ("im" → "I'm"); "couldn't" owned as "didn't"; "only"/"just" dropped.</summary>
    private static string? Phrase(SuggestionContext context, int first, string prefix = "")
    {
        var tokens = context.Tokens;
        if (first >= tokens.Length)
        {
            return null;
        }

        var sb = new StringBuilder(prefix);
        var written = 0;
        var lastStart = -1;
        for (var k = first; k < tokens.Length && tokens[k].Clause == tokens[first].Clause; k++)
        {
            var word = context.Word(k);
            if (k > first && (Stops.Contains(word) || (prefix.Length > 0 && EffectVerbs.Contains(context.TextOf(k, k).ToLowerInvariant()))))
            {
                break;
            }

            if (tokens[k].Start == lastStart)
            {
                continue; // one written word expanded to several tokens ("idk")
            }

            lastStart = tokens[k].Start;
            if (word is "only" or "even" or "literally" or "like" || (word == "just" && k > first))
            {
                continue;
            }

            var text = context.TextOf(k, k);
            text = word switch
            {
                "i" => "I",
                "im" => "I'm",
                "ive" => "I've",
                "couldnt" or "cant" => "didn't",
                "you" when text.Length <= 2 => "you",
                "your" when text.Length <= 2 => "your",
                _ => text,
            };
            if (sb.Length > 0 && sb[^1] != ' ')
            {
                sb.Append(' ');
            }

            sb.Append(text);
            written++;
        }

        if (written == 0 || (written == 1 && prefix.Length == 0))
        {
            return null;
        }

        var result = sb.ToString().TrimEnd(' ', '.', ',', '!', '?');
        return result.Length > 120 ? null : result;
    }
}
