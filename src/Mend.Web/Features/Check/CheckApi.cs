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

    private static Results<Ok<CheckJson>, ValidationProblem> Check(CheckRequest request)
    {
        if (request.Text is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = ["Give the message to check as \"text\"."] });
        }

        if (request.Text.Length > AnalysisPipeline.MaxMessageLength)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["text"] = [$"The message is longer than {AnalysisPipeline.MaxMessageLength} characters; check it in smaller parts."],
            });
        }

        return TypedResults.Ok(CheckJson.From(AnalysisPipeline.Default.Analyze(request.Text)));
    }
}

/// <summary>The body of <c>POST /api/check</c>.</summary>
public sealed record CheckRequest(string? Text);
