using Mend.Analysis.Json;
using Mend.Analysis.Planning;
using Mend.Analysis.Triage;
using Mend.Web.Features.Check;
using Mend.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Mend.Web.Features.Triage;

/// <summary><c>POST /api/triage</c> <c>{"text"}</c>: the same JSON as <c>mend triage --json</c>. Open to anyone; nothing is stored.</summary>
public static class TriageApi
{
    /// <summary>Maps the endpoint under the analysis rate limit.</summary>
    public static RouteHandlerBuilder MapTriageApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/triage", Triage)
            .WithTags("Analysis")
            .WithSummary("Triage a rupture description: its likely cause and severity, why, and a seven-step repair plan.")
            .WithMetadata(new RequestSizeLimitAttribute(CheckApi.MaxRequestBytes))
            .RequireRateLimiting(RateLimitPolicies.Analysis)
            .AllowAnonymous();

    /// <summary>The triage of <paramref name="description"/> and the plan built from it (no plan when safety comes first).</summary>
    public static TriageJson Assess(string description)
    {
        var triage = RuptureTriage.Default.Assess(description);
        return TriageJson.From(triage, PlanBuilder.Default.Build(triage));
    }

    private static Results<Ok<TriageJson>, ValidationProblem> Triage(TextRequest request) =>
        request.Problem("description") is { } problem
            ? problem
            : TypedResults.Ok(Assess(request.Text!));
}
