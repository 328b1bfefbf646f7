using System.Text.RegularExpressions;
using Mend.Web.Tests.Infrastructure;

namespace Mend.Web.Tests;

/// <summary>The findings as the check page renders them (the same HTML the page and check-as-you-type show).</summary>
public sealed partial class FindingsSnapshotTests
{
    [Theory]
    [InlineData("criticism", "You NEVER listen, you're so selfish")]
    [InlineData("apology", "I'm sorry I forgot your birthday. That was my fault, and I'll set a reminder.")]
    [InlineData("safety", "Pick up when I call or you'll regret this, you're useless")]
    [InlineData("nothing", "see you at 6, I'll bring bread")]
    public async Task Findings_html(string name, string text)
    {
        await using var app = new MendWebFactory(DatabaseProvider.Sqlite);
        var response = await app.Browser().PostFormAsync("/check", "/check?handler=findings", ("Text", text));
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Snapshot.Match(BlankLines().Replace(html, "\n"), "findings-" + name);
    }

    [GeneratedRegex("\\n\\s*\\n")]
    private static partial Regex BlankLines();
}
