using System.ComponentModel;
using System.Text;
using System.Text.Json;
using Mend.Analysis.Conversations;
using Mend.Analysis.Json;
using Mend.Cli.Json;
using Mend.Cli.Output;
using Mend.Import;
using Mend.Reports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mend.Cli.Commands;

/// <summary>
/// <c>mend analyze FILE [--format F] [--json] [--html report.html]</c>: reads a chat export and shows where ruptures
/// happened, who repaired them and how fast, the balance of kind and hurtful messages over time, and recurring
/// cycles, with any safety concern first.
/// </summary>
public sealed class AnalyzeCommand(IAnsiConsole console, StandardStreams streams) : Command<AnalyzeCommand.Settings>, IVerb
{
    /// <summary>How many skipped lines are listed (all are counted).</summary>
    internal const int DiagnosticsShown = 10;

    /// <summary>The options of <c>mend analyze</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The export: a file, a zip or a folder.</summary>
        [CommandArgument(0, "<FILE>")]
        [Description("The chat export: a WhatsApp .txt or .zip, a Telegram/Messenger/Instagram/Discord JSON, a signal-export Markdown, a CSV or JSONL file, or a folder holding one.")]
        public string File { get; init; } = "";

        /// <summary>Forces a format instead of detecting it.</summary>
        [CommandOption("--format <FORMAT>")]
        [Description("Read the export as this format instead of detecting it: whatsapp, telegram, messenger, instagram, signal, discord, csv, jsonl.")]
        public string? Format { get; init; }

        /// <summary>Print the JSON contract instead of the human view.</summary>
        [CommandOption("--json")]
        [Description("Print JSON instead of text: {\"format\",\"messages\",\"participants\",\"first\",\"last\",\"safety\",\"episodes\",\"cycles\",\"periods\",\"diagnostics\",...}.")]
        public bool Json { get; init; }

        /// <summary>Also write the HTML report to this path.</summary>
        [CommandOption("--html <PATH>")]
        [Description("Also write a self-contained HTML report to PATH (charts included; it opens offline and prints well).")]
        public string? Html { get; init; }
    }

    /// <inheritdoc/>
    public static void Register(IConfigurator config) =>
        config.AddCommand<AnalyzeCommand>("analyze")
            .WithDescription("Look back over a chat export: hard moments and their repair, the balance of kind and hurtful messages over time, recurring cycles.")
            .WithExample("analyze", "\"WhatsApp Chat with Sam.zip\"")
            .WithExample("analyze", "chat.txt", "--html", "report.html")
            .WithExample("analyze", "--json", "--format", "telegram", "result.json");

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ChatFormat? format = null;
        if (settings.Format is not null)
        {
            if (!ChatFormats.TryParse(settings.Format, out var parsed))
            {
                return Fail($"Unknown format \"{settings.Format}\". Formats: {string.Join(", ", ChatFormats.All.Select(f => f.Id()))}.");
            }

            format = parsed;
        }

        if (!System.IO.File.Exists(settings.File) && !Directory.Exists(settings.File))
        {
            return Fail($"No such file or folder: {settings.File}");
        }

        ConversationReport report;
        ChatImport import;
        try
        {
            import = ChatImport.Open(settings.File, format);
        }
        catch (ChatImportException e)
        {
            return Fail(e.Describe());
        }

        using (import)
        {
            try
            {
                report = Analyze(import, cancellationToken);
            }
            catch (ChatImportException e)
            {
                return Fail(e.Describe());
            }

            var diagnostics = new DiagnosticsJson(
                import.Diagnostics.Count,
                [.. import.Diagnostics.Issues.Take(DiagnosticsShown).Select(i => new DiagnosticJson(i.Line, i.Reason))]);
            if (settings.Html is { } html)
            {
                try
                {
                    using var writer = new StreamWriter(html, append: false, new UTF8Encoding(false));
                    HtmlReport.Write(report, writer, import.Name);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    return Fail($"Cannot write the HTML report to {html}: {e.Message}");
                }
            }

            if (settings.Json)
            {
                using var json = new Utf8JsonWriter(streams.Output, MendJsonContext.WriterOptions);
                JsonSerializer.Serialize(json, AnalyzeJson.From(report, import.Format.Id(), diagnostics), AnalyzeJsonContext.Default.AnalyzeJson);
                json.Flush();
                streams.Output.Write("\n"u8);
                streams.Output.Flush();
            }
            else
            {
                AnalyzeReport.Write(console, report, import.Format.Id(), diagnostics);
                if (settings.Html is { } written)
                {
                    console.MarkupLineInterpolated($"The HTML report is in [bold]{written}[/].");
                }
            }
        }

        return 0;
    }

    private ConversationReport Analyze(ChatImport import, CancellationToken cancellationToken)
    {
        var analyzer = new ConversationAnalyzer();
        if (!streams.ErrorIsInteractive || import.Length is not { } total || total == 0)
        {
            return analyzer.Analyze(import.Messages, cancellationToken: cancellationToken);
        }

        ConversationReport? report = null;
        streams.Error.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask($"Reading {Markup.Escape(import.Name)}", maxValue: total);
                report = analyzer.Analyze(import.Messages, _ => task.Value = import.Position, cancellationToken);
                task.Value = total;
            });
        return report!;
    }

    private int Fail(string message)
    {
        streams.Error.MarkupLineInterpolated($"[red]mend analyze:[/] {message}");
        return 1;
    }
}
