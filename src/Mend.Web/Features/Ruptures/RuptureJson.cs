using System.Text.Json;
using Mend.Analysis.Json;
using Mend.Analysis.Triage;

namespace Mend.Web.Features.Ruptures;

/// <summary><c>POST /api/ruptures</c>: what happened, in the person's words.</summary>
public sealed record RuptureRequest(string? Description);

/// <summary>
/// A rupture as the API returns it: triage's <c>cause</c> and <c>severity</c>, the <c>plan</c> (the repair plan's own
/// JSON; null when the description raises a safety concern), and <c>safety</c> (the notice, or null).
/// </summary>
public sealed record RuptureJson(Guid Id, string Description, string? Cause, string? Severity, JsonElement? Plan, SafetyJson? Safety, DateTimeOffset CreatedAt, int Notes)
{
    /// <summary>The JSON of <paramref name="rupture"/>.</summary>
    public static RuptureJson From(Rupture rupture)
    {
        ArgumentNullException.ThrowIfNull(rupture);
        var safety = RuptureTriage.Default.Assess(rupture.Description).Safety is { } s ? new SafetyJson(s.Message, s.Resources) : null;
        return new(rupture.Id, rupture.Description, rupture.Cause, rupture.Severity, ParsePlan(rupture.Plan), safety, rupture.CreatedAt, rupture.Notes.Count);
    }

    internal static JsonElement? ParsePlan(string? plan)
    {
        if (plan is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(plan);
        return document.RootElement.Clone();
    }
}

/// <summary><c>POST /api/ruptures/{id}/notes</c>: the note's text and whether it is private.</summary>
public sealed record NoteRequest(string? Text, bool Private);

/// <summary>A note as the API returns it.</summary>
public sealed record NoteJson(Guid Id, string Text, bool Private, DateTimeOffset CreatedAt)
{
    /// <summary>The JSON of <paramref name="note"/>.</summary>
    public static NoteJson From(Note note) => new(note.Id, note.Text, note.Private, note.CreatedAt);
}
