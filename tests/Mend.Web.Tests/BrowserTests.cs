using System.Text.RegularExpressions;
using Mend.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Mend.Web.Tests;

/// <summary>
/// The app in Chromium (Debian's, driven by Playwright; nothing is downloaded), on real Kestrel and SQLite. A failing
/// test leaves a screenshot in <c>screenshots/</c> under the test output folder.
/// </summary>
public sealed class BrowserTests
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
    ];

    [Fact]
    public Task Anonymous_message_check_shows_findings_as_you_type_and_safety_first() => InBrowserAsync(async (page, app) =>
    {
        await page.GotoAsync(new Uri(app.Address, "check").ToString());
        await page.GetByLabel("Message").FillAsync("You NEVER listen, you're so selfish");
        await page.Locator("#findings mark.harmful").First.WaitForAsync();
        Assert.Contains("criticism", await page.Locator("#findings").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Try instead:", await page.Locator("#findings").InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByLabel("Message").FillAsync("Pick up when I call or you'll regret this");
        await page.Locator("#findings .safety").WaitForAsync();
        Assert.Equal("safety", await page.Locator("#findings > *").First.GetAttributeAsync("class"));
        Assert.Equal(0, await page.GetByText("Try instead:").CountAsync());
    });

    [Fact]
    public Task The_apology_coach_assesses_as_you_type() => InBrowserAsync(async (page, app) =>
    {
        await page.GotoAsync(new Uri(app.Address, "apology").ToString());
        await page.GetByLabel("Your apology").FillAsync("I'm sorry if you were upset, but you overreacted.");
        await page.Locator("#assessment .components").WaitForAsync();
        Assert.Contains("What weakens it", await page.Locator("#assessment").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("A stronger version", await page.Locator("#assessment").InnerTextAsync(), StringComparison.Ordinal);
    });

    [Fact]
    public Task The_message_check_works_without_scripts() => InBrowserAsync(async (page, app) =>
    {
        await page.GotoAsync(new Uri(app.Address, "check").ToString());
        await page.GetByLabel("Message").FillAsync("Thank you for waiting for me, I'm sorry I was late.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();
        await page.Locator("#findings mark.helpful").First.WaitForAsync();
    }, javaScript: false);

    [Fact]
    public Task Sign_up_describe_a_rupture_write_a_note_and_sign_out() => InBrowserAsync(async (page, app) =>
    {
        await page.GotoAsync(app.Address.ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign up", Exact = true }).First.ClickAsync();
        await page.GetByLabel("E-mail").FillAsync("jo@example.com");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Forms.Password);
        await page.GetByLabel("Password again").FillAsync(Forms.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign up" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/dashboard$"));

        await page.GetByLabel("What happened, in your own words").FillAsync("I forgot to pick her up from the station, you never remind me");
        await page.Locator("#description-findings mark").First.WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start repairing" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/ruptures/[0-9a-f-]{36}/triage$"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Build my plan" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/ruptures/[0-9a-f-]{36}$"));
        Assert.Contains("station", await page.Locator("blockquote.description").InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByLabel("New note").FillAsync("Apologise tonight and offer to drive next week.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save note" }).ClickAsync();
        await page.GetByText("Apologise tonight and offer to drive next week.").WaitForAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Take a break" }).ClickAsync();
        await page.GetByLabel("How long do you need? (minutes)").FillAsync("15");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the break" }).ClickAsync();
        await page.GetByText("You are taking a break").WaitForAsync();
        Assert.Matches("^\\d{1,2}:\\d{2}", await page.Locator("time.clock").InnerTextAsync());
        Assert.Matches("^\\(in 1[45]:\\d{2}\\)$", await page.Locator(".countdown").InnerTextAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "I am back" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/ruptures/[0-9a-f-]{36}$"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).WaitForAsync();
        await page.GotoAsync(new Uri(app.Address, "dashboard").ToString());
        await page.WaitForURLAsync(new Regex("/account/signin"));

        await page.GetByLabel("E-mail").FillAsync("jo@example.com");
        await page.GetByLabel("Password").FillAsync(Forms.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/dashboard$"));
        Assert.Contains("station", await page.Locator(".cards").Last.InnerTextAsync(), StringComparison.Ordinal);
    });

    [Fact]
    public Task Guided_repair_from_triage_through_the_apology_check_to_a_break() => InBrowserAsync(async (page, app) =>
    {
        await page.GotoAsync(new Uri(app.Address, "account/signup").ToString());
        await page.GetByLabel("E-mail").FillAsync("sam@example.com");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Forms.Password);
        await page.GetByLabel("Password again").FillAsync(Forms.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign up" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/dashboard$"));

        await page.GetByLabel("What happened, in your own words").FillAsync("I missed her birthday dinner and did not call.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start repairing" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/ruptures/[0-9a-f-]{36}/triage$"));
        Assert.Contains("(suggested)", await page.Locator(".confidences").InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByLabel("Severity").SelectOptionAsync("major");
        await page.GetByLabel("Your attachment style (optional)").SelectOptionAsync("anxious");
        await page.GetByRole(AriaRole.Button, new() { Name = "Build my plan" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/ruptures/[0-9a-f-]{36}$"));
        Assert.Contains("major", await page.Locator("p.meta").First.InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator("ol.plan a").Nth(2).ClickAsync();
        await page.WaitForURLAsync(new Regex("/steps/3$"));
        await page.GetByLabel("Your apology").FillAsync("I'm sorry I wasn't there when you needed me. I left you alone with it. What would help now?");
        await page.Locator("#step-check .quality-good").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Check and complete" }).ClickAsync();
        await page.GetByText("is complete.").WaitForAsync();
        Assert.Contains("completed", await page.Locator(".badge.status-completed").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);

        await page.Locator("nav.steps a[href$='/steps/1']").ClickAsync();
        await page.WaitForURLAsync(new Regex("/steps/1$"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Start this step" }).ClickAsync();
        await page.GetByLabel("What did you do?").FillAsync("I told her I know the evening mattered and I let her down.");
        await page.Locator("#evidence-findings > *").First.WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Complete the step" }).ClickAsync();
        await page.Locator(".badge.status-completed").WaitForAsync();

        await page.Locator("nav.steps a[href$='/steps/2']").ClickAsync();
        await page.WaitForURLAsync(new Regex("/steps/2$"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Take a break" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the break" }).ClickAsync();
        await page.GetByText("You are taking a break").WaitForAsync();
        Assert.Matches("^\\d{1,2}:\\d{2}", await page.Locator("time.clock").InnerTextAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "I am back" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/steps/2$"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).WaitForAsync();
    });

    [Fact]
    public Task Import_a_chat_and_see_its_report() => InBrowserAsync(async (page, app) =>
    {
        await page.GotoAsync(new Uri(app.Address, "import").ToString());
        await page.GetByLabel("Chat export").SetInputFilesAsync(Path.Combine(AppContext.BaseDirectory, "Chats", "whatsapp-robin-and-alex.txt"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Read the chat" }).ClickAsync();
        var report = page.FrameLocator("iframe.report");
        await report.GetByText("You never listen to me").First.WaitForAsync();
        Assert.Contains("Kind messages per hurtful one", await report.Locator("figure svg title").First.TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("Read as whatsapp", (await page.Locator("p.meta").First.InnerTextAsync()).Split(" ·")[0].Trim());
    });

    private static async Task InBrowserAsync(Func<IPage, KestrelApp, Task> test, bool javaScript = true)
    {
        var chromium = Services.Chromium();
        using var data = new TestData(DatabaseProvider.Sqlite);
        await using var app = await KestrelApp.StartAsync(data.Settings());
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = ChromiumArgs });
        await using var context = await browser.NewContextAsync(new() { JavaScriptEnabled = javaScript });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.SetDefaultTimeout(15_000);
        try
        {
            await test(page, app);
            Assert.Empty(errors); // a CSP violation or a script error shows up here
        }
        catch (Exception)
        {
            await ScreenshotAsync(page);
            throw;
        }
    }

    private static async Task ScreenshotAsync(IPage page)
    {
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots"));
        var name = TestContext.Current.Test?.TestDisplayName ?? "test";
        foreach (var c in Path.GetInvalidFileNameChars())
        {
            name = name.Replace(c, '_');
        }

        try
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder.FullName, name + ".png"), FullPage = true });
        }
        catch (PlaywrightException)
        {
            // the page is gone: the failure itself still reports
        }
    }
}
