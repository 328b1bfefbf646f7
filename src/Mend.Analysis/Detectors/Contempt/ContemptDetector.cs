using System.Collections.Frozen;
using Mend.Analysis.Detectors.Criticism;
using Mend.Analysis.Text;

namespace Mend.Analysis.Detectors.Contempt;

/// <summary>
/// Finds <c>contempt</c>; the rules are in <c>contempt.rules</c> beside this file. Beyond the pattern sections,
/// the detector reads cues that only mean contempt in context: scare quotes around a word the writer doubts
/// ("you were 'working late'"), disgust aimed at the reader, mock surprise closing a sentence ("shocking."), and
/// praise that a mocking context turns into a jab ("you think you're a good dad? that's cute").
/// </summary>
internal sealed class ContemptDetector() : Detector(MessageLabel.Contempt)
{
    private const int MaxQuotedWords = 4;
    private const int SpeechReach = 3;
    private const int MentionReach = 1;

    // A tail's "you" may stand up to nine words before it, as a `**` gap (0..8 words) in a pattern would allow.
    private const int TailReach = 9;

    // Quoted speech has pronouns ("she said 'I'm not going'"); scare quotes name a thing or an excuse ('working late').
    private static readonly FrozenSet<string> Pronouns = FrozenSet.ToFrozenSet(
    [
        "i", "im", "ive", "id", "ill", "me", "my", "we", "were", "us", "our", "you", "your", "youre", "youll", "youve",
        "he", "she", "hes", "shes", "him", "her", "they", "theyre", "them", "their", "it", "its", "this", "that", "who", "what",
    ]);

    private int _disgust;
    private int _surprise;
    private int _mockPraise;
    private int _mockContext;
    private int _quoteContext;
    private int _public;
    private int _speech;
    private int _mention;
    private int _thing;
    private int _scareQuote;
    private int _eyeroll;
    private int _affection;
    private int _mild;
    private int _teasing;
    private int _third;
    private int _mockWord;
    private int _judgement;
    private int _insult;
    private int _insultTail;
    private int _saysThe;

    public override void Bind(SectionMap sections)
    {
        _disgust = sections.Get(Label, "disgust");
        _surprise = sections.Get(Label, "surprise");
        _mockPraise = sections.Get(Label, "mock_praise");
        _mockContext = sections.Get(Label, "mock_context");
        _quoteContext = sections.Get(Label, "quote_context");
        _public = sections.Get(Label, "public");
        _speech = sections.Get(Label, "speech");
        _mention = sections.Get(Label, "mention");
        _scareQuote = sections.Get(Label, "scare_quote");
        _eyeroll = sections.Get(Label, "eyeroll");
        _affection = sections.Get(Label, "affection");
        _mild = sections.Get(Label, "mild");
        _teasing = sections.Get(Label, "teasing");
        _third = sections.Get(MessageLabel.Generalization, "third");
        // Public things ("the council", "rain", "the bus"), matched once by the generalization rules.
        _thing = sections.Get(MessageLabel.Generalization, "thing");
        _mockWord = sections.Get(Label, "mock_word");
        // A character judgement of the reader, matched once by the criticism rules.
        _judgement = sections.Get(MessageLabel.Criticism, "trait");
        _insult = sections.Get(Label, "insult");
        _insultTail = sections.Get(Label, "insult_tail");
        _saysThe = sections.Get(Label, "says_the");
    }

    /// <summary>Scare quotes are found from the tokens alone, so any quoted word is reason to look.</summary>
    public override bool ShouldRun(DetectionContext context)
    {
        if (!base.ShouldRun(context))
        {
            return (context.TokenBuffer.AnyFlags & TokenFlags.Quoted) != 0;
        }

        foreach (var _ in context.HitsOf(this, Patterns.SectionKind.Find))
        {
            return true;
        }

        return (context.TokenBuffer.AnyFlags & TokenFlags.Quoted) != 0
            || context.HasHit(_disgust) || context.HasHit(_surprise) || context.HasHit(_mockPraise) || context.HasHit(_mockWord)
            || context.HasHit(_insultTail) || context.HasHit(_saysThe);
    }

