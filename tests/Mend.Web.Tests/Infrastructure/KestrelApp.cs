using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Mend.Web.Tests.Infrastructure;

/// <summary>
/// The app on real Kestrel on a free loopback port, built exactly as <c>Program</c> builds it: for the browser
/// tests and for running several instances side by side.
/// </summary>
internal sealed class KestrelApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private KestrelApp(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>Where the app listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    public static async Task<KestrelApp> StartAsync(IEnumerable<KeyValuePair<string, string>> settings)
    {
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            "--applicationName=Mend.Web",
            "--environment=Production",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Microsoft.AspNetCore.DataProtection=Error",
            "--Mend:RateLimits:SignInPerMinute=0",
            "--Mend:RateLimits:AnalysisPerMinute=0",
            .. settings.Select(s => $"--{s.Key}={s.Value}"),
        ];
        var app = MendWebApp.Build(args);
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new KestrelApp(app, new Uri(address + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
