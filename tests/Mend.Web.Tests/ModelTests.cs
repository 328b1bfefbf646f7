using Mend.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Mend.Web.Tests;

/// <summary>Each provider's migrations match the model: a model change without a migration fails here (no server needed).</summary>
public sealed class ModelTests
{
    [Fact]
    public void Sqlite_has_no_pending_model_changes()
    {
        using var db = DesignTime.Sqlite();
        Assert.False(db.Database.HasPendingModelChanges(), "Add a migration: dotnet ef migrations add NAME --context SqliteMendDb --output-dir Data/Migrations/Sqlite");
    }

    [Fact]
    public void Postgres_has_no_pending_model_changes()
    {
        using var db = DesignTime.Postgres();
        Assert.False(db.Database.HasPendingModelChanges(), "Add a migration: dotnet ef migrations add NAME --context PostgresMendDb --output-dir Data/Migrations/Postgres");
    }

    [Fact]
    public void Each_provider_has_its_own_migrations()
    {
        using var sqlite = DesignTime.Sqlite();
        using var postgres = DesignTime.Postgres();
        Assert.NotEmpty(sqlite.Database.GetMigrations());
        Assert.NotEmpty(postgres.Database.GetMigrations());
        Assert.All(sqlite.Database.GetMigrations(), m => Assert.DoesNotContain(m, postgres.Database.GetMigrations()));
    }
}
