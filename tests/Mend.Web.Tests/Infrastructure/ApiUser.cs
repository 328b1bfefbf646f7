using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Mend.Web.Tests.Infrastructure;

/// <summary>An API caller with an account: registered and signed in through <c>/api/account</c> with a bearer token.</summary>
internal static class ApiUser
{
    /// <summary>Registers <paramref name="email"/>, logs in, and returns a client that sends the bearer token.</summary>
    public static async Task<HttpClient> SignedInClientAsync(this MendWebFactory app, string email)
    {
        var client = app.CreateClient();
        var register = await client.PostAsJsonAsync("/api/account/register", new { email, password = Forms.Password });
        Assert.True(register.IsSuccessStatusCode, await register.Content.ReadAsStringAsync());
        var login = await client.PostAsJsonAsync("/api/account/login", new { email, password = Forms.Password });
        Assert.True(login.IsSuccessStatusCode, await login.Content.ReadAsStringAsync());
        var token = (await login.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
