using Mend.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mend.Web.Tests.Infrastructure;

/// <summary>
/// The real app in memory (TestServer) on its own data directory and database. Rate limits are off unless a test
/// sets them; everything else is as shipped.
/// </summary>
internal sealed class MendWebFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string> _settings;
    private bool _stopped;

    public MendWebFactory(DatabaseProvider provider, IReadOnlyDictionary<string, string>? settings = null)
    {
        Data = new TestData(provider);
        _settings = new Dictionary<string, string>
        {
            ["Mend:RateLimits:SignInPerMinute"] = "0",
            ["Mend:RateLimits:AnalysisPerMinute"] = "0",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error",
        };
        foreach (var (key, value) in Data.Settings())
        {
            _settings[key] = value;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            _settings[key] = value;
        }
    }

    public TestData Data { get; }

    /// <summary>The app's clock, when a test sets one (e.g. <see cref="TestClock"/>); the system clock otherwise.</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>A client that keeps cookies and does not follow redirects (tests look at them).</summary>
    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (Clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(Clock));
        }
    }

    /// <summary>How many users, ruptures, notes and kept chat reports the database holds, whoever owns them.</summary>
    public async Task<int> CountRowsAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MendDb>();
        return await db.Users.CountAsync() + await db.Ruptures.IgnoreQueryFilters().CountAsync() + await db.Notes.IgnoreQueryFilters().CountAsync()
            + await db.KeptChatReports.IgnoreQueryFilters().CountAsync();
    }

    /// <summary>Stops the app and closes the database files, leaving the data directory for a test to inspect.</summary>
    public async Task DisposeAsyncKeepingData()
    {
        if (!_stopped)
        {
            _stopped = true;
            await base.DisposeAsync();
            SqliteConnection.ClearAllPools();
        }
    }

    public override async ValueTask DisposeAsync()
    {
        _stopped = true;
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Data.Dispose();
    }
}
