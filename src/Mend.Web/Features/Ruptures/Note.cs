namespace Mend.Web.Features.Ruptures;

/// <summary>A note on a rupture: a reflection, an agreement, a check-in. Its text is encrypted at rest.</summary>
public sealed class Note
{
    /// <summary>The longest note accepted.</summary>
    public const int MaxTextLength = 10_000;

    private Note(Guid id, Guid ruptureId, string authorId, string text, bool @private, DateTimeOffset createdAt)
    {
        Id = id;
        RuptureId = ruptureId;
        AuthorId = authorId;
        Text = text;
        Private = @private;
        CreatedAt = createdAt;
    }

    /// <summary>The note's id.</summary>
    public Guid Id { get; private set; }

    /// <summary>The rupture it belongs to.</summary>
    public Guid RuptureId { get; private set; }

    /// <summary>The Identity id of its author.</summary>
    public string AuthorId { get; private set; }

    /// <summary>What the author wrote.</summary>
    public string Text { get; private set; }

    /// <summary>True when only the author may ever see it (a partner in a shared space never does).</summary>
    public bool Private { get; private set; }

    /// <summary>When it was written.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    internal static Note Write(Guid ruptureId, string authorId, string text, bool isPrivate, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(authorId);
        return new Note(Guid.CreateVersion7(now), ruptureId, authorId, Ruptures.Text.Require(text, MaxTextLength, nameof(text)), isPrivate, now);
    }
}
