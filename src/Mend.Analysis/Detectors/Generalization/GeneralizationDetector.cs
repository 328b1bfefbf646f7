using Mend.Analysis.Detectors.Criticism;

namespace Mend.Analysis.Detectors.Generalization;

/// <summary>
/// Finds <c>generalization</c>; the rules are in <c>generalization.rules</c> beside this file. The detector applies
/// the target check itself so that a family word used to address the reader ("mum, you always…", "dad, every
/// single call…") is not mistaken for venting about a third party.
/// </summary>
internal sealed class GeneralizationDetector() : Detector(MessageLabel.Generalization)
{
    // A tail's "you" may stand up to nine words before it, as a `**` gap (0..8 words) in a pattern would allow.
    private const int TailReach = 9;

    private int _always;
    private int _every;
    private int _warm;
    private int _promise;
    private int _again;
    private int _third;
    private int _youTail;
    private int _plain;
    private int _contrastYou;
    private int _thing;
    private int _sympathy;

    public override void Bind(SectionMap sections)
    {
        _always = sections.Get(Label, "always");
        _every = sections.Get(Label, "every");
        _warm = sections.Get(Label, "warm");
        _promise = sections.Get(Label, "promise");
        _again = sections.Get(Label, "again");
        _third = sections.Get(Label, "third");
        _youTail = sections.Get(Label, "you_tail");
        _plain = sections.Get(Label, "plain");
        _contrastYou = sections.Get(Label, "contrast_you");
        _thing = sections.Get(Label, "thing");
        _sympathy = sections.Get(Label, "sympathy");
    }

    /// <summary>Only the find sections, "you ... TAIL" shapes and "again" make findings; third-party words alone do not.</summary>
    public override bool ShouldRun(DetectionContext context)
    {
        if (!base.ShouldRun(context))
        {
            return false;
        }

        foreach (var _ in context.HitsOf(this, Patterns.SectionKind.Find))
        {
            return true;
        }

        return context.HasHit(_youTail) || context.HasHit(_again) || context.HasHit(_plain) || context.HasHit(_contrastYou);
    }

    public override void Detect(DetectionContext context)
    {
        var tokens = context.Tokens;
        foreach (var i in context.HitsOf(_always))
        {
            var hit = context.Hits[i];
            if (context.Vocabulary[tokens[hit.First].Word] is "every" or "each" && PromisedBefore(context, hit.First))
            {
                continue;
            }

            ReportAlways(context, hit.First, hit.Last);
        }

        // "you ... all the time", "you ... again": the tail, and the un-negated "you" up to nine words before it.
        foreach (var i in context.HitsOf(_youTail))
        {
            var hit = context.Hits[i];
            var you = Rewording.YouBefore(context, hit.First, TailReach);
            if (you >= 0 && !OwnedByThirdParty(context, you) && (Excluded(context, hit.First) || !AfterPreposition(context, you)) && !PromisedBefore(context, you) && !SmallNumber(context, hit.Last))
            {
                ReportAlways(context, you, hit.Last);
            }
        }

        foreach (var i in context.HitsOf(_plain))
        {
            var hit = context.Hits[i];
            ReportAlways(context, hit.First, hit.Last);
        }

        foreach (var i in context.HitsOf(_contrastYou))
        {
            var hit = context.Hits[i];
            ReportAlways(context, hit.First + 1, hit.Last);
        }

        foreach (var i in context.HitsOf(_again))
        {
            var hit = context.Hits[i];
            if ((tokens[hit.First].Flags & Text.TokenFlags.Quoted) == 0)
            {
                var you = Rewording.YouBefore(context, hit.First, TailReach);
                if (you >= 0 && !AsksToRepeat(context, you, hit.First) && !OwnedByThirdParty(context, you) && !context.HasHit(_promise) && !ThingDoes(context, you, hit.First))
                {
                    ReportAlways(context, you, hit.Last);
                }
            }
        }

        // Bare "every time": a generalisation only in a message that speaks to the reader and promises nothing.
        var addressed = -1;
        foreach (var i in context.HitsOf(_every))
        {
            var hit = context.Hits[i];
            if (AboutSomeoneElse(context, hit.First, hit.Last) || Rewording.WarmFor(context, _warm, hit.First) || context.HasHit(_promise))
            {
                continue;
            }

            if (addressed < 0)
            {
                addressed = Rewording.AddressesReader(context) || AddressesByName(context) ? 1 : 0;
            }

            if (addressed == 1)
            {
                context.Report(this, hit.First, hit.Last, _every);
            }
        }

        foreach (var i in context.HitsOf(_again))
        {
            var hit = context.Hits[i];
            if ((tokens[hit.First].Flags & Text.TokenFlags.Shouted) != 0
                && !SomeoneElseOrMyself(context, hit.First)
                && (addressed = addressed < 0 ? (Rewording.AddressesReader(context) || AddressesByName(context) ? 1 : 0) : addressed) == 1
                && !Rewording.WarmFor(context, _warm, hit.First)
                && !context.HasHit(_promise))
            {
                context.Report(this, hit.First, hit.Last, _again);
            }
        }
    }

