using System.ComponentModel;
using Mend.Analysis.Json;
using Mend.Analysis.Planning;
using Mend.Analysis.Triage;
using Mend.Cli.Json;
using Mend.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mend.Cli.Commands;

/// <summary>
/// <c>mend triage "DESCRIPTION" [--attachment STYLE] [--json]</c>: the most likely cause of a rupture with a
/// confidence for each of the four, its severity, why (quoting the deciding words), and the seven-step plan.
/// </summary>
public sealed class TriageCommand(IAnsiConsole console, StandardStreams streams) : Command<TriageCommand.Settings>, IVerb
{
    /// <summary>The options of <c>mend triage</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>What happened, in the person's words.</summary>
        [CommandArgument(0, "<DESCRIPTION>")]
        [Description("What happened, in your own words: who, what, and whether it keeps happening. One to a few sentences.")]
        public string Description { get; init; } = "";

        /// <summary>The person's attachment style, to pace the plan.</summary>
        [CommandOption("-a|--attachment <STYLE>")]
        [Description("Your attachment style, to pace the plan: secure, anxious, avoidant or fearful_avoidant (fearful-avoidant works too).")]
        public string? Attachment { get; init; }

        /// <summary>Print the JSON contract instead of the human view.</summary>
        [CommandOption("--json")]
        [Description("Print JSON instead of text: {\"cause\",\"causes\",\"severity\",\"rationale\",\"plan\",\"safety\"}; causes gives each cause's id and confidence.")]
        public bool Json { get; init; }
    }

    /// <inheritdoc/>
    public static void Register(IConfigurator config) =>
        config.AddCommand<TriageCommand>("triage")
            .WithDescription("Triage a rupture: its most likely cause, how severe it is, why, and a repair plan.")
            .WithExample("triage", "\"I promised to help her move and cancelled the night before\"")
            .WithExample("triage", "--json", "\"he keeps forgetting to ask how my day was, for months now\"");

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (RepairInput.Validate(settings.Description, settings.Attachment, out var style) is { } error)
        {
            streams.Error.MarkupLine($"[red]{Markup.Escape(error)}[/]");
            return 2;
        }

        var triage = RuptureTriage.Default.Assess(settings.Description);
        var plan = PlanBuilder.Default.Build(triage, style);
        if (settings.Json)
        {
            JsonLineWriter.WriteTo(streams.Output, TriageJson.From(triage, plan), MendRepairJsonContext.Default.TriageJson);
        }
        else
        {
            RepairReport.WriteTriage(console, triage, plan.Plan, triage.Safety ?? plan.Safety);
        }

        return 0;
    }
}
