using Mend.Analysis;
using Mend.Analysis.Apologies;
using Mend.Analysis.Planning;
using Mend.Repair;
using Mend.Web.Data;
using Mend.Web.Features.Check;
using Mend.Web.Features.Ruptures;
using Mend.Web.Features.Steps;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Mend.Web.Pages.Ruptures;

/// <summary>
/// One step of my plan: its purpose, actions, prompts (and trust milestones on step 6), and its transitions — start,
/// complete with evidence, skip with a reason, reopen — through the plan's own rules, whose messages are shown as
/// they are. Step 3 carries the apology coach and step 4 the reflection check; a passing check completes the step.
/// Anyone but the owner, and any step of a rupture without a plan, gets 404.
/// </summary>
public sealed class StepModel(MendDb db, TimeProvider clock) : PageModel
{
    /// <summary>The rupture whose plan this step belongs to.</summary>
    public Rupture? Rupture { get; private set; }

    /// <summary>The plan.</summary>
    public RepairPlan? Plan { get; private set; }

    /// <summary>The step shown.</summary>
    public PlanStep? Step { get; private set; }

    /// <summary>The evidence for completing the step.</summary>
    [BindProperty]
    public string? Evidence { get; set; }

    /// <summary>The reason for skipping the step.</summary>
    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>The apology (step 3) or reflection (step 4) to check.</summary>
    [BindProperty]
    public string? Text { get; set; }

    /// <summary>The outcome of the last step check, or null.</summary>
    public StepCheck? Check { get; private set; }

    /// <summary>The apology coach's assessment of <see cref="Text"/> on step 3, or null.</summary>
    public ApologyAssessment? Assessment { get; private set; }

    /// <summary>The findings in <see cref="Text"/> on step 4, or null.</summary>
    public CheckView? Findings { get; private set; }

    /// <summary>Where "take a break" comes back to.</summary>
    public string Here => $"/ruptures/{Rupture?.Id}/steps/{Step?.Number}";

    /// <summary>Shows the step, or 404.</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, int n, CancellationToken cancellationToken) =>
        await LoadAsync(id, n, cancellationToken) ? Page() : NotFound();

    /// <summary>Starts the step.</summary>
    public Task<IActionResult> OnPostStartAsync(Guid id, int n, CancellationToken cancellationToken) =>
        RunAsync(id, n, StepAction.Start, null, cancellationToken);

    /// <summary>Completes the step with <see cref="Evidence"/>.</summary>
    public Task<IActionResult> OnPostCompleteAsync(Guid id, int n, CancellationToken cancellationToken) =>
        RunAsync(id, n, StepAction.Complete, Evidence, cancellationToken);

    /// <summary>Skips the step with <see cref="Reason"/>.</summary>
    public Task<IActionResult> OnPostSkipAsync(Guid id, int n, CancellationToken cancellationToken) =>
        RunAsync(id, n, StepAction.Skip, Reason, cancellationToken);

    /// <summary>Reopens the step.</summary>
    public Task<IActionResult> OnPostReopenAsync(Guid id, int n, CancellationToken cancellationToken) =>
        RunAsync(id, n, StepAction.Reopen, null, cancellationToken);

    /// <summary>"Check and complete": the apology coach on step 3, the reflection check on step 4.</summary>
    public async Task<IActionResult> OnPostCheckAsync(Guid id, int n, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, n, cancellationToken) || Step!.Kind is not (RepairStepKind.Apologize or RepairStepKind.Understand))
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(Text) || Text.Length > AnalysisPipeline.MaxMessageLength)
        {
            ModelState.AddModelError(nameof(Text), string.IsNullOrWhiteSpace(Text)
                ? "Write it first."
                : $"It is longer than {AnalysisPipeline.MaxMessageLength:N0} characters; check it in smaller parts.");
            return Page();
        }

        Check = PlanSteps.Check(Rupture!, Step.Kind, Text, clock);
        if (Check.Passed)
        {
            await db.SaveChangesAsync(cancellationToken);
            Plan = Rupture!.ReadPlan()!;
            Step = Plan[Step.Kind];
        }

        if (Step.Kind == RepairStepKind.Apologize)
        {
            Assessment = ApologyCoach.Default.Assess(Text);
        }
        else
        {
            Findings = CheckView.Of(Text);
        }

        return Page();
    }

    /// <summary>A request no handler answers (e.g. a post without a known handler) finds nothing here.</summary>
    public override Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.HandlerMethod is null)
        {
            context.Result = NotFound();
            return Task.CompletedTask;
        }

        return next();
    }

    private async Task<IActionResult> RunAsync(Guid id, int n, StepAction action, string? text, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, n, cancellationToken))
        {
            return NotFound();
        }

        try
        {
            PlanSteps.Apply(Rupture!, Step!.Kind, action, text, clock);
        }
        catch (ArgumentException e)
        {
            ModelState.AddModelError(action == StepAction.Skip ? nameof(Reason) : nameof(Evidence), StepApi.Message(e));
            return Page();
        }
        catch (InvalidOperationException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }

        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id, n });
    }

    private async Task<bool> LoadAsync(Guid id, int n, CancellationToken cancellationToken)
    {
        Rupture = await db.Ruptures.Include(r => r.Notes).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        Plan = Rupture?.ReadPlan();
        Step = Plan is not null && n is >= 1 and <= 7 ? Plan.Steps[n - 1] : null;
        return Step is not null;
    }
}
