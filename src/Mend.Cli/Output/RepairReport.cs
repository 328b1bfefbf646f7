using System.Globalization;
using Mend.Analysis;
using Mend.Analysis.Triage;
using Mend.Repair;
using Spectre.Console;

namespace Mend.Cli.Output;

/// <summary>
/// The human view of <c>mend triage</c> and <c>mend plan</c>: the safety notice first when there is one (and then
/// nothing else), the cause with a confidence bar per cause, the severity and the rationale, then the plan's steps
/// with purpose, actions and prompts, the trust milestones, outside support and the challenges in the person's own
/// messages. User text is always escaped before it meets Spectre markup.
/// </summary>
internal static class RepairReport
{
    private const int BarWidth = 24;

    /// <summary>Writes a triage and the plan built from it; with a safety notice, only the notice.</summary>
    public static void WriteTriage(IAnsiConsole console, TriageResult triage, RepairPlan? plan, SafetyNotice? safety)
    {
        if (safety is not null)
        {
            WriteSafetyOnly(console, safety);
            return;
        }

        console.MarkupLine("[bold]Most likely cause[/]");
        foreach (var (cause, confidence) in triage.Causes)
        {
            var style = cause == triage.Cause ? "bold" : "dim";
            var filled = (int)Math.Round(confidence * BarWidth, MidpointRounding.AwayFromZero);
            var bar = new string('█', filled) + new string('░', BarWidth - filled);
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"  [{style}]{cause.Id(),-20}[/] {bar} {confidence * 100,3:0}%"));
        }

        console.WriteLine();
        console.MarkupLine($"[bold]Severity:[/] {triage.Severity.Id()} [dim]({Describe(triage.Severity)})[/]");
        console.WriteLine();
        console.MarkupLine("[bold]Why[/]");
        console.Write(Indented(Markup.Escape(triage.Rationale)));
        if (plan is not null)
        {
            console.WriteLine();
            WritePlan(console, plan);
        }
    }

    /// <summary>Writes a plan, or only the safety notice when there is one.</summary>
    public static void WritePlanOnly(IAnsiConsole console, RepairPlan? plan, SafetyNotice? safety)
    {
        if (safety is not null || plan is null)
        {
            WriteSafetyOnly(console, safety ?? SafetyNotice.Default);
            return;
        }

        var attachment = plan.Attachment is { } a ? $" · attachment: {a.Id()}" : "";
        console.MarkupLine($"[dim]cause: {plan.Cause.Id()} · severity: {plan.Severity.Id()}{attachment}[/]");
        console.WriteLine();
        WritePlan(console, plan);
    }

    private static void WritePlan(IAnsiConsole console, RepairPlan plan)
    {
        var style = plan.Attachment is { } a ? $", paced for {(a == AttachmentStyle.Anxious ? "an" : "a")} {a.Name()} attachment style" : "";
        console.MarkupLine($"[bold underline]Your repair plan[/] [dim]({Markup.Escape(plan.Cause.Name())}, {plan.Severity.Id()}{Markup.Escape(style)})[/]");
        foreach (var step in plan.Steps)
        {
            console.WriteLine();
            console.MarkupLine($"[bold]{step.Number}. {Markup.Escape(step.Title)}[/] [dim]({step.Kind.Id()}{Status(step)})[/]");
            console.Write(Indented($"[italic]{Markup.Escape(step.Purpose)}[/]"));
            foreach (var action in step.Actions)
            {
                console.Write(Item("-", Markup.Escape(action)));
            }

            foreach (var prompt in step.Prompts)
            {
                console.Write(Item("[green]›[/]", Markup.Escape(prompt)));
            }
        }

        if (plan.Milestones.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine("[bold]Rebuilding trust: milestones[/]");
            foreach (var milestone in plan.Milestones)
            {
                console.Write(Item(string.Create(CultureInfo.InvariantCulture, $"week {milestone.Week,2}"), Markup.Escape(milestone.Description)));
            }
        }

        if (plan.Support is { } support)
        {
            console.WriteLine();
            console.MarkupLine("[bold]Support[/]");
            console.Write(Indented(Markup.Escape(support)));
        }

        if (plan.Challenges.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine("[bold]In your own messages[/]");
            foreach (var challenge in plan.Challenges)
            {
                console.Write(Indented($"[yellow]{challenge.Kind.Id()}[/] \"{Markup.Escape(challenge.Quote)}\""));
                console.Write(Indented(Markup.Escape(challenge.WayThrough), 4));
                if (challenge.BetterWording is { } better)
                {
                    console.Write(Item("[bold]Try:[/]", Markup.Escape(better), 4));
                }
            }
        }

        console.WriteLine();
        console.MarkupLine("[dim]A plan is a guide, not a judgement of you or a diagnosis. Go at the pace the relationship needs.[/]");
    }

    private static void WriteSafetyOnly(IAnsiConsole console, SafetyNotice safety)
    {
        CheckReport.WriteSafety(console, safety);
        console.MarkupLine("Mend does not offer a repair plan here. Please reach out to one of the resources above.");
    }

    private static string Status(PlanStep step) => step.Status == PlanStepStatus.NotStarted ? "" : $", {step.Status.Id()}";

    private static string Describe(RuptureSeverity severity) => severity switch
    {
        RuptureSeverity.Minor => "a small lapse",
        RuptureSeverity.Moderate => "one event that hurt",
        RuptureSeverity.Major => "trust or closeness badly shaken",
        _ => "everyday ruptures piling up over time",
    };

    /// <summary>A marker ("-", "Say:") and text that wraps under itself, not under the marker.</summary>
    private static Padder Item(string marker, string markup, int left = 2) =>
        new Padder(new Grid().AddColumn(new GridColumn().NoWrap().PadRight(1)).AddColumn().AddRow(new Markup(marker), new Markup(markup)))
            .Padding(left, 0, 0, 0);

    private static Padder Indented(string markup, int left = 2) => new Padder(new Markup(markup)).Padding(left, 0, 0, 0);
}
