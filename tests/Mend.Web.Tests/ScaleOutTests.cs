using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mend.Web.Tests.Infrastructure;

namespace Mend.Web.Tests;

/// <summary>
/// Two instances on two loopback ports, one PostgreSQL database and one shared keys folder, no sticky sessions:
/// what one instance starts, the other continues — cookie, antiforgery token and bearer token alike.
/// </summary>
public sealed class ScaleOutTests
{
    [Fact]
    public async Task Sign_in_on_one_instance_and_continue_on_the_other()
    {
        using var data = new TestData(DatabaseProvider.Postgres);
        var keys = Path.Combine(data.Directory, "shared-keys");
        var ct = TestContext.Current.CancellationToken;
        var settings = data.Settings().Append(new("Mend:KeysDirectory", keys)).ToList();
        await using var one = await KestrelApp.StartAsync(settings.Append(new("Mend:DataDirectory", Path.Combine(data.Directory, "one"))));
        await using var two = await KestrelApp.StartAsync(settings.Append(new("Mend:DataDirectory", Path.Combine(data.Directory, "two"))));
        Assert.NotEqual(one.Address.Port, two.Address.Port);

        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var browser = new HttpClient(handler);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(new Uri(one.Address, "health"), ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(new Uri(two.Address, "health"), ct)).StatusCode);

        // Sign up and describe a rupture on one…
        await browser.SignUpAsync("scale@example.com", new Uri(one.Address, "account/signup").ToString());
        var id = await browser.DescribeAsync("I shouted at my sister on the phone.", new Uri(one.Address, "dashboard").ToString());

        // …then continue on two with the same cookie, and a form token taken from one.
        var page = await browser.GetStringAsync(new Uri(two.Address, $"ruptures/{id}"), ct);
        Assert.Contains("I shouted at my sister on the phone.", page, StringComparison.Ordinal);
        var token = await browser.TokenAsync(new Uri(one.Address, $"ruptures/{id}").ToString());
        var note = await browser.PostAsync(new Uri(two.Address, $"ruptures/{id}?handler=note"),
            new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Note", "Called her back the next day."), new("Private", "true")]), ct);
        Assert.Equal(HttpStatusCode.Redirect, note.StatusCode);
        Assert.Contains("Called her back the next day.", await browser.GetStringAsync(new Uri(one.Address, $"ruptures/{id}"), ct), StringComparison.Ordinal);

        // A bearer token from one works on two.
        using var api = new HttpClient();
        var register = await api.PostAsJsonAsync(new Uri(one.Address, "api/account/register"), new { email = "api@example.com", password = Forms.Password }, ct);
        Assert.True(register.IsSuccessStatusCode);
        var login = await (await api.PostAsJsonAsync(new Uri(one.Address, "api/account/login"), new { email = "api@example.com", password = Forms.Password }, ct))
            .Content.ReadFromJsonAsync<JsonObject>(ct);
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login!["accessToken"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(new Uri(two.Address, "api/ruptures"), ct)).StatusCode);
    }
}
