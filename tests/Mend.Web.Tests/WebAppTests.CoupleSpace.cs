using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mend.Web.Data;
using Mend.Web.Features.CoupleSpace;
using Mend.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mend.Web.Tests;

public abstract partial class WebAppTests
{
    [Fact]
    public async Task A_partner_joins_by_invitation_and_reads_the_rupture_and_shared_notes_but_no_private_note()
    {
        await using var app = Start();
        var ct = TestContext.Current.CancellationToken;
        var owner = await app.SignedInClientAsync("owner@example.com");
        var id = await CreateRuptureAsync(owner, "I missed our anniversary dinner and did not call.");
        await WriteNoteAsync(owner, id, "Owner, private: I was scared to call.", isPrivate: true);
        await WriteNoteAsync(owner, id, "Owner, shared: I want to hear how it felt.", isPrivate: false);
        var partner = await app.SignedInClientAsync("partner@example.com");
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/api/ruptures/{id}", ct)).StatusCode);

        var invite = await InviteAsync(owner, id);
        var token = invite["token"]!.GetValue<string>();
        Assert.True(token.Length >= 43, token);
        Assert.EndsWith("/invites/" + token, invite["url"]!.GetValue<string>(), StringComparison.Ordinal);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var stored = await scope.ServiceProvider.GetRequiredService<MendDb>().Set<Invite>().IgnoreQueryFilters().SingleAsync(ct);
            Assert.Equal(Invite.Hash(token), stored.TokenHash);
            Assert.NotEqual(token, stored.TokenHash);
        }

        var accepted = await partner.PostAsync($"/api/invites/{token}/accept", null, ct);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(id.ToString(), (await accepted.Content.ReadFromJsonAsync<JsonObject>(ct))!["ruptureId"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync($"/api/ruptures/{id}", ct)).StatusCode);
        Assert.Contains(id.ToString(), await partner.GetStringAsync("/api/ruptures", ct), StringComparison.Ordinal);
        await WriteNoteAsync(partner, id, "Partner, private: I nearly left the restaurant.", isPrivate: true);
        await WriteNoteAsync(partner, id, "Partner, shared: I felt forgotten.", isPrivate: false);

        // | reader  | sees                                                        |
        Assert.Equal(["Owner, private", "Owner, shared", "Partner, shared"], await NoteAuthorsAsync(owner, id));
        Assert.Equal(["Owner, shared", "Partner, private", "Partner, shared"], await NoteAuthorsAsync(partner, id));

