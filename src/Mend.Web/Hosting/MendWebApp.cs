using Mend.Web.Features.Account;
using Mend.Web.Features.Check;
using Mend.Web.Features.Ruptures;

namespace Mend.Web.Hosting;

/// <summary>Composes the web app: services (<see cref="MendServices"/>), then the request pipeline and endpoints.</summary>
public static class MendWebApp
{
    /// <summary>Builds the app from command-line <paramref name="args"/> (e.g. <c>--urls</c>, <c>--Mend:DataDirectory</c>).</summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddMend();
        var app = builder.Build();

        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), pages => pages.UseStatusCodePagesWithReExecute("/status/{0}"));
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapHealthChecks("/health").DisableRateLimiting();
        app.MapOpenApi();
        app.MapCheckApi();
        app.MapRuptureApi();
        app.MapAccountApi();
        app.MapRazorPages();
        return app;
    }
}
