using Mend.Import;
using Mend.Web.Data;
using Mend.Web.Features.Import;
using Mend.Web.Hosting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Mend.Web.Pages;

/// <summary>
/// Chat import: upload an export, see the report. The upload is streamed into a temporary file, read, and deleted
/// when the request ends; a signed-in person may choose to keep the results (never the chat itself).
/// </summary>
/// <remarks>
/// The form is read as a stream (<see cref="ChatUpload"/>) rather than bound, so the antiforgery token is checked
/// here, once the form has been read, instead of by the usual filter.
/// </remarks>
[EnableRateLimiting(RateLimitPolicies.Analysis)]
[IgnoreAntiforgeryToken]
public sealed class ImportModel(MendDb db, MendOptions options, IAntiforgery antiforgery, TimeProvider clock) : PageModel
{
    /// <summary>The analysis shown, once a file was read.</summary>
    public ChatReportView? Report { get; private set; }

    /// <summary>Why the file could not be read, or null.</summary>
    public string? Problem { get; private set; }

    /// <summary>The format chosen, or null to detect it.</summary>
    public string? Format { get; private set; }

    /// <summary>The formats to choose from.</summary>
    public static IReadOnlyList<ChatFormat> Formats => ChatFormats.All;

    /// <summary>The largest upload, in megabytes.</summary>
    public int MaxMegabytes => options.MaxUploadMegabytes;

    /// <summary>The empty form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Reads the upload and shows its report, or keeps the results and opens them.</summary>
    /// <remarks>Takes no parameters: binding one would make MVC read (and buffer) the whole form first.</remarks>
    public async Task<IActionResult> OnPostAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        try
        {
            using var upload = await ChatUpload.ReadAsync(Request, AnalyzeApi.MaxUploadBytes(options), cancellationToken);
            if (!await TokenIsValidAsync(upload.Field("__RequestVerificationToken")))
            {
                return BadRequest();
            }

            Format = upload.Field("format");
            var analysis = ChatAnalysis.Run(upload, ChatAnalysis.ParseFormat(Format), cancellationToken);
            if (upload.Field("keep") == "true" && db.UserId is { } owner)
            {
                var kept = KeptChatReport.Keep(owner, analysis, clock.GetUtcNow());
                db.KeptChatReports.Add(kept);
                await db.SaveChangesAsync(cancellationToken);
                return RedirectToPage("/Reports/Detail", new { id = kept.Id });
            }

            Report = new ChatReportView(analysis.Json, analysis.Html);
            Response.Headers.ContentSecurityPolicy = ChatAnalysis.ContentSecurityPolicy(analysis.Html);
            return Page();
        }
        catch (UploadException e)
        {
            return Refuse(e.Status, e.Message);
        }
        catch (ChatImportException e)
        {
            return Refuse(StatusCodes.Status422UnprocessableEntity, e.Describe());
        }
    }

    private const string AntiforgeryHeader = "RequestVerificationToken";

    /// <summary>Checks the form's antiforgery token (already read from the stream) against the cookie.</summary>
    private async Task<bool> TokenIsValidAsync(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return false;
        }

        Request.Headers[AntiforgeryHeader] = token;
        try
        {
            return await antiforgery.IsRequestValidAsync(HttpContext);
        }
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }

    private PageResult Refuse(int status, string problem)
    {
        Problem = problem;
        Response.StatusCode = status;
        return Page();
    }
}
