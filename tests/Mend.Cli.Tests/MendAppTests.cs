namespace Mend.Cli.Tests;

public class MendAppTests
{
    [Fact]
    public async Task Help_describes_mend_and_its_verbs()
    {
        var run = await MendRun.Start("--help");

        Assert.Equal(0, run.ExitCode);
        Snapshot.Match(run.Console, "help");
    }

    [Fact]
    public async Task Check_help_documents_arguments_examples_and_the_exit_code()
    {
        var run = await MendRun.Start("check", "--help");

        Assert.Equal(0, run.ExitCode);
        Snapshot.Match(run.Console, "check-help");
    }

    [Fact]
    public async Task Version_is_the_assembly_version()
    {
        var run = await MendRun.Start("--version");

        var expected = typeof(MendApp).Assembly.GetName().Version!.ToString(3);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(expected, run.Console.Trim());
    }

    [Fact]
    public async Task An_unknown_verb_fails()
    {
        var run = await MendRun.Start("mend-me");

        Assert.NotEqual(0, run.ExitCode);
    }
}
