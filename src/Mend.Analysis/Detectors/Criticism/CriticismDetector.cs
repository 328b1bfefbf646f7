using System.Collections.Frozen;

namespace Mend.Analysis.Detectors.Criticism;

/// <summary>
/// Finds <c>criticism</c>; the rules are in <c>criticism.rules</c> beside this file. Character judgements and
/// global questions are findings as they stand. "You always / you never" about what they do is criticism too,
/// unless the writer also names their own feeling ("I feel hurt when... you always..."): that is a complaint
/// with a generalisation in it, which the generalization detector reports. "ur X" is only a judgement when X is
/// not followed by a noun ("ur lazy", not "ur lazy cousin").
/// </summary>
internal sealed class CriticismDetector() : Detector(MessageLabel.Criticism)
{
    // A tail's "you" may stand up to nine words before it, as a `**` gap (0..8 words) in a pattern would allow.
    private const int TailReach = 9;

    // Words that may follow "ur lazy" when "ur" means "you're"; any other word makes it possessive ("ur lazy cousin").
    private static readonly FrozenSet<string> AfterJudgement = FrozenSet.ToFrozenSet(
    [
        "and", "but", "when", "with", "to", "about", "af", "as", "at", "lately", "sometimes", "tbh", "honestly", "omg",
        "lol", "because", "cause", "so", "that", "it", "its", "you", "your", "youre", "like", "right", "now", "today",
        "again", "too", "around", "of", "for", "all", "always", "person", "tho", "though", "seriously", "literally",
        "these", "this", "or", "if", "i", "im", "ive", "just", "ever", "anymore", "in", "on", "even", "what",
        "rn", "fr", "ngl", "smh", "wtf", "dude", "man", "bro", "babe", "mom", "dad", "mum", "ffs", "yourself",
    ]);

    private int _trait;
    private int _kind;
    private int _kindWarm;
    private int _global;
    private int _pattern;
    private int _feeling;
    private int _affection;
    private int _sorry;
    private int _third;
    private int _hedge;
    private int _warm;
    private int _promise;
    private int _traitTail;
    private int _globalTail;
    private int _patternTail;
    private int _patternWarm;
    private int _verdict;
    private int _compare;
    private int _contrastYou;
    private int _whyCant;
    private int _mild;
    private int _teasing;

    public override void Bind(SectionMap sections)
    {
        _trait = sections.Get(Label, "trait");
        _kind = sections.Get(Label, "kind");
        _kindWarm = sections.Get(Label, "kind_warm");
        _global = sections.Get(Label, "global");
        _pattern = sections.Get(Label, "pattern");
        _feeling = sections.Get(Label, "feeling");
        _affection = sections.Get(Label, "affection");
        _sorry = sections.Get(Label, "sorry");
        // Third-party words are matched once, by the generalization rules' [third] section.
        _third = sections.Get(MessageLabel.Generalization, "third");
        _hedge = sections.Get(Label, "hedge");
        // The generalization rules' warm words ("adorable", "cute") soften "you always..." too; matched once there.
        _warm = sections.Get(MessageLabel.Generalization, "warm");
        _promise = sections.Get(MessageLabel.Generalization, "promise");
        _traitTail = sections.Get(Label, "trait_tail");
        _globalTail = sections.Get(Label, "global_tail");
        _patternTail = sections.Get(Label, "pattern_tail");
        _patternWarm = sections.Get(Label, "pattern_warm");
        _verdict = sections.Get(Label, "verdict");
        _compare = sections.Get(Label, "compare");
        _contrastYou = sections.Get(MessageLabel.Generalization, "contrast_you");
        _whyCant = sections.Get(Label, "why_cant");
        // Mild, fond insults ("muppet", "numpty") and the laughter or love that makes them teasing: the contempt rules' words.
        _mild = sections.Get(MessageLabel.Contempt, "mild");
        _teasing = sections.Get(MessageLabel.Contempt, "teasing");
    }

    /// <summary>Only the find sections make findings; cues alone ("sorry", "love") are no reason to look.</summary>
    public override bool ShouldRun(DetectionContext context)
    {
        foreach (var _ in context.HitsOf(this, Patterns.SectionKind.Find))
        {
            return true;
        }

        return context.HasHit(_hedge) || context.HasHit(_verdict) || context.HasHit(_whyCant) || context.HasHit(_contrastYou) || context.HasHit(_traitTail) || context.HasHit(_globalTail) || context.HasHit(_patternTail);
    }

