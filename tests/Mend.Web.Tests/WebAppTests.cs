using Mend.Web.Tests.Infrastructure;

namespace Mend.Web.Tests;

/// <summary>
/// The integration tests of the web app, run against the real app and a real database: once on SQLite
/// (<see cref="OnSqlite"/>) and once on PostgreSQL (<see cref="OnPostgres"/>, when <c>MEND_POSTGRES</c> is set).
/// Split by concern into partial files (<c>WebAppTests.Api.cs</c>, …).
/// </summary>
public abstract partial class WebAppTests(DatabaseProvider provider)
{
    protected DatabaseProvider Provider { get; } = provider;

    /// <summary>A fresh app on its own data directory and database.</summary>
    private protected MendWebFactory Start(IReadOnlyDictionary<string, string>? settings = null, TimeProvider? clock = null) =>
        new(Provider, settings) { Clock = clock };

    /// <summary>The tests on SQLite, the default database.</summary>
    public sealed class OnSqlite() : WebAppTests(DatabaseProvider.Sqlite);

    /// <summary>The same tests on PostgreSQL.</summary>
    public sealed class OnPostgres() : WebAppTests(DatabaseProvider.Postgres);
}
