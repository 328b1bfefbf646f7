using Mend.Analysis;
using Mend.Web.Features.Check;
using Mend.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Mend.Web.Pages;

/// <summary>
/// The message check, open to anyone and storing nothing. A plain form post renders the findings; with scripts on,
/// <c>check.js</c> posts to the <c>Findings</c> handler as you type and swaps in the same partial.
/// </summary>
[EnableRateLimiting(RateLimitPolicies.Analysis)]
public sealed class CheckModel : PageModel
{
    /// <summary>The message to check.</summary>
    [BindProperty]
    public string? Text { get; set; }

    /// <summary>The findings, once checked.</summary>
    public CheckView? View { get; private set; }

    /// <summary>Why the message could not be checked, or null.</summary>
    public string? Problem { get; private set; }

    /// <summary>The empty form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Checks <see cref="Text"/> and shows the page with its findings.</summary>
    public void OnPost()
    {
        View = CheckView.Of(Text);
        Problem = View is null ? ProblemWith(Text) : null;
    }

    /// <summary>The findings alone (HTML), for check-as-you-type.</summary>
    public IActionResult OnPostFindings()
    {
        var view = CheckView.Of(Text);
        return view is null ? Content("", "text/html") : Partial("_Findings", view);
    }

    private static string ProblemWith(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? "Write a message to check."
            : $"The message is longer than {AnalysisPipeline.MaxMessageLength:N0} characters; check it in smaller parts.";
}
