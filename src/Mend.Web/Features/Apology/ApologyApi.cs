using Mend.Analysis.Apologies;
using Mend.Analysis.Json;
using Mend.Web.Features.Check;
using Mend.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Mend.Web.Features.Apology;

/// <summary><c>POST /api/apology</c> <c>{"text"}</c>: the same JSON as <c>mend apology --json</c>. Open to anyone; nothing is stored.</summary>
public static class ApologyApi
{
    /// <summary>Maps the endpoint under the analysis rate limit.</summary>
    public static RouteHandlerBuilder MapApologyApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/apology", Assess)
            .WithTags("Analysis")
            .WithSummary("Check an apology: its components, flags, quality and score, what is missing, and a rewrite.")
            .WithMetadata(new RequestSizeLimitAttribute(CheckApi.MaxRequestBytes))
            .RequireRateLimiting(RateLimitPolicies.Analysis)
            .AllowAnonymous();

    private static Results<Ok<ApologyJson>, ValidationProblem> Assess(TextRequest request) =>
        request.Problem("apology") is { } problem
            ? problem
            : TypedResults.Ok(ApologyJson.From(ApologyCoach.Default.Assess(request.Text!)));
}
