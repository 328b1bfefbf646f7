using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Mend.Analysis;
using Mend.Analysis.Json;
using Mend.Analysis.Learned;
using Mend.Cli.Batch;
using Mend.Cli.Json;
using Mend.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mend.Cli.Commands;

/// <summary>
/// <c>mend check [TEXT] [--json]</c>: flags what harms repair in a message (criticism, contempt, defensiveness,
/// stonewalling, generalisations, non-apologies, safety concerns) and what helps it, and explains each finding.
/// Without TEXT it checks standard input, one message per line, and writes JSON lines.
/// </summary>
public sealed class CheckCommand(IAnsiConsole console, StandardStreams streams) : Command<CheckCommand.Settings>, IVerb
{
    /// <summary>The options of <c>mend check</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The message; null to read messages from standard input.</summary>
        [CommandArgument(0, "[TEXT]")]
        [Description(
            "The message to check. Leave it out to check standard input: one message per line in, one JSON object per line "
            + "out, in the same order. A line that cannot be checked (invalid UTF-8, over 10,000 characters) gives "
            + "{\"line\":N,\"error\":\"...\"} and the run goes on; the exit code stays 0, and on a terminal a last line on "
            + "standard error counts the errors.")]
        public string? Text { get; init; }

        /// <summary>Print the JSON contract instead of the human view.</summary>
        [CommandOption("--json")]
        [Description("Print JSON instead of text: {\"text\",\"labels\",\"findings\",\"safety\"}. Standard input always gives JSON lines.")]
        public bool Json { get; init; }

        /// <summary>Also ask the learned second opinion.</summary>
        [CommandOption("--second-opinion")]
        [Description(
            "Also ask Mend's learned second opinion (a small model trained on Mend's own examples) about labels the rules "
            + "did not find, and which of the rules' labels it doubts (never a safety concern). It is shown apart from the rules' findings, names no words, and offers no wording; if it hears a "
            + "safety concern, the safety notice is shown. For a single message only.")]
        public bool SecondOpinion { get; init; }
    }

    /// <inheritdoc/>
    public static void Register(IConfigurator config) =>
        config.AddCommand<CheckCommand>("check")
            .WithDescription("Check a message before you send it: what harms repair, what helps, and better wording.")
            .WithExample("check", "\"you never listen, you're so selfish\"")
            .WithExample("check", "--json", "\"I'm sorry I forgot your birthday\"")
            .WithExample("check", "<", "messages.txt", ">", "results.jsonl");

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Text is null)
        {
            if (settings.SecondOpinion)
            {
                streams.Error.MarkupLine("[red]--second-opinion works on a single message:[/] mend check --second-opinion \"TEXT\"");
                return 2;
            }

            return CheckStandardInput(cancellationToken);
        }

        var pipeline = AnalysisPipeline.Default;
        if (settings.Text.Length > AnalysisPipeline.MaxMessageLength)
        {
            var error = $"message longer than {AnalysisPipeline.MaxMessageLength} characters";
            if (settings.Json)
            {
                JsonLineWriter.WriteTo(streams.Output, new ErrorJson(null, error), MendJsonContext.Default.ErrorJson);
            }
            else
            {
                console.MarkupLine($"[red]The message is longer than {AnalysisPipeline.MaxMessageLength.ToString("N0", CultureInfo.InvariantCulture)} characters.[/] Check it in smaller parts.");
            }

            return 1;
        }

        var result = pipeline.Analyze(settings.Text);
        var opinion = settings.SecondOpinion ? Opinion(result) : null;
        var doubts = settings.SecondOpinion ? Doubts(result) : null;
        if (settings.Json)
        {
            JsonLineWriter.WriteTo(streams.Output, CheckJson.From(result, opinion, doubts), MendJsonContext.Default.CheckJson);
        }
        else
        {
            CheckReport.Write(console, result, opinion, doubts);
        }

        return 0;
    }

    /// <summary>The labels the learned model is confident of that the rules did not report.</summary>
    private static IReadOnlyList<(MessageLabel Label, float Confidence)> Opinion(AnalysisResult result) =>
        SecondOpinion.Shipped is { } model
            ? model.Confident(result)
            : [];

    /// <summary>The rules' labels the learned model finds very unlikely (never a safety concern).</summary>
    private static IReadOnlyList<(MessageLabel Label, float Confidence)> Doubts(AnalysisResult result) =>
        SecondOpinion.Shipped is { } model
            ? model.Doubted(result)
            : [];

    private int CheckStandardInput(CancellationToken cancellationToken)
    {
        using var checker = new BatchChecker(AnalysisPipeline.Default);
        if (!streams.ErrorIsInteractive)
        {
            checker.Run(streams.Input, streams.Output, progress: null, cancellationToken);
            return 0;
        }

        if (streams.InputIsInteractive)
        {
            streams.Error.MarkupLine("[dim]Checking standard input, one message per line; end with Ctrl+D (Ctrl+Z on Windows).[/]");
        }

        var stopwatch = Stopwatch.StartNew();
        BatchSummary summary;
        if (streams.OutputIsInteractive)
        {
            summary = checker.Run(streams.Input, streams.Output, progress: null, cancellationToken);
        }
        else
        {
            summary = default;
            streams.Error.Status().Start("Checking messages…", status =>
            {
                summary = checker.Run(streams.Input, streams.Output, progress: totals =>
                    status.Status(Describe(totals, stopwatch.Elapsed)), cancellationToken);
            });
        }

        var errors = summary.Errors == 0
            ? "no errors"
            : string.Create(CultureInfo.InvariantCulture, $"[yellow]{summary.Errors:N0} {(summary.Errors == 1 ? "line" : "lines")} could not be checked[/] (see their \"error\" objects)");
        streams.Error.MarkupLine($"{Describe(summary, stopwatch.Elapsed)}; {errors}.");
        return 0;
    }

    private static string Describe(BatchSummary totals, TimeSpan elapsed)
    {
        var rate = totals.Lines / Math.Max(elapsed.TotalSeconds, 1e-3);
        var lines = totals.Lines == 1 ? "line" : "lines";
        return string.Create(CultureInfo.InvariantCulture, $"Checked {totals.Lines:N0} {lines} in {elapsed.TotalSeconds:0.0} s ({rate:N0} lines/s)");
    }
}
