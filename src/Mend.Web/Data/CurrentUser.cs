using System.Security.Claims;

namespace Mend.Web.Data;

/// <summary>The id of the user signed in on the current request; null when nobody is.</summary>
/// <remarks>
/// The database's query filters read <see cref="Id"/> at query time, so every query on user data is scoped to the
/// user of the request that runs it (ADR 0013). It is read late on purpose: Identity builds the database context
/// while it is still authenticating the request.
/// </remarks>
public sealed class CurrentUser
{
    private readonly Func<string?> _id;

    private CurrentUser(Func<string?> id) => _id = id;

    /// <summary>Nobody: the user of design-time tools and background work, who sees no user data.</summary>
    public static CurrentUser Nobody { get; } = new(() => null);

    /// <summary>The Identity user id, or null.</summary>
    public string? Id => _id();

    /// <summary>Whoever is signed in, by cookie or bearer token, on the request <paramref name="accessor"/> sees.</summary>
    public static CurrentUser Of(IHttpContextAccessor accessor)
    {
        ArgumentNullException.ThrowIfNull(accessor);
        return new(() => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null);
    }
}
