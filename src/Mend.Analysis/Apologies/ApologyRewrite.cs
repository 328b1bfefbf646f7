using System.Text;
using Mend.Analysis.Text;
using Mend.Apologies;

namespace Mend.Analysis.Apologies;

/// <summary>
/// Builds an apology that owns the act from the writer's own words (docs/apology.md, "The rewrite"):
/// <list type="number">
/// <item>sentences with no flag are kept as written; in a flagged sentence only the clauses that carry a component
/// and no flag are kept ("sorry if I've been distant, I'll try to be better" keeps "I'll try to be better");</item>
/// <item>it opens with the writer's own apology when that is kept and names something, else with "I'm sorry" and
/// the act in the writer's words ("sorry if you were upset that I skipped your party" → "I'm sorry I skipped
/// your party"), or a prompt to name it;</item>
/// <item>it owns the act ("That's on me.") when nothing kept does;</item>
/// <item>what cannot be known from the text — the impact, the amends, the change — is asked for in square
/// brackets, never invented.</item>
/// </list>
/// </summary>
internal static class ApologyRewrite
{
    public const string NameTheAct = "[name what you did]";
    public const string Owning = "That's on me.";
    public const string ImpactPrompt = "[say how this affected them]";
    public const string AmendsPrompt = "[what you will do to make it right]";
    public const string ChangePrompt = "[what you will do differently from now on]";

    private static readonly HashSet<string> SignOffs = ["lol", "lmao", "haha", "hahaha", "x", "xx", "xxx", "tbh", "ok", "okay"];

    private static readonly HashSet<string> Connectors = ["and", "but", "so", "then", "though", "tho", "also"];

    public static string Build(
        string text,
        ReadOnlySpan<Token> tokens,
        List<Mark> marks,
        IReadOnlyCollection<ApologyComponent> components,
        IReadOnlyCollection<ApologyFlag> flags,
        Lazy<string?> act)
    {
        var units = KeptUnits(text, tokens, marks);

        // The opening: the writer's own apology when it is kept and says more than the apology word.
        var opening = -1;
        for (var u = 0; u < units.Count && opening < 0; u++)
        {
            if (Holds(marks, units[u], ApologyComponent.Regret) && NamesSomething(marks, units[u]))
            {
                opening = u;
            }
        }

        var parts = new List<string>();
        if (opening >= 0)
        {
            parts.Add(units[opening].Text);
        }
        else
        {
            var owned = act.Value;
            if (owned is null)
            {
                parts.Add($"I'm sorry I {NameTheAct}.");
            }
            else
            {
                // The act is already told in a kept sentence ("I left the gate open."): the opening need not repeat it.
                var told = units.Any(u => u.Text.Contains(owned, StringComparison.OrdinalIgnoreCase));
                parts.Add(told ? "I'm sorry." : $"I'm sorry {Lower(owned)}.");
            }
        }

        var respMarks = marks.Any(m => Is(m, ApologyComponent.Responsibility));
        var ownsIt = respMarks
            ? units.Any(u => Holds(marks, u, ApologyComponent.Responsibility))
            : components.Contains(ApologyComponent.Responsibility) && flags.Count == 0;
        if (!ownsIt)
        {
            parts.Add(Owning);
        }

        for (var u = 0; u < units.Count; u++)
        {
            var bareSorry = Holds(marks, units[u], ApologyComponent.Regret) && !NamesSomething(marks, units[u]);
            if (u != opening && !(opening < 0 && bareSorry))
            {
                parts.Add(units[u].Text);
            }
        }

        if (!units.Any(u => Holds(marks, u, ApologyComponent.Impact)))
        {
            parts.Add(ImpactPrompt);
        }

        if (!units.Any(u => Holds(marks, u, ApologyComponent.Amends)))
        {
            parts.Add(AmendsPrompt);
        }

        if (!units.Any(u => Holds(marks, u, ApologyComponent.Change)))
        {
            parts.Add(ChangePrompt);
        }

        return string.Join(' ', parts);
    }

