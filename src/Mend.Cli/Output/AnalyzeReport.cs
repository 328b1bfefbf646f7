using System.Globalization;
using Mend.Analysis.Conversations;
using Mend.Analysis.Json;
using Mend.Reports;
using Spectre.Console;

namespace Mend.Cli.Output;

/// <summary>
/// The human view of <c>mend analyze</c>: a safety panel first when any message raised a concern, then a summary,
/// each participant, the hard moments, and the defensiveness → withdrawal → outburst cycles. Chat text is always
/// escaped before it meets Spectre markup.
/// </summary>
internal static class AnalyzeReport
{
    /// <summary>Hard moments listed; the rest are counted.</summary>
    private const int EpisodesShown = 10;

    public static void Write(IAnsiConsole console, ConversationReport report, string format, DiagnosticsJson diagnostics)
    {
        if (report.Safety is { } safety)
        {
            WriteSafety(console, safety);
        }

        WriteSummary(console, report, format, diagnostics);
        if (report.Participants.Count > 0)
        {
            WriteParticipants(console, report);
        }

        WriteEpisodes(console, report);
        WriteCycles(console, report);
        console.MarkupLine("[dim]Couples who stay happy keep about 5 kind messages for each hurtful one, even in conflict. These are findings about messages, not a diagnosis.[/]");
    }

    private static void WriteSafety(IAnsiConsole console, SafetyFindings safety)
    {
        var lines = new List<string>
        {
            $"[bold]{Count(safety.Messages, "message")} in this chat mention harm, threats, control or monitoring.[/]",
            Markup.Escape(safety.Notice.Message),
            "",
        };
        lines.AddRange(safety.Notice.Resources.Select(r => "• " + Markup.Escape(r)));
        lines.Add("");
        lines.AddRange(safety.Examples.Take(3).Select(Quote));
        console.Write(new Panel(new Markup(string.Join('\n', lines))).Header("[bold white on red] Safety first [/]").BorderColor(Color.Red).Expand());
        console.WriteLine();
    }

    private static void WriteSummary(IAnsiConsole console, ConversationReport report, string format, DiagnosticsJson diagnostics)
    {
        var table = new Table().Border(TableBorder.Rounded).HideHeaders().AddColumn("").AddColumn("");
        table.AddRow("Format", format);
        table.AddRow("Messages", Number(report.Messages) + (report.MediaMessages > 0 ? $" ({Number(report.MediaMessages)} media)" : ""));
        if (report.First is { } first && report.Last is { } last)
        {
            table.AddRow("From", $"{first.ToIso()} to {last.ToIso()}");
        }

        table.AddRow("People", Markup.Escape(string.Join(", ", report.Participants.Take(6).Select(p => p.Name)) + (report.Participants.Count > 6 ? $" and {report.Participants.Count - 6} more" : "")));
        table.AddRow("Hard moments", report.EpisodeCount == 0 ? "none" : $"{Number(report.EpisodeCount)}: {Number(report.RepairedEpisodes)} repaired, {Number(report.FadedEpisodes)} faded, {Number(report.OpenEpisodes)} open");
        table.AddRow("Cycles", report.CycleCount == 0 ? "none" : Number(report.CycleCount));
        if (diagnostics.Skipped > 0)
        {
            table.AddRow("[yellow]Skipped[/]", Count(diagnostics.Skipped, "line") + ": " + Markup.Escape(string.Join("; ", diagnostics.Issues.Take(3).Select(i => string.Create(CultureInfo.InvariantCulture, $"line {i.Line}: {i.Reason}")))));
        }

        console.Write(table);
    }

    private static void WriteParticipants(IAnsiConsole console, ConversationReport report)
    {
        var table = new Table().Border(TableBorder.Simple).Title("[bold]Each person[/]")
            .AddColumn("Name").AddColumn(new TableColumn("Messages").RightAligned()).AddColumn(new TableColumn("Balance").RightAligned())
            .AddColumn(new TableColumn("In conflict").RightAligned()).AddColumn(new TableColumn("Repairs").RightAligned())
            .AddColumn(new TableColumn("Reply").RightAligned()).AddColumn(new TableColumn("Pulling away").RightAligned());
        foreach (var p in report.Participants)
        {
            table.AddRow(
                Markup.Escape(p.Name),
                Compact(p.Messages),
                Ratio(p.Ratio, p.Negative),
                Ratio(p.ConflictRatio, p.ConflictNegative),
                $"{Compact(p.RepairAttemptsAnswered)}/{Compact(p.RepairAttempts)}",
                p.MedianReplyLatency is { } latency ? Short(latency) : "–",
                Compact(p.LongSilences + p.OneWordReplies + p.Count(MessageLabel.Stonewalling)));
        }

        console.Write(table);
        console.MarkupLine("[dim]Balance: kind messages per hurtful one (in conflict: during hard moments). Repairs: answered/made. Reply: typical reply time.[/]");
        console.MarkupLine("[dim]Pulling away: long silences after a complaint or a bid, one-word replies in conflict, and shutting-down messages.[/]");
        console.WriteLine();
    }

