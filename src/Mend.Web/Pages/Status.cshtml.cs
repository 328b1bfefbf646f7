using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mend.Web.Pages;

/// <summary>The page shown for an error status (404, 429, …) on a page request; the status code is kept.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    /// <summary>The heading.</summary>
    public string Title { get; private set; } = "Something went wrong";

    /// <summary>What happened and what to do.</summary>
    public string Detail { get; private set; } = "Please try again in a moment.";

    /// <summary>Describes status <paramref name="code"/>.</summary>
    public void OnGet(int code) => (Title, Detail) = code switch
    {
        404 => ("Not found", "There is nothing here, or it is not yours to see."),
        429 => ("Too many requests", "Wait a minute, then try again."),
        400 => ("That did not work", "The form could not be read. Reload the page and try again."),
        _ => (Title, Detail),
    };

    /// <summary>The same page when the failed request was a form post.</summary>
    public void OnPost(int code) => OnGet(code);
}