    public override void Detect(DetectionContext context)
    {
        foreach (var i in context.HitsOf(_trait))
        {
            var hit = context.Hits[i];
            if (!Possessive(context, hit.First, hit.Last) && !Affectionate(context, hit.First) && !Teasing(context, hit.First, hit.Last))
            {
                context.Report(this, hit.First, hit.Last, _trait);
            }
        }

        // "ngl ur pretty heartless": reported from the hedge's first word, so its "not" negates nothing.
        foreach (var i in context.HitsOf(_hedge))
        {
            var hit = context.Hits[i];
            if (!Affectionate(context, hit.First))
            {
                context.Report(this, hit.First, hit.Last, _trait);
            }
        }

        // "you ... TAIL" shapes: the tail, and the un-negated "you" up to nine words before it.
        foreach (var i in context.HitsOf(_traitTail))
        {
            var hit = context.Hits[i];
            var you = Rewording.YouBefore(context, hit.First, TailReach);
            if (you >= 0 && !Affectionate(context, you))
            {
                context.Report(this, you, hit.Last, _trait);
            }
        }

        foreach (var i in context.HitsOf(_globalTail))
        {
            var hit = context.Hits[i];
            var you = Rewording.YouBefore(context, hit.First, TailReach);
            if (you >= 0 && !Affectionate(context, you))
            {
                context.Report(this, you, hit.Last, _global);
            }
        }

        foreach (var i in context.HitsOf(_kind))
        {
            var hit = context.Hits[i];
            if (!Affectionate(context, hit.First) && !context.HasHitInSentence(_kindWarm, context.Tokens[hit.First].Sentence) && !Teasing(context, hit.First, hit.Last))
            {
                context.Report(this, hit.First, hit.Last, _trait);
            }
        }

        foreach (var i in context.HitsOf(_global))
        {
            var hit = context.Hits[i];
            if (!Affectionate(context, hit.First) && !AboutSomeoneElse(context, hit.First, hit.Last))
            {
                context.Report(this, hit.First, hit.Last, _global);
            }
        }

        ReportVerdicts(context);
        ReportComparison(context);

        // A feeling or an apology makes it a complaint.
        if (context.HasHit(_feeling) || Apologises(context))
        {
            return;
        }

        foreach (var i in context.HitsOf(_pattern))
        {
            var hit = context.Hits[i];
            ReportPattern(context, hit.First, hit.Last);
        }

        // "..., but you never tell me anything": the contrast starts a claim no earlier negator reaches.
        foreach (var i in context.HitsOf(_contrastYou))
        {
            var hit = context.Hits[i];
            ReportPattern(context, hit.First + 1, hit.Last);
        }

        foreach (var i in context.HitsOf(_patternTail))
        {
            var hit = context.Hits[i];
            var you = Rewording.YouBefore(context, hit.First, TailReach);
            if (you >= 0)
            {
                ReportPattern(context, you, hit.Last);
            }
        }
    }

    public override string? Suggest(SuggestionContext context)
    {
        var behaviour = Rewording.FindPatternBehaviour(context);
        if (behaviour is not null)
        {
            return $"I feel [hurt] when {behaviour.Present}. I need [what would help, said as a request].";
        }

        if (context.Candidate.Section == _pattern && Rewording.YouClause(context, context.Candidate.First) is { } clause)
        {
            return $"I feel [hurt] when {clause}. I need [what would help, said as a request].";
        }

        var evidence = Rewording.Lower(context.TextOf(context.Candidate.First, context.Candidate.Last));
        return $"I feel [hurt] when [the one thing that happened]. I need [what would help, said as a request]. "
            + $"Describe what they did instead of “{evidence}”.";
    }