    private static void WriteEpisodes(IAnsiConsole console, ConversationReport report)
    {
        if (report.EpisodeCount == 0)
        {
            console.MarkupLine("[bold]Hard moments[/]: none found (no hurtful messages close together, no reaching-out left unanswered).");
            console.WriteLine();
            return;
        }

        var table = new Table().Border(TableBorder.Simple).Title("[bold]Hard moments[/]")
            .AddColumn("Started").AddColumn("By").AddColumn("Ended").AddColumn("Repaired by").AddColumn(new TableColumn("After").RightAligned());
        foreach (var e in report.Episodes.Take(EpisodesShown))
        {
            table.AddRow(
                e.Start.ToIso().Replace('T', ' ')[..16],
                Markup.Escape(e.StartedBy),
                e.Outcome switch { EpisodeOutcome.Repaired => "[green]repaired[/]", EpisodeOutcome.Faded => "faded", _ => "[yellow]open[/]" },
                e.RepairedBy is null ? "–" : Markup.Escape(e.RepairedBy),
                e.TimeToRepair is { } t ? Short(t) : "–");
        }

        console.Write(table);
        if (report.EpisodeCount > EpisodesShown)
        {
            console.MarkupLine($"[dim]… and {Number(report.EpisodeCount - EpisodesShown)} more: see --json or --html.[/]");
        }

        console.WriteLine();
    }

    private static void WriteCycles(IAnsiConsole console, ConversationReport report)
    {
        if (report.CycleCount == 0)
        {
            return;
        }

        console.MarkupLine($"[bold]Defending → pulling away → boiling over[/]: {(report.CycleCount == 1 ? "once" : Number(report.CycleCount) + " times")}. For example:");
        var cycle = report.Cycles[0];
        console.MarkupLine("  " + Quote(cycle.Defensive));
        console.MarkupLine("  " + (cycle.Silence is { } silence ? $"[dim](silence of {HtmlReport.FormatDuration(silence)})[/] " : "") + Quote(cycle.Withdrawal));
        console.MarkupLine("  " + Quote(cycle.Outburst));
        console.WriteLine();
    }

    private static string Quote(KeyMessage message)
    {
        var text = message.Text.ReplaceLineEndings(" ");
        if (text.Length > 100)
        {
            text = text[..99] + "…";
        }

        return $"[dim]{Markup.Escape(message.Time.ToIso().Replace('T', ' ')[..16])} {Markup.Escape(message.Sender)}:[/] \"{Markup.Escape(text)}\"";
    }

    private static string Ratio(double? ratio, long negative) => ratio is { } r ? r.ToString("0.0", CultureInfo.InvariantCulture) + " : 1" : negative == 0 ? "–" : "0 : 1";

    /// <summary>A duration in a table cell: "40 s", "12 min", "3 h", "2 d".</summary>
    internal static string Short(TimeSpan d) => d.TotalMinutes < 1
        ? $"{Math.Round(d.TotalSeconds):0} s"
        : d.TotalHours < 1 ? $"{Math.Round(d.TotalMinutes):0} min" : d.TotalDays < 2 ? $"{Math.Round(d.TotalHours):0} h" : $"{Math.Round(d.TotalDays):0} d";

    /// <summary>A count in a narrow column: exact below 10,000, then "12.3k", "1.2M".</summary>
    internal static string Compact(long n) => n switch
    {
        < 10_000 => Number(n),
        < 1_000_000 => (n / 1000.0).ToString("0.#", CultureInfo.InvariantCulture) + "k",
        _ => (n / 1_000_000.0).ToString("0.#", CultureInfo.InvariantCulture) + "M",
    };

    private static string Number(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Count(long n, string noun) => $"{Number(n)} {noun}{(n == 1 ? "" : "s")}";
}
