using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mend.Analysis;
using Mend.Analysis.Json;
using Mend.Repair;
using Mend.Web.Tests.Infrastructure;

namespace Mend.Web.Tests;

public abstract partial class WebAppTests
{
    private static readonly JsonSerializerOptions Camel = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Health_answers_200_when_ready()
    {
        await using var app = Start();
        var response = await app.CreateClient().GetAsync("/health", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("You NEVER listen, you're so selfish")]
    [InlineData("I'm sorry I forgot your birthday. That was my fault and I'll set a reminder.")]
    [InlineData("see you at 6, I'll bring bread")]
    [InlineData("Pick up when I call or you'll regret this")]
    public async Task Check_answers_the_command_line_json(string text)
    {
        await using var app = Start();
        var response = await app.CreateClient().PostAsJsonAsync("/api/check", new { text }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var actual = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        var expected = JsonSerializer.SerializeToNode(CheckJson.From(AnalysisPipeline.Default.Analyze(text)), Camel)!;
        Assert.True(JsonNode.DeepEquals(expected, actual), actual.ToJsonString());
        Assert.Equal(["text", "labels", "findings", "safety"], actual.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task Check_puts_safety_first_and_offers_no_wording_for_it()
    {
        await using var app = Start();
        var json = await app.CreateClient().PostAsJsonAsync("/api/check", new { text = "Pick up when I call or you'll regret this" }, TestContext.Current.CancellationToken)
            .ContinueWith(t => t.Result.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken)).Unwrap();

        Assert.Contains("safety_concern", json!["labels"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.NotNull(json["safety"]!["message"]);
        Assert.All(json["findings"]!.AsArray(), f => Assert.Null(f!["suggestion"]));
    }

    [Theory]
    [InlineData("I'm sorry I forgot your birthday. I know it hurt you, and I'll make it up to you this weekend.")]
    [InlineData("I'm sorry if you were upset, but you overreacted.")]
    [InlineData("see you at 6")]
    public async Task Apology_answers_the_command_line_json(string text)
    {
        await using var app = Start();
        var response = await app.CreateClient().PostAsJsonAsync("/api/apology", new { text }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var actual = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        var expected = JsonSerializer.SerializeToNode(ApologyJson.From(Mend.Analysis.Apologies.ApologyCoach.Default.Assess(text)), Camel)!;
        Assert.True(JsonNode.DeepEquals(expected, actual), actual.ToJsonString());
        foreach (var field in new[] { "components", "flags", "quality", "score", "missing", "findings", "rewrite" })
        {
            Assert.True(actual.AsObject().ContainsKey(field), field);
        }
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"text\":")]
    public async Task Bad_apology_requests_get_problem_details(string body)
    {
        await using var app = Start();
        var response = await app.CreateClient().PostAsync("/api/apology", new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        await AssertProblemAsync(response, 400);
    }

    [Theory]
    [InlineData("I forgot her birthday and didn't call")]
    [InlineData("I lied to him about money for months and he found out")]
    [InlineData("he threatened to hurt me if I leave him")]
    public async Task Triage_answers_the_command_line_json(string text)
    {
        await using var app = Start();
        var response = await app.CreateClient().PostAsJsonAsync("/api/triage", new { text }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var actual = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        var triage = Mend.Analysis.Triage.RuptureTriage.Default.Assess(text);
        var expected = JsonSerializer.SerializeToNode(TriageJson.From(triage, Mend.Analysis.Planning.PlanBuilder.Default.Build(triage)), Camel)!;
        Assert.True(JsonNode.DeepEquals(expected, actual), actual.ToJsonString());
        Assert.Equal(["cause", "causes", "severity", "rationale", "plan", "safety"], actual.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task A_rupture_that_raises_a_safety_concern_gets_the_notice_and_no_plan()
    {
        await using var app = Start();
        var client = await app.SignedInClientAsync("kim@example.com");
        var created = await client.PostAsJsonAsync("/api/ruptures", new { description = "he threatened to hurt me if I leave him" }, TestContext.Current.CancellationToken);
        var rupture = (await created.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!;
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Null(rupture["plan"]);
        Assert.NotNull(rupture["safety"]!["message"]);
    }

    public static TheoryData<string, string, int> BadChecks => new()
    {
        { "application/json", "{\"text\":", 400 },
        { "application/json", "{}", 400 },
        { "application/json", "{\"text\":null}", 400 },
        { "application/json", "{\"text\":42}", 400 },
        { "application/json", "[\"text\"]", 400 },
        { "application/json", JsonSerializer.Serialize(new { text = new string('a', AnalysisPipeline.MaxMessageLength + 1) }), 400 },
        { "text/plain", "hello", 415 },
    };

    [Theory]
    [MemberData(nameof(BadChecks))]
    public async Task Bad_check_requests_get_problem_details(string contentType, string body, int status)
    {
        await using var app = Start();
        var response = await app.CreateClient().PostAsync("/api/check", new StringContent(body, Encoding.UTF8, contentType), TestContext.Current.CancellationToken);
        await AssertProblemAsync(response, status);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_refused_with_413()
    {
        await using var app = Start();
        var body = JsonSerializer.Serialize(new { text = new string('a', 200_000) });
        var response = await app.CreateClient().PostAsync("/api/check", new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        await AssertProblemAsync(response, 413);
    }

    [Theory]
    [InlineData("GET", "/api/nothing-here")]
    [InlineData("GET", "/api/ruptures/00000000-0000-0000-0000-000000000001")]
    [InlineData("DELETE", "/api/check")]
    public async Task Unknown_or_unauthorised_api_requests_get_problem_details(string method, string path)
    {
        await using var app = Start();
        var response = await app.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path), TestContext.Current.CancellationToken);
        Assert.False(response.IsSuccessStatusCode);
        await AssertProblemAsync(response, (int)response.StatusCode);
        Assert.Contains((int)response.StatusCode, new[] { 401, 404, 405 });
    }

    [Fact]
    public async Task Analysis_is_rate_limited_with_429()
    {
        await using var app = Start(new Dictionary<string, string> { ["Mend:RateLimits:AnalysisPerMinute"] = "3" });
        var client = app.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            var ok = await client.PostAsJsonAsync("/api/check", new { text = "thanks" }, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        var limited = await client.PostAsJsonAsync("/api/check", new { text = "thanks" }, TestContext.Current.CancellationToken);
        await AssertProblemAsync(limited, 429);
    }

    [Fact]
    public async Task Sign_in_is_rate_limited_with_429()
    {
        await using var app = Start(new Dictionary<string, string> { ["Mend:RateLimits:SignInPerMinute"] = "2" });
        var client = app.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            var response = await client.PostAsJsonAsync("/api/account/login", new { email = "nobody@example.com", password = "wrong password" }, TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api()
    {
        await using var app = Start();
        var document = await app.CreateClient().GetFromJsonAsync<JsonObject>("/openapi/v1.json", TestContext.Current.CancellationToken);
        var paths = document!["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/check", paths);
        Assert.Contains("/api/apology", paths);
        Assert.Contains("/api/triage", paths);
        Assert.Contains("/api/ruptures", paths);
        Assert.Contains("/api/ruptures/{id}", paths);
        Assert.Contains("/api/ruptures/{id}/notes", paths);
        Assert.Contains("/api/account/login", paths);
        Assert.Contains("/api/account/export", paths);
    }

    [Fact]
    public async Task Ruptures_and_notes_round_trip_through_the_api_with_a_bearer_token()
    {
        await using var app = Start();
        var client = await app.SignedInClientAsync("ana@example.com");
        var ct = TestContext.Current.CancellationToken;

        var created = await client.PostAsJsonAsync("/api/ruptures", new { description = "I missed her concert and did not call." }, ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var rupture = (await created.Content.ReadFromJsonAsync<JsonObject>(ct))!;
        var id = rupture["id"]!.GetValue<Guid>();
        Assert.Equal($"/api/ruptures/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal("I missed her concert and did not call.", rupture["description"]!.GetValue<string>());
        Assert.Equal(["id", "description", "cause", "severity", "plan", "safety", "createdAt", "notes"], rupture.Select(p => p.Key));
        Assert.Equal(Mend.Analysis.Triage.RuptureTriage.Default.Assess("I missed her concert and did not call.").Cause.Id(), rupture["cause"]!.GetValue<string>());
        Assert.Equal(7, rupture["plan"]!["steps"]!.AsArray().Count);
        Assert.Null(rupture["safety"]);

        var note = await client.PostAsJsonAsync($"/api/ruptures/{id}/notes", new { text = "Talked on Sunday; she wants me to ask about her week.", @private = true }, ct);
        Assert.Equal(HttpStatusCode.Created, note.StatusCode);

        var notes = await client.GetFromJsonAsync<JsonArray>($"/api/ruptures/{id}/notes", ct);
        Assert.Equal("Talked on Sunday; she wants me to ask about her week.", Assert.Single(notes!)!["text"]!.GetValue<string>());
        Assert.True(notes![0]!["private"]!.GetValue<bool>());

        var list = await client.GetFromJsonAsync<JsonArray>("/api/ruptures", ct);
        Assert.Equal(id, Assert.Single(list!)!["id"]!.GetValue<Guid>());
        var one = await client.GetFromJsonAsync<JsonObject>($"/api/ruptures/{id}", ct);
        Assert.Equal(1, one!["notes"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"description\":\"   \"}")]
    public async Task A_rupture_needs_a_description(string body)
    {
        await using var app = Start();
        var client = await app.SignedInClientAsync("ana@example.com");
        var response = await client.PostAsync("/api/ruptures", new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        await AssertProblemAsync(response, 400);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, int status)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal(status, problem["status"]!.GetValue<int>());
        Assert.NotNull(problem["title"]);
    }
}
