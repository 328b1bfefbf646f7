using Mend.Analysis;
using Mend.Analysis.Triage;
using Mend.Repair;
using Mend.Web.Data;
using Mend.Web.Features.Ruptures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Mend.Web.Pages.Ruptures;

/// <summary>One of my ruptures with its notes; anyone else gets 404.</summary>
public sealed class DetailModel(MendDb db, TimeProvider clock) : PageModel
{
    /// <summary>The rupture shown.</summary>
    public Rupture? Rupture { get; private set; }

    /// <summary>The repair plan, when there is one.</summary>
    public RepairPlan? Plan => Rupture?.Plan is { } json ? RepairPlan.FromJson(json) : null;

    /// <summary>The safety notice for the description, shown first; null when there is none.</summary>
    public SafetyNotice? Safety => Rupture is { } r ? RuptureTriage.Default.Assess(r.Description).Safety : null;

    /// <summary>A new note's text.</summary>
    [BindProperty]
    public string? Note { get; set; }

    /// <summary>Whether the new note is private.</summary>
    [BindProperty]
    public bool Private { get; set; } = true;

    /// <summary>Shows the rupture, or 404.</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    /// <summary>Adds a note, or 404.</summary>
    public async Task<IActionResult> OnPostNoteAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Features.Ruptures.Text.Problem(Note, Features.Ruptures.Note.MaxTextLength) is { } problem)
        {
            ModelState.AddModelError(nameof(Note), problem);
            return Page();
        }

        db.Notes.Add(Rupture!.AddNote(db.UserId!, Note!, Private, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id });
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

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Rupture = await db.Ruptures.Include(r => r.Notes).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        return Rupture is not null;
    }
}
