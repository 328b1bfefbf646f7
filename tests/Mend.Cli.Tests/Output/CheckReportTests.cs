using Mend.Analysis;
using Mend.Cli.Output;
using Spectre.Console;
using Spectre.Console.Testing;

namespace Mend.Cli.Tests.Output;

/// <summary>The human view, fed findings built by hand so it does not depend on the rules.</summary>
public class CheckReportTests
{
    private const string Message = "you never listen. thanks for trying";

    private static readonly Finding Harmful = new(MessageLabel.Generalization, 4, 5, "never", "Why it hurts.", "Tell them what happened this time.");
    private static readonly Finding Helpful = new(MessageLabel.Gratitude, 18, 6, "thanks", "Why it helps.", null);

    [Fact]
    public void Harmful_findings_offer_a_better_wording()
    {
        var output = Render(Message, [Harmful, Helpful], safety: null);

        Snapshot.Match(output, "report-suggestion");
    }

    [Fact]
    public void No_suggestion_is_shown_when_there_is_a_safety_concern()
    {
        var output = Render(Message, [Harmful], SafetyNotice.Default);

        Assert.DoesNotContain("Try:", output);
        Assert.True(output.IndexOf("Your safety comes first", StringComparison.Ordinal) < output.IndexOf("Message", StringComparison.Ordinal));
    }

    [Fact]
    public void Findings_are_highlighted_in_the_message_by_kind()
    {
        using var console = new TestConsole().Width(80).Colors(ColorSystem.EightBit).EmitAnsiSequences();
        CheckReport.Write(console, Message, [MessageLabel.Generalization, MessageLabel.Gratitude], [Harmful, Helpful], null);

        var firstLine = console.Lines[1];
        Assert.Contains("\u001b[1;38;5;9mnever\u001b[0m", firstLine);    // bold red
        Assert.Contains("\u001b[1;38;5;2mthanks\u001b[0m", firstLine);   // bold green
    }

    [Fact]
    public void The_second_opinion_lists_what_it_adds_and_what_it_doubts_after_the_rules()
    {
        var result = AnalysisPipeline.Default.Analyze("thanks for nothing");
        using var console = new TestConsole().Width(80);
        CheckReport.Write(console, result, [(MessageLabel.Contempt, 0.93f)], [(MessageLabel.Gratitude, 0.01f)]);

        var output = console.Output;
        Assert.Contains("may also carry contempt (confidence 0.93)", output);
        Assert.Contains("doubts gratitude (it gives it 0.01; read that finding with care)", output);
        Assert.True(output.IndexOf("Second opinion", StringComparison.Ordinal) > output.IndexOf("Message", StringComparison.Ordinal));
    }

    private static string Render(string text, Finding[] findings, SafetyNotice? safety)
    {
        using var console = new TestConsole().Width(80);
        CheckReport.Write(console, text, [.. findings.Select(f => f.Label).Distinct()], findings, safety);
        return console.Output;
    }
}
