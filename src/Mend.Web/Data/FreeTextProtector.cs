using Microsoft.AspNetCore.DataProtection;

namespace Mend.Web.Data;

/// <summary>
/// Encrypts the free text people write (rupture descriptions, notes, plans) before it reaches the database, with
/// ASP.NET Core Data Protection. The keys live in a folder apart from the database (ADR 0012), so a copy of the
/// database alone reveals nothing of what was written. One instance per app: it is part of the EF model cache key.
/// </summary>
public sealed class FreeTextProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Mend.FreeText.v1");

    /// <summary>The cipher text stored for <paramref name="plain"/>.</summary>
    public string Protect(string plain) => _protector.Protect(plain);

    /// <summary>The plain text of a value written by <see cref="Protect"/>.</summary>
    public string Unprotect(string cipher) => _protector.Unprotect(cipher);
}
