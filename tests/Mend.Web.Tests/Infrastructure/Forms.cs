using System.Net;
using System.Text.RegularExpressions;

namespace Mend.Web.Tests.Infrastructure;

/// <summary>Page-level helpers: read the antiforgery token from a page, post a form as a browser would.</summary>
internal static partial class Forms
{
    public const string Password = "correct horse battery";

    /// <summary>The antiforgery token of the first form on <paramref name="path"/>.</summary>
    public static async Task<string> TokenAsync(this HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        return Token().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"No antiforgery token on {path}.");
    }

    /// <summary>Posts <paramref name="fields"/> (plus the token taken from <paramref name="page"/>) to <paramref name="action"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string page, string action, params (string Name, string Value)[] fields)
    {
        var token = await client.TokenAsync(page);
        var body = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token));
        return await client.PostAsync(action, new FormUrlEncodedContent(body));
    }

    /// <summary>Signs up through the page (which signs the new user in).</summary>
    public static async Task SignUpAsync(this HttpClient client, string email, string page = "/account/signup")
    {
        var response = await client.PostFormAsync(page, page, ("Email", email), ("Password", Password), ("Confirm", Password));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/dashboard", response.Headers.Location?.OriginalString);
    }

    /// <summary>Describes a rupture on the dashboard and returns its id.</summary>
    public static async Task<Guid> DescribeAsync(this HttpClient client, string description, string page = "/dashboard")
    {
        var response = await client.PostFormAsync(page, page, ("Description", description));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.EndsWith("/triage", location, StringComparison.Ordinal);
        return Guid.Parse(location["/ruptures/".Length..location.LastIndexOf('/')]);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
