using System.Security.Claims;

namespace Mend.Web.Data;

/// <summary>The signed-in user of the current request, by id; null when nobody is signed in.</summary>
/// <remarks>The database's query filters read it, so every query on user data is scoped to this id (ADR 0013).</remarks>
public sealed class CurrentUser
{
    /// <summary>Nobody: the user of design-time tools and background work, who sees no user data.</summary>
    public static CurrentUser Nobody { get; } = new(null);

    /// <summary>A current user with <paramref name="id"/>.</summary>
    public CurrentUser(string? id) => Id = id;

    /// <summary>The Identity user id, or null.</summary>
    public string? Id { get; }

    /// <summary>The user signed in on <paramref name="http"/>, by cookie or bearer token.</summary>
    public static CurrentUser From(HttpContext? http) =>
        http?.User is { Identity.IsAuthenticated: true } user ? new(user.FindFirstValue(ClaimTypes.NameIdentifier)) : Nobody;
}
