
namespace Mend.Analysis.Detectors.Apology;

/// <summary>
/// Finds <c>apology</c>; the rules are in <c>apology.rules</c> beside this file. Besides the [own] patterns, a bare
/// "I'm sorry" counts when it closes its clause ("I should have asked. I'm sorry") and the message carries no
/// sympathy ("I'm so sorry. Your dad was a lovely man" is condolence, not apology). "I'm sorry about the
/// anniversary", "... and I'm ashamed." and "sorry mate." after the writer speaks of themselves count on the same
/// condition ("I'm sorry about the rain, awful luck" is sympathy). A bare "I'm sorry." next to a sorry that is
/// undone elsewhere ("I am sorry. I am sorry you can't let it go.", "I'm sorry, okay?") does not count.
/// </summary>
internal sealed class ApologyDetector() : Detector(MessageLabel.Apology)
{
    private int _bare;
    private int _sympathy;
    private int _about;
    private int _ashamed;
    private int _sorryWord;
    private int _undo;
    private int _gerund;

    // Softeners and everyday politeness: "sorry for asking", "sorry for the wait", "apologies for rambling".
    private static readonly HashSet<string> PoliteGerunds = new(StringComparer.Ordinal)
    {
        "asking", "bothering", "disturbing", "spamming", "rambling", "intruding", "pestering", "texting", "messaging",
        "emailing", "ringing", "ranting", "venting", "oversharing", "waffling", "typing", "writing", "chiming",
        "jumping", "butting", "barging", "popping", "dropping", "checking", "reaching", "existing", "breathing",
        "living", "something", "nothing", "anything", "everything", "thing", "evening", "morning", "wedding",
        "building", "meeting", "ceiling", "clothing", "booking", "being", "during", "bring", "king", "ring", "sing",
        "sting", "string", "swing", "wing", "spring", "ping", "thanking", "replying", "responding", "answering",
        "repeating",
    };

    public override void Bind(SectionMap sections)
    {
        _bare = sections.Get(Label, "bare");
        _sympathy = sections.Get(Label, "condolence");
        _about = sections.Get(Label, "about");
        _ashamed = sections.Get(Label, "ashamed");
        _sorryWord = sections.Get(Label, "sorryword");
        _undo = sections.Get(Label, "undo");
        _gerund = sections.Get(Label, "gerund");
    }

    public override void Detect(DetectionContext context)
    {
        base.Detect(context);
        if (!context.HasHit(_sympathy))
        {
            if (!context.HasHit(_undo))
            {
                HelpfulCues.ReportClauseFinal(context, this, _bare);
            }

            HelpfulCues.ReportAll(context, this, _about);
            ReportGerunds(context);
            HelpfulCues.ReportClauseFinal(context, this, _ashamed);
            if (context.HasHit(_sorryWord) && NamesOwnAct(context))
            {
                HelpfulCues.ReportClauseFinal(context, this, _sorryWord);
            }
        }
    }

    /// <summary>
    /// Reports "sorry for" followed, in the same clause, by a word in -ing that names an act ("sorry for ghosting
    /// you"), unless that word is a softener ("sorry for asking").
    /// </summary>
    private void ReportGerunds(DetectionContext context)
    {
        var tokens = context.Tokens;
        foreach (var i in context.HitsOf(_gerund))
        {
            var hit = context.Hits[i];
            var next = hit.Last + 1;
            if (next >= tokens.Length || tokens[next].Clause != tokens[hit.Last].Clause)
            {
                continue;
            }

            var written = context.Text.AsSpan(tokens[next].Start, tokens[next].Length);
            if (written.Length >= 5 && written.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                && !PoliteGerunds.Contains(written.ToString().ToLowerInvariant()))
            {
                context.Report(this, hit.First, next, _gerund);
            }
        }
    }

    /// <summary>True when the writer speaks of themselves somewhere ("i was a jerk at the pub. sorry mate").</summary>
    private static bool NamesOwnAct(DetectionContext context)
    {
        var tokens = context.Tokens;
        for (var t = 0; t < tokens.Length; t++)
        {
            var word = context.Vocabulary[tokens[t].Word];
            if (word is "i" or "im" or "ive" or "id" or "ill" or "my" or "myself")
            {
                return true;
            }
        }

        return false;
    }
}
