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
    private int _global;
    private int _pattern;
    private int _feeling;
    private int _affection;

    public override void Bind(SectionMap sections)
    {
        _trait = sections.Get(Label, "trait");
        _global = sections.Get(Label, "global");
        _pattern = sections.Get(Label, "pattern");
        _feeling = sections.Get(Label, "feeling");
        _affection = sections.Get(Label, "affection");
    }

    public override void Detect(DetectionContext context)
    {
        foreach (var i in context.HitsOf(_trait))
        {
            var hit = context.Hits[i];
            if (!Possessive(context, hit.First, hit.Last) && !context.HasHitInSentence(_affection, context.Tokens[hit.First].Sentence))
            {
                context.Report(this, hit.First, hit.Last, _trait);
            }
        }

        foreach (var i in context.HitsOf(_global))
        {
            var hit = context.Hits[i];
            if (!context.HasHitInSentence(_affection, context.Tokens[hit.First].Sentence))
            {
                context.Report(this, hit.First, hit.Last, _global);
            }
        }

        if (context.HasHit(_feeling))
        {
            return;
        }

        foreach (var i in context.HitsOf(_pattern))
        {
            var hit = context.Hits[i];
            context.Report(this, hit.First, hit.Last, _pattern);
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
