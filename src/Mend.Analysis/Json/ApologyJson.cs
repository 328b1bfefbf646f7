using Mend.Analysis.Apologies;
using Mend.Apologies;

namespace Mend.Analysis.Json;

/// <summary>
/// <c>mend apology --json</c>, as PRODUCT.md fixes it: <c>{"components","flags","quality","score","missing",
/// "findings","rewrite"}</c>, with <c>text</c> first and <c>safety</c> and <c>note</c> added. <c>rewrite</c> is null
/// when the text raises a safety concern or is not an apology (then <c>note</c> says why).
/// </summary>
public sealed record ApologyJson(
    string Text,
    IReadOnlyList<string> Components,
    IReadOnlyList<string> Flags,
    string Quality,
    int Score,
    IReadOnlyList<string> Missing,
    IReadOnlyList<ApologyFindingJson> Findings,
    string? Rewrite,
    SafetyJson? Safety,
    string? Note)
{
    /// <summary>The contract for <paramref name="assessment"/>.</summary>
    public static ApologyJson From(ApologyAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return new ApologyJson(
            assessment.Text,
            [.. assessment.Components.Select(c => c.Id())],
            [.. assessment.Flags.Select(f => f.Id())],
            assessment.Quality.Id(),
            assessment.Score,
            [.. assessment.Missing.Select(c => c.Id())],
            [.. assessment.Findings.Select(f => new ApologyFindingJson(f.Label, f.IsFlag ? "flag" : "component", f.Start, f.Length, f.Evidence, f.Explanation))],
            assessment.Rewrite,
            assessment.Safety is { } s ? new SafetyJson(s.Message, s.Resources) : null,
            assessment.Note);
    }
}

/// <summary>One passage behind a component or a flag: its id, which of the two it is, where (UTF-16 offsets into <c>text</c>), and why.</summary>
public sealed record ApologyFindingJson(string Label, string Kind, int Start, int Length, string Evidence, string Explanation);
