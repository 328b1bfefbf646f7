
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

    public override void Bind(SectionMap sections)
    {
        _bare = sections.Get(Label, "bare");
        _sympathy = sections.Get(Label, "condolence");
        _about = sections.Get(Label, "about");
        _ashamed = sections.Get(Label, "ashamed");
        _sorryWord = sections.Get(Label, "sorryword");
        _undo = sections.Get(Label, "undo");
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
            HelpfulCues.ReportClauseFinal(context, this, _ashamed);
            if (context.HasHit(_sorryWord) && NamesOwnAct(context))
            {
                HelpfulCues.ReportClauseFinal(context, this, _sorryWord);
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
