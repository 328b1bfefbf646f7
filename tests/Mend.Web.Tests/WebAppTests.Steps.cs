using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Mend.Web.Tests.Infrastructure;

namespace Mend.Web.Tests;

/// <summary>Guided repair: triage correction, one page per plan step, the step API and the dashboard's due list.</summary>
public abstract partial class WebAppTests
{
    private const string GoodApology = "I'm sorry I wasn't there when you needed me. I left you alone with it. What would help now?";
    private const string GoodReflection = "You felt ignored when I didn't answer your message, and that made you feel unimportant.";

    private static async Task<(HttpClient Client, Guid Id)> ApiRuptureAsync(MendWebFactory app, string description = "I missed her concert and did not call.")
    {
        var client = await app.SignedInClientAsync("ana@example.com");
        var created = await client.PostAsJsonAsync("/api/ruptures", new { description }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (client, (await created.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!["id"]!.GetValue<Guid>());
    }

    private static async Task<HttpResponseMessage> StepAsync(HttpClient client, Guid id, string step, string action, object? body = null) =>
        await client.PostAsync(
            $"/api/ruptures/{id}/steps/{step}/{action}",
            new StringContent(body is null ? "{}" : System.Text.Json.JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken);

    private static async Task<JsonObject> StepOfAsync(HttpResponseMessage response, int number)
    {
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        var rupture = json["rupture"]?.AsObject() ?? json;
        return rupture["plan"]!["steps"]![number - 1]!.AsObject();
    }

    [Fact]
    public async Task Every_transition_runs_through_the_api_by_number_or_id()
    {
        await using var app = Start();
        var (client, id) = await ApiRuptureAsync(app);

        var started = await StepOfAsync(await StepAsync(client, id, "1", "start"), 1);
        Assert.Equal("in_progress", started["status"]!.GetValue<string>());
        Assert.NotNull(started["startedAt"]);

        var completed = await StepOfAsync(await StepAsync(client, id, "acknowledge", "complete", new { evidence = "Told her I know I let her down." }), 1);
        Assert.Equal("completed", completed["status"]!.GetValue<string>());
        Assert.Equal("Told her I know I let her down.", completed["evidence"]!.GetValue<string>());

        var reopened = await StepOfAsync(await StepAsync(client, id, "1", "reopen"), 1);
        Assert.Equal("in_progress", reopened["status"]!.GetValue<string>());
        Assert.Null(reopened["evidence"]);

        var skipped = await StepOfAsync(await StepAsync(client, id, "1", "skip", new { reason = "We already talked it through." }), 1);
        Assert.Equal("skipped", skipped["status"]!.GetValue<string>());
        Assert.Equal("We already talked it through.", skipped["skipReason"]!.GetValue<string>());

        var skippedFromNotStarted = await StepOfAsync(await StepAsync(client, id, "take_responsibility", "skip", new { reason = "Not mine to own." }), 2);
        Assert.Equal("skipped", skippedFromNotStarted["status"]!.GetValue<string>());

        // the plan is stored: a fresh read shows the same
        var read = await client.GetFromJsonAsync<JsonObject>($"/api/ruptures/{id}", TestContext.Current.CancellationToken);
        Assert.Equal("skipped", read!["plan"]!["steps"]![0]!["status"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("3", "complete", "{\"evidence\":\"done\"}", 409, "Cannot complete step 3 (apologize): it has not been started; start it first.")]
    [InlineData("3", "reopen", "{}", 409, "Cannot reopen step 3 (apologize): it has not been started; start it instead.")]
    [InlineData("7", "start", "{}", 409, "Cannot start step 7 (forgive): forgiveness comes after the hurt has been acknowledged, owned, apologised for and understood; complete or skip steps 1, 2, 3, 4 first.")]
    [InlineData("3", "skip", "{}", 400, "Skipping step 3 (apologize) needs a reason.")]
    [InlineData("3", "skip", "{\"reason\":\"  \"}", 400, "Skipping step 3 (apologize) needs a reason.")]
    [InlineData("8", "start", "{}", 404, "There is no step '8'")]
    [InlineData("forgiving", "start", "{}", 404, "There is no step 'forgiving'")]
    public async Task Illegal_transitions_are_problems_with_the_plans_own_message(string step, string action, string body, int status, string message)
    {
        await using var app = Start();
        var (client, id) = await ApiRuptureAsync(app);
        var response = await client.PostAsync($"/api/ruptures/{id}/steps/{step}/{action}", new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        await AssertProblemAsync(response, status);
        Assert.Contains(message, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Completing_needs_evidence_and_a_started_step_cannot_start_again()
    {
        await using var app = Start();
        var (client, id) = await ApiRuptureAsync(app);
        await StepOfAsync(await StepAsync(client, id, "2", "start"), 2);

        var again = await StepAsync(client, id, "2", "start");
        await AssertProblemAsync(again, 409);
        Assert.Contains("it is already in progress", await again.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        var empty = await StepAsync(client, id, "2", "complete", new { evidence = "" });
        await AssertProblemAsync(empty, 400);
        Assert.Contains("needs evidence", await empty.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_step_checks_complete_steps_3_and_4_only_when_they_pass()
    {
        await using var app = Start();
        var (client, id) = await ApiRuptureAsync(app);
        var ct = TestContext.Current.CancellationToken;

        var weak = await client.PostAsJsonAsync($"/api/ruptures/{id}/steps/apologize/check", new { text = "sorry if you felt hurt" }, ct);
        var weakJson = (await weak.Content.ReadFromJsonAsync<JsonObject>(ct))!;
        Assert.False(weakJson["passed"]!.GetValue<bool>());
        Assert.Equal("apologize", weakJson["step"]!.GetValue<string>());
        Assert.Equal("not_started", (await StepOfAsync(weak, 3))["status"]!.GetValue<string>());

        var good = await client.PostAsJsonAsync($"/api/ruptures/{id}/steps/apologize/check", new { text = GoodApology }, ct);
        Assert.True((await good.Content.ReadFromJsonAsync<JsonObject>(ct))!["passed"]!.GetValue<bool>());
        Assert.Equal("completed", (await StepOfAsync(good, 3))["status"]!.GetValue<string>());

        var reflection = await client.PostAsJsonAsync($"/api/ruptures/{id}/steps/understand/check", new { text = GoodReflection }, ct);
        Assert.Equal("completed", (await StepOfAsync(reflection, 4))["status"]!.GetValue<string>());

        var missing = await client.PostAsJsonAsync($"/api/ruptures/{id}/steps/understand/check", new { }, ct);
        await AssertProblemAsync(missing, 400);
    }

    [Fact]
    public async Task A_rupture_with_a_safety_concern_has_no_steps_to_move()
    {
        await using var app = Start();
        var (client, id) = await ApiRuptureAsync(app, "My husband hit me when I got home late.");
        var rupture = await client.GetFromJsonAsync<JsonObject>($"/api/ruptures/{id}", TestContext.Current.CancellationToken);
        Assert.NotNull(rupture!["safety"]);
        Assert.Null(rupture["plan"]);

        var start = await StepAsync(client, id, "1", "start");
        await AssertProblemAsync(start, 409);
        Assert.Contains("safety comes first", await start.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_rupture_shows_triage_which_the_owner_corrects_before_the_plan()
    {
        await using var app = Start();
        var browser = app.Browser();
        await browser.SignUpAsync("ana@example.com");
        var id = await browser.DescribeAsync("I forgot our anniversary again and she cried.");

        var triage = await browser.GetStringAsync($"/ruptures/{id}/triage", TestContext.Current.CancellationToken);
        Assert.Contains("Mend's reading", triage, StringComparison.Ordinal);
        Assert.Contains("(suggested)", triage, StringComparison.Ordinal);
        Assert.Contains("%", triage, StringComparison.Ordinal);
        Assert.Contains("Build my plan", triage, StringComparison.Ordinal);

        var built = await browser.PostFormAsync($"/ruptures/{id}/triage", $"/ruptures/{id}/triage", ("Cause", "betrayal"), ("Severity", "major"), ("Attachment", "anxious"));
        Assert.Equal(HttpStatusCode.Redirect, built.StatusCode);
        Assert.Equal($"/ruptures/{id}", built.Headers.Location?.OriginalString);

        var api = await ReadRuptureAsync(browser, id);
        Assert.Equal("betrayal", api["cause"]!.GetValue<string>());
        Assert.Equal("major", api["severity"]!.GetValue<string>());
        Assert.Equal("anxious", api["plan"]!["attachment"]!.GetValue<string>());
        Assert.NotEmpty(api["plan"]!["milestones"]!.AsArray());

        var invalid = await browser.PostFormAsync($"/ruptures/{id}/triage", $"/ruptures/{id}/triage", ("Cause", "boredom"), ("Severity", "major"));
        Assert.Contains("Choose one of the causes.", await invalid.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        // once a step has moved, the plan is kept
        await browser.PostFormAsync($"/ruptures/{id}/steps/1", $"/ruptures/{id}/steps/1?handler=start");
        var late = await browser.PostFormAsync($"/ruptures/{id}/triage", $"/ruptures/{id}/triage", ("Cause", "miscommunication"), ("Severity", "minor"));
        Assert.Contains("nothing you did is lost", await late.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal("betrayal", (await ReadRuptureAsync(browser, id))["cause"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_triage_page_puts_safety_first_and_offers_no_plan()
    {
        await using var app = Start();
        var browser = app.Browser();
        await browser.SignUpAsync("ana@example.com");
        var id = await browser.DescribeAsync("My husband hit me when I got home late.");
        var html = await browser.GetStringAsync($"/ruptures/{id}/triage", TestContext.Current.CancellationToken);
        Assert.Contains("class=\"safety\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Build my plan", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/ruptures/{id}/steps/1", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Every_transition_runs_through_the_step_page_with_the_plans_messages_shown()
    {
        await using var app = Start();
        var browser = app.Browser();
        await browser.SignUpAsync("ana@example.com");
        var id = await browser.DescribeAsync("I missed her concert and did not call.");
        var page = $"/ruptures/{id}/steps/2";
        var ct = TestContext.Current.CancellationToken;

        var html = await browser.GetStringAsync(page, ct);
        Assert.Contains("Step 2 of 7", html, StringComparison.Ordinal);
        Assert.Contains("Words to start from", html, StringComparison.Ordinal);
        Assert.Contains($"/break?return=%2Fruptures%2F{id}%2Fsteps%2F2", html, StringComparison.Ordinal);

        var early = await browser.PostFormAsync(page, page + "?handler=complete", ("Evidence", "done"));
        Assert.Contains("Cannot complete step 2 (take_responsibility): it has not been started; start it first.", await early.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostFormAsync(page, page + "?handler=start")).StatusCode);
        Assert.Contains("in progress", await browser.GetStringAsync(page, ct), StringComparison.Ordinal);

        var noEvidence = await browser.PostFormAsync(page, page + "?handler=complete", ("Evidence", " "));
        Assert.Contains("needs evidence: say what was done.", await noEvidence.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostFormAsync(page, page + "?handler=complete", ("Evidence", "I said it was my doing, no excuses."))).StatusCode);
        html = await browser.GetStringAsync(page, ct);
        Assert.Contains("I said it was my doing, no excuses.", html, StringComparison.Ordinal);
        Assert.Contains("Reopen this step", html, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostFormAsync(page, page + "?handler=reopen")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostFormAsync(page, page + "?handler=skip", ("Reason", "We did this in person."))).StatusCode);
        Assert.Contains("We did this in person.", await browser.GetStringAsync(page, ct), StringComparison.Ordinal);

        var forgive = $"/ruptures/{id}/steps/7";
        var tooSoon = await browser.PostFormAsync(forgive, forgive + "?handler=start");
        Assert.Contains("Cannot start step 7 (forgive)", await tooSoon.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/ruptures/{id}/steps/8", ct)).StatusCode);
    }

    [Fact]
    public async Task Check_and_complete_on_steps_3_and_4_completes_them_when_the_text_passes()
    {
        await using var app = Start();
        var browser = app.Browser();
        await browser.SignUpAsync("ana@example.com");
        var id = await browser.DescribeAsync("I missed her concert and did not call.");
        var ct = TestContext.Current.CancellationToken;
        var apologize = $"/ruptures/{id}/steps/3";
        var understand = $"/ruptures/{id}/steps/4";

        var apologyPage = await browser.GetStringAsync(apologize, ct);
        Assert.Contains("data-check-url=\"/apology?handler=assessment\"", apologyPage, StringComparison.Ordinal);

        var weak = await (await browser.PostFormAsync(apologize, apologize + "?handler=check", ("Text", "sorry if you felt hurt"))).Content.ReadAsStringAsync(ct);
        Assert.Contains("not good yet", weak, StringComparison.Ordinal);
        Assert.Contains("How this apology reads", weak, StringComparison.Ordinal);

        var good = await (await browser.PostFormAsync(apologize, apologize + "?handler=check", ("Text", GoodApology))).Content.ReadAsStringAsync(ct);
        Assert.Contains("quality-good", good, StringComparison.Ordinal);
        Assert.Contains("is complete.", good, StringComparison.Ordinal);

        var reflection = await (await browser.PostFormAsync(understand, understand + "?handler=check", ("Text", GoodReflection))).Content.ReadAsStringAsync(ct);
        Assert.Contains("is complete.", reflection, StringComparison.Ordinal);

        var plan = (await ReadRuptureAsync(browser, id))["plan"]!["steps"]!;
        Assert.Equal("completed", plan[2]!["status"]!.GetValue<string>());
        Assert.Equal("completed", plan[3]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_dashboard_shows_plans_in_progress_and_what_is_due()
    {
        await using var app = Start();
        var browser = app.Browser();
        await browser.SignUpAsync("ana@example.com");
        var id = await browser.DescribeAsync("I forgot our anniversary again and she cried.");
        await browser.PostFormAsync($"/ruptures/{id}/triage", $"/ruptures/{id}/triage", ("Cause", "betrayal"), ("Severity", "major"));
        var ct = TestContext.Current.CancellationToken;

        var html = await browser.GetStringAsync("/dashboard", ct);
        Assert.Contains("What is due", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/ruptures/{id}/steps/1\"", html, StringComparison.Ordinal);
        Assert.Contains("0 of 7 steps done", html, StringComparison.Ordinal);
        Assert.Contains("Milestone, week 1", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Milestone, week 2", html, StringComparison.Ordinal);

        var page = $"/ruptures/{id}/steps/1";
        await browser.PostFormAsync(page, page + "?handler=start");
        await browser.PostFormAsync(page, page + "?handler=complete", ("Evidence", "I told her I know I hurt her."));
        html = await browser.GetStringAsync("/dashboard", ct);
        Assert.Contains("1 of 7 steps done", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/ruptures/{id}/steps/2\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_step_api_is_in_the_openapi_document()
    {
        await using var app = Start();
        var paths = (await app.CreateClient().GetFromJsonAsync<JsonObject>("/openapi/v1.json", TestContext.Current.CancellationToken))!["paths"]!.AsObject();
        foreach (var action in new[] { "start", "complete", "skip", "reopen" })
        {
            Assert.True(paths.ContainsKey($"/api/ruptures/{{id}}/steps/{{step}}/{action}"), action);
        }

        Assert.True(paths.ContainsKey("/api/ruptures/{id}/steps/apologize/check"));
        Assert.True(paths.ContainsKey("/api/ruptures/{id}/steps/understand/check"));
    }

    private static async Task<JsonObject> ReadRuptureAsync(HttpClient browser, Guid id)
    {
        var json = await browser.GetStringAsync($"/api/ruptures/{id}", TestContext.Current.CancellationToken);
        return JsonNode.Parse(json)!.AsObject();
    }
}