    /// <summary>The passages kept from the text, in order: whole unflagged sentences, and unflagged clauses with a component.</summary>
    private static List<Unit> KeptUnits(string text, ReadOnlySpan<Token> tokens, List<Mark> marks)
    {
        var units = new List<Unit>();
        var s = 0;
        while (s < tokens.Length)
        {
            var e = s;
            while (e + 1 < tokens.Length && tokens[e + 1].Sentence == tokens[s].Sentence)
            {
                e++;
            }

            if (!Flagged(marks, s, e))
            {
                units.Add(new Unit(s, e, Render(text, tokens, s, e, tokens.Length)));
            }
            else
            {
                var c = s;
                while (c <= e)
                {
                    var d = c;
                    while (d + 1 <= e && tokens[d + 1].Clause == tokens[c].Clause)
                    {
                        d++;
                    }

                    if (!Flagged(marks, c, d) && marks.Any(m => !m.Dropped && m.Section.Target == TargetKind.Component && m.First >= c && m.Last <= d))
                    {
                        var first = c;
                        while (first < d && Connectors.Contains(WordOf(text, tokens[first])))
                        {
                            first++;
                        }

                        units.Add(new Unit(first, d, Render(text, tokens, first, d, d + 1 < tokens.Length ? d + 1 : tokens.Length)));
                    }

                    c = d + 1;
                }
            }

            s = e + 1;
        }

        return units;
    }

    private static bool Flagged(List<Mark> marks, int first, int last) =>
        marks.Any(m => !m.Dropped && m.Section.Target == TargetKind.Flag && m.First <= last && first <= m.Last);

    private static bool Is(Mark mark, ApologyComponent component) =>
        !mark.Dropped && mark.Section.Target == TargetKind.Component && mark.Section.Index == (int)component;

    private static bool Holds(List<Mark> marks, Unit unit, ApologyComponent component) =>
        marks.Any(m => Is(m, component) && m.First >= unit.First && m.Last <= unit.Last);

    /// <summary>True when the unit has words beyond its apology words ("sorry about last night", not just "sorry!").</summary>
    private static bool NamesSomething(List<Mark> marks, Unit unit)
    {
        for (var t = unit.First; t <= unit.Last; t++)
        {
            var covered = marks.Any(m => Is(m, ApologyComponent.Regret) && m.First <= t && t <= m.Last);
            if (!covered)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The text of tokens first..last with the punctuation that closes it; a capital first letter; a full stop when it
    /// ends on a letter or digit. The written words are never changed.
    /// </summary>
    private static string Render(string text, ReadOnlySpan<Token> tokens, int first, int last, int next)
    {
        var start = tokens[first].Start;
        var end = tokens[last].End;
        var limit = next < tokens.Length ? tokens[next].Start : text.Length;
        while (end < limit && text[end] is '.' or '!' or '?' or '…' or ')' or '"' or '\'' or '’' or '”')
        {
            end++;
        }

        var sb = new StringBuilder(text, start, end - start, end - start + 1);
        if (sb.Length > 0 && char.IsLower(sb[0]))
        {
            sb[0] = char.ToUpperInvariant(sb[0]);
        }

        if (sb.Length > 0 && char.IsLetterOrDigit(sb[^1]))
        {
            sb.Append('.');
        }

        return sb.ToString();
    }

    private static string WordOf(string text, Token token) => text.Substring(token.Start, token.Length).ToLowerInvariant();

    /// <summary>The act as it follows "I'm sorry", without the chat sign-offs that end it ("lol", "x").</summary>
    private static string Lower(string act)
    {
        var words = act.Split(' ');
        var count = words.Length;
        while (count > 1 && SignOffs.Contains(words[count - 1].ToLowerInvariant()))
        {
            count--;
        }

        act = string.Join(' ', words, 0, count);
        return act.StartsWith("I ", StringComparison.Ordinal) || act.StartsWith("I'", StringComparison.Ordinal) ? act : char.ToLowerInvariant(act[0]) + act[1..];
    }

    private readonly record struct Unit(int First, int Last, string Text);
}
