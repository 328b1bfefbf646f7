using Mend.Analysis.Text;

namespace Mend.Analysis.Detectors;

/// <summary>Small token checks shared by the helpful detectors (apology, repair attempt, gratitude, ...).</summary>
internal static class HelpfulCues
{
    /// <summary>
    /// True when nothing but emoji follows token <paramref name="last"/> in its clause: "I'm sorry." or
    /// "we're ok 💛" end there, "I'm sorry about the rain" does not.
    /// </summary>
    public static bool EndsClause(ReadOnlySpan<Token> tokens, int last)
    {
        var clause = tokens[last].Clause;
        for (var j = last + 1; j < tokens.Length && tokens[j].Clause == clause; j++)
        {
            if ((tokens[j].Flags & TokenFlags.Emoji) == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when any passing hit of <paramref name="section"/> exists in the message.</summary>
    public static bool Any(DetectionContext context, int section) => context.HasHit(section);

    /// <summary>Reports every passing hit of <paramref name="section"/>.</summary>
    public static void ReportAll(DetectionContext context, Detector detector, int section)
    {
        foreach (var i in context.HitsOf(section))
        {
            var hit = context.Hits[i];
            context.Report(detector, hit.First, hit.Last, section);
        }
    }

    /// <summary>Reports the hits of <paramref name="section"/> that end their clause.</summary>
    public static void ReportClauseFinal(DetectionContext context, Detector detector, int section)
    {
        foreach (var i in context.HitsOf(section))
        {
            var hit = context.Hits[i];
            if (EndsClause(context.Tokens, hit.Last))
            {
                context.Report(detector, hit.First, hit.Last, section);
            }
        }
    }
}
