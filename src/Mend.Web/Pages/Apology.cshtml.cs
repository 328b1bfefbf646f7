using Mend.Analysis;
using Mend.Analysis.Apologies;
using Mend.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Mend.Web.Pages;

/// <summary>
/// The apology coach, open to anyone and storing nothing: a plain form post renders the assessment; with scripts on,
/// <c>check.js</c> posts to the <c>Assessment</c> handler as you type and swaps in the same partial.
/// </summary>
[EnableRateLimiting(RateLimitPolicies.Analysis)]
public sealed class ApologyModel : PageModel
{
    /// <summary>The apology to check.</summary>
    [BindProperty]
    public string? Text { get; set; }

    /// <summary>The assessment, once checked.</summary>
    public ApologyAssessment? Assessment { get; private set; }

    /// <summary>Why the apology could not be checked, or null.</summary>
    public string? Problem { get; private set; }

    /// <summary>The empty form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Checks <see cref="Text"/> and shows the page with the assessment.</summary>
    public void OnPost()
    {
        Assessment = Assess(Text);
        Problem = Assessment is not null ? null
            : string.IsNullOrWhiteSpace(Text) ? "Write the apology you mean to send."
            : $"The apology is longer than {AnalysisPipeline.MaxMessageLength:N0} characters; check it in smaller parts.";
    }

    /// <summary>The assessment alone (HTML), for check-as-you-type.</summary>
    public IActionResult OnPostAssessment() =>
        Assess(Text) is { } assessment ? Partial("_Apology", assessment) : Content("", "text/html");

    private static ApologyAssessment? Assess(string? text) =>
        string.IsNullOrWhiteSpace(text) || text.Length > AnalysisPipeline.MaxMessageLength ? null : ApologyCoach.Default.Assess(text);
}
