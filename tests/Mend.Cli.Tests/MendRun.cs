using System.Text;
using Spectre.Console.Testing;

namespace Mend.Cli.Tests;

/// <summary>
/// Runs the real <c>mend</c> app in memory: a test console for human output, memory streams for standard input and
/// output, and a second test console for standard error.
/// </summary>
internal sealed record MendRun(int ExitCode, string Console, byte[] Output, string Error)
{
    public string OutputText => Encoding.UTF8.GetString(Output);

    /// <summary>Standard output split into lines (without the final empty one).</summary>
    public string[] OutputLines => OutputText.Split('\n')[..^1];

    public static Task<MendRun> Start(params string[] args) => Start(args, input: [], interactiveError: false);

    public static async Task<MendRun> Start(string[] args, byte[] input, bool interactiveError)
    {
        using var console = new TestConsole().Width(80);
        using var error = new TestConsole().Width(80);
        if (interactiveError)
        {
            error.Interactive();
        }

        using var stdin = new MemoryStream(input);
        using var stdout = new MemoryStream();
        var streams = new StandardStreams(stdin, stdout, error, InputIsInteractive: false, ErrorIsInteractive: interactiveError);
        var exitCode = await MendApp.Create(console, streams).RunAsync(args, TestContext.Current.CancellationToken);
        return new MendRun(exitCode, console.Output, stdout.ToArray(), error.Output);
    }
}
