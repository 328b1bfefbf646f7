using System.Globalization;
using System.Text.RegularExpressions;
using Mend.Analysis;
using Mend.Analysis.Conversations;
using Mend.Chat;

namespace Mend.Reports.Tests;

public sealed partial class HtmlReportTests
{
    private const string Hostile = "<script>alert('x')</script><img src=x onerror=alert(1)> You never listen to me, you are so selfish";

    [Fact]
    public void ThePageIsSelfContained()
    {
        var html = Render(Conflict());

        Assert.DoesNotContain("http:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(ResourceReference(), html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void EveryTextFromTheChatIsEncoded()
    {
        var html = Render(Conflict(sender: "<b>Ana</b>", text: Hostile));

        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>Ana</b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Ana&lt;/b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ALinkInAMessageIsQuotedAsTextNotFollowed()
    {
        var html = Render(Conflict(text: "You never listen to me, you are so selfish https://example.com/x.png"));

        Assert.Contains("https://example.com/x.png", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(ResourceReference(), html);
    }

    [Fact]
    public void ChartsAreInlineSvgWithATitle()
    {
        var html = Render(Conflict());

        var charts = SvgOpening().Matches(html);
        Assert.Equal(3, charts.Count);
        Assert.All(charts, c => Assert.Contains("role=\"img\"", c.Value, StringComparison.Ordinal));
        Assert.Equal(3, Regex.Count(html, "<svg[^>]*><title>[^<]+</title>"));
    }

    [Fact]
    public void SafetyComesFirstWithTheResources()
    {
        var html = Render(Conflict(extra: ("2024-03-02 09:00", "Ben", "If you ever leave I will hurt you")));

        var safety = html.IndexOf("Your safety comes first", StringComparison.Ordinal);
        Assert.True(safety > 0);
        Assert.True(safety < html.IndexOf("Warmth and hurt over time", StringComparison.Ordinal));
        foreach (var resource in SafetyNotice.Default.Resources)
        {
            Assert.Contains(Encode(resource), html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void WithoutASafetyConcernThereIsNoSafetySection() =>
        Assert.DoesNotContain("Your safety comes first", Render(Conflict()), StringComparison.Ordinal);

    [Fact]
    public void AnEmptyChatStillGivesAPage()
    {
        var html = Render([]);

        Assert.Contains("nothing to show yet", html, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(40, "40 seconds")]
    [InlineData(60, "1 minute")]
    [InlineData(30 * 60, "30 minutes")]
    [InlineData(5 * 3600, "5 hours")]
    [InlineData(3 * 86400, "3 days")]
    public void DurationsReadAsPeopleSayThem(int seconds, string expected) =>
        Assert.Equal(expected, HtmlReport.Duration(TimeSpan.FromSeconds(seconds)));

    private static List<ChatMessage> Conflict(string sender = "Ana", string text = "You never listen to me, you are so selfish", (string, string, string)? extra = null)
    {
        List<(string Time, string Sender, string Text)> rows =
        [
            ("2024-03-01 19:00", "Ben", "Want pizza tonight?"),
            ("2024-03-01 20:00", sender, text),
            ("2024-03-01 20:05", "Ben", "Why are you making such a big deal out of this? You're overreacting."),
            ("2024-03-01 20:30", sender, "I'm sorry I forgot our anniversary, that was my fault"),
            ("2024-03-01 20:32", "Ben", "that makes sense, you're right"),
            ("2024-03-01 20:40", sender, "Thanks for dinner"),
            ("2024-03-01 21:00", "Ben", "Sure, 7pm"),
        ];
        if (extra is { } e)
        {
            rows.Add(e);
        }

        return [.. rows.Select((r, i) => new ChatMessage(ChatTime.FromLocal(DateTime.ParseExact(r.Time, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)), r.Sender, r.Text, Line: i + 1))];
    }

    private static string Render(List<ChatMessage> messages)
    {
        var report = new ConversationAnalyzer().Analyze(messages, cancellationToken: TestContext.Current.CancellationToken);
        using var writer = new StringWriter();
        HtmlReport.Write(report, writer, "chat.txt");
        return writer.ToString();
    }

    private static string Encode(string text) => System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All).Encode(text);

    // Anything that would make a browser fetch: src/href/xlink:href/url() pointing anywhere but a fragment.
    [GeneratedRegex("""(?:\bsrc\s*=|\bhref\s*=|url\()\s*["']?(?!#)""", RegexOptions.IgnoreCase)]
    private static partial Regex ResourceReference();

    [GeneratedRegex("<svg[^>]*>")]
    private static partial Regex SvgOpening();
}
