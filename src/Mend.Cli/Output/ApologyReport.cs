using System.Text;
using Mend.Analysis.Apologies;
using Mend.Apologies;
using Spectre.Console;

namespace Mend.Cli.Output;

/// <summary>
/// The human view of <c>mend apology</c>: the safety notice first when there is one, the quality and score, the
/// apology with its flags highlighted, each flag with why it takes the apology back, the components present and
/// missing, then the rewrite. User text is always escaped before it meets Spectre markup.
/// </summary>
internal static class ApologyReport
{
    private const string FlagStyle = "bold red";
    private const string ComponentStyle = "green";

    public static void Write(IAnsiConsole console, ApologyAssessment assessment)
    {
        if (assessment.Safety is not null)
        {
            CheckReport.WriteSafety(console, assessment.Safety);
        }

        console.MarkupLine("[bold]Apology[/]");
        console.Write(CheckReport.Indented(Highlight(assessment.Text, assessment.Findings)));
        console.WriteLine();

        var quality = assessment.Quality switch
        {
            ApologyQuality.Good => "[bold green]good[/]",
            ApologyQuality.Weak => "[bold yellow]weak[/]",
            _ => "[bold red]bad[/]",
        };
        var notApology = !assessment.IsApology && assessment.Flags.Count == 0 ? " [dim](not an apology)[/]" : "";
        console.MarkupLine($"[bold]Quality:[/] {quality}{notApology}  [bold]Score:[/] {assessment.Score}/100");
        var parts = ApologyComponents.All.Select(c => assessment.Has(c) ? $"[green]✓ {c.Id()}[/]" : $"[dim]✗ {c.Id()}[/]");
        console.MarkupLine($"[bold]Components:[/] {string.Join("  ", parts)}");

        var flags = assessment.Findings.Where(f => f.IsFlag).ToList();
        if (flags.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine("[bold]What takes it back[/]");
            foreach (var flag in flags)
            {
                console.MarkupLine($"  [{FlagStyle}]{flag.Label}[/]  \"{Markup.Escape(flag.Evidence)}\"");
                console.Write(new Padder(new Markup(Markup.Escape(flag.Explanation))).Padding(4, 0, 0, 0));
            }
        }

        var found = assessment.Findings.Where(f => !f.IsFlag).ToList();
        if (found.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine("[bold]What it does well[/]");
            foreach (var component in found)
            {
                console.MarkupLine($"  [{ComponentStyle}]{component.Label}[/]  \"{Markup.Escape(component.Evidence)}\"");
            }
        }

        if (assessment.Note is { } note)
        {
            console.WriteLine();
            console.Write(new Markup(Markup.Escape(note) + "\n"));
        }

        if (assessment.Rewrite is { } rewrite)
        {
            console.WriteLine();
            console.MarkupLine("[bold]Try[/]");
            console.Write(CheckReport.Indented(Prompts(rewrite)));
            console.MarkupLine("[dim]Words in [[brackets]] are for you to fill in: only you know them.[/]");
        }

        console.WriteLine();
        console.MarkupLine("[dim]These are hints from wording rules, not a judgement of you or of your apology's sincerity.[/]");
    }

    /// <summary>The rewrite as markup, its [prompts] in a colour of their own.</summary>
    private static string Prompts(string rewrite)
    {
        var sb = new StringBuilder();
        var i = 0;
        while (i < rewrite.Length)
        {
            var open = rewrite.IndexOf('[', i);
            var close = open < 0 ? -1 : rewrite.IndexOf(']', open);
            if (close < 0)
            {
                sb.Append(Markup.Escape(rewrite[i..]));
                break;
            }

            sb.Append(Markup.Escape(rewrite[i..open])).Append("[cyan]").Append(Markup.Escape(rewrite[open..(close + 1)])).Append("[/]");
            i = close + 1;
        }

        return sb.ToString();
    }

    /// <summary>The apology as markup: flagged words red, component words green.</summary>
    private static string Highlight(string text, IReadOnlyList<ApologyFinding> findings)
    {
        var styles = new string?[text.Length];
        foreach (var finding in findings.OrderBy(f => f.IsFlag))
        {
            for (var i = finding.Start; i < finding.Start + finding.Length && i < text.Length; i++)
            {
                styles[i] = finding.IsFlag ? FlagStyle : ComponentStyle;
            }
        }

        return StyledText.Markup(text, styles);
    }
}
