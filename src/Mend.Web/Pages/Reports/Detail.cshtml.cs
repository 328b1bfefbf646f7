using System.Text.Json;
using Mend.Web.Data;
using Mend.Web.Features.Import;
using Mend.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Mend.Web.Pages.Reports;

/// <summary>A chat report I kept, with a button to delete it; anyone else gets 404.</summary>
[Authorize]
public sealed class DetailModel(MendDb db) : PageModel
{
    /// <summary>The report shown.</summary>
    public ChatReportView? Report { get; private set; }

    /// <summary>Shows the report, or 404.</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var kept = await db.KeptChatReports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (kept is null)
        {
            return NotFound();
        }

        Report = new ChatReportView(JsonSerializer.Deserialize(kept.Json, MendJsonContext.Default.AnalyzeJson)!, kept.Html, kept.Id, kept.Name);
        Response.Headers.ContentSecurityPolicy = ChatAnalysis.ContentSecurityPolicy(kept.Html);
        return Page();
    }

    /// <summary>Deletes the report and goes back to the dashboard, or 404.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken) =>
        await db.KeptChatReports.Where(r => r.Id == id).ExecuteDeleteAsync(cancellationToken) > 0
            ? RedirectToPage("/Dashboard")
            : NotFound();
}
