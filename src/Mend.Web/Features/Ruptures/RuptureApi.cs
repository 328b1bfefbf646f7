using Mend.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Mend.Web.Features.Ruptures;

/// <summary>
/// <c>/api/ruptures</c>: describe a rupture, list mine, read one, and write and read its notes. Every query goes
/// through <see cref="MendDb"/>'s user filter, so another person's rupture is simply not found (404).
/// </summary>
public static class RuptureApi
{
    /// <summary>Maps the rupture endpoints; they need a signed-in user (cookie or bearer token).</summary>
    public static RouteGroupBuilder MapRuptureApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/ruptures").RequireAuthorization().WithTags("Ruptures");
        group.MapPost("/", Create).WithSummary("Describe a rupture.");
        group.MapGet("/", List).WithSummary("My ruptures, newest first.");
        group.MapGet("/{id:guid}", Get).WithSummary("One of my ruptures; 404 for anyone else's.");
        group.MapPost("/{id:guid}/notes", AddNote).WithSummary("Write a note on one of my ruptures.");
        group.MapGet("/{id:guid}/notes", Notes).WithSummary("The notes on one of my ruptures, oldest first.");
        return group;
    }

    private static async Task<Results<Created<RuptureJson>, ValidationProblem>> Create(
        RuptureRequest request, MendDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (Text.Problem(request.Description, Rupture.MaxDescriptionLength) is { } problem)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["description"] = [problem] });
        }

        var rupture = Rupture.DescribeAndTriage(db.UserId!, request.Description!, clock.GetUtcNow());
        db.Ruptures.Add(rupture);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/ruptures/{rupture.Id}", RuptureJson.From(rupture));
    }

    private static async Task<Ok<RuptureJson[]>> List(MendDb db, CancellationToken cancellationToken)
    {
        var ruptures = await db.Ruptures.Include(r => r.Notes).OrderByDescending(r => r.CreatedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(ruptures.Select(RuptureJson.From).ToArray());
    }

    private static async Task<Results<Ok<RuptureJson>, NotFound>> Get(Guid id, MendDb db, CancellationToken cancellationToken) =>
        await db.Ruptures.Include(r => r.Notes).SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is { } rupture
            ? TypedResults.Ok(RuptureJson.From(rupture))
            : TypedResults.NotFound();

    private static async Task<Results<Created<NoteJson>, NotFound, ValidationProblem>> AddNote(
        Guid id, NoteRequest request, MendDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var rupture = await db.Ruptures.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (rupture is null)
        {
            return TypedResults.NotFound();
        }

        if (Text.Problem(request.Text, Note.MaxTextLength) is { } problem)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = [problem] });
        }

        var note = rupture.AddNote(db.UserId!, request.Text!, request.Private, clock.GetUtcNow());
        db.Notes.Add(note);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/ruptures/{id}/notes/{note.Id}", NoteJson.From(note));
    }

    private static async Task<Results<Ok<NoteJson[]>, NotFound>> Notes(Guid id, MendDb db, CancellationToken cancellationToken)
    {
        if (!await db.Ruptures.AnyAsync(r => r.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var notes = await db.Notes.Where(n => n.RuptureId == id).OrderBy(n => n.CreatedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(notes.Select(NoteJson.From).ToArray());
    }
}
