using System.Text.Json.Serialization;

namespace Mend.Analysis.Json;

/// <summary>
/// <c>mend check --json</c>, as PRODUCT.md fixes it: <c>{"text","labels","findings","safety"}</c>. These records
/// keep the contract out of the engine's types; field order is declaration order. The command line and the web
/// app serialise them with their own source-generated contexts (camelCase).
/// </summary>
public sealed record CheckJson(
    string Text,
    IReadOnlyList<string> Labels,
    IReadOnlyList<FindingJson> Findings,
    SafetyJson? Safety,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<OpinionJson>? SecondOpinion = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<OpinionJson>? SecondOpinionDoubts = null)
{
    /// <summary>
    /// The contract, plus <c>secondOpinion</c> (labels the learned model adds) and <c>secondOpinionDoubts</c> (rules'
    /// labels it finds very unlikely, with the probability it gives them) when it was asked for. A safety concern it
    /// hears brings the notice.
    /// </summary>
    public static CheckJson From(AnalysisResult result, IReadOnlyList<(MessageLabel Label, float Confidence)>? opinion, IReadOnlyList<(MessageLabel Label, float Confidence)>? doubts = null)
    {
        var json = From(result);
        if (opinion is null)
        {
            return json;
        }

        if (doubts is not null)
        {
            json = json with { SecondOpinionDoubts = [.. doubts.Select(o => new OpinionJson(o.Label.Id(), Math.Round(o.Confidence, 2)))] };
        }

        var opinions = opinion.Select(o => new OpinionJson(o.Label.Id(), Math.Round(o.Confidence, 2))).ToArray();
        if (json.Safety is null && opinion.Any(o => o.Label == MessageLabel.SafetyConcern))
        {
            // Safety first, wherever the concern was heard: the notice, and no repair wording.
            return json with
            {
                Safety = new SafetyJson(SafetyNotice.Default.Message, SafetyNotice.Default.Resources),
                Findings = [.. json.Findings.Select(f => f with { Suggestion = null })],
                SecondOpinion = opinions,
            };
        }

        return json with { SecondOpinion = opinions };
    }

    /// <summary>The contract for <paramref name="result"/>.</summary>
    public static CheckJson From(AnalysisResult result)
    {
        var labels = new string[result.Labels.Count];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = result.Labels[i].Id();
        }

        var findings = new FindingJson[result.Findings.Count];
        for (var i = 0; i < findings.Length; i++)
        {
            var f = result.Findings[i];
            findings[i] = new FindingJson(f.Label.Id(), f.Start, f.Length, f.Evidence, f.Explanation, f.Suggestion);
        }

        var safety = result.Safety is { } s ? new SafetyJson(s.Message, s.Resources) : null;
        return new CheckJson(result.Text, labels, findings, safety);
    }
}

/// <summary>One finding: the label id, where it is (UTF-16 offsets into <c>text</c>), why, and a better wording or null.</summary>
public sealed record FindingJson(string Label, int Start, int Length, string Evidence, string Explanation, string? Suggestion);

/// <summary>A label the learned second opinion is confident of and the rules did not report.</summary>
public sealed record OpinionJson(string Label, double Confidence);

/// <summary>The safety notice shown before anything else when a message raises a safety concern.</summary>
public sealed record SafetyJson(string Message, IReadOnlyList<string> Resources);
