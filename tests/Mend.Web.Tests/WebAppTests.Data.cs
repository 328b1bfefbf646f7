using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Mend.Web.Tests.Infrastructure;

namespace Mend.Web.Tests;

public abstract partial class WebAppTests
{
    [Fact]
    public async Task Free_text_is_nowhere_in_plain_text_under_the_data_folder()
    {
        const string Description = "Quillfeather rupture: I read Marguerite's diary without asking";
        const string NoteText = "Zanzibar-note: she asked for a week before we talk";
        await using (var app = Start())
        {
            var client = app.Browser();
            await client.SignUpAsync("fay@example.com");
            var id = await client.DescribeAsync(Description);
            await client.PostFormAsync($"/ruptures/{id}", $"/ruptures/{id}?handler=note", ("Note", NoteText), ("Private", "true"));
            var api = await app.SignedInClientAsync("gus@example.com");
            await api.PostAsJsonAsync("/api/ruptures", new { description = Description + " (api)" }, TestContext.Current.CancellationToken);

            Assert.Contains(Description, WebUtility.HtmlDecode(await client.GetStringAsync($"/ruptures/{id}", TestContext.Current.CancellationToken)), StringComparison.Ordinal);
            AssertNowhere(app.Data.Directory, "Quillfeather", "Marguerite", "Zanzibar");
            await app.DisposeAsyncKeepingData();
            AssertNowhere(app.Data.Directory, "Quillfeather", "Marguerite", "Zanzibar");
        }
    }

    [Fact]
    public async Task Export_holds_all_my_data_and_delete_removes_it()
    {
        await using var app = Start();
        var client = await app.SignedInClientAsync("hal@example.com");
        var ct = TestContext.Current.CancellationToken;
        var created = await (await client.PostAsJsonAsync("/api/ruptures", new { description = "I forgot our anniversary." }, ct)).Content.ReadFromJsonAsync<JsonObject>(ct);
        var id = created!["id"]!.GetValue<Guid>();
        await client.PostAsJsonAsync($"/api/ruptures/{id}/notes", new { text = "Plan a quiet dinner.", @private = false }, ct);

        var export = await client.GetAsync("/api/account/export", ct);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Contains("attachment", export.Content.Headers.ContentDisposition?.ToString() ?? export.Headers.ToString(), StringComparison.Ordinal);
        var json = (await export.Content.ReadFromJsonAsync<JsonObject>(ct))!;
        Assert.Equal("hal@example.com", json["email"]!.GetValue<string>());
        var rupture = Assert.Single(json["ruptures"]!.AsArray())!;
        Assert.Equal("I forgot our anniversary.", rupture["description"]!.GetValue<string>());
        Assert.Equal("Plan a quiet dinner.", Assert.Single(rupture["notes"]!.AsArray())!["text"]!.GetValue<string>());

        var wrong = await client.PostAsJsonAsync("/api/account/delete", new { password = "not it at all" }, ct);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var deleted = await client.PostAsJsonAsync("/api/account/delete", new { password = Forms.Password }, ct);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);

        Assert.Equal(0, await app.CountRowsAsync());
        var relogin = await app.CreateClient().PostAsJsonAsync("/api/account/login", new { email = "hal@example.com", password = Forms.Password }, ct);
        Assert.Equal(HttpStatusCode.Unauthorized, relogin.StatusCode);
    }

    [Fact]
    public async Task Export_and_delete_through_the_page()
    {
        await using var app = Start();
        var client = app.Browser();
        await client.SignUpAsync("ida@example.com");
        await client.DescribeAsync("I raised my voice at dinner.");

        var export = await client.PostFormAsync("/account/data", "/account/data?handler=export");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/json", export.Content.Headers.ContentType?.MediaType);
        Assert.Contains("I raised my voice at dinner.", await export.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        var delete = await client.PostFormAsync("/account/data", "/account/data?handler=delete", ("Password", Forms.Password));
        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        Assert.Equal(0, await app.CountRowsAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/dashboard", TestContext.Current.CancellationToken)).StatusCode);
    }

    private static IEnumerable<byte[]> ReadAllData(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Select(ReadShared);

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static void AssertNowhere(string directory, params string[] secrets)
    {
        var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var bytes = ReadShared(file);
            foreach (var secret in secrets)
            {
                foreach (var encoding in new Encoding[] { Encoding.UTF8, Encoding.Unicode, Encoding.BigEndianUnicode })
                {
                    Assert.True(bytes.AsSpan().IndexOf(encoding.GetBytes(secret)) < 0, $"'{secret}' in plain text in {file}");
                }
            }
        }
    }
}
