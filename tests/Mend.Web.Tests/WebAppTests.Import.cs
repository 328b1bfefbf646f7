using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mend.Analysis.Conversations;
using Mend.Analysis.Json;
using Mend.Import;
using Mend.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mend.Web.Tests;

public abstract partial class WebAppTests
{
    private const string WhatsApp = "whatsapp-robin-and-alex.txt";
    private const string Jsonl = "jsonl-kim-and-lee.jsonl";

    private static string ChatPath(string name) => Path.Combine(AppContext.BaseDirectory, "Chats", name);

    [Theory]
    [InlineData(WhatsApp, null, "whatsapp")]
    [InlineData(Jsonl, null, "jsonl")]
    [InlineData(Jsonl, "jsonl", "jsonl")]
    public async Task Analyze_answers_the_command_line_json(string chat, string? format, string expectedFormat)
    {
        await using var app = Start();
        var response = await app.CreateClient().PostAsync("/api/analyze", Upload(chat, format), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var actual = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.True(JsonNode.DeepEquals(ExpectedAnalysis(chat), actual), actual.ToJsonString());
        Assert.Equal(expectedFormat, actual["format"]!.GetValue<string>());
        Assert.Equal(["format", "messages", "mediaMessages", "systemMessages", "participants", "first", "last"], actual.AsObject().Select(p => p.Key).Take(7));
    }

    [Theory]
    [InlineData("not-a-format", WhatsApp, HttpStatusCode.BadRequest, "Unknown format")]
    [InlineData("telegram", WhatsApp, HttpStatusCode.UnprocessableEntity, "")]
    [InlineData(null, "plain", HttpStatusCode.UnprocessableEntity, "")]
    public async Task Analyze_refuses_what_it_cannot_read_with_a_problem(string? format, string chat, HttpStatusCode status, string detail)
    {
        await using var app = Start();
        var content = chat == "plain"
            ? Upload("notes.txt", "Shopping list\nmilk\nbread\n", format)
            : Upload(chat, format);
        var response = await app.CreateClient().PostAsync("/api/analyze", content, TestContext.Current.CancellationToken);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!;
        Assert.Equal((int)status, problem["status"]!.GetValue<int>());
        Assert.Contains(detail, problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        if (status == HttpStatusCode.UnprocessableEntity)
        {
            Assert.NotNull(problem["line"]);
        }
    }

    [Fact]
    public async Task Analyze_names_the_line_of_a_broken_export()
    {
        await using var app = Start();
        var broken = "{\"timestamp\":\"2025-04-01T18:30:00+02:00\",\"sender\":\"Kim\",\"text\":\"Hello\"}\n{\"timestamp\":\"nonsense\"\n";
        var response = await app.CreateClient().PostAsync("/api/analyze", Upload("chat.jsonl", broken, "jsonl"), TestContext.Current.CancellationToken);

        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        if (response.StatusCode == HttpStatusCode.OK)
        {
            // the reader skips a broken line and says which in the diagnostics
            Assert.Equal(2, JsonNode.Parse(body)!["diagnostics"]!["issues"]![0]!["line"]!.GetValue<long>());
        }
        else
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Contains("line 2", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Analyze_needs_a_multipart_form_with_a_file()
    {
        await using var app = Start();
        var client = app.CreateClient();
        var ct = TestContext.Current.CancellationToken;
        var json = await client.PostAsJsonAsync("/api/analyze", new { text = "hello" }, ct);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        Assert.Equal("application/problem+json", json.Content.Headers.ContentType?.MediaType);

        using var noFile = new MultipartFormDataContent { { new StringContent("whatsapp"), "format" } };
        var missing = await client.PostAsync("/api/analyze", noFile, ct);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("file", (await missing.Content.ReadFromJsonAsync<JsonObject>(ct))!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Analyze_refuses_an_upload_over_the_configured_size_with_413(bool declared)
    {
        await using var app = Start(new Dictionary<string, string> { ["Mend:MaxUploadMegabytes"] = "1" });
        var big = new StringBuilder();
        var line = File.ReadAllLines(ChatPath(WhatsApp))[1] + "\n";
        while (big.Length < 2 * 1024 * 1024)
        {
            big.Append(line);
        }

        var bytes = Encoding.UTF8.GetBytes(big.ToString());
        HttpContent file = declared ? new ByteArrayContent(bytes) : new StreamContent(new NonSeekable(bytes));
        using var content = new MultipartFormDataContent { { file, "file", "big.txt" } };
        var response = await app.CreateClient().PostAsync("/api/analyze", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);

        // and a file under the limit still goes through
        var small = await app.CreateClient().PostAsync("/api/analyze", Upload(WhatsApp, null), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
    }

    [Fact]
    public async Task Analyze_is_rate_limited()
    {
        await using var app = Start(new Dictionary<string, string> { ["Mend:RateLimits:AnalysisPerMinute"] = "2" });
        var client = app.CreateClient();
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/analyze", Upload(Jsonl, null), ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/analyze", Upload(Jsonl, null), ct)).StatusCode);
        var third = await client.PostAsync("/api/analyze", Upload(Jsonl, null), ct);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("application/problem+json", third.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task No_copy_of_an_upload_is_left_in_the_data_or_temp_folder()
    {
        var started = DateTime.UtcNow.AddSeconds(-2);
        var marker = "Ossifrage-" + Guid.NewGuid().ToString("N");
        var chat = File.ReadAllText(ChatPath(WhatsApp)).Replace("You never listen to me", "You never listen to me, " + marker, StringComparison.Ordinal);
        await using var app = Start();
        var browser = app.Browser();
        await browser.SignUpAsync("nia@example.com");
        var ct = TestContext.Current.CancellationToken;

        var api = await browser.PostAsync("/api/analyze", Upload("chat.txt", chat, null), ct);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        var page = await browser.PostAsync("/import", await ImportFormAsync(browser, "chat.txt", chat, keep: false), ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(marker, WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync(ct)), StringComparison.Ordinal);

        AssertNowhere(app.Data.Directory, marker);
        foreach (var file in new DirectoryInfo(Path.GetTempPath()).EnumerateFiles())
        {
            if (file.LastWriteTimeUtc >= started && file.Length < 64 * 1024 * 1024)
            {
                byte[] bytes;
                try
                {
                    bytes = ReadShared(file.FullName);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    continue; // gone meanwhile, or not ours
                }

                Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(marker)) < 0, $"a copy of the upload is left in {file.FullName}");
            }
        }
    }

    [Fact]
    public async Task The_import_page_shows_the_report_in_a_sandboxed_frame_under_a_strict_policy_and_keeps_nothing()
    {
        await using var app = Start();
        var browser = app.Browser();
        var ct = TestContext.Current.CancellationToken;
        var response = await browser.PostAsync("/import", await ImportFormAsync(browser, WhatsApp, File.ReadAllText(ChatPath(WhatsApp)), keep: true), ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Matches("style-src 'self' 'sha256-[A-Za-z0-9+/=]+';", csp);
        Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);
        var html = await response.Content.ReadAsStringAsync(ct);
        Assert.Contains("<iframe class=\"report\" sandbox srcdoc=\"", html, StringComparison.Ordinal);
        Assert.Contains("You never listen to me", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"keep\"", html, StringComparison.Ordinal); // only a signed-in person can keep results
        Assert.Equal(0, await app.CountRowsAsync());
    }

    [Fact]
    public async Task The_import_page_refuses_a_post_without_the_antiforgery_token()
    {
        await using var app = Start();
        var response = await app.Browser().PostAsync("/import", Upload(WhatsApp, null), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_import_page_says_why_a_file_is_not_a_chat()
    {
        await using var app = Start();
        var browser = app.Browser();
        var response = await browser.PostAsync("/import", await ImportFormAsync(browser, "notes.txt", "Shopping list\nmilk\n", keep: false), TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("class=\"error\" role=\"alert\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_person_keeps_results_only_when_they_choose_to_and_can_delete_them()
    {
        await using var app = Start();
        var browser = app.Browser();
        var ct = TestContext.Current.CancellationToken;
        await browser.SignUpAsync("ola@example.com");
        var chat = File.ReadAllText(ChatPath(WhatsApp));

        var shown = await browser.PostAsync("/import", await ImportFormAsync(browser, WhatsApp, chat, keep: false), ct);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Contains("name=\"keep\"", await shown.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        Assert.Equal(1, await app.CountRowsAsync()); // the user, nothing else

        var kept = await browser.PostAsync("/import", await ImportFormAsync(browser, WhatsApp, chat, keep: true), ct);
        Assert.Equal(HttpStatusCode.Redirect, kept.StatusCode);
        var location = kept.Headers.Location!.OriginalString;
        Assert.Matches("^/reports/[0-9a-f-]{36}$", location);
        var id = Guid.Parse(location["/reports/".Length..]);

        var page = await browser.GetAsync(location, ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Matches("style-src 'self' 'sha256-", string.Join(";", page.Headers.GetValues("Content-Security-Policy")));
        Assert.Contains("You never listen to me", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync(ct)), StringComparison.Ordinal);
        Assert.Contains(WhatsApp, await browser.GetStringAsync("/dashboard", ct), StringComparison.Ordinal);

        var list = (await browser.GetFromJsonAsync<JsonArray>("/api/reports", ct))!;
        Assert.Equal(id, Assert.Single(list)!["id"]!.GetValue<Guid>());
        var json = JsonNode.Parse(await browser.GetStringAsync($"/api/reports/{id}", ct))!;
        Assert.True(JsonNode.DeepEquals(ExpectedAnalysis(WhatsApp), json), json.ToJsonString());

        var deleted = await browser.PostFormAsync(location, location);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(location, ct)).StatusCode);
        Assert.Equal(1, await app.CountRowsAsync());
    }

    [Fact]
    public async Task Kept_reports_are_their_owners_alone_encrypted_at_rest_exported_and_deleted_with_the_account()
    {
        const string Secret = "Quetzalcoatl-biscuit";
        var chat = File.ReadAllText(ChatPath(WhatsApp)).Replace("You never listen to me", "You never listen to me about " + Secret, StringComparison.Ordinal);
        await using (var app = Start())
        {
            var ct = TestContext.Current.CancellationToken;
            var owner = app.Browser();
            await owner.SignUpAsync("pia@example.com");
            var kept = await owner.PostAsync("/import", await ImportFormAsync(owner, "Chat with Wilhelmina.txt", chat, keep: true), ct);
            var location = kept.Headers.Location!.OriginalString;
            var id = Guid.Parse(location["/reports/".Length..]);

            var other = app.Browser();
            await other.SignUpAsync("quin@example.com");
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(location, ct)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/reports/{id}", ct)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/reports/{id}", ct)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await other.PostFormAsync("/dashboard", location)).StatusCode);
            Assert.Empty((await other.GetFromJsonAsync<JsonArray>("/api/reports", ct))!);
            Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync($"/api/reports/{id}", ct)).StatusCode);

            AssertNowhere(app.Data.Directory, Secret, "Wilhelmina");

            var export = (await owner.GetFromJsonAsync<JsonObject>("/api/account/export", ct))!;
            var report = Assert.Single(export["chatReports"]!.AsArray())!;
            Assert.Equal("Chat with Wilhelmina.txt", report["name"]!.GetValue<string>());
            Assert.Equal("whatsapp", report["analysis"]!["format"]!.GetValue<string>());

            var delete = await owner.PostFormAsync("/account/data", "/account/data?handler=delete", ("Password", Forms.Password));
            Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
            await using var scope = app.Services.CreateAsyncScope();
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<Mend.Web.Data.MendDb>().KeptChatReports.IgnoreQueryFilters().CountAsync(ct));
            await app.DisposeAsyncKeepingData();
            AssertNowhere(app.Data.Directory, Secret, "Wilhelmina");
        }
    }

    /// <summary>What <c>mend analyze --json</c> says about the chat, through the same library calls.</summary>
    private static JsonNode ExpectedAnalysis(string chat)
    {
        using var import = ChatImport.Open(ChatPath(chat));
        var report = new ConversationAnalyzer().Analyze(import.Messages);
        var diagnostics = new DiagnosticsJson(import.Diagnostics.Count, [.. import.Diagnostics.Issues.Take(10).Select(i => new DiagnosticJson(i.Line, i.Reason))]);
        return JsonSerializer.SerializeToNode(AnalyzeJson.From(report, import.Format.Id(), diagnostics), Camel)!;
    }

    private static MultipartFormDataContent Upload(string chat, string? format) =>
        Upload(chat, File.ReadAllText(ChatPath(chat)), format);

    private static MultipartFormDataContent Upload(string fileName, string text, string? format)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        var content = new MultipartFormDataContent { { file, "file", fileName } };
        if (format is not null)
        {
            content.Add(new StringContent(format), "format");
        }

        return content;
    }

    /// <summary>The import form as a browser sends it: the file first, the token last.</summary>
    private static async Task<MultipartFormDataContent> ImportFormAsync(HttpClient browser, string fileName, string text, bool keep)
    {
        var token = await browser.TokenAsync("/import");
        var content = Upload(fileName, text, "");
        if (keep)
        {
            content.Add(new StringContent("true"), "keep");
        }

        content.Add(new StringContent(token), "__RequestVerificationToken");
        return content;
    }

    /// <summary>A stream of unknown length: the client sends it chunked, with no Content-Length.</summary>
    private sealed class NonSeekable(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
