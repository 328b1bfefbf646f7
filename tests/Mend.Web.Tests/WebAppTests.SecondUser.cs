using System.Net;
using System.Net.Http.Json;
using System.Text;
using Mend.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Mend.Web.Tests;

public abstract partial class WebAppTests
{
    /// <summary>
    /// Walks every endpoint the app maps that takes an id — API routes and pages alike, read from the endpoint data
    /// source so that a new endpoint is covered without touching this test — as a second signed-in user, with the
    /// first user's id, and expects 404 every time.
    /// </summary>
    [Fact]
    public async Task A_second_user_gets_404_for_everything_of_the_first()
    {
        await using var app = Start();
        var ct = TestContext.Current.CancellationToken;
        var first = app.Browser();
        await first.SignUpAsync("first@example.com");
        var id = await first.DescribeAsync("Mine alone: I broke a promise to my brother.");
        await first.PostFormAsync($"/ruptures/{id}", $"/ruptures/{id}?handler=note", ("Note", "private thoughts"), ("Private", "true"));
        // a partner has joined it, so the second user below is a third person to it
        var invite = await (await first.PostAsync($"/api/ruptures/{id}/invites", null, ct)).Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>(ct);
        var partner = await app.SignedInClientAsync("partner@example.com");
        Assert.Equal(HttpStatusCode.OK, (await partner.PostAsync($"/api/invites/{invite!["token"]}/accept", null, ct)).StatusCode);
        var kept = await first.PostAsync("/import", await ImportFormAsync(first, WhatsApp, File.ReadAllText(ChatPath(WhatsApp)), keep: true), ct);
        var reportId = Guid.Parse(kept.Headers.Location!.OriginalString["/reports/".Length..]);

        var secondPage = app.Browser();
        await secondPage.SignUpAsync("second@example.com");
        var secondApi = await app.SignedInClientAsync("second-api@example.com");
        var token = await secondPage.TokenAsync("/dashboard");

        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Any(p => p.Name == "id"))
            .ToList();
        Assert.Contains(endpoints, e => e.RoutePattern.RawText!.StartsWith("/api/ruptures", StringComparison.Ordinal));
        Assert.Contains(endpoints, e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null);
        var pages = app.Services.GetRequiredService<PageLoader>();

        var walked = new List<string>();
        foreach (var (endpoint, firstUsersId) in endpoints.SelectMany(e => new[] { (e, id), (e, reportId) }))
        {
            var path = Fill(endpoint.RoutePattern, firstUsersId);
            var page = endpoint.Metadata.GetMetadata<PageActionDescriptor>();
            var isPage = page is not null;
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"];
            foreach (var method in methods)
            {
                HttpResponseMessage response;
                if (isPage)
                {
                    var request = new HttpRequestMessage(new HttpMethod(method), path);
                    if (method == "POST")
                    {
                        request.Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Note", "intruder"), new("Text", "intruder")]);
                    }

                    response = await secondPage.SendAsync(request, ct);
                    if (method == "POST")
                    {
                        // every named handler of the page, too
                        foreach (var handler in await PageHandlersAsync(pages, page!))
                        {
                            var withHandler = await secondPage.PostAsync(path + "?handler=" + handler, new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Note", "intruder")]), ct);
                            Assert.True(withHandler.StatusCode == HttpStatusCode.NotFound, $"{method} {path}?handler={handler} gave {(int)withHandler.StatusCode}");
                        }
                    }
                }
                else
                {
                    var request = new HttpRequestMessage(new HttpMethod(method), path);
                    if (method is "POST" or "PUT" or "PATCH")
                    {
                        request.Content = new StringContent("{\"text\":\"intruder\",\"description\":\"intruder\",\"private\":false}", Encoding.UTF8, "application/json");
                    }

                    response = await secondApi.SendAsync(request, ct);
                }

                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{method} {path} as a second user gave {(int)response.StatusCode}");
                walked.Add($"{method} {path}");
            }
        }

        Assert.Contains($"GET /api/ruptures/{id}", walked);
        Assert.Contains($"GET /ruptures/{id}", walked);
        Assert.Contains($"GET /api/reports/{reportId}", walked);
        Assert.Contains($"DELETE /api/reports/{reportId}", walked);
        Assert.Contains($"GET /reports/{reportId}", walked);

        // and nothing of the first user's leaked into the second's lists
        Assert.Empty((await secondApi.GetFromJsonAsync<object[]>("/api/ruptures", ct))!);
        Assert.DoesNotContain(id.ToString(), await secondPage.GetStringAsync("/dashboard", ct), StringComparison.Ordinal);
        Assert.Contains("private thoughts", await first.GetStringAsync($"/ruptures/{id}", ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync($"/reports/{reportId}", ct)).StatusCode);
    }

    private static string Fill(RoutePattern pattern, Guid id)
    {
        var path = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternParameterPart parameter when parameter.Name == "id" => id.ToString(),
                    RoutePatternParameterPart parameter when parameter.Name is "n" or "step" => "1",
                    RoutePatternParameterPart parameter => throw new InvalidOperationException($"Route {pattern.RawText}: give the walk a value for {{{parameter.Name}}}."),
                    _ => "",
                });
            }
        }

        return path.ToString();
    }

    private static async Task<IEnumerable<string>> PageHandlersAsync(PageLoader loader, PageActionDescriptor page) =>
        (await loader.LoadAsync(page, EndpointMetadataCollection.Empty)).HandlerMethods
            .Where(h => h.HttpMethod == "Post" && !string.IsNullOrEmpty(h.Name))
            .Select(h => h.Name!);
}
