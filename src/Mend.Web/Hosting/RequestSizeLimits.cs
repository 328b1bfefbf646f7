using Microsoft.AspNetCore.Http.Metadata;

namespace Mend.Web.Hosting;

/// <summary>
/// Refuses a request whose declared body is larger than its endpoint allows (<see cref="IRequestSizeLimitMetadata"/>)
/// with 413 and a ProblemDetails, before reading any of it. Kestrel also stops undeclared (chunked) bodies at that size.
/// </summary>
public static class RequestSizeLimits
{
    /// <summary>The largest body any endpoint takes unless it says otherwise.</summary>
    public const long DefaultMaxBytes = 1024 * 1024;

    /// <summary>Adds the check; call after routing so the endpoint is known.</summary>
    public static IApplicationBuilder UseRequestSizeLimits(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? DefaultMaxBytes;
            if (context.Request.ContentLength > limit)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = { Status = 413, Title = "Request too large", Detail = $"This endpoint takes at most {limit:N0} bytes." },
                });
                return;
            }

            await next(context);
        });
}
