using Mend.Web.Data;
using Mend.Web.Features.CoupleSpace;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mend.Web.Pages.Invites;

/// <summary>
/// The page an invitation link opens: it says what joining means and joins on a button press (a form post, so a link
/// preview or a prefetch never uses the invitation up). Signing in comes first.
/// </summary>
[Authorize]
public sealed class AcceptModel(MendDb db, TimeProvider clock) : PageModel
{
    /// <summary>Why the invitation could not be used; null until a failed attempt.</summary>
    public AcceptOutcome? Failure { get; private set; }

    /// <summary>Explains the invitation.</summary>
    public void OnGet()
    {
    }

    /// <summary>Joins the rupture and opens it, or says why not.</summary>
    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        var outcome = await CoupleSpaceApi.AcceptAsync(db, token, clock.GetUtcNow(), cancellationToken);
        if (outcome.RuptureId is { } id)
        {
            return RedirectToPage("/Ruptures/Detail", new { id });
        }

        Failure = outcome;
        Response.StatusCode = outcome.Status;
        return Page();
    }
}
