using Mend.Analysis;
using Mend.Analysis.Planning;
using Mend.Analysis.Triage;
using Mend.Repair;

namespace Mend.Web.Features.Ruptures;

/// <summary>
/// A rupture someone is repairing: what happened, in their words (encrypted at rest), and — once triage has read it —
/// its cause, severity and repair plan. Only its owner can see it.
/// </summary>
public sealed class Rupture
{
    /// <summary>The longest description accepted, the same as the longest message the engine checks.</summary>
    public const int MaxDescriptionLength = AnalysisPipeline.MaxMessageLength;

    private readonly List<Note> _notes = [];

    private Rupture(Guid id, string ownerId, string description, DateTimeOffset createdAt)
    {
        Id = id;
        OwnerId = ownerId;
        Description = description;
        CreatedAt = createdAt;
    }

    /// <summary>The rupture's id, used in routes.</summary>
    public Guid Id { get; private set; }

    /// <summary>The Identity id of the person who described it.</summary>
    public string OwnerId { get; private set; }

    /// <summary>What happened, as the owner wrote it.</summary>
    public string Description { get; private set; }

    /// <summary>The Identity id of the partner who accepted an invitation to share it; null until then.</summary>
    public string? PartnerId { get; private set; }

    /// <summary>The cause id (<c>miscommunication</c>, <c>unmet_expectations</c>, <c>emotional_neglect</c>, <c>betrayal</c>) once triaged.</summary>
    public string? Cause { get; private set; }

    /// <summary>The severity id (<c>minor</c>, <c>moderate</c>, <c>major</c>, <c>accumulating</c>) once triaged.</summary>
    public string? Severity { get; private set; }

    /// <summary>The repair plan (<see cref="RepairPlan.ToJson"/>), encrypted at rest; null until a plan is made, and when safety comes first.</summary>
    public string? Plan { get; private set; }

    /// <summary>When it was described.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The notes written about it, oldest first.</summary>
    public IReadOnlyList<Note> Notes => _notes;

    /// <summary>A new rupture described by <paramref name="ownerId"/>.</summary>
    /// <exception cref="ArgumentException">The description is empty or longer than <see cref="MaxDescriptionLength"/>.</exception>
    public static Rupture Describe(string ownerId, string description, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ownerId);
        return new Rupture(Guid.CreateVersion7(now), ownerId, Text.Require(description, MaxDescriptionLength, nameof(description)), now);
    }

    /// <summary>A new rupture described by <paramref name="ownerId"/>, with the cause, severity and plan triage suggests.</summary>
    public static Rupture DescribeAndTriage(string ownerId, string description, DateTimeOffset now)
    {
        var rupture = Describe(ownerId, description, now);
        var triage = RuptureTriage.Default.Assess(rupture.Description);
        var plan = PlanBuilder.Default.Build(triage);
        var safe = triage.Safety is null && plan.Safety is null;
        rupture.Triage(triage.Cause.Id(), triage.Severity.Id(), safe ? plan.Plan?.ToJson() : null);
        return rupture;
    }

    /// <summary>Records what triage found and the plan (as JSON) it suggests; the owner may correct both later.</summary>
    public void Triage(string cause, string severity, string? planJson)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cause);
        ArgumentException.ThrowIfNullOrWhiteSpace(severity);
        Cause = cause;
        Severity = severity;
        Plan = planJson;
    }

    /// <summary>
    /// Rebuilds the plan with the cause, severity and attachment style the owner chose instead of triage's suggestion.
    /// Returns false, changing nothing, when the description raises a safety concern: then there is no plan.
    /// </summary>
    public bool Correct(RuptureCause cause, RuptureSeverity severity, AttachmentStyle? attachment)
    {
        if (RuptureTriage.Default.Assess(Description).Safety is not null)
        {
            return false;
        }

        var result = PlanBuilder.Default.Build(cause, severity, attachment);
        Triage(cause.Id(), severity.Id(), result.Plan?.ToJson());
        return result.Plan is not null;
    }

    /// <summary>The stored plan, read back; null when there is none.</summary>
    public RepairPlan? ReadPlan() => Plan is { } json ? RepairPlan.FromJson(json) : null;

    /// <summary>Stores <paramref name="plan"/> after one of its transitions (encrypted at rest like the rest).</summary>
    public void SavePlan(RepairPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        Plan = plan.ToJson();
    }

    /// <summary>Adds a note by <paramref name="authorId"/>; a private note stays the author's alone.</summary>
    public Note AddNote(string authorId, string text, bool isPrivate, DateTimeOffset now)
    {
        var note = Note.Write(Id, authorId, text, isPrivate, now);
        _notes.Add(note);
        return note;
    }
}