    /// <summary>
    /// Affection in the judgement's sentence makes it teasing ("ur so dramatic 😂❤️"), unless a contrast lies
    /// between them ("i love you but you're a genuinely unkind person").
    /// </summary>
    private bool Affectionate(DetectionContext context, int first)
    {
        var tokens = context.Tokens;
        var sentence = tokens[first].Sentence;
        foreach (var i in context.HitsOf(_affection))
        {
            var hit = context.Hits[i];
            if (tokens[hit.First].Sentence != sentence)
            {
                continue;
            }

            if (hit.Last > first || !ContrastBetween(context, hit.Last, first))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A verdict that is a sentence of its own ("so spineless.", "coward."): a finding in a message that speaks to
    /// the reader, or when the message repeats it ("so petty. so so petty").
    /// </summary>
    private void ReportVerdicts(DetectionContext context)
    {
        var tokens = context.Tokens;
        var whole = 0;
        var first = -1;
        var last = -1;
        foreach (var i in context.HitsOf(_verdict))
        {
            var hit = context.Hits[i];
            if (WholeSentence(tokens, hit.First, hit.Last) && (tokens[hit.First].Flags & Text.TokenFlags.Quoted) == 0)
            {
                whole++;
                if (first < 0)
                {
                    first = hit.First;
                    last = hit.Last;
                }
            }
        }

        if (whole == 0 || Affectionate(context, first) || (whole == 1 && (tokens.Length == last - first + 1 || !Rewording.AddressesReader(context, first, last))))
        {
            return;
        }

        context.Report(this, first, last, _trait);
    }

    /// <summary>"other people manage to X, why can't you?": a comparison earlier in the sentence that the question closes.</summary>
    private void ReportComparison(DetectionContext context)
    {
        var tokens = context.Tokens;
        foreach (var i in context.HitsOf(_whyCant))
        {
            var question = context.Hits[i];
            foreach (var j in context.HitsOf(_compare))
            {
                var compare = context.Hits[j];
                if (compare.Last < question.First && tokens[compare.First].Sentence == tokens[question.First].Sentence)
                {
                    context.Report(this, compare.First, question.Last, _global);
                    return;
                }
            }
        }
    }

    private static bool WholeSentence(ReadOnlySpan<Text.Token> tokens, int first, int last) =>
        (first == 0 || tokens[first - 1].Sentence != tokens[first].Sentence)
        && (last == tokens.Length - 1 || tokens[last + 1].Sentence != tokens[last].Sentence);

    /// <summary>
    /// An apology in the message makes "you always..." counter-blame; "you never say sorry" or "not a single
    /// sorry" name one that never came.
    /// </summary>
    private bool Apologises(DetectionContext context)
    {
        var tokens = context.Tokens;
        foreach (var i in context.HitsOf(_sorry))
        {
            var at = context.Hits[i].First;
            if (at == 0 || tokens[at - 1].Sentence != tokens[at].Sentence
                || context.Vocabulary[tokens[at - 1].Word] is not ("say" or "said" or "says" or "saying" or "an" or "a" or "one" or "single" or "no" or "even" or "hear" or "heard" or "proper" or "got" or "get"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"lol u absolute muppet, u sent it to the family chat": a mild insult inside the finding, and laughter or love in the message.</summary>
    private bool Teasing(DetectionContext context, int first, int last)
        => context.HasHit(_teasing) && context.HasHitWithin(_mild, first, last);

    private void ReportPattern(DetectionContext context, int first, int last)
    {
        if (!Rewording.WarmFor(context, _patternWarm, first) && !Rewording.WarmFor(context, _warm, first) && !PromisedBefore(context, first))
        {
            context.Report(this, first, last, _pattern);
        }
    }

    /// <summary>"I'll do bedtime every evening so you get a break": a promise earlier in the sentence makes it a commitment.</summary>
    private bool PromisedBefore(DetectionContext context, int first)
        => context.HasHitBefore(_promise, first);

    private static bool ContrastBetween(DetectionContext context, int after, int before)
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

    /// <summary>"the delivery guy left it in the bin. who does that": a question with no "you" in a message about someone else.</summary>
    private bool AboutSomeoneElse(DetectionContext context, int first, int last)
    {
        if (context.Vocabulary[context.Tokens[first].Word] != "who")
        {
            return false;
        }

        for (var j = first; j <= last; j++)
        {
            if (Rewording.IsSecondPerson(context.Vocabulary[context.Tokens[j].Word]))
            {
                return false;
            }
        }

        return context.HasHit(_third) && !Rewording.AddressesReader(context);
    }

    /// <summary>"ur lazy cousin": "ur" (your) followed directly by the judgement and then a noun is possessive.</summary>
    private static bool Possessive(DetectionContext context, int first, int last)
    {
        var tokens = context.Tokens;
        if (last != first + 1 || context.Vocabulary[tokens[first].Word] != "your")
        {
            return false;
        }

        var next = last + 1;
        return next < tokens.Length
            && tokens[next].Clause == tokens[last].Clause
            && (tokens[next].Flags & Text.TokenFlags.Emoji) == 0
            && !AfterJudgement.Contains(context.Vocabulary[tokens[next].Word]);
    }
}
