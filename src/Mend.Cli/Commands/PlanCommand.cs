using System.ComponentModel;
using Mend.Analysis;
using Mend.Analysis.Json;
using Mend.Analysis.Planning;
using Mend.Analysis.Triage;
using Mend.Cli.Json;
using Mend.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mend.Cli.Commands;

/// <summary>
/// <c>mend plan "DESCRIPTION" [--attachment STYLE] [--text "MY MESSAGE"]... [--json]</c>: the seven-step repair
/// plan for one rupture, tailored to its cause, severity and the person's attachment style, with the way through any
/// defensiveness, stonewalling or unresolved emotion their own messages show.
/// </summary>
public sealed class PlanCommand(IAnsiConsole console, StandardStreams streams) : Command<PlanCommand.Settings>, IVerb
{
    /// <summary>The options of <c>mend plan</c>.</summary>
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

        /// <summary>Messages the person wrote about the rupture.</summary>
        [CommandOption("-t|--text <MESSAGE>")]
        [Description("A message you wrote (or mean to send) about it; repeat for several. Mend reads them for defensiveness, stonewalling and old hurts, and shows the way through with a better wording.")]
        public string[] Texts { get; init; } = [];

        /// <summary>Print JSON instead of the human view.</summary>
        [CommandOption("--json")]
        [Description("Print JSON instead of text: {\"plan\":{…},\"safety\":null}, or {\"plan\":null,\"safety\":{…}} when safety is concerned.")]
        public bool Json { get; init; }
    }

    /// <inheritdoc/>
    public static void Register(IConfigurator config) =>
        config.AddCommand<PlanCommand>("plan")
            .WithDescription("A seven-step repair plan for one rupture, paced for your attachment style.")
            .WithExample("plan", "\"I lied to her about the money\"", "--attachment", "avoidant")
            .WithExample("plan", "\"I was late again and didn't text\"", "--text", "\"why are you making such a big deal of it\"", "--json");

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (RepairInput.Validate(settings.Description, settings.Attachment, out var style) is { } error)
        {
            streams.Error.MarkupLine($"[red]{Markup.Escape(error)}[/]");
            return 2;
        }

        if (settings.Texts.FirstOrDefault(t => t.Length > AnalysisPipeline.MaxMessageLength) is not null)
        {
            streams.Error.MarkupLine($"[red]A --text message is longer than {AnalysisPipeline.MaxMessageLength:N0} characters; give it in smaller parts.[/]");
            return 2;
        }

        var triage = RuptureTriage.Default.Assess(settings.Description);
        var result = PlanBuilder.Default.Build(triage, style, settings.Texts);
        if (settings.Json)
        {
            JsonLineWriter.WriteTo(streams.Output, PlanJson.From(result), MendRepairJsonContext.Default.PlanJson);
        }
        else
        {
            RepairReport.WritePlanOnly(console, result.Plan, result.Safety);
        }

        return 0;
    }
}