        // the partner shares the space but does not hand it on; the owner cannot add a second partner
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.PostAsync($"/api/ruptures/{id}/invites", null, ct)).StatusCode);
        var again = await owner.PostAsync($"/api/ruptures/{id}/invites", null, ct);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);

        // a third person: the used token fails, and the rupture is nowhere to be found
        var third = await app.SignedInClientAsync("third@example.com");
        var reused = await third.PostAsync($"/api/invites/{token}/accept", null, ct);
        Assert.Equal(HttpStatusCode.Gone, reused.StatusCode);
        Assert.Equal("Invitation already used", (await reused.Content.ReadFromJsonAsync<JsonObject>(ct))!["title"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await third.GetAsync($"/api/ruptures/{id}", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await third.GetAsync($"/api/ruptures/{id}/notes", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await third.PostAsJsonAsync($"/api/ruptures/{id}/notes", new { text = "intruder", @private = false }, ct)).StatusCode);
        Assert.Equal("[]", await third.GetStringAsync("/api/ruptures", ct));
    }

    [Fact]
    public async Task An_invitation_fails_when_expired_unknown_or_used_by_its_owner()
    {
        var clock = new TestClock(new DateTimeOffset(2027, 3, 1, 12, 0, 0, TimeSpan.Zero));
        await using var app = Start(clock: clock);
        var ct = TestContext.Current.CancellationToken;
        var owner = await app.SignedInClientAsync("owner@example.com");
        var id = await CreateRuptureAsync(owner, "I read your messages without asking.");
        var token = (await InviteAsync(owner, id))["token"]!.GetValue<string>();

        var own = await owner.PostAsync($"/api/invites/{token}/accept", null, ct);
        Assert.Equal(HttpStatusCode.Conflict, own.StatusCode);

        var unknown = await owner.PostAsync($"/api/invites/{token}x/accept", null, ct);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);

        clock.Advance(Invite.Lifetime + TimeSpan.FromMinutes(1));
        var partner = await app.SignedInClientAsync("partner@example.com");
        var expired = await partner.PostAsync($"/api/invites/{token}/accept", null, ct);
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Equal("Invitation expired", (await expired.Content.ReadFromJsonAsync<JsonObject>(ct))!["title"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/api/ruptures/{id}", ct)).StatusCode);

        // accepting needs an account
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().PostAsync($"/api/invites/{token}/accept", null, ct)).StatusCode);
    }

    [Fact]
    public async Task The_invitation_link_opens_a_page_that_joins_on_a_button_press()
    {
        await using var app = Start();
        var ct = TestContext.Current.CancellationToken;
        var owner = app.Browser();
        await owner.SignUpAsync("owner@example.com");
        var id = await owner.DescribeAsync("I forgot to pick you up from the station.");
        var url = new Uri((await InviteAsync(owner, id))["url"]!.GetValue<string>());

        var partner = app.Browser();
        var signInFirst = await partner.GetAsync(url.PathAndQuery, ct);
        Assert.Equal(HttpStatusCode.Redirect, signInFirst.StatusCode);
        Assert.StartsWith("/account/signin", signInFirst.Headers.Location!.AbsolutePath, StringComparison.Ordinal);

        await partner.SignUpAsync("partner@example.com");
        Assert.Contains("Join the shared space", await partner.GetStringAsync(url.PathAndQuery, ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/ruptures/{id}", ct)).StatusCode); // looking is not joining
        var joined = await partner.PostFormAsync(url.PathAndQuery, url.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        Assert.Equal($"/ruptures/{id}", joined.Headers.Location!.OriginalString);
        Assert.Contains("I forgot to pick you up", await partner.GetStringAsync($"/ruptures/{id}", ct), StringComparison.Ordinal);

        var third = app.Browser();
        await third.SignUpAsync("third@example.com");
        var used = await third.PostFormAsync(url.PathAndQuery, url.PathAndQuery);
        Assert.Equal(HttpStatusCode.Gone, used.StatusCode);
        Assert.Contains("already been used", await used.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partner_who_deletes_their_account_takes_only_their_own_notes_with_them()
    {
        await using var app = Start();
        var ct = TestContext.Current.CancellationToken;
        var owner = await app.SignedInClientAsync("owner@example.com");
        var id = await CreateRuptureAsync(owner, "I made a joke about you in front of your friends.");
        await WriteNoteAsync(owner, id, "Owner, shared: it was not funny.", isPrivate: false);
        var partner = await app.SignedInClientAsync("partner@example.com");
        var token = (await InviteAsync(owner, id))["token"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await partner.PostAsync($"/api/invites/{token}/accept", null, ct)).StatusCode);
        await WriteNoteAsync(partner, id, "Partner, shared: it stung.", isPrivate: false);

        var deleted = await partner.PostAsJsonAsync("/api/account/delete", new { password = Forms.Password }, ct);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/api/ruptures/{id}", ct)).StatusCode);
        Assert.Equal(["Owner, shared"], await NoteAuthorsAsync(owner, id));
        // the rupture can be shared again
        Assert.Equal(HttpStatusCode.Created, (await owner.PostAsync($"/api/ruptures/{id}/invites", null, ct)).StatusCode);
    }

    private static async Task<Guid> CreateRuptureAsync(HttpClient client, string description)
    {
        var created = await client.PostAsJsonAsync("/api/ruptures", new { description }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return Guid.Parse((await created.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!["id"]!.GetValue<string>());
    }

    private static async Task WriteNoteAsync(HttpClient client, Guid id, string text, bool isPrivate)
    {
        var response = await client.PostAsJsonAsync($"/api/ruptures/{id}/notes", new { text, @private = isPrivate }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private static async Task<JsonObject> InviteAsync(HttpClient owner, Guid id)
    {
        var response = await owner.PostAsync($"/api/ruptures/{id}/invites", null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!;
    }

    /// <summary>The notes a reader sees, each named by what comes before its colon, in order.</summary>
    private static async Task<string[]> NoteAuthorsAsync(HttpClient reader, Guid id)
    {
        var notes = await reader.GetFromJsonAsync<JsonArray>($"/api/ruptures/{id}/notes", TestContext.Current.CancellationToken);
        return [.. notes!.Select(n => n!["text"]!.GetValue<string>().Split(':')[0]).Order(StringComparer.Ordinal)];
    }
}