    /// <summary>
    /// "can you send it again?", "what was your address again?": a request or a question, not a repeat complaint.
    /// (Read here rather than as blocks: a gap after "what" or "can you" in the rules would cost every message.)
    /// </summary>
    private static bool AsksToRepeat(DetectionContext context, int you, int again)
    {
        var tokens = context.Tokens;
        if (you > 0 && tokens[you - 1].Sentence == tokens[you].Sentence
            && context.Vocabulary[tokens[you - 1].Word] is "can" or "could" or "would" or "will" or "should" or "mind")
        {
            return true;
        }

        for (var j = again - 1; j >= 0 && j >= again - TailReach - 1 && tokens[j].Sentence == tokens[again].Sentence; j--)
        {
            if (context.Vocabulary[tokens[j].Word] is "what" or "whats" or "where" or "wheres" or "when" or "whens" or "who" or "whos" or "which")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"your brother calls mum every week", "your 'friend' called again": "your" owns a third party, who is the subject.</summary>
    private bool OwnedByThirdParty(DetectionContext context, int you)
    {
        var tokens = context.Tokens;
        if (context.Vocabulary[tokens[you].Word] != "your" || you + 1 >= tokens.Length)
        {
            return false;
        }

        foreach (var i in context.HitsOf(_third))
        {
            if (context.Hits[i].First == you + 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"I'll ring you every Sunday", "how about I call you every night": a promise before the "you" in its sentence.</summary>
    private bool PromisedBefore(DetectionContext context, int first)
        => context.HasHitBefore(_promise, first);

    /// <summary>"I made a show of you at the wedding": "you" after a preposition is not the one whose habit the tail names.</summary>
    private static bool AfterPreposition(DetectionContext context, int you) =>
        you > 0 && context.Tokens[you - 1].Sentence == context.Tokens[you].Sentence
        && context.Vocabulary[context.Tokens[you - 1].Word] is "of" or "for" or "to" or "with" or "at" or "from" or "about" or "on";

    /// <summary>"everyone else gets a reply from you except me": being left out, whoever "you" is in the sentence.</summary>
    private static bool Excluded(DetectionContext context, int first) =>
        context.Vocabulary[context.Tokens[first].Word] is "except" or "but" or "apart" or "other" or "bar";

    /// <summary>"back in 2019" is an old hurt; "back in 10" (minutes) is logistics.</summary>
    private static bool SmallNumber(DetectionContext context, int last) =>
        last > 0 && context.Vocabulary[context.Tokens[last - 1].Word] == "in"
        && int.TryParse(context.Text.AsSpan(context.Tokens[last].Start, context.Tokens[last].Length), out var n) && n < 1900;

    private void ReportAlways(DetectionContext context, int first, int last)
    {
        if (!AboutSomeoneElse(context, first, last) && !Rewording.WarmFor(context, _warm, first) && !Impersonal(context, first) && !Sympathy(context, first))
        {
            context.Report(this, first, last, _always);
        }
    }

    /// <summary>"as usual the 42 bus is late": a public thing in the sentence (or the one before) and no word for the reader anywhere.</summary>
    private bool Impersonal(DetectionContext context, int first)
    {
        var sentence = context.Tokens[first].Sentence;
        foreach (var i in context.HitsOf(_thing))
        {
            var at = context.Tokens[context.Hits[i].First].Sentence;
            if (at == sentence || at == sentence - 1)
            {
                return !Rewording.AddressesReader(context);
            }
        }

        return false;
    }

    /// <summary>"let you know the extractor fan has stopped working again": a public thing between "you" and the tail, as its subject.</summary>
    private bool ThingDoes(DetectionContext context, int you, int tail)
    {
        var tokens = context.Tokens;
        foreach (var i in context.HitsOf(_thing))
        {
            var hit = context.Hits[i];
            if (hit.First > you && hit.Last + 1 < tail
                && context.Vocabulary[tokens[hit.Last + 1].Word] is "has" or "is" or "was" or "keeps" or "stopped" or "broke" or "died" or "came" or "went" or "got" or "isnt" or "wasnt" or "hasnt" or "cut" or "crashed" or "jammed")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"so sorry the clinic pushed your appointment back again": sympathy before it, no "but" between.</summary>
    private bool Sympathy(DetectionContext context, int first)
    {
        var tokens = context.Tokens;
        foreach (var i in context.HitsOf(_sympathy))
        {
            var hit = context.Hits[i];
            if (hit.First < first && tokens[hit.First].Sentence == tokens[first].Sentence && !Rewording.ContrastBetween(context, hit.Last, first))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "locked myself out AGAIN" (the writer) or "my boss moved it AGAIN" (someone else): the subject of the
    /// clause before the word, read back to the last conjunction ("...and my yoghurt was gone AGAIN" is neither).
    /// </summary>
    private bool SomeoneElseOrMyself(DetectionContext context, int at)
    {
        var tokens = context.Tokens;
        var start = at;
        for (var j = at - 1; j >= 0 && tokens[j].Sentence == tokens[at].Sentence; j--)
        {
            var word = context.Vocabulary[tokens[j].Word];
            if (word is "i" or "im" or "ive" or "id" or "ill" or "me" or "myself" or "we" or "were" or "us" or "ourselves")
            {
                return true;
            }

            if (word is "and" or "but" or "so" or "then" or "which" or "because" or "cause" or "when")
            {
                break;
            }

            start = j;
        }

        foreach (var i in context.HitsOf(_third))
        {
            var t = context.Hits[i].First;
            if (t >= start && t < at && !Vocative(context, t))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"mum, it comes up every single visit": a family word opening a sentence addresses the reader.</summary>
    private bool AddressesByName(DetectionContext context)
    {
        foreach (var i in context.HitsOf(_third))
        {
            if (Vocative(context, context.Hits[i].First))
            {
                return true;
            }
        }

        return false;
    }

    public override string? Suggest(SuggestionContext context)
    {
        var candidate = context.Candidate;
        var behaviour = Rewording.FindPatternBehaviour(context);
        if (behaviour is not null)
        {
            return $"This time, when {behaviour.Incident}, I felt [hurt]. I'd like [one thing for next time].";
        }

        var evidence = context.TextOf(candidate.First, candidate.Last).ToLowerInvariant();
        var you = Rewording.YouClause(context, candidate.First);
        if (you is not null && !evidence.Contains("like your", StringComparison.Ordinal) && !evidence.Contains("like ur", StringComparison.Ordinal))
        {
            var incident = you.StartsWith("you're ", StringComparison.OrdinalIgnoreCase) || you.StartsWith("youre ", StringComparison.OrdinalIgnoreCase)
                ? "you were " + you[(you.IndexOf(' ', StringComparison.Ordinal) + 1)..]
                : you;
            incident = TrimRepeat(incident);
            if (incident.Length > "you ".Length)
            {
                return $"This time, when {incident}, I felt [hurt]. I'd like [one thing for next time].";
            }
        }

        return "This time, when [what happened today], I felt [hurt]. I'd like [one thing for next time]. "
            + "Leave out older incidents and comparisons; talk about this one.";
    }

    private static string TrimRepeat(string text)
    {
        foreach (var tail in (string[])[" again", " AGAIN", " as usual", " as always", " like always", " every time", " all the time", " every single time"])
        {
            if (text.EndsWith(tail, StringComparison.OrdinalIgnoreCase))
            {
                return text[..^tail.Length];
            }
        }

        return text;
    }

    /// <summary>Venting about someone else: a third-party word before the hit in its sentence and no "you" in it.</summary>
    private bool AboutSomeoneElse(DetectionContext context, int first, int last)
    {
        var tokens = context.Tokens;
        for (var j = first; j <= last; j++)
        {
            if (Rewording.IsSecondPerson(context.Vocabulary[tokens[j].Word]))
            {
                return false;
            }
        }

        foreach (var i in context.HitsOf(_third))
        {
            var t = context.Hits[i].First;
            if (t < first && tokens[t].Sentence == tokens[first].Sentence && !Vocative(context, t))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"mum, ..." or "dad you ...": the word opens its sentence and addresses the reader.</summary>
    private static bool Vocative(DetectionContext context, int t)
    {
        var tokens = context.Tokens;
        if (t > 0 && tokens[t - 1].Sentence == tokens[t].Sentence)
        {
            return false;
        }

        return t + 1 < tokens.Length
            && (tokens[t + 1].Clause != tokens[t].Clause || Rewording.IsSecondPerson(context.Vocabulary[tokens[t + 1].Word]));
    }
}
