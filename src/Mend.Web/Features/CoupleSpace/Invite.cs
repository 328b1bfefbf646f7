using System.Security.Cryptography;

namespace Mend.Web.Features.CoupleSpace;

/// <summary>
/// An invitation to a rupture's shared space. The token itself is given to the owner once and never stored: the
/// database keeps only its SHA-256 hash, so a copy of the database cannot be used to join. It can be accepted once,
/// before it expires.
/// </summary>
public sealed class Invite
{
    /// <summary>How long an invitation stays open.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private Invite(Guid id, Guid ruptureId, string tokenHash, DateTimeOffset createdAt, DateTimeOffset expiresAt)
    {
        Id = id;
        RuptureId = ruptureId;
        TokenHash = tokenHash;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    /// <summary>The invitation's id.</summary>
    public Guid Id { get; private set; }

    /// <summary>The rupture it opens.</summary>
    public Guid RuptureId { get; private set; }

    /// <summary>The SHA-256 of the token, as lowercase hex.</summary>
    public string TokenHash { get; private set; }

    /// <summary>When the owner made it.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When it stops working.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>When it was accepted; null while it is still open.</summary>
    public DateTimeOffset? AcceptedAt { get; private set; }

    /// <summary>A new invitation to <paramref name="ruptureId"/> and its token (256 random bits, URL-safe), which only the caller ever sees.</summary>
    public static (Invite Invite, string Token) Create(Guid ruptureId, DateTimeOffset now)
    {
        var token = System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var utc = now.ToUniversalTime();
        return (new Invite(Guid.CreateVersion7(now), ruptureId, Hash(token), utc, utc + Lifetime), token);
    }

    /// <summary>The stored form of <paramref name="token"/>.</summary>
    public static string Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));
    }
}