    public override void Detect(DetectionContext context)
    {
        var tokens = context.Tokens;
        if (tokens.Length == 0)
        {
            return;
        }

        foreach (var i in context.HitsOf(this, Patterns.SectionKind.Find))
        {
            var hit = context.Hits[i];
            if (!AffectionOutside(context, hit.First, hit.Last) && !EyeRollAtSomeoneElse(context, i) && !Teasing(context, hit.First, hit.Last))
            {
                context.Report(this, hit.First, hit.Last, context.SectionOf(hit));
            }
        }

        // "you are honestly completely useless": the tail, and the un-negated "you" up to nine words before it.
        foreach (var i in context.HitsOf(_insultTail))
        {
            var hit = context.Hits[i];
            var you = Rewording.YouBefore(context, hit.First, TailReach);
            if (you >= 0 && !context.HasHitInSentence(_affection, tokens[you].Sentence) && !Teasing(context, you, hit.Last))
            {
                context.Report(this, you, hit.Last, _insult);
            }
        }

        // "says the man who...": only as a retort, at the start of a sentence or straight after a quotation.
        foreach (var i in context.HitsOf(_saysThe))
        {
            var hit = context.Hits[i];
            var at = hit.First;
            if (at == 0 || tokens[at - 1].Sentence != tokens[at].Sentence || (tokens[at - 1].Flags & TokenFlags.Quoted) != 0)
            {
                context.Report(this, hit.First, hit.Last, _saysThe);
            }
        }

        // Whether the message speaks to the reader: a scan of every token, so only made when disgust or a quote needs it.
        var addressed = (context.HasHit(_disgust) || (context.TokenBuffer.AnyFlags & TokenFlags.Quoted) != 0) && Rewording.AddressesReader(context);
        foreach (var i in context.HitsOf(_disgust))
        {
            var hit = context.Hits[i];
            if ((addressed || (hit.First == 0 && hit.Last == tokens.Length - 1)) && !context.HasHitInSentence(_affection, tokens[hit.First].Sentence))
            {
                context.Report(this, hit.First, hit.Last, _disgust);
            }
        }

        foreach (var i in context.HitsOf(_surprise))
        {
            var hit = context.Hits[i];
            if (hit.Last == tokens.Length - 1 || tokens[hit.Last + 1].Sentence != tokens[hit.Last].Sentence)
            {
                context.Report(this, hit.First, hit.Last, _surprise);
            }
        }

        var quoted = (context.TokenBuffer.AnyFlags & TokenFlags.Quoted) != 0 && FindScareQuotes(context, addressed);
        if (context.HasHit(_mockContext) || quoted)
        {
            foreach (var i in context.HitsOf(_mockPraise))
            {
                var hit = context.Hits[i];
                context.Report(this, hit.First, hit.Last, _mockPraise);
            }

            // "You call that an apology? Adorable.": a one-word verdict that is a sentence of its own.
            foreach (var i in context.HitsOf(_mockWord))
            {
                var hit = context.Hits[i];
                if (WholeSentence(tokens, hit.First, hit.Last))
                {
                    context.Report(this, hit.First, hit.Last, _mockWord);
                }
            }
        }
    }

    public override string? Suggest(SuggestionContext context)
    {
        var specific = Specific(context);
        var about = specific is null ? "[the specific thing that happened]" : $"[what happened: {specific}]";
        return $"I'm frustrated about {about}, and I still respect you. What I'd like is [one concrete request]. "
            + "If you can, also name one thing you appreciate about them: “I appreciate [...]”.";
    }

