using Mend.Analysis.Patterns;

namespace Mend.Analysis.Detectors.Defensiveness;

/// <summary>
/// Finds <c>defensiveness</c>; the rules are in <c>defensiveness.rules</c> beside this file. The code adds a
/// negation check that knows chat idioms ("ngl", "idk why") and suggests owning a part instead of defending.
/// </summary>
internal sealed class DefensivenessDetector() : Detector(MessageLabel.Defensiveness)
{
    private const int NegationReach = 4;

    private int _negator;
    private int _notNegation;
    private int _unguarded;
    private int _denial;
    private int _excuseState;
    private int _sorryWord;

    public override void Bind(SectionMap sections)
    {
        _negator = sections.Get(Label, "negator");
        _notNegation = sections.Get(Label, "not_negation");
        _unguarded = sections.Get(Label, "minimise_why");
        _denial = sections.Get(Label, "denial");
        _excuseState = sections.Get(Label, "excuse_state");
        _sorryWord = sections.Get(Label, "sorry_word");
    }

    public override void Detect(DetectionContext context)
    {
        foreach (var i in context.HitsOf(this, SectionKind.Find))
        {
            var hit = context.Hits[i];
            var section = context.SectionOf(hit);
            if (section != _unguarded && section != _denial && Negated(context, hit.First))
            {
                continue;
            }

            context.Report(this, hit.First, hit.Last, section);
        }

        // "Sorry if it felt like I was ignoring you. I was just really busy.": the excuse counts beside an apology.
        if (context.HasHit(_sorryWord))
        {
            foreach (var i in context.HitsOf(_excuseState))
            {
                var hit = context.Hits[i];
                context.Report(this, hit.First, hit.Last, _excuseState);
            }
        }
    }

    /// <summary>
    /// "You're right that I booked the wrong date; that part is on me." Keeps what the defence was about when the
    /// message names it, and leaves a bracketed place for it when it does not.
    /// </summary>
    public override string? Suggest(SuggestionContext context)
    {
        var thing = NonApology.ActWording.Defended(context);
        var owned = thing is null
            ? "You're right that [what you did, e.g. I was late]; that part is on me."
            : $"You're right that {thing}; that part is on me.";
        return $"{owned} I can see why it [upset you]. Next time I'll [what you will do differently].";
    }

    /// <summary>"ngl", "idk", "dunno": shorthand whose negator negates nothing that follows.</summary>
    private static bool IsIdiomShorthand(DetectionContext context, int token)
    {
        var t = context.Tokens[token];
        if ((t.Flags & Text.TokenFlags.Expanded) == 0)
        {
            return false;
        }

        var written = context.Text.AsSpan(t.Start, t.Length);
        return written.Equals("ngl", StringComparison.OrdinalIgnoreCase)
            || written.Equals("idk", StringComparison.OrdinalIgnoreCase)
            || written.Equals("dunno", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when a negator stands up to four words before <paramref name="first"/> in its clause and is not part of an idiom such as "not gonna lie".</summary>
    private bool Negated(DetectionContext context, int first)
    {
        var tokens = context.Tokens;
        foreach (var n in context.HitsOf(_negator))
        {
            var at = context.Hits[n].First;
            if (at >= first || at < first - NegationReach || tokens[at].Clause != tokens[first].Clause)
            {
                continue;
            }

            var idiom = IsIdiomShorthand(context, at);
            foreach (var m in context.HitsOf(_notNegation))
            {
                var h = context.Hits[m];
                idiom |= h.First <= at && at <= h.Last;
            }

            if (!idiom)
            {
                return true;
            }
        }

        return false;
    }
}
