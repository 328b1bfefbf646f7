namespace Mend.Cli.Tests.Commands;

/// <summary><c>mend apology "TEXT"</c>: the human view and its help.</summary>
public class ApologyCommandTests
{
    [Theory]
    [InlineData("I'm sorry if you were upset that I skipped your work party.", "apology-conditional")]
    [InlineData("so sorry for your loss", "apology-sympathy")]
    [InlineData("sorry I yelled, but if you leave me I will hurt you", "apology-safety")]
    public async Task Shows_quality_components_flags_and_the_rewrite(string apology, string snapshot)
    {
        var run = await MendRun.Start("apology", apology);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Output);
        Snapshot.Match(run.Console, snapshot);
    }

    [Fact]
    public async Task Help_describes_the_verb_and_its_options()
    {
        var run = await MendRun.Start("apology", "--help");

        Assert.Equal(0, run.ExitCode);
        Snapshot.Match(run.Console, "apology-help");
    }

    [Fact]
    public async Task A_flag_is_named_with_its_words_and_why_it_matters()
    {
        var run = await MendRun.Start("apology", "I'm sorry I shouted, you just wind me up so much");

        Assert.Contains("Quality: bad", run.Console);
        Assert.Contains("blame_shift  \"you just wind me\"", run.Console);
        Assert.Contains("I'm sorry I shouted.", run.Console);
        Assert.Contains("[say how this affected them]", run.Console);
    }

    [Fact]
    public async Task A_safety_concern_comes_first_and_offers_no_rewrite()
    {
        var run = await MendRun.Start("apology", "sorry I yelled, but if you leave me I will hurt you");

        var notice = run.Console.IndexOf("Your safety comes first", StringComparison.Ordinal);
        Assert.True(notice >= 0);
        Assert.True(notice < run.Console.IndexOf("Quality:", StringComparison.Ordinal));
        Assert.DoesNotContain("Try", run.Console);
    }

    [Fact]
    public async Task An_empty_apology_is_refused_with_a_clear_error()
    {
        var run = await MendRun.Start("apology", "   ");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("The apology is empty.", run.Error);
    }

    [Fact]
    public async Task An_overlong_apology_is_refused()
    {
        var run = await MendRun.Start("apology", new string('a', 10_001));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("longer than 10,000 characters", run.Console);
    }

    [Fact]
    public async Task The_verb_is_listed_in_mend_help()
    {
        var run = await MendRun.Start("--help");

        Assert.Contains("apology", run.Console);
    }
}
