using System.Collections.Frozen;
using Mend.Analysis.Text;

namespace Mend.Analysis.Detectors.Criticism;

/// <summary>
/// Small helpers shared by the criticism, contempt and generalization detectors: who a sentence is about, and
/// turning "you always / you never X" into the one behaviour, in the writer's own words.
/// </summary>
internal static class Rewording
{
    private static readonly FrozenSet<string> SecondPerson = FrozenSet.ToFrozenSet(
        ["you", "your", "youre", "yours", "yourself", "youve", "youd", "youll", "ya", "u", "ur", "urself"]);

    private static readonly FrozenSet<string> Frequency = FrozenSet.ToFrozenSet(
        ["always", "never", "constantly", "continually", "perpetually", "forever", "repeatedly", "consistently"]);

    private static readonly FrozenSet<string> Softeners = FrozenSet.ToFrozenSet(
        ["just", "literally", "honestly", "seriously", "still", "basically", "really", "actually", "also", "even", "ever"]);

    private static readonly FrozenSet<string> Trailing = FrozenSet.ToFrozenSet(
        ["ever", "again", "anymore", "any more", "lol", "lmao", "tbh", "smh", "omg", "though", "tho", "seriously", "honestly"]);

    private static readonly FrozenSet<string> ObjectVerbs = FrozenSet.ToFrozenSet(
    [
        "ask", "asked", "tell", "told", "want", "wanted", "need", "needed", "remind", "reminded", "beg", "begged", "expect",
        "expected", "with", "to", "for", "at", "of", "about", "from", "love", "thank", "see", "call", "text", "like", "get", "got",
        "make", "made", "let", "help", "helped", "give", "gave", "show", "showed", "trust", "trusted", "than", "without",
    ]);

    private static readonly FrozenDictionary<string, string> IrregularPast = new Dictionary<string, string>
    {
        ["came"] = "come",
        ["said"] = "say",
        ["told"] = "tell",
        ["gave"] = "give",
        ["went"] = "go",
        ["did"] = "do",
        ["made"] = "make",
        ["took"] = "take",
        ["got"] = "get",
        ["forgot"] = "forget",
        ["brought"] = "bring",
        ["bought"] = "buy",
        ["thought"] = "think",
        ["left"] = "leave",
        ["kept"] = "keep",
        ["paid"] = "pay",
        ["sent"] = "send",
        ["spent"] = "spend",
        ["met"] = "meet",
        ["heard"] = "hear",
        ["knew"] = "know",
        ["saw"] = "see",
        ["wrote"] = "write",
        ["ate"] = "eat",
        ["drove"] = "drive",
        ["rang"] = "ring",
        ["stood"] = "stand",
        ["showed"] = "show",
        ["had"] = "have",
        ["was"] = "be",
        ["were"] = "be",
    }.ToFrozenDictionary();

    /// <summary>True when the token is "you", "your", "u" and the like.</summary>
    public static bool IsSecondPerson(string word) => SecondPerson.Contains(word);

    /// <summary>Subjects that open a "you ... TAIL" shape ("you leave your socks out all the time").</summary>
    private static readonly FrozenSet<string> YouSubjects = FrozenSet.ToFrozenSet(["you", "youre", "your", "youve", "youd", "ya"]);

    /// <summary>
    /// The "you" that opens a "you ... TAIL" shape for a tail hit starting at <paramref name="first"/>: the nearest
    /// subject word at most <paramref name="reach"/> words before it in the same sentence that no negator precedes
    /// by up to four words in its clause (the rules' negation guard); -1 when there is none. The rules match the
    /// rarer tail and this walks back, so a "you" alone never keeps gap states alive in the automaton.
    /// </summary>
    public static int YouBefore(DetectionContext context, int first, int reach)
    {
        var tokens = context.Tokens;
        var sentence = tokens[first].Sentence;
        for (var j = first - 1; j >= 0 && j >= first - reach && tokens[j].Sentence == sentence; j--)
        {
            if (YouSubjects.Contains(context.Vocabulary[tokens[j].Word]) && !Negated(context, j))
            {
                return j;
            }
        }

        return -1;
    }

