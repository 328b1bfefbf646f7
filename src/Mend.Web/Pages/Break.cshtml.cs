using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mend.Web.Pages;

/// <summary>
/// "Take a break, not a walkout": a pause of 20 minutes (adjustable) with the agreed return time shown, words to tell
/// the other person, and a prompt to come back. Nothing is stored; the return time travels in the address.
/// </summary>
public sealed class BreakModel(TimeProvider clock) : PageModel
{
    /// <summary>The shortest break offered.</summary>
    public const int MinMinutes = 5;

    /// <summary>The longest break offered: longer than this is no longer a pause in one talk.</summary>
    public const int MaxMinutes = 120;

    /// <summary>The break's length.</summary>
    [BindProperty(SupportsGet = true)]
    public int Minutes { get; set; } = 20;

    /// <summary>Where "I am back" leads: the conflict step the break was taken from (a local path only).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Return { get; set; }

    /// <summary>When the break ends; null before it starts.</summary>
    [BindProperty(SupportsGet = true)]
    public DateTimeOffset? Until { get; set; }

    /// <summary>The form, or the running break.</summary>
    public void OnGet() => Return = Url.IsLocalUrl(Return) ? Return : "/";

    /// <summary>Starts the break and shows its return time.</summary>
    public IActionResult OnPost()
    {
        Return = Url.IsLocalUrl(Return) ? Return : "/";
        if (Minutes is < MinMinutes or > MaxMinutes)
        {
            ModelState.AddModelError(nameof(Minutes), $"Choose between {MinMinutes} and {MaxMinutes} minutes.");
            return Page();
        }

        var until = clock.GetUtcNow().AddMinutes(Minutes);
        return RedirectToPage(new { minutes = Minutes, until = until.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), @return = Return });
    }
}
