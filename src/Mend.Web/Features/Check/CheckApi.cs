using Mend.Analysis;
using Mend.Analysis.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Mend.Web.Features.Check;

/// <summary><c>POST /api/check</c> <c>{"text"}</c>: the same JSON as <c>mend check --json</c>. Open to anyone; nothing is stored.</summary>
public static class CheckApi
{
    /// <summary>The largest request body accepted: room for the longest message, however it is escaped.</summary>
    public const long MaxRequestBytes = 128 * 1024;

    /// <summary>Maps the endpoint under the analysis rate limit.</summary>
    public static RouteHandlerBuilder MapCheckApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/check", Check)
            .WithTags("Analysis")
            .WithSummary("Check a message: what harms repair, what helps, and better wording.")
            .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes))
            .RequireRateLimiting(Hosting.RateLimitPolicies.Analysis)
            .AllowAnonymous();

    private static Results<Ok<CheckJson>, ValidationProblem> Check(TextRequest request) =>
        request.Problem("message") is { } problem
            ? problem
            : TypedResults.Ok(CheckJson.From(AnalysisPipeline.Default.Analyze(request.Text!)));
}
