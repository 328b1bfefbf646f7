using Mend.Analysis;

namespace Mend.Web.Features.Check;

/// <summary>
/// A checked message as the pages show it: the text cut into plain and highlighted pieces, the findings in order,
/// and the safety notice, which comes first whenever there is one.
/// </summary>
public sealed class CheckView
{
    private CheckView(AnalysisResult result)
    {
        Result = result;
        Pieces = Cut(result);
    }

    /// <summary>What the engine found.</summary>
    public AnalysisResult Result { get; }

    /// <summary>The message in order: pieces with a finding number are highlighted.</summary>
    public IReadOnlyList<Piece> Pieces { get; }

    /// <summary>The safety notice, shown before anything else; null when there is none.</summary>
    public SafetyNotice? Safety => Result.Safety;

    /// <summary>Checks <paramref name="text"/>; null when it is empty or too long to check.</summary>
    public static CheckView? Of(string? text) =>
        string.IsNullOrWhiteSpace(text) || text.Length > AnalysisPipeline.MaxMessageLength
            ? null
            : new CheckView(AnalysisPipeline.Default.Analyze(text));

    /// <summary>A readable name for a label id ("non_apology" → "non-apology").</summary>
    public static string Name(MessageLabel label) => label.Id().Replace('_', '-');

    private static Piece[] Cut(AnalysisResult result)
    {
        var text = result.Text;
        var pieces = new List<Piece>();
        var at = 0;
        for (var i = 0; i < result.Findings.Count; i++)
        {
            var f = result.Findings[i];
            if (f.Start < at)
            {
                continue; // overlaps the previous highlight: listed below, not highlighted twice
            }

            if (f.Start > at)
            {
                pieces.Add(new Piece(text[at..f.Start], null, null));
            }

            pieces.Add(new Piece(text.Substring(f.Start, f.Length), i + 1, f.Label));
            at = f.Start + f.Length;
        }

        if (at < text.Length)
        {
            pieces.Add(new Piece(text[at..], null, null));
        }

        return [.. pieces];
    }

    /// <summary>A run of the message; <paramref name="Number"/> is the finding it highlights (1-based), or null.</summary>
    public sealed record Piece(string Text, int? Number, MessageLabel? Label);
}
