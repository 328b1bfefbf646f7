using Spectre.Console;

namespace Mend.Cli;

/// <summary>
/// The process's standard streams as commands see them: raw bytes in, raw bytes out (for JSON), and a console on
/// standard error for progress and summaries. Tests pass memory streams and a test console instead.
/// </summary>
/// <param name="Input">Standard input, read as bytes.</param>
/// <param name="Output">Standard output, for machine-readable output (JSON).</param>
/// <param name="Error">A console on standard error; never used for results.</param>
/// <param name="InputIsInteractive">True when standard input is a terminal (someone may be typing).</param>
/// <param name="ErrorIsInteractive">True when standard error is a terminal, so a summary (and progress) can be shown.</param>
/// <param name="OutputIsInteractive">True when standard output is a terminal too: then a live progress display would
/// tangle with the results on the same screen, so none is shown.</param>
public sealed record StandardStreams(
    Stream Input,
    Stream Output,
    IAnsiConsole Error,
    bool InputIsInteractive,
    bool ErrorIsInteractive,
    bool OutputIsInteractive = false)
{
    /// <summary>The real standard streams of this process.</summary>
    public static StandardStreams FromProcess()
    {
        // Spectre judges interactivity by standard input, which batch mode redirects; progress needs only a terminal
        // on standard error.
        var errorIsTerminal = !Console.IsErrorRedirected;
        var error = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Error),
            Interactive = errorIsTerminal ? InteractionSupport.Yes : InteractionSupport.No,
        });
        return new StandardStreams(
            Console.OpenStandardInput(),
            Console.OpenStandardOutput(),
            error,
            InputIsInteractive: !Console.IsInputRedirected,
            ErrorIsInteractive: errorIsTerminal,
            OutputIsInteractive: !Console.IsOutputRedirected);
    }
}
