using Mend.Analysis.Planning;
using Mend.Repair;
using Mend.Web.Data;
using Mend.Web.Features.Check;
using Mend.Web.Features.Ruptures;
using Mend.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Mend.Web.Features.Steps;

/// <summary>
/// <c>/api/ruptures/{id}/steps</c>: the plan's transitions (start, complete with evidence, skip with a reason, reopen)
/// and the step checks of step 3 (the apology) and step 4 (the reflection). Scoped to the owner through
/// <see cref="MendDb"/>'s user filter (404 for anyone else); an illegal transition is a 409 ProblemDetails carrying
/// the plan's own message; missing evidence or reason is a 400.
/// </summary>
public static class StepApi
{
    /// <summary>Maps the step endpoints; they need a signed-in user (cookie or bearer token).</summary>
    public static RouteGroupBuilder MapStepApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/ruptures/{id:guid}/steps").RequireAuthorization().WithTags("Plan steps");
        group.MapPost("/{step}/start", (Guid id, string step, MendDb db, TimeProvider clock, CancellationToken ct) =>
                RunAsync(id, step, StepAction.Start, null, db, clock, ct))
            .WithSummary("Start a step of my plan (its number 1–7 or its id).");
        group.MapPost("/{step}/complete", (Guid id, string step, StepRequest request, MendDb db, TimeProvider clock, CancellationToken ct) =>
                RunAsync(id, step, StepAction.Complete, request.Evidence, db, clock, ct))
            .WithSummary("Complete a step in progress, with evidence of what was done: {\"evidence\"}.");
        group.MapPost("/{step}/skip", (Guid id, string step, StepRequest request, MendDb db, TimeProvider clock, CancellationToken ct) =>
                RunAsync(id, step, StepAction.Skip, request.Reason, db, clock, ct))
            .WithSummary("Set a step aside, with a reason: {\"reason\"}.");
        group.MapPost("/{step}/reopen", (Guid id, string step, MendDb db, TimeProvider clock, CancellationToken ct) =>
                RunAsync(id, step, StepAction.Reopen, null, db, clock, ct))
            .WithSummary("Take a completed or skipped step back to in progress.");
        group.MapPost("/apologize/check", (Guid id, TextRequest request, MendDb db, TimeProvider clock, CancellationToken ct) =>
                CheckAsync(id, RepairStepKind.Apologize, request, db, clock, ct))
            .WithSummary("Check an apology for step 3; the step completes when the apology coach rates it good.")
            .WithMetadata(new RequestSizeLimitAttribute(CheckApi.MaxRequestBytes))
            .RequireRateLimiting(RateLimitPolicies.Analysis);
        group.MapPost("/understand/check", (Guid id, TextRequest request, MendDb db, TimeProvider clock, CancellationToken ct) =>
                CheckAsync(id, RepairStepKind.Understand, request, db, clock, ct))
            .WithSummary("Check a reflection for step 4; the step completes when it reflects the other person's feelings.")
            .WithMetadata(new RequestSizeLimitAttribute(CheckApi.MaxRequestBytes))
            .RequireRateLimiting(RateLimitPolicies.Analysis);
        return group;
    }

    private static async Task<Results<Ok<RuptureJson>, NotFound, ProblemHttpResult, ValidationProblem>> RunAsync(
        Guid id, string step, StepAction action, string? text, MendDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var rupture = await db.Ruptures.Include(r => r.Notes).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (rupture is null)
        {
            return TypedResults.NotFound();
        }

        if (!PlanSteps.TryParse(step, out RepairStepKind kind))
        {
            return UnknownStep(step);
        }

        try
        {
            PlanSteps.Apply(rupture, kind, action, text, clock);
        }
        catch (ArgumentException e)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [e.ParamName ?? "text"] = [Message(e)] });
        }
        catch (InvalidOperationException e)
        {
            return Conflict(e.Message);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(RuptureJson.From(rupture));
    }

    private static async Task<Results<Ok<StepCheckJson>, NotFound, ProblemHttpResult, ValidationProblem>> CheckAsync(
        Guid id, RepairStepKind kind, TextRequest request, MendDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var rupture = await db.Ruptures.Include(r => r.Notes).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (rupture is null)
        {
            return TypedResults.NotFound();
        }

        if (request.Problem(kind == RepairStepKind.Apologize ? "apology" : "reflection") is { } problem)
        {
            return problem;
        }

        StepCheck check;
        try
        {
            check = PlanSteps.Check(rupture, kind, request.Text!, clock);
        }
        catch (InvalidOperationException e)
        {
            return Conflict(e.Message);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new StepCheckJson(kind.Id(), check.Passed, check.Message, RuptureJson.From(rupture)));
    }

    private static ProblemHttpResult Conflict(string message) =>
        TypedResults.Problem(detail: message, statusCode: StatusCodes.Status409Conflict, title: "That step cannot change this way now.");

    private static ProblemHttpResult UnknownStep(string step) =>
        TypedResults.Problem(
            detail: $"There is no step '{step}': name a step by its number (1 to 7) or its id ({string.Join(", ", RepairIds.AllSteps.Select(s => s.Id()))}).",
            statusCode: StatusCodes.Status404NotFound,
            title: "No such step.");

    /// <summary>An argument exception's message without the " (Parameter 'x')" the runtime appends.</summary>
    internal static string Message(ArgumentException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var suffix = e.ParamName is null ? "" : $" (Parameter '{e.ParamName}')";
        return e.Message.EndsWith(suffix, StringComparison.Ordinal) ? e.Message[..^suffix.Length] : e.Message;
    }
}

/// <summary>The body of <c>complete</c> (<c>{"evidence"}</c>) and <c>skip</c> (<c>{"reason"}</c>).</summary>
public sealed record StepRequest(string? Evidence, string? Reason);

/// <summary>The outcome of a step check: the step's id, whether it passed, what it says, and the rupture with its plan.</summary>
public sealed record StepCheckJson(string Step, bool Passed, string Message, RuptureJson Rupture);
