using Mend.Analysis.Triage;
using Mend.Repair;
using Mend.Web.Data;
using Mend.Web.Features.Ruptures;
using Mend.Web.Features.Steps;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Mend.Web.Pages.Ruptures;

/// <summary>
/// Triage's reading of a new rupture — the likely cause with a confidence for each, the severity, and why — which the
/// owner confirms or corrects (another cause or severity, and optionally their attachment style) before the plan is
/// built from their choice. Once a step has moved, the plan is kept: correcting would lose that progress. When the
/// description raises a safety concern, the safety notice comes first and no plan is offered.
/// </summary>
public sealed class TriageModel(MendDb db) : PageModel
{
    /// <summary>The rupture.</summary>
    public Rupture? Rupture { get; private set; }

    /// <summary>What triage makes of its description.</summary>
    public TriageResult? Suggestion { get; private set; }

    /// <summary>The current plan, when there is one.</summary>
    public RepairPlan? Plan { get; private set; }

    /// <summary>True once a step of the plan has been started, completed or skipped.</summary>
    public bool Started => Plan is { } plan && plan.Steps.Any(s => s.Status != PlanStepStatus.NotStarted);

    /// <summary>The chosen cause id.</summary>
    [BindProperty]
    public string? Cause { get; set; }

    /// <summary>The chosen severity id.</summary>
    [BindProperty]
    public string? Severity { get; set; }

    /// <summary>The chosen attachment style id, or empty for none.</summary>
    [BindProperty]
    public string? Attachment { get; set; }

    /// <summary>Shows the suggestion and the form, or 404.</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Cause = Rupture!.Cause;
        Severity = Rupture.Severity;
        Attachment = Plan?.Attachment?.Id();
        return Page();
    }

    /// <summary>Builds the plan from the chosen cause, severity and attachment style, then opens the rupture.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Suggestion!.Safety is not null)
        {
            ModelState.AddModelError("", PlanSteps.NoPlan);
            return Page();
        }

        if (Started)
        {
            ModelState.AddModelError("", "The plan has already begun; it is kept as it is so that nothing you did is lost.");
            return Page();
        }

        if (!RepairIds.TryParse(Cause, out RuptureCause cause))
        {
            ModelState.AddModelError(nameof(Cause), "Choose one of the causes.");
        }

        if (!RepairIds.TryParse(Severity, out RuptureSeverity severity))
        {
            ModelState.AddModelError(nameof(Severity), "Choose one of the severities.");
        }

        AttachmentStyle? attachment = null;
        if (!string.IsNullOrEmpty(Attachment))
        {
            if (RepairIds.TryParse(Attachment, out AttachmentStyle style))
            {
                attachment = style;
            }
            else
            {
                ModelState.AddModelError(nameof(Attachment), "Choose one of the attachment styles, or none.");
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Rupture!.Correct(cause, severity, attachment);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("/Ruptures/Detail", new { id });
    }

    /// <summary>A request no handler answers finds nothing here.</summary>
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

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Rupture = await db.Ruptures.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (Rupture is null)
        {
            return false;
        }

        Suggestion = RuptureTriage.Default.Assess(Rupture.Description);
        Plan = Rupture.ReadPlan();
        return true;
    }
}
