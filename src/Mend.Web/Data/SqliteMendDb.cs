using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Mend.Web.Data;

/// <summary>Mend's database on SQLite, the default: one file in the data directory. Migrations in <c>Data/Migrations/Sqlite</c>.</summary>
public sealed class SqliteMendDb(DbContextOptions<SqliteMendDb> options, FreeTextProtector protector, CurrentUser user)
    : MendDb(options, protector, user)
{
    /// <inheritdoc/>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // SQLite has no date-time-with-offset type it can order by: store UTC ticks with the offset.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
