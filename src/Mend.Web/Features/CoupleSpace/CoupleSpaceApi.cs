using Mend.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Mend.Web.Features.CoupleSpace;

/// <summary><c>POST /api/ruptures/{id}/invites</c>: the owner's invitation, once.</summary>
public sealed record InviteJson(string Token, string Url, DateTimeOffset ExpiresAt);

/// <summary><c>POST /api/invites/{token}/accept</c>: the rupture the partner has joined.</summary>
public sealed record AcceptedJson(Guid RuptureId);

/// <summary>
/// The couple space: the owner of a rupture invites one other person, who joins it as its partner. From then on the
/// rupture and its shared notes are theirs to read and add to (the filters of <see cref="MendDb"/>); private notes stay
/// with their author. Everyone else still gets 404.
/// </summary>
public static class CoupleSpaceApi
{
    /// <summary>Where the invitation page lives; the token follows.</summary>
    public const string InvitePagePath = "/invites/";

    /// <summary>Maps the invitation endpoints; they need a signed-in user.</summary>
    public static IEndpointRouteBuilder MapCoupleSpaceApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/ruptures/{id:guid}/invites", CreateInvite).RequireAuthorization().WithTags("Couple space")
            .WithSummary("Invite a partner to one of my ruptures: a single-use token that expires in 7 days.");
        app.MapPost("/api/invites/{token}/accept", AcceptInvite).RequireAuthorization().WithTags("Couple space")
            .WithSummary("Join a rupture as its partner with an invitation's token.");
        return app;
    }

    private static async Task<Results<Created<InviteJson>, NotFound, ProblemHttpResult>> CreateInvite(
        Guid id, HttpContext http, MendDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var rupture = await db.Ruptures.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (rupture is null)
        {
            return TypedResults.NotFound();
        }

        if (rupture.OwnerId != db.UserId)
        {
            return TypedResults.Problem("Only the person who described this rupture can invite someone to it.", statusCode: StatusCodes.Status403Forbidden, title: "Not yours to share");
        }

        if (rupture.PartnerId is not null)
        {
            return TypedResults.Problem("Someone has already joined this rupture; a shared space is for two people.", statusCode: StatusCodes.Status409Conflict, title: "Already shared");
        }

        var (invite, token) = Invite.Create(id, clock.GetUtcNow());
        db.Set<Invite>().Add(invite);
        await db.SaveChangesAsync(cancellationToken);
        var url = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{InvitePagePath}{token}";
        return TypedResults.Created(url, new InviteJson(token, url, invite.ExpiresAt));
    }

    private static async Task<Results<Ok<AcceptedJson>, ProblemHttpResult>> AcceptInvite(
        string token, MendDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var outcome = await AcceptAsync(db, token, clock.GetUtcNow(), cancellationToken);
        return outcome.RuptureId is { } ruptureId
            ? TypedResults.Ok(new AcceptedJson(ruptureId))
            : TypedResults.Problem(outcome.Detail, statusCode: outcome.Status, title: outcome.Title);
    }

    /// <summary>
    /// Accepts the invitation <paramref name="token"/> for the signed-in user: the invitation is claimed and the
    /// rupture's partner set in one transaction, each by a conditional update, so a token works once and a rupture
    /// gets one partner even when two people accept at the same moment.
    /// </summary>
    public static async Task<AcceptOutcome> AcceptAsync(MendDb db, string token, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var me = db.UserId ?? throw new InvalidOperationException("Accepting an invitation needs a signed-in user.");
        var hash = Invite.Hash(token ?? "");

        // The token is the capability: the invitation is found by its hash, past the owner-only filter.
        var invite = await db.Set<Invite>().IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        if (invite is null)
        {
            return AcceptOutcome.Failed(StatusCodes.Status404NotFound, "No such invitation", "This invitation does not exist. Check the link, or ask for a new one.");
        }

        var owner = await db.Ruptures.IgnoreQueryFilters().Where(r => r.Id == invite.RuptureId).Select(r => r.OwnerId).SingleAsync(cancellationToken);
        if (owner == me)
        {
            return AcceptOutcome.Failed(StatusCodes.Status409Conflict, "Your own rupture", "This invitation is for your partner: send them the link.");
        }

        if (invite.AcceptedAt is null && invite.ExpiresAt <= now)
        {
            return AcceptOutcome.Failed(StatusCodes.Status410Gone, "Invitation expired", "This invitation has expired. Ask for a new one.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.Set<Invite>().IgnoreQueryFilters()
            .Where(i => i.Id == invite.Id && i.AcceptedAt == null && i.ExpiresAt > now)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.AcceptedAt, now), cancellationToken);
        if (claimed == 0)
        {
            return AcceptOutcome.Failed(StatusCodes.Status410Gone, "Invitation already used", "This invitation has already been used. Ask for a new one.");
        }

        var joined = await db.Ruptures.IgnoreQueryFilters()
            .Where(r => r.Id == invite.RuptureId && (r.PartnerId == null || r.PartnerId == me))
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.PartnerId, me), cancellationToken);
        if (joined == 0)
        {
            return AcceptOutcome.Failed(StatusCodes.Status409Conflict, "Already shared", "Someone else has already joined this rupture.");
        }

        await transaction.CommitAsync(cancellationToken);
        return new AcceptOutcome(invite.RuptureId, StatusCodes.Status200OK, "Joined", "");
    }
}

/// <summary>What accepting an invitation gave: the rupture joined, or why not (an HTTP status, a title and a detail).</summary>
public sealed record AcceptOutcome(Guid? RuptureId, int Status, string Title, string Detail)
{
    internal static AcceptOutcome Failed(int status, string title, string detail) => new(null, status, title, detail);
}