    private static bool Negated(DetectionContext context, int at)
    {
        var tokens = context.Tokens;
        for (var j = at - 1; j >= 0 && j >= at - 4 && tokens[j].Clause == tokens[at].Clause; j--)
        {
            if (context.GuardWords.IsNegator(tokens[j].Word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a hit of the <paramref name="warm"/> section in the sentence of <paramref name="first"/> really
    /// softens it. Warm words that are only reported ("you never say you love me"), that open sarcasm ("oh
    /// brilliant, another one of your ideas") or that a contrast separates from the complaint ("i love you, but you
    /// always shut down") do not.
    /// </summary>
    public static bool WarmFor(DetectionContext context, int warm, int first)
    {
        var tokens = context.Tokens;
        var sentence = tokens[first].Sentence;
        foreach (var i in context.HitsOf(warm))
        {
            var hit = context.Hits[i];
            var near = tokens[hit.First].Sentence;
            if ((near != sentence && !ShortNeighbour(context, near, sentence, hit.Last)) || Reported(context, hit.First) || SarcasticOpener(context, hit.First) || MissedEvent(context, hit.First))
            {
                continue;
            }

            if (hit.Last < first && ContrastBetween(context, hit.Last, first))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    /// <summary>
    /// "Every single year you remember. It's amazing.", "you never forget to leave the light on for me. love that":
    /// a short sentence of warmth (five words or fewer) right before or after the sentence speaks for it too.
    /// Not when the message rolls its eyes ("you know best. You always do. 🙄") or the warmth is wry ("Funny how
    /// that works.").
    /// </summary>
    private static bool ShortNeighbour(DetectionContext context, int near, int sentence, int last)
    {
        if (near != sentence + 1 && near != sentence - 1)
        {
            return false;
        }

        var tokens = context.Tokens;
        if (last + 1 < tokens.Length && tokens[last + 1].Sentence == near && context.Vocabulary[tokens[last + 1].Word] == "how")
        {
            return false;
        }

        var count = 0;
        foreach (var token in tokens)
        {
            if ((token.Sentence == near && ++count > 5) || context.Vocabulary[token.Word] == ":eyeroll:")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"but", "though", "however" ... between two token indexes (exclusive).</summary>
    public static bool ContrastBetween(DetectionContext context, int after, int before)
    {
        for (var t = after + 1; t < before; t++)
        {
            if (context.Vocabulary[context.Tokens[t].Word] is "but" or "though" or "although" or "however" or "except" or "yet")
            {
                return true;
            }
        }

        return false;
    }

    // "say you love me", "tell me you love me": a warm word inside reported words.
    private static bool Reported(DetectionContext context, int at)
    {
        var tokens = context.Tokens;
        if (at == 0 || context.Vocabulary[tokens[at - 1].Word] is not ("you" or "i" or "we" or "he" or "she" or "they" or "im" or "youre" or "were"))
        {
            return false;
        }

        for (var j = at - 2; j >= 0 && j >= at - 4 && tokens[j].Clause == tokens[at].Clause; j--)
        {
            if (context.Vocabulary[tokens[j].Word] is "say" or "said" or "says" or "saying" or "tell" or "told" or "tells" or "telling")
            {
                return true;
            }
        }

        return false;
    }

    // "you miss everything", "now you miss this too": "miss" as not turning up, not longing.
    private static bool MissedEvent(DetectionContext context, int at) =>
        at > 0 && context.Vocabulary[context.Tokens[at].Word] == "miss"
        && context.Vocabulary[context.Tokens[at - 1].Word] is "you" or "u" or "ya" or "youll" or "youd";

    // "oh brilliant,", "oh great,", "oh lovely": praise as the opener of a complaint.
    private static bool SarcasticOpener(DetectionContext context, int at) =>
        at > 0 && context.Tokens[at - 1].Sentence == context.Tokens[at].Sentence
        && context.Vocabulary[context.Tokens[at - 1].Word] is "oh" or "ohh" or "ooh";

    /// <summary>True when any token of the message outside quotation marks addresses the reader.</summary>
    public static bool AddressesReader(DetectionContext context, int skipFirst = -1, int skipLast = -1)
    {
        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if ((i < skipFirst || i > skipLast) && (tokens[i].Flags & TokenFlags.Quoted) == 0 && IsSecondPerson(context.Vocabulary[tokens[i].Word]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Finds "you [just] always X" / "you never X" / "you're always X" / "all you ever do is X" in the message and
    /// returns the single behaviour in the writer's words ("you don't help with the kids"), or null.
    /// </summary>
    public static Behaviour? FindPatternBehaviour(SuggestionContext context)
    {
        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            var word = context.Word(i);
            if (word is "you" or "youre" or "your")
            {
                var j = i + 1;
                while (j < tokens.Length && tokens[j].Clause == tokens[i].Clause && Softeners.Contains(context.Word(j)) && context.Word(j) != "ever")
                {
                    j++;
                }

                if (j + 1 < tokens.Length && tokens[j + 1].Clause == tokens[i].Clause && Frequency.Contains(context.Word(j)))
                {
                    var never = context.Word(j) == "never";
                    var rest = j + 1;
                    while (rest < tokens.Length && tokens[rest].Clause == tokens[i].Clause && Softeners.Contains(context.Word(rest)))
                    {
                        rest++;
                    }

                    if (rest >= tokens.Length || tokens[rest].Clause != tokens[i].Clause || context.Word(rest) is "been" or "be")
                    {
                        continue;
                    }

                    var isState = word is "youre" or "your";
                    return new Behaviour(never, isState, Verb(context, rest, never, isState), CleanWithin(context, rest + 1, rest));
                }
            }

            // "all you ever do is complain", "all you do is work"
            if (word == "all" && i + 3 < tokens.Length && context.Word(i + 1) == "you")
            {
                for (var k = i + 2; k < tokens.Length && k < i + 6 && tokens[k].Clause == tokens[i].Clause; k++)
                {
                    if (context.Word(k) == "is" && k + 1 < tokens.Length && tokens[k + 1].Clause == tokens[i].Clause)
                    {
                        return new Behaviour(false, false, context.TextOf(k + 1, k + 1), CleanWithin(context, k + 2, k + 1));
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The clause of the first "you" at or after <paramref name="from"/> in the same sentence ("you pick your family over me").</summary>
    public static string? YouClause(SuggestionContext context, int from)
    {
        var tokens = context.Tokens;
        for (var i = from; i < tokens.Length && tokens[i].Sentence == tokens[from].Sentence; i++)
        {
            if (context.Word(i) is "you" or "youre" or "youve" && Subject(context, i))
            {
                var text = Clean(context, i);
                return text.Split(' ').Length > 2 ? text : null;
            }
        }

        return null;
    }

    /// <summary>"you" as the subject of what follows, not the object of a verb before it ("ask you to").</summary>
    private static bool Subject(SuggestionContext context, int i)
    {
        var tokens = context.Tokens;
        if (i + 1 >= tokens.Length || tokens[i + 1].Clause != tokens[i].Clause || context.Word(i + 1) is "to" or "for" or "and" or "too" or "guys" or "all")
        {
            return false;
        }

        return i == 0 || tokens[i - 1].Clause != tokens[i].Clause || !ObjectVerbs.Contains(context.Word(i - 1));
    }

    /// <summary>Like <see cref="Clean"/>, but empty when <paramref name="first"/> has left the clause of <paramref name="anchor"/>.</summary>
    private static string CleanWithin(SuggestionContext context, int first, int anchor) =>
        first < context.Tokens.Length && context.Tokens[first].Clause == context.Tokens[anchor].Clause ? Clean(context, first) : "";

    /// <summary>The original text from <paramref name="first"/> to the end of its clause, without trailing chat filler.</summary>
    public static string Clean(SuggestionContext context, int first)
    {
        var tokens = context.Tokens;
        if (first >= tokens.Length)
        {
            return "";
        }

        var last = first;
        while (last + 1 < tokens.Length && tokens[last + 1].Clause == tokens[first].Clause)
        {
            last++;
        }

        while (last >= first && (Trailing.Contains(context.Word(last)) || (tokens[last].Flags & TokenFlags.Emoji) != 0))
        {
            last--;
        }

        if (last < first)
        {
            return "";
        }

        return Lower(context.TextOf(first, last).Trim().TrimEnd('.', '!', '?', ',').Replace("“", "").Replace("”", "").Replace("\"", ""));
    }

    /// <summary>Text shouted in capitals is lowered; anything else is kept as written.</summary>
    public static string Lower(string text)
    {
        var letters = 0;
        var upper = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                upper += char.IsUpper(c) ? 1 : 0;
            }
        }

        return letters > 1 && upper * 2 > letters ? text.ToLowerInvariant() : text;
    }

    private static string Verb(SuggestionContext context, int index, bool never, bool isState)
    {
        var written = Lower(context.TextOf(index, index));
        if (!never || isState)
        {
            return written;
        }

        var word = context.Word(index);
        if (IrregularPast.TryGetValue(word, out var baseForm))
        {
            return baseForm;
        }

        if (word.Length > 4 && word.EndsWith("ied", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        if (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal))
        {
            return Stem(word[..^2]);
        }

        return written;
    }

    private static string Stem(string stem)
    {
        const string Vowels = "aeiou";
        if (stem.Length > 2 && stem[^1] == stem[^2] && !"lsfz".Contains(stem[^1], StringComparison.Ordinal))
        {
            return stem[..^1]; // stopped -> stop
        }

        if (stem.Length == 3 && !Vowels.Contains(stem[0], StringComparison.Ordinal) && Vowels.Contains(stem[1], StringComparison.Ordinal) && !Vowels.Contains(stem[2], StringComparison.Ordinal))
        {
            return stem + "e"; // liked -> like, cared -> care
        }

        return stem.EndsWith("ng", StringComparison.Ordinal) || stem.EndsWith('v') || stem.EndsWith('c') || stem.EndsWith("is", StringComparison.Ordinal) || stem.EndsWith('u') ? stem + "e" : stem;
    }

    /// <summary>One behaviour taken from a "you always / never" sentence.</summary>
    /// <param name="Never">Written with "never": the behaviour is something not done.</param>
    /// <param name="IsState">"you're always late": a state, not an action.</param>
    /// <param name="Verb">The first word after the frequency word, in its base form for "never".</param>
    /// <param name="Rest">The rest of the clause, as written.</param>
    internal sealed record Behaviour(bool Never, bool IsState, string Verb, string Rest)
    {
        private string Tail => Rest.Length > 0 ? $" {Rest}" : "";

        /// <summary>Present tense: "you don't help with the kids", "you're late", "you make everything about yourself".</summary>
        public string Present => IsState
            ? (Never ? $"you're not {Verb}{Tail}" : $"you're {Verb}{Tail}")
            : (Never ? $"you don't {Verb}{Tail}" : $"you {Verb}{Tail}");

        /// <summary>One past incident: "you didn't help with the kids", "you were late", "you make everything about yourself".</summary>
        public string Incident => IsState
            ? (Never ? $"you weren't {Verb}{Tail}" : $"you were {Verb}{Tail}")
            : (Never ? $"you didn't {Verb}{Tail}" : $"you {Verb}{Tail}");
    }
}
