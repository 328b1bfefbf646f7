using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mend.Web.Data;
using Mend.Web.Features.Coaching;
using Mend.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mend.Web.Tests;

public abstract partial class WebAppTests
{
    /// <summary>1 March 2027, a Monday: before the US clocks change (14 March) and the UK's (28 March).</summary>
    private static readonly DateTimeOffset BeforeTheClocksChange = new(2027, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_coach_in_London_offers_slots_a_viewer_in_New_York_books_across_both_clock_changes()
    {
        await using var app = Start(clock: new TestClock(BeforeTheClocksChange));
        var ct = TestContext.Current.CancellationToken;
        var (coachClient, coachId, sessionTypeId) = await CoachAsync(app, "Europe/London", ("wednesday", "09:00", "11:00"));
        var visitor = app.CreateClient();
        var slotsUrl = $"/api/coaches/{coachId}/slots?from=2027-03-08&to=2027-03-31&timeZone=America/New_York&sessionTypeId={sessionTypeId}";

        // | Wednesday | London           | New York          |
        // | 10 March  | 09:00 GMT (+0)   | 04:00 EST (-5)    |
        // | 17 March  | 09:00 GMT (+0)   | 05:00 EDT (-4)    |  the US changed on 14 March
        // | 31 March  | 09:00 BST (+1)   | 04:00 EDT (-4)    |  the UK changed on 28 March
        Assert.Equal(
            [
                "2027-03-10T04:00:00-05:00", "2027-03-10T05:00:00-05:00",
                "2027-03-17T05:00:00-04:00", "2027-03-17T06:00:00-04:00",
                "2027-03-24T05:00:00-04:00", "2027-03-24T06:00:00-04:00",
                "2027-03-31T04:00:00-04:00", "2027-03-31T05:00:00-04:00",
            ],
            await StartsAsync(visitor, slotsUrl));
        var slot = (await visitor.GetFromJsonAsync<JsonArray>(slotsUrl, ct))![2]!;
        Assert.Equal("2027-03-17T06:00:00-04:00", slot["end"]!.GetValue<string>());
        Assert.Equal(60, slot["minutes"]!.GetValue<int>());

        var booked = await BookAsync(visitor, coachId, sessionTypeId, "2027-03-17T05:00:00-04:00");
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        var booking = (await booked.Content.ReadFromJsonAsync<JsonObject>(ct))!;
        Assert.Equal("2027-03-17T05:00:00-04:00", booking["start"]!.GetValue<string>());
        Assert.Equal("2027-03-17T06:00:00-04:00", booking["end"]!.GetValue<string>());

        Assert.DoesNotContain("2027-03-17T05:00:00-04:00", await StartsAsync(visitor, slotsUrl));
        Assert.Contains("2027-03-17T06:00:00-04:00", await StartsAsync(visitor, slotsUrl));

        // the same slot again, however its moment is written
        foreach (var again in new[] { "2027-03-17T05:00:00-04:00", "2027-03-17T09:00:00Z", "2027-03-17T09:00:00+00:00" })
        {
            var taken = await BookAsync(app.CreateClient(), coachId, sessionTypeId, again);
            Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
            Assert.Equal("application/problem+json", taken.Content.Headers.ContentType?.MediaType);
            Assert.Equal("Slot taken", (await taken.Content.ReadFromJsonAsync<JsonObject>(ct))!["title"]!.GetValue<string>());
        }

        // the coach sees who booked, in the coach's own zone; the name and address are encrypted at rest
        var mine = (await coachClient.GetFromJsonAsync<JsonArray>("/api/coach/bookings", ct))!;
        var seen = Assert.Single(mine)!;
        Assert.Equal("2027-03-17T09:00:00+00:00", seen["start"]!.GetValue<string>());
        Assert.Equal("Robin Example", seen["name"]!.GetValue<string>());
        Assert.Equal("robin@example.com", seen["email"]!.GetValue<string>());
        Assert.Equal("Free first session", seen["sessionType"]!.GetValue<string>());
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var stored = await scope.ServiceProvider.GetRequiredService<MendDb>().Database
                .SqlQueryRaw<string>("SELECT \"Name\" || ' ' || \"Email\" AS \"Value\" FROM \"Bookings\"").ToListAsync(ct);
            Assert.DoesNotContain("Robin", Assert.Single(stored), StringComparison.Ordinal);
            Assert.DoesNotContain("robin@", stored[0], StringComparison.Ordinal);
        }

        var hours = (await coachClient.GetFromJsonAsync<JsonObject>("/api/coach/availability", ct))!;
        Assert.Equal("""{"day":"wednesday","start":"09:00","end":"11:00"}""", hours["weekly"]![0]!.ToJsonString());

        // and it is in the coach's export
        var export = (await coachClient.GetFromJsonAsync<JsonObject>("/api/account/export", ct))!;
        Assert.Equal("Robin Example", export["coaching"]!["coach"]!["bookings"]![0]!["name"]!.GetValue<string>());
        Assert.Equal("wednesday", export["coaching"]!["coach"]!["availability"]!["weekly"]![0]!["day"]!.GetValue<string>());

        // nobody else sees it
        var stranger = await app.SignedInClientAsync("stranger@example.com");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync("/api/coach/bookings", ct)).StatusCode);
    }

    [Theory]
    // | start asked for              | why it is not offered                       |
    [InlineData("2027-03-17T05:30:00-04:00")] // between two slots
    [InlineData("2027-03-18T05:00:00-04:00")] // a Thursday: no hours
    [InlineData("2027-03-17T07:00:00-04:00")] // 11:00 in London: the hours end then
    [InlineData("2027-02-24T04:00:00-05:00")] // in the past
    public async Task A_start_that_is_not_a_slot_is_409(string start)
    {
        await using var app = Start(clock: new TestClock(BeforeTheClocksChange));
        var (_, coachId, sessionTypeId) = await CoachAsync(app, "Europe/London", ("wednesday", "09:00", "11:00"));

        var response = await BookAsync(app.CreateClient(), coachId, sessionTypeId, start);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Not offered", (await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Two_simultaneous_bookings_of_one_slot_give_one_201_and_one_409()
    {
        await using var app = Start(clock: new TestClock(BeforeTheClocksChange));
        var (_, coachId, sessionTypeId) = await CoachAsync(app, "Europe/London", ("wednesday", "09:00", "11:00"));

        for (var round = 0; round < 3; round++)
        {
            var start = $"2027-03-{10 + (7 * round)}T09:00:00Z";
            var responses = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => BookAsync(app.CreateClient(), coachId, sessionTypeId, start))));
            Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        }
    }

    [Fact]
    public async Task The_database_itself_refuses_a_second_booking_at_the_same_start()
    {
        await using var app = Start(clock: new TestClock(BeforeTheClocksChange));
        var ct = TestContext.Current.CancellationToken;
        var (_, coachId, sessionTypeId) = await CoachAsync(app, "Europe/London", ("wednesday", "09:00", "11:00"));
        var start = new DateTimeOffset(2027, 3, 17, 9, 0, 0, TimeSpan.Zero);

        // past every check in the endpoint: two contexts insert the same coach and start
        async Task SaveAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MendDb>();
            var type = await db.SessionTypes.SingleAsync(t => t.Id == Guid.Parse(sessionTypeId), ct);
            db.Bookings.Add(Booking.Book(type, start, "Someone", "someone@example.com", null, BeforeTheClocksChange));
            await db.SaveChangesAsync(ct);
        }

        await SaveAsync();
        var refused = await Assert.ThrowsAsync<DbUpdateException>(SaveAsync);
        Assert.True(CoachingApi.IsUniqueViolation(refused), refused.InnerException?.Message);
        Assert.Equal(coachId, (await app.CreateClient().GetFromJsonAsync<JsonObject>($"/api/coaches/{coachId}", ct))!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_openapi_document_describes_couple_space_and_booking()
    {
        await using var app = Start();
        var paths = (await app.CreateClient().GetFromJsonAsync<JsonObject>("/openapi/v1.json", TestContext.Current.CancellationToken))!["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Superset(
            new HashSet<string>
            {
                "/api/ruptures/{id}/invites", "/api/invites/{token}/accept", "/api/coach/profile", "/api/coach/session-types",
                "/api/coach/availability", "/api/coach/bookings", "/api/coaches/{id}", "/api/coaches/{id}/slots", "/api/bookings",
            },
            paths.ToHashSet());
    }

    [Fact]
    public async Task Bad_coach_input_is_a_validation_problem()
    {
        await using var app = Start(clock: new TestClock(BeforeTheClocksChange));
        var ct = TestContext.Current.CancellationToken;
        var coach = await app.SignedInClientAsync("coach@example.com");

        Assert.Equal(HttpStatusCode.NotFound, (await coach.PostAsJsonAsync("/api/coach/session-types", new { name = "Intro", minutes = 30 }, ct)).StatusCode);
        await AssertProblemAsync(await coach.PostAsJsonAsync("/api/coach/profile", new { displayName = "Sam", timeZone = "Mars/Olympus_Mons" }, ct), "timeZone");
        await AssertProblemAsync(await coach.PostAsJsonAsync("/api/coach/profile", new { displayName = " ", timeZone = "Europe/London" }, ct), "displayName");
        var created = await coach.PostAsJsonAsync("/api/coach/profile", new { displayName = "Sam", timeZone = "Europe/London" }, ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonObject>(ct))!["id"]!.GetValue<string>();
        var renamed = await coach.PostAsJsonAsync("/api/coach/profile", new { displayName = "Sam R.", timeZone = "Europe/Dublin" }, ct);
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal(id, (await renamed.Content.ReadFromJsonAsync<JsonObject>(ct))!["id"]!.GetValue<string>());

        await AssertProblemAsync(await coach.PostAsJsonAsync("/api/coach/session-types", new { name = "Intro", minutes = 0 }, ct), "minutes");
        await AssertProblemAsync(await coach.PostAsJsonAsync("/api/coach/session-types", new { name = "Intro", minutes = -30 }, ct), "minutes");
        await AssertProblemAsync(await coach.PutAsJsonAsync("/api/coach/availability", new { weekly = new[] { new { day = "funday", start = "09:00", end = "17:00" } } }, ct), "weekly[0].day");

        var visitor = app.CreateClient();
        await AssertProblemAsync(await visitor.GetAsync($"/api/coaches/{id}/slots?from=2027-03-01&to=2027-03-07&timeZone=Nowhere/Special", ct), "timeZone");
        await AssertProblemAsync(await visitor.GetAsync($"/api/coaches/{id}/slots?from=2027-03-01&to=2027-06-01", ct), "to");
        await AssertProblemAsync(await visitor.GetAsync($"/api/coaches/{id}/slots?from=1 March", ct), "from");
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/api/coaches/{Guid.NewGuid()}/slots", ct)).StatusCode);
        await AssertProblemAsync(await visitor.PostAsJsonAsync("/api/bookings", new { coachId = id, start = "2027-03-17T09:00:00", name = "", email = "not an address" }, ct), "sessionTypeId", "start", "name", "email");

        // anonymous people may not act as a coach
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.PostAsJsonAsync("/api/coach/profile", new { displayName = "X", timeZone = "Europe/London" }, ct)).StatusCode);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, params string[] fields)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!["errors"]!.AsObject();
        Assert.Equal(fields.Order(StringComparer.Ordinal), errors.Select(e => e.Key).Order(StringComparer.Ordinal));
    }

    /// <summary>A signed-in coach in <paramref name="zone"/> with one free 60-minute session type and these weekly hours.</summary>
    private static async Task<(HttpClient Client, string CoachId, string SessionTypeId)> CoachAsync(MendWebFactory app, string zone, params (string Day, string Start, string End)[] weekly)
    {
        var ct = TestContext.Current.CancellationToken;
        var client = await app.SignedInClientAsync("coach@example.com");
        var profile = await client.PostAsJsonAsync("/api/coach/profile", new { displayName = "Sam Coach", timeZone = zone }, ct);
        Assert.Equal(HttpStatusCode.Created, profile.StatusCode);
        var type = await client.PostAsJsonAsync("/api/coach/session-types", new { name = "Free first session", minutes = 60 }, ct);
        Assert.Equal(HttpStatusCode.Created, type.StatusCode);
        var hours = await client.PutAsJsonAsync("/api/coach/availability", new { weekly = weekly.Select(w => new { day = w.Day, start = w.Start, end = w.End }) }, ct);
        Assert.Equal(HttpStatusCode.OK, hours.StatusCode);
        return (client,
            (await profile.Content.ReadFromJsonAsync<JsonObject>(ct))!["id"]!.GetValue<string>(),
            (await type.Content.ReadFromJsonAsync<JsonObject>(ct))!["id"]!.GetValue<string>());
    }

    private static Task<HttpResponseMessage> BookAsync(HttpClient client, string coachId, string sessionTypeId, string start) =>
        client.PostAsJsonAsync("/api/bookings", new { coachId, sessionTypeId, start, name = "Robin Example", email = "robin@example.com" }, TestContext.Current.CancellationToken);

    private static async Task<string[]> StartsAsync(HttpClient client, string url) =>
        [.. (await client.GetFromJsonAsync<JsonArray>(url, TestContext.Current.CancellationToken))!.Select(s => s!["start"]!.GetValue<string>())];
}
