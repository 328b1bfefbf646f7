using Mend.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Mend.Web.Hosting;

/// <summary>The app's services: options, database, Data Protection, Identity, rate limits, JSON, OpenAPI, pages.</summary>
public static class MendServices
{
    /// <summary>Registers everything the app needs from <c>Mend</c> configuration.</summary>
    public static WebApplicationBuilder AddMend(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var options = builder.Configuration.GetSection(MendOptions.Section).Get<MendOptions>() ?? new MendOptions();
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        Directory.CreateDirectory(options.DataPath);

        services.AddDataProtection()
            .SetApplicationName("Mend")
            .PersistKeysToFileSystem(Directory.CreateDirectory(options.KeysPath));
        services.AddSingleton<FreeTextProtector>();
        services.AddHttpContextAccessor();
        services.AddSingleton(sp => CurrentUser.Of(sp.GetRequiredService<IHttpContextAccessor>()));
        AddDatabase(builder, options);
        services.AddHostedService<DatabaseMigrator>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

        services.AddIdentityApiEndpoints<MendUser>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.Password.RequiredLength = 10;
                identity.Password.RequiredUniqueChars = 4;
                identity.Password.RequireDigit = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Lockout.AllowedForNewUsers = true;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<MendDb>();
        // Bearer tokens or the cookie authenticate; a challenge goes to the cookie (sign-in page, or 401 under /api).
        services.AddAuthentication(auth => auth.DefaultChallengeScheme = IdentityConstants.ApplicationScheme);
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "mend.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.LoginPath = "/account/signin";
            cookie.LogoutPath = "/account/signout";
            cookie.AccessDeniedPath = "/account/signin";
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromDays(14);
            cookie.Events.OnRedirectToLogin = context => ApiOrRedirect(context.HttpContext, context.RedirectUri, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => ApiOrRedirect(context.HttpContext, context.RedirectUri, StatusCodes.Status403Forbidden);
        });
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "mend.antiforgery";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
        });

        services.AddMendRateLimits(options.RateLimits);
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.TypeInfoResolverChain.Insert(0, MendJsonContext.Default);
            json.SerializerOptions.TypeInfoResolverChain.Insert(1, CoupleSpaceAndBookingJsonContext.Default);
        });
        services.AddOpenApi();
        services.AddRouting(routing => routing.LowercaseUrls = true);
        services.AddRazorPages(pages =>
        {
            pages.Conventions.AuthorizePage("/Dashboard");
            pages.Conventions.AuthorizeFolder("/Ruptures");
            pages.Conventions.AuthorizePage("/Account/Data");
            pages.Conventions.AddPageApplicationModelConvention("/Import", page => page.EndpointMetadata.Add(Features.Import.AnalyzeApi.UploadLimit(options)));
        });
        return builder;
    }

    private static void AddDatabase(WebApplicationBuilder builder, MendOptions options)
    {
        if (options.Database == DatabaseProvider.Postgres)
        {
            var connection = builder.Configuration.GetConnectionString("Mend")
                ?? throw new InvalidOperationException("Mend:Database is Postgres but ConnectionStrings:Mend is not set.");
            builder.Services.AddDbContext<MendDb, PostgresMendDb>(db => db.UseNpgsql(connection));
        }
        else
        {
            var file = Path.Combine(options.DataPath, "mend.db");
            builder.Services.AddDbContext<MendDb, SqliteMendDb>(db => db.UseSqlite($"Data Source={file}"));
        }
    }

    private static Task ApiOrRedirect(HttpContext http, string redirectUri, int status)
    {
        if (http.Request.Path.StartsWithSegments("/api"))
        {
            http.Response.StatusCode = status;
        }
        else
        {
            http.Response.Redirect(redirectUri);
        }

        return Task.CompletedTask;
    }
}
