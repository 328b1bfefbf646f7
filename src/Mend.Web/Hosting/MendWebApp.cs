using Mend.Web.Features.Account;
using Mend.Web.Features.Apology;
using Mend.Web.Features.Check;
using Mend.Web.Features.Coaching;
using Mend.Web.Features.CoupleSpace;
using Mend.Web.Features.Import;
using Mend.Web.Features.Ruptures;
using Mend.Web.Features.Steps;
using Mend.Web.Features.Triage;

namespace Mend.Web.Hosting;

/// <summary>Composes the web app: services (<see cref="MendServices"/>), then the request pipeline and endpoints.</summary>
public static class MendWebApp
{
    /// <summary>Builds the app from command-line <paramref name="args"/> (e.g. <c>--urls</c>, <c>--Mend:DataDirectory</c>).</summary>
    public static WebApplication Build(string[] args)
    {
        // The app's own folder is the content root (appsettings.json, wwwroot), wherever it is started from; a
        // host that names one (a test host, --contentRoot) wins. Data paths stay relative to the current directory.
        var named = new ConfigurationBuilder().AddCommandLine(args).Build()[WebHostDefaults.ContentRootKey];
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = named is null ? AppContext.BaseDirectory : null,
        });
        builder.WebHost.UseStaticWebAssets(); // a build (not publish) output serves wwwroot from the project
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = RequestSizeLimits.DefaultMaxBytes);
        builder.AddMend();
        var app = builder.Build();

        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), pages => pages.UseStatusCodePagesWithReExecute("/status/{0}"));
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRequestSizeLimits();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapHealthChecks("/health").DisableRateLimiting();
        app.MapOpenApi();
        app.MapCheckApi();
        app.MapAnalyzeApi();
        app.MapApologyApi();
        app.MapTriageApi();
        app.MapRuptureApi();
        app.MapCoupleSpaceApi();
        app.MapCoachingApi();
        app.MapStepApi();
        app.MapAccountApi();
        app.MapRazorPages();
        return app;
    }
}
