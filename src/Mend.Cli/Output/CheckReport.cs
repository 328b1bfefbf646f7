using Mend.Analysis;
using Spectre.Console;

namespace Mend.Cli.Output;

/// <summary>
/// The human view of <c>mend check</c>: the safety notice first when there is one, the message with its findings
/// highlighted, then each finding with the words that triggered it, why it matters and, for harmful labels, a
/// better wording. User text is always escaped before it meets Spectre markup.
/// </summary>
internal static class CheckReport
{
    private const string Harmful = "bold red";
    private const string Helpful = "bold green";
    private const string Safety = "bold white on red";

    public static void Write(IAnsiConsole console, AnalysisResult result) =>
        Write(console, result.Text, result.Labels, result.Findings, result.Safety);

    /// <summary>
    /// Writes the report, then what the learned second opinion adds and which of the rules' labels it doubts (apart
    /// from the rules' findings). A safety concern heard only by the second opinion still brings the safety notice first.
    /// </summary>
    public static void Write(IAnsiConsole console, AnalysisResult result, IReadOnlyList<(MessageLabel Label, float Confidence)>? opinion, IReadOnlyList<(MessageLabel Label, float Confidence)>? doubts = null)
    {
        if (opinion is null)
        {
            Write(console, result);
            return;
        }

        var safety = result.Safety ?? (opinion.Any(o => o.Label == MessageLabel.SafetyConcern) ? SafetyNotice.Default : null);
        Write(console, result.Text, result.Labels, result.Findings, safety);
        console.WriteLine();
        doubts ??= [];
        if (opinion.Count == 0 && doubts.Count == 0)
        {
            console.MarkupLine("[bold]Second opinion[/] [dim](learned, not a rule)[/]: nothing to add.");
            return;
        }

        console.MarkupLine("[bold]Second opinion[/] [dim](learned from Mend's own examples, not a rule; it names no words)[/]");
        foreach (var (label, confidence) in opinion)
        {
            console.Write(Indented(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"may also carry {Label(label)} [dim](confidence {confidence:0.00})[/]")));
        }

        foreach (var (label, confidence) in doubts)
        {
            console.Write(Indented(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"doubts {Label(label)} [dim](it gives it {confidence:0.00}; read that finding with care)[/]")));
        }
    }

    /// <summary>Writes the report for a message's findings (the pieces of an <see cref="AnalysisResult"/>).</summary>
    public static void Write(IAnsiConsole console, string text, IReadOnlyList<MessageLabel> labels, IReadOnlyList<Finding> findings, SafetyNotice? safety)
    {
        if (safety is not null)
        {
            WriteSafety(console, safety);
        }

        console.MarkupLine("[bold]Message[/]");
        console.Write(Indented(Highlight(text, findings)));
        console.WriteLine();

        if (findings.Count == 0)
        {
            console.MarkupLine("No labels found. Nothing in this message harms or helps repair, as far as Mend's rules can tell.");
            return;
        }

        console.MarkupLine($"[bold]Labels:[/] {string.Join(", ", labels.Select(Label))}");
        foreach (var finding in findings)
        {
            console.WriteLine();
            console.MarkupLine($"{Label(finding.Label)} [dim]({(finding.Label.IsHarmful() ? "harmful" : "helpful")})[/]  \"{Markup.Escape(finding.Evidence)}\"");
            console.Write(Indented(Markup.Escape(finding.Explanation)));
            if (safety is null && finding.Suggestion is { } suggestion)
            {
                console.Write(Indented($"[bold]Try:[/] {Markup.Escape(suggestion)}"));
            }
        }

        console.WriteLine();
        console.MarkupLine("[dim]These findings are hints from wording rules, not a judgement of you or a diagnosis.[/]");
    }

    internal static void WriteSafety(IAnsiConsole console, SafetyNotice safety)
    {
        var resources = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(1)).AddColumn();
        foreach (var resource in safety.Resources)
        {
            resources.AddRow(new Text("-"), new Text(resource));
        }

        console.Write(new Panel(new Rows(new Text(safety.Message), Text.Empty, resources))
            .Header("[bold red] Your safety comes first [/]")
            .BorderColor(Color.Red)
            .Border(BoxBorder.Heavy)
            .Padding(1, 0));
        console.WriteLine();
    }

    /// <summary>The message as markup, each character styled by the strongest finding covering it.</summary>
    private static string Highlight(string text, IReadOnlyList<Finding> findings)
    {
        var styles = new string?[text.Length];
        foreach (var finding in findings)
        {
            var style = StyleOf(finding.Label);
            for (var i = finding.Start; i < finding.Start + finding.Length && i < text.Length; i++)
            {
                if (Rank(style) > Rank(styles[i]))
                {
                    styles[i] = style;
                }
            }
        }

        return StyledText.Markup(text, styles);
    }

    private static string Label(MessageLabel label) => $"[{StyleOf(label)}]{label.Id()}[/]";

    private static string StyleOf(MessageLabel label) => label switch
    {
        MessageLabel.SafetyConcern => Safety,
        _ when label.IsHarmful() => Harmful,
        _ => Helpful,
    };

    private static int Rank(string? style) => style switch
    {
        Safety => 3,
        Harmful => 2,
        Helpful => 1,
        _ => 0,
    };

    internal static Padder Indented(string markup) => new Padder(new Markup(markup)).Padding(2, 0, 0, 0);
}
