using System.Text.Json;
using Mend.Analysis.Json;
using Mend.Import;
using Mend.Web.Data;
using Mend.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Mend.Web.Features.Import;

/// <summary>A kept chat report in a list.</summary>
public sealed record KeptReportJson(Guid Id, string Name, string Format, long Messages, bool SafetyConcern, DateTimeOffset CreatedAt)
{
    internal static KeptReportJson From(KeptChatReport report) =>
        new(report.Id, report.Name, report.Format, report.Messages, report.SafetyConcern, report.CreatedAt);
}

/// <summary>
/// <c>POST /api/analyze</c> (multipart <c>file</c>, optional <c>format</c>): the same JSON as <c>mend analyze --json</c>,
/// for anyone, with nothing kept. <c>/api/reports</c>: the chat reports a signed-in person chose to keep on the import page.
/// </summary>
public static class AnalyzeApi
{
    /// <summary>The largest upload, in bytes, from <see cref="MendOptions.MaxUploadMegabytes"/>.</summary>
    public static long MaxUploadBytes(MendOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Math.Max(1, options.MaxUploadMegabytes) * 1024L * 1024L;
    }

    /// <summary>The request size limit of an endpoint that takes an upload: the file plus room for the form around it.</summary>
    public static RequestSizeLimitAttribute UploadLimit(MendOptions options) => new(MaxUploadBytes(options) + (64 * 1024));

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapAnalyzeApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var maxBytes = MaxUploadBytes(app.ServiceProvider.GetRequiredService<MendOptions>());
        app.MapPost("/api/analyze", (HttpRequest request, CancellationToken cancellationToken) => AnalyzeAsync(request, maxBytes, cancellationToken))
            .WithTags("Analysis")
            .WithSummary("Analyse a chat export (multipart \"file\", optional \"format\"): hard moments and their repair, the balance over time, cycles.")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<AnalyzeJson>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithMetadata(UploadLimit(app.ServiceProvider.GetRequiredService<MendOptions>()))
            .RequireRateLimiting(RateLimitPolicies.Analysis)
            .DisableAntiforgery()
            .AllowAnonymous();

        var mine = app.MapGroup("/api/reports").WithTags("Chat reports").RequireAuthorization();
        mine.MapGet("/", ListAsync).WithSummary("The chat reports I kept.");
        mine.MapGet("/{id:guid}", GetAsync).WithSummary("A kept chat report: the mend analyze --json contract.");
        mine.MapDelete("/{id:guid}", DeleteAsync).WithSummary("Delete a kept chat report.");
        return app;
    }

    /// <summary>Reads and analyses the upload of <paramref name="request"/>, or says why not as a ProblemDetails.</summary>
    internal static async Task<IResult> AnalyzeAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        try
        {
            using var upload = await ChatUpload.ReadAsync(request, maxBytes, cancellationToken);
            var format = ChatAnalysis.ParseFormat(upload.Field("format"));
            var analysis = ChatAnalysis.Run(upload, format, cancellationToken);
            return TypedResults.Ok(analysis.Json);
        }
        catch (UploadException e)
        {
            return TypedResults.Problem(e.Message, statusCode: e.Status, title: e.Status == 413 ? "Request too large" : "Bad upload");
        }
        catch (ChatImportException e)
        {
            return TypedResults.Problem(
                e.Describe(),
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "Not a chat export Mend reads",
                extensions: new Dictionary<string, object?> { ["line"] = e.Line });
        }
    }

    private static async Task<Ok<KeptReportJson[]>> ListAsync(MendDb db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.KeptChatReports.AsNoTracking().OrderByDescending(r => r.CreatedAt).ToListAsync(cancellationToken))
            .Select(KeptReportJson.From).ToArray());

    private static async Task<Results<ContentHttpResult, NotFound>> GetAsync(Guid id, MendDb db, CancellationToken cancellationToken) =>
        await db.KeptChatReports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is { } report
            ? TypedResults.Text(report.Json, "application/json")
            : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, MendDb db, CancellationToken cancellationToken) =>
        await db.KeptChatReports.Where(r => r.Id == id).ExecuteDeleteAsync(cancellationToken) > 0
            ? TypedResults.NoContent()
            : TypedResults.NotFound();

    /// <summary>The stored JSON of a kept report, parsed (for the account export).</summary>
    internal static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
