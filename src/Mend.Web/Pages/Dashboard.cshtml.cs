using Mend.Web.Data;
using Mend.Web.Features.Import;
using Mend.Web.Features.Ruptures;
using Mend.Web.Features.Steps;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Mend.Web.Pages;

/// <summary>
/// The signed-in person's ruptures, newest first, the plans in progress, what is due (the next step of each plan and
/// the trust milestones falling due), and the form that describes a new one.
/// </summary>
public sealed class DashboardModel(MendDb db, TimeProvider clock) : PageModel
{
    /// <summary>The new rupture's description.</summary>
    [BindProperty]
    public string? Description { get; set; }

    /// <summary>My ruptures, newest first.</summary>
    public IReadOnlyList<Rupture> Ruptures { get; private set; } = [];

    /// <summary>The plans with at least one step still open, newest rupture first.</summary>
    public IReadOnlyList<PlanProgress> InProgress { get; private set; } = [];

    /// <summary>Now, for what is due.</summary>
    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>The chat reports I kept, newest first.</summary>
    public IReadOnlyList<KeptReportJson> ChatReports { get; private set; } = [];

    /// <summary>Shows the list.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>Describes a new rupture and opens it.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Features.Ruptures.Text.Problem(Description, Rupture.MaxDescriptionLength) is { } problem)
        {
            ModelState.AddModelError(nameof(Description), problem);
            await LoadAsync(cancellationToken);
            return Page();
        }

        var rupture = Rupture.DescribeAndTriage(db.UserId!, Description!, clock.GetUtcNow());
        db.Ruptures.Add(rupture);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("/Ruptures/Triage", new { id = rupture.Id });
    }

    /// <summary>The first words of <paramref name="text"/>, for a list.</summary>
    public static string Excerpt(string text, int length = 120)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 3).TrimEnd(), "…");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Ruptures = await db.Ruptures.AsNoTracking().Include(r => r.Notes).OrderByDescending(r => r.CreatedAt).ToListAsync(cancellationToken);
        InProgress = [.. PlanProgress.Of(Ruptures).Where(p => p.Next is not null)];
        ChatReports = [.. (await db.KeptChatReports.AsNoTracking().OrderByDescending(r => r.CreatedAt).ToListAsync(cancellationToken)).Select(KeptReportJson.From)];
    }
}
