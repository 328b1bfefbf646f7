using Mend.Web.Data;
using Mend.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Mend.Web.Features.Account;

/// <summary>
/// <c>/api/account</c>: Identity's own endpoints (<c>register</c>, <c>login</c> with a bearer <c>accessToken</c>,
/// <c>refresh</c>, <c>manage/info</c>, …) under the sign-in rate limit, plus <c>export</c> and <c>delete</c>.
/// </summary>
public static class AccountApi
{
    /// <summary>Maps the account endpoints.</summary>
    public static IEndpointRouteBuilder MapAccountApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/account").WithTags("Account").RequireRateLimiting(RateLimitPolicies.SignIn).MapIdentityApi<MendUser>();

        var mine = app.MapGroup("/api/account").WithTags("Account").RequireAuthorization();
        mine.MapGet("/export", Export).WithSummary("Everything Mend holds about me, as JSON.");
        mine.MapPost("/delete", Delete)
            .RequireRateLimiting(RateLimitPolicies.SignIn)
            .WithSummary("Delete my account and everything in it; confirm with the password.");
        return app;
    }

    private static async Task<Results<Ok<AccountExport>, NotFound>> Export(
        HttpContext http, MendDb db, UserManager<MendUser> users, TimeProvider clock, CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(http.User);
        if (user is null)
        {
            return TypedResults.NotFound();
        }

        http.Response.Headers.ContentDisposition = "attachment; filename=mend-export.json";
        return TypedResults.Ok(await AccountData.ExportAsync(db, user, clock, cancellationToken));
    }

    private static async Task<Results<NoContent, NotFound, ValidationProblem>> Delete(
        DeleteAccountRequest request, HttpContext http, MendDb db, UserManager<MendUser> users, CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(http.User);
        if (user is null)
        {
            return TypedResults.NotFound();
        }

        if (request.Password is null || !await users.CheckPasswordAsync(user, request.Password))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["password"] = ["The password is not right."] });
        }

        var result = await AccountData.DeleteAsync(db, users, user, cancellationToken);
        return result.Succeeded
            ? TypedResults.NoContent()
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["account"] = [.. result.Errors.Select(e => e.Description)] });
    }
}
