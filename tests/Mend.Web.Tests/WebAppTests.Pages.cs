using System.Net;
using System.Text.RegularExpressions;
using Mend.Web.Tests.Infrastructure;

namespace Mend.Web.Tests;

public abstract partial class WebAppTests
{
    public static TheoryData<string> PublicPages => ["/", "/check", "/apology", "/break", "/account/signin", "/account/signup", "/account/signout", "/status/404"];

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task Pages_carry_the_security_headers_and_no_inline_script_or_style(string path)
    {
        await using var app = Start();
        var response = await app.Browser().GetAsync(path, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.True(response.IsSuccessStatusCode || path.StartsWith("/status", StringComparison.Ordinal), path);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.DoesNotContain("'unsafe-inline'", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex("<script(?![^>]*\\ssrc=)[^>]*>", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex("\\sstyle=|<style|\\son[a-z]+=", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex("(src|href)=\"(https?:)?//", RegexOptions.IgnoreCase), html);
    }

    [Fact]
    public async Task The_api_carries_the_security_headers_too()
    {
        await using var app = Start();
        var response = await app.CreateClient().GetAsync("/health", TestContext.Current.CancellationToken);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task The_message_check_works_as_a_plain_form_and_stores_nothing()
    {
        await using var app = Start();
        var client = app.Browser();
        var response = await client.PostFormAsync("/check", "/check", ("Text", "You NEVER listen, you're so selfish"));
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<mark class=\"harmful\">", html, StringComparison.Ordinal);
        Assert.Contains("criticism", html, StringComparison.Ordinal);
        Assert.Contains("Try instead:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("selfish", string.Concat(ReadAllData(app.Data.Directory).Select(b => System.Text.Encoding.UTF8.GetString(b))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_as_you_type_gets_the_findings_alone_with_the_safety_notice_first()
    {
        await using var app = Start();
        var client = app.Browser();
        var response = await client.PostFormAsync("/check", "/check?handler=findings", ("Text", "Pick up when I call or you'll regret this, you're useless"));
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<html", html, StringComparison.Ordinal);
        var safety = html.IndexOf("class=\"safety\"", StringComparison.Ordinal);
        Assert.True(safety >= 0, html);
        Assert.True(safety < html.IndexOf("<mark", StringComparison.Ordinal), "the safety notice comes before the findings");
        Assert.DoesNotContain("Try instead:", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/check")]
    [InlineData("/account/signin")]
    [InlineData("/account/signup")]
    [InlineData("/account/signout")]
    public async Task Forms_without_the_antiforgery_token_are_refused(string path)
    {
        await using var app = Start();
        var client = app.Browser();
        await client.GetAsync(path, TestContext.Current.CancellationToken); // the antiforgery cookie, but no token
        var response = await client.PostAsync(path, new FormUrlEncodedContent([new("Text", "hello"), new("Email", "a@example.com"), new("Password", "x")]), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Sign_up_sign_out_and_sign_in_through_the_pages()
    {
        await using var app = Start();
        var client = app.Browser();
        await client.SignUpAsync("ben@example.com");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/dashboard", TestContext.Current.CancellationToken)).StatusCode);

        var signOut = await client.PostFormAsync("/dashboard", "/account/signout");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        var after = await client.GetAsync("/dashboard", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/signin", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var signIn = await client.PostFormAsync("/account/signin", "/account/signin?returnUrl=%2Fdashboard", ("Email", "ben@example.com"), ("Password", Forms.Password));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/dashboard", signIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/dashboard", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Weak_passwords_are_refused_at_sign_up()
    {
        await using var app = Start();
        var response = await app.Browser().PostFormAsync("/account/signup", "/account/signup", ("Email", "cy@example.com"), ("Password", "short"), ("Confirm", "short"));
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("at least 10 characters", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account()
    {
        await using var app = Start();
        var client = app.Browser();
        await client.SignUpAsync("dee@example.com");
        await client.PostFormAsync("/dashboard", "/account/signout");
        for (var i = 0; i < 5; i++)
        {
            await client.PostFormAsync("/account/signin", "/account/signin", ("Email", "dee@example.com"), ("Password", "not the password"));
        }

        var response = await client.PostFormAsync("/account/signin", "/account/signin", ("Email", "dee@example.com"), ("Password", Forms.Password));
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("locked", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rupture_and_its_notes_through_the_pages()
    {
        await using var app = Start();
        var client = app.Browser();
        await client.SignUpAsync("eve@example.com");
        var id = await client.DescribeAsync("We argued about money and I walked out.");

        var note = await client.PostFormAsync($"/ruptures/{id}", $"/ruptures/{id}?handler=note", ("Note", "I said I would come back in an hour."), ("Private", "true"));
        Assert.Equal(HttpStatusCode.Redirect, note.StatusCode);
        var page = await client.GetStringAsync($"/ruptures/{id}", TestContext.Current.CancellationToken);
        Assert.Contains("We argued about money and I walked out.", page, StringComparison.Ordinal);
        Assert.Contains("I said I would come back in an hour.", page, StringComparison.Ordinal);
        Assert.Contains("Your repair plan", page, StringComparison.Ordinal);
        var dashboard = await client.GetStringAsync("/dashboard", TestContext.Current.CancellationToken);
        Assert.Contains($"/ruptures/{id}", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_apology_coach_works_as_a_plain_form_and_as_you_type()
    {
        await using var app = Start();
        var client = app.Browser();
        var page = await client.PostFormAsync("/apology", "/apology", ("Text", "I'm sorry if you were upset, but you overreacted."));
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("How this apology reads", html, StringComparison.Ordinal);
        Assert.Contains("What weakens it", html, StringComparison.Ordinal);

        var fragment = await client.PostFormAsync("/apology", "/apology?handler=assessment", ("Text", "I'm sorry I lied to you. I know it broke your trust."));
        var part = await fragment.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain("<html", part, StringComparison.Ordinal);
        Assert.Contains("has impact", part, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_apology_coach_shows_only_the_safety_notice_when_there_is_a_threat()
    {
        await using var app = Start();
        var response = await app.Browser().PostFormAsync("/apology", "/apology?handler=assessment", ("Text", "Sorry, but if you leave I'll hurt you"));
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("class=\"safety\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("A stronger version", html, StringComparison.Ordinal);
        Assert.DoesNotContain("How this apology reads", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_break_shows_when_to_come_back_and_leads_back_to_the_step()
    {
        await using var app = Start();
        var client = app.Browser();
        var start = await client.PostFormAsync("/break?return=%2Fcheck", "/break", ("Minutes", "25"), ("Return", "/check"));
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var location = start.Headers.Location!.OriginalString;
        Assert.StartsWith("/break?minutes=25&until=", location, StringComparison.Ordinal);

        var html = await client.GetStringAsync(location, TestContext.Current.CancellationToken);
        Assert.Contains("You are taking a break", html, StringComparison.Ordinal);
        Assert.Contains("I need 25 minutes to calm down", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("href=\"/check\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2", "/check")]
    [InlineData("500", "/check")]
    public async Task A_break_is_between_5_and_120_minutes(string minutes, string back)
    {
        await using var app = Start();
        var response = await app.Browser().PostFormAsync("/break", "/break", ("Minutes", minutes), ("Return", back));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose between 5 and 120 minutes.", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_break_never_leads_off_site()
    {
        await using var app = Start();
        var response = await app.Browser().PostFormAsync("/break", "/break", ("Minutes", "20"), ("Return", "https://example.com/"));
        Assert.Contains("return=%2F", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain("example.com", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
