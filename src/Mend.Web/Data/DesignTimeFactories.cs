using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Mend.Web.Data;

/// <summary>Builds <see cref="SqliteMendDb"/> for <c>dotnet ef migrations</c> without starting the app.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteMendDb>
{
    public SqliteMendDb CreateDbContext(string[] args) => DesignTime.Sqlite();
}

/// <summary>Builds <see cref="PostgresMendDb"/> for <c>dotnet ef migrations</c>; no server is contacted.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresMendDb>
{
    public PostgresMendDb CreateDbContext(string[] args) => DesignTime.Postgres();
}

/// <summary>Contexts for tools and model checks: throwaway keys, nobody signed in, no connection opened.</summary>
internal static class DesignTime
{
    private static readonly FreeTextProtector Protector = new(new EphemeralDataProtectionProvider());

    public static SqliteMendDb Sqlite() =>
        new(new DbContextOptionsBuilder<SqliteMendDb>().UseSqlite("Data Source=design-time.db").Options, Protector, CurrentUser.Nobody);

    public static PostgresMendDb Postgres() =>
        new(new DbContextOptionsBuilder<PostgresMendDb>().UseNpgsql("Host=127.0.0.1;Database=mend_design_time").Options, Protector, CurrentUser.Nobody);
}
