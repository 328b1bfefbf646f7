using System.Threading.RateLimiting;

namespace Mend.Web.Hosting;

/// <summary>The named rate-limit policies: per client (the signed-in user, else the remote address), per minute.</summary>
public static class RateLimitPolicies
{
    /// <summary>Sign-in and registration: slows down password guessing (lockout stops it per account).</summary>
    public const string SignIn = "sign-in";

    /// <summary>Message analysis, by API or check-as-you-type.</summary>
    public const string Analysis = "analysis";

    /// <summary>Adds the policies with the limits of <paramref name="limits"/>; a 429 answer is a ProblemDetails.</summary>
    public static IServiceCollection AddMendRateLimits(this IServiceCollection services, RateLimitOptions limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                var http = context.HttpContext;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = { Status = 429, Title = "Too many requests", Detail = "Wait a moment and try again." },
                });
            };
            options.AddPolicy(SignIn, http => PerMinute(http, limits.SignInPerMinute));
            options.AddPolicy(Analysis, http => PerMinute(http, limits.AnalysisPerMinute));
        });
    }

    private static RateLimitPartition<string> PerMinute(HttpContext http, int permits)
    {
        var client = http.User.Identity?.IsAuthenticated == true
            ? "user:" + http.User.Identity.Name
            : "ip:" + http.Connection.RemoteIpAddress;
        return permits <= 0
            ? RateLimitPartition.GetNoLimiter(client)
            : RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
    }
}
