using System.ComponentModel;
using System.Globalization;
using Mend.Analysis;
using Mend.Analysis.Apologies;
using Mend.Analysis.Json;
using Mend.Cli.Batch;
using Mend.Cli.Json;
using Mend.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mend.Cli.Commands;

/// <summary>
/// <c>mend apology [TEXT] [--json]</c>: checks an apology before it is sent — what it holds (regret, responsibility,
/// impact, amends, change), what takes it back (conditional, other-focused, "but", minimising, blame, passive
/// voice), a quality and a score, and a rewrite that owns the act. Without TEXT it reads standard input, one
/// apology per line, and writes JSON lines.
/// </summary>
public sealed class ApologyCommand(IAnsiConsole console, StandardStreams streams) : Command<ApologyCommand.Settings>, IVerb
{
    /// <summary>The options of <c>mend apology</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The apology; null to read apologies from standard input.</summary>
        [CommandArgument(0, "[TEXT]")]
        [Description(
            "The apology to check. Leave it out to check standard input: one apology per line in, one JSON object per line "
            + "out, in the same order. A line that cannot be checked (invalid UTF-8, over 10,000 characters) gives "
            + "{\"line\":N,\"error\":\"...\"} and the run goes on.")]
        public string? Text { get; init; }

        /// <summary>Print the JSON contract instead of the human view.</summary>
        [CommandOption("--json")]
        [Description(
            "Print JSON instead of text: {\"text\",\"components\",\"flags\",\"quality\",\"score\",\"missing\",\"findings\","
            + "\"rewrite\",\"safety\",\"note\"}. Standard input always gives JSON lines.")]
        public bool Json { get; init; }
    }

    /// <inheritdoc/>
    public static void Register(IConfigurator config) =>
        config.AddCommand<ApologyCommand>("apology")
            .WithDescription("Check an apology before you send it: what it owns, what takes it back, and a stronger wording.")
            .WithExample("apology", "\"I'm sorry if you were upset that I skipped your work party\"")
            .WithExample("apology", "--json", "\"sorry, but you knew I had work that night\"")
            .WithExample("apology", "<", "drafts.txt", ">", "assessments.jsonl");

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Text is null)
        {
            return CheckStandardInput(cancellationToken);
        }

        if (settings.Text.Length > AnalysisPipeline.MaxMessageLength)
        {
            if (settings.Json)
            {
                JsonLineWriter.WriteTo(streams.Output, new ErrorJson(null, $"apology longer than {AnalysisPipeline.MaxMessageLength} characters"), MendJsonContext.Default.ErrorJson);
            }
            else
            {
                console.MarkupLine($"[red]The apology is longer than {AnalysisPipeline.MaxMessageLength.ToString("N0", CultureInfo.InvariantCulture)} characters.[/] Check it in smaller parts.");
            }

            return 1;
        }

        if (string.IsNullOrWhiteSpace(settings.Text))
        {
            streams.Error.MarkupLine("[red]The apology is empty.[/] Write the apology you mean to send: mend apology \"TEXT\"");
            return 2;
        }

        var assessment = ApologyCoach.Default.Assess(settings.Text);
        if (settings.Json)
        {
            JsonLineWriter.WriteTo(streams.Output, ApologyJson.From(assessment), ApologyJsonContext.Default.ApologyJson);
        }
        else
        {
            ApologyReport.Write(console, assessment);
        }

        return 0;
    }

    private int CheckStandardInput(CancellationToken cancellationToken)
    {
        var coach = ApologyCoach.Default;
        using var checker = new BatchChecker((text, writer) => writer.Write(ApologyJson.From(coach.Assess(text)), ApologyJsonContext.Default.ApologyJson));
        if (streams.ErrorIsInteractive && streams.InputIsInteractive)
        {
            streams.Error.MarkupLine("[dim]Checking standard input, one apology per line; end with Ctrl+D (Ctrl+Z on Windows).[/]");
        }

        var summary = checker.Run(streams.Input, streams.Output, progress: null, cancellationToken);
        if (streams.ErrorIsInteractive)
        {
            var lines = summary.Lines == 1 ? "apology" : "apologies";
            var errors = summary.Errors == 0
                ? "no errors"
                : string.Create(CultureInfo.InvariantCulture, $"[yellow]{summary.Errors:N0} {(summary.Errors == 1 ? "line" : "lines")} could not be checked[/] (see their \"error\" objects)");
            streams.Error.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"Checked {summary.Lines:N0} {lines}; {errors}."));
        }

        return 0;
    }
}