    /// <summary>
    /// Affection in the sentence of a hit makes it teasing, unless the warm word is part of the jab itself ("I
    /// suppose we should all be grateful you come home at all").
    /// </summary>
    private bool AffectionOutside(DetectionContext context, int first, int last)
    {
        var tokens = context.Tokens;
        foreach (var i in context.HitsOf(_affection))
        {
            var hit = context.Hits[i];
            if (tokens[hit.First].Sentence == tokens[first].Sentence && (hit.Last < first || hit.First > last))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"lol u absolute muppet": a mild insult in the finding and laughter or love anywhere in the message.</summary>
    private bool Teasing(DetectionContext context, int first, int last)
        => context.HasHit(_teasing) && context.HasHitWithin(_mild, first, last);

    /// <summary>"my boss moved the meeting again 🙄": an eye-roll after a third party, in a sentence without "you".</summary>
    private bool EyeRollAtSomeoneElse(DetectionContext context, int hitIndex)
    {
        var hit = context.Hits[hitIndex];
        if (context.SectionOf(hit) != _eyeroll)
        {
            return false;
        }

        var tokens = context.Tokens;
        if (AtTheWorld(context))
        {
            return true;
        }

        var sentence = tokens[hit.First].Sentence;
        var third = false;
        foreach (var h in context.HitsOf(_third))
        {
            var t = context.Hits[h].First;
            third |= t < hit.First && tokens[t].Sentence == sentence;
        }

        // "can't believe I married someone so petty 🙄": the "someone" is the reader, judged in the same sentence.
        if (!third || context.HasHitInSentence(_judgement, sentence))
        {
            return false;
        }

        for (var j = 0; j < tokens.Length; j++)
        {
            if (tokens[j].Sentence == sentence && (tokens[j].Flags & TokenFlags.Quoted) == 0 && Rewording.IsSecondPerson(context.Vocabulary[tokens[j].Word]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "my ex texted me happy birthday. the audacity 🙄", "every single time i wash the car it rains 🙄": a message
    /// that never speaks to the reader (quotes aside) and names someone else or a public thing rolls its eyes at them.
    /// </summary>
    private bool AtTheWorld(DetectionContext context)
    {
        if ((!context.HasHit(_third) && !context.HasHit(_thing) && !context.HasHit(_public)) || context.HasHit(_judgement))
        {
            return false;
        }

        // "🙄 sure, the traffic again": a doubted excuse is aimed at whoever gave it.
        var tokens = context.Tokens;
        for (var j = 0; j < tokens.Length; j++)
        {
            var word = context.Vocabulary[tokens[j].Word];
            if (((tokens[j].Flags & TokenFlags.Quoted) == 0 && Rewording.IsSecondPerson(word)) || word is "sure" or "right" or "apparently" or "supposedly" or "someone" or "somebody")
            {
                return false;
            }
        }

        return true;
    }

    private static bool WholeSentence(ReadOnlySpan<Token> tokens, int first, int last)
    {
        var sentence = tokens[first].Sentence;
        var last2 = last;
        while (last2 + 1 < tokens.Length && tokens[last2 + 1].Sentence == sentence && (tokens[last2 + 1].Flags & TokenFlags.Emoji) != 0)
        {
            last2++;
        }

        return (first == 0 || tokens[first - 1].Sentence != sentence)
            && (last2 == tokens.Length - 1 || tokens[last2 + 1].Sentence != sentence);
    }

    /// <summary>Reports each short quoted span that reads as a scare quote; true when there was one.</summary>
    private bool FindScareQuotes(DetectionContext context, bool addressed)
    {
        var tokens = context.Tokens;
        var text = context.Text;
        var found = false;
        var i = 0;
        while (i < tokens.Length)
        {
            if ((tokens[i].Flags & TokenFlags.Quoted) == 0 || (tokens[i].Flags & TokenFlags.Emoji) != 0)
            {
                i++;
                continue;
            }

            var first = i;
            while (i + 1 < tokens.Length && (tokens[i + 1].Flags & TokenFlags.Quoted) != 0 && tokens[i + 1].Sentence == tokens[first].Sentence)
            {
                i++;
            }

            var last = i;
            i++;
            var words = CountWords(tokens, first, last);
            if (words > MaxQuotedWords || (first == 0 && last == tokens.Length - 1))
            {
                continue;
            }

            if (!OpensQuote(text, tokens[first].Start) || !ClosesQuote(text, tokens[last].End) || HasPronoun(context, first, last) || AfterSpeech(context, first) || Mentioned(context, last))
            {
                continue;
            }

            var cue = addressed || HasCueOutside(context, _quoteContext, first, last) || context.HasHit(_eyeroll);
            if (!cue || AboutThirdParty(context, first) || PublicFigureBefore(context, first))
            {
                continue;
            }

            context.Report(this, first, last, _scareQuote);
            found = true;
        }

        return found;
    }

    private static int CountWords(ReadOnlySpan<Token> tokens, int first, int last)
    {
        var words = 0;
        for (var j = first; j <= last; j++)
        {
            // Expanded shorthand shares one written word.
            if (j == first || tokens[j].Start != tokens[j - 1].Start)
            {
                words++;
            }
        }

        return words;
    }

    private static bool OpensQuote(string text, int start) =>
        start > 0 && text[start - 1] is '\'' or '"' or '\u2018' or '\u201C' or '`' or '\u00AB';

    // 'Family emergency.' closes after its own full stop, comma or question mark.
    private static bool ClosesQuote(string text, int end)
    {
        if (end < text.Length && text[end] is '.' or ',' or '?' or '!')
        {
            end++;
        }

        return end < text.Length && text[end] is '\'' or '"' or '\u2019' or '\u201D' or '`' or '\u00BB';
    }

    private static bool HasPronoun(DetectionContext context, int first, int last)
    {
        for (var j = first; j <= last; j++)
        {
            if (Pronouns.Contains(context.Vocabulary[context.Tokens[j].Word]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the 'sorry if' apologies", "'apologies for any confusion' added to the footer": the quote is named, not aimed.</summary>
    private bool Mentioned(DetectionContext context, int last)
    {
        var tokens = context.Tokens;
        foreach (var h in context.HitsOf(_mention))
        {
            var hit = context.Hits[h];
            if (hit.First > last && hit.First <= last + MentionReach && tokens[hit.First].Sentence == tokens[last].Sentence
                && (tokens[hit.First].Flags & TokenFlags.Quoted) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private bool AfterSpeech(DetectionContext context, int first)
    {
        var tokens = context.Tokens;
        foreach (var h in context.HitsOf(_speech))
        {
            var hit = context.Hits[h];
            if (hit.Last < first && hit.Last >= first - SpeechReach && tokens[hit.Last].Sentence == tokens[first].Sentence
                && !YouBetween(context, hit.Last + 1, first))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"she said ur 'at hers'", "you told everyone you 'cooked'": reported about the reader, so a scare quote.</summary>
    private static bool YouBetween(DetectionContext context, int from, int before)
    {
        for (var j = from; j < before; j++)
        {
            if (context.Vocabulary[context.Tokens[j].Word] is "you" or "your" or "youre" or "youd" or "youve" or "youll")
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasCueOutside(DetectionContext context, int section, int first, int last)
    {
        foreach (var h in context.HitsOf(section))
        {
            var hit = context.Hits[h];
            if (hit.Last < first || hit.First > last)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"that influencer's 'natural' look": a public figure or a product before the quote in its sentence.</summary>
    private bool PublicFigureBefore(DetectionContext context, int first)
    {
        var tokens = context.Tokens;
        foreach (var h in context.HitsOf(_public))
        {
            var t = context.Hits[h].First;
            if (t < first && tokens[t].Sentence == tokens[first].Sentence)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the mayor 'takes full responsibility'": a third party before the quote and no "you" in the sentence.</summary>
    private static bool AboutThirdParty(DetectionContext context, int first)
    {
        var tokens = context.Tokens;
        var sentence = tokens[first].Sentence;
        var third = false;
        for (var j = 0; j < tokens.Length; j++)
        {
            if (tokens[j].Sentence != sentence || (tokens[j].Flags & TokenFlags.Quoted) != 0)
            {
                continue;
            }

            var word = context.Vocabulary[tokens[j].Word];
            if (Rewording.IsSecondPerson(word))
            {
                return false;
            }

            third |= word is "the" or "my" or "our" or "his" or "her" or "their" && j < first && j == SentenceStart(tokens, j);
            third |= j < first && word is "he" or "she" or "they" or "his" or "her" or "their" or "boss" or "mayor" or "company" or "politician" or "government" or "sign" or "article";
        }

        return third;
    }

    private static int SentenceStart(ReadOnlySpan<Token> tokens, int j)
    {
        while (j > 0 && tokens[j - 1].Sentence == tokens[j].Sentence)
        {
            j--;
        }

        return j;
    }

    /// <summary>The user's own words for what the frustration is about, when they can be found.</summary>
    private static string? Specific(SuggestionContext context)
    {
        var tokens = context.Tokens;
        var candidate = context.Candidate;

        // A scare-quoted span anywhere in the message names the thing in dispute ('working late').
        for (var i = 0; i < tokens.Length; i++)
        {
            if ((tokens[i].Flags & TokenFlags.Quoted) == 0 || (tokens[i].Flags & TokenFlags.Emoji) != 0)
            {
                continue;
            }

            var last = i;
            while (last + 1 < tokens.Length && (tokens[last + 1].Flags & TokenFlags.Quoted) != 0 && tokens[last + 1].Sentence == tokens[i].Sentence)
            {
                last++;
            }

            if (last - i < MaxQuotedWords && OpensQuote(context.Text, tokens[i].Start) && ClosesQuote(context.Text, tokens[last].End))
            {
                return Rewording.Lower(context.TextOf(i, last));
            }

            i = last;
        }

        // Otherwise a clause addressed to the reader that is not itself the jab ("you did ONE load of laundry").
        for (var i = 0; i < tokens.Length; i++)
        {
            if (i >= candidate.First && i <= candidate.Last)
            {
                continue;
            }

            var word = context.Word(i);
            if (word is "you" or "youre" && (i == 0 || tokens[i - 1].Clause != tokens[i].Clause || context.Word(i - 1) is "oh" or "wow" or "so" or "sure" or "and" or "but"))
            {
                var clauseEnd = i;
                while (clauseEnd + 1 < tokens.Length && tokens[clauseEnd + 1].Clause == tokens[i].Clause)
                {
                    clauseEnd++;
                }

                if (clauseEnd >= candidate.First && i <= candidate.Last || clauseEnd - i < 1)
                {
                    continue;
                }

                var clause = Rewording.Clean(context, i);
                if (clause.Split(' ').Length > 2)
                {
                    return clause;
                }
            }
        }

        return null;
    }
}
