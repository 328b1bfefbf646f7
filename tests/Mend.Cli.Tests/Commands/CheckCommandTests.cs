namespace Mend.Cli.Tests.Commands;

/// <summary>
/// <c>mend check "TEXT"</c>: the human view. The rules are tuned all the time, so exact snapshots use only messages
/// whose result will not move (none, a safety concern); the rest assert what must hold whatever the evidence span.
/// </summary>
public class CheckCommandTests
{
    [Theory]
    [InlineData("see you at 7", "check-no-labels")]
    [InlineData("I'm going to kill myself", "check-safety")]
    public async Task Shows_the_message_and_its_findings(string message, string snapshot)
    {
        var run = await MendRun.Start("check", message);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Output);
        Snapshot.Match(run.Console, snapshot);
    }

    [Fact]
    public async Task Names_each_harmful_label_with_its_evidence_and_explanation()
    {
        var run = await MendRun.Start("check", "you never listen, you're so selfish");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Labels: criticism, generalization", run.Console);
        Assert.Contains("criticism (harmful)", run.Console);
        Assert.Contains("generalization (harmful)", run.Console);
        Assert.Contains("\"you're so selfish\"", run.Console);
        Assert.Contains("not a judgement of you or a", run.Console);
    }

    [Fact]
    public async Task Helpful_labels_are_explained_without_a_suggestion()
    {
        var run = await MendRun.Start("check", "I'm sorry I forgot your birthday");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Labels: apology", run.Console);
        Assert.Contains("apology (helpful)", run.Console);
        Assert.DoesNotContain("Try:", run.Console);
    }

    [Fact]
    public async Task Says_plainly_when_there_is_nothing_to_report()
    {
        var run = await MendRun.Start("check", "see you at 7");

        Assert.Contains("No labels found.", run.Console);
        Assert.DoesNotContain("Labels:", run.Console);
    }

    [Fact]
    public async Task A_safety_concern_comes_first_with_resources_and_no_suggestions()
    {
        var run = await MendRun.Start("check", "I'm going to kill myself");

        var notice = run.Console.IndexOf("Your safety comes first", StringComparison.Ordinal);
        Assert.True(notice >= 0);
        Assert.True(notice < run.Console.IndexOf("Message", StringComparison.Ordinal));
        Assert.Contains("emergency number", run.Console);
        Assert.Contains("safety_concern", run.Console);
        Assert.DoesNotContain("Try:", run.Console);
    }

    [Fact]
    public async Task Markup_in_the_message_is_shown_as_written()
    {
        var run = await MendRun.Start("check", "[bold]see you[/] at 7 [");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("[bold]see you[/] at 7 [", run.Console);
    }

    [Fact]
    public async Task A_message_over_the_limit_is_refused()
    {
        var run = await MendRun.Start("check", new string('a', 10_001));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("longer than 10,000 characters", run.Console);
    }
}
