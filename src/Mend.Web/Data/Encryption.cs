using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Mend.Web.Data;

/// <summary>Marks a free-text column as encrypted at rest.</summary>
internal static class Encryption
{
    /// <summary>Stores the string property as Data Protection cipher text (see <see cref="FreeTextProtector"/>); EF passes it no nulls.</summary>
    public static PropertyBuilder<TProperty> IsEncrypted<TProperty>(this PropertyBuilder<TProperty> property, FreeTextProtector protector) =>
        property.HasConversion(new ValueConverter<string, string>(plain => protector.Protect(plain), cipher => protector.Unprotect(cipher)));
}
