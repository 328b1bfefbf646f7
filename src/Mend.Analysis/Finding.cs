namespace Mend.Analysis;

/// <summary>
/// One passage of a message that harms or helps repair: where it is, which words triggered it, why it matters
/// and, for harmful labels, a better wording for this message.
/// </summary>
/// <param name="Label">What the passage does.</param>
/// <param name="Start">Index of the first character of the passage in the original text.</param>
/// <param name="Length">Length of the passage in characters of the original text.</param>
/// <param name="Evidence">The words that triggered the finding, as written.</param>
/// <param name="Explanation">One sentence on why this harms or helps repair.</param>
/// <param name="Suggestion">A better wording for harmful labels; null for helpful ones and whenever the message raises a safety concern.</param>
public sealed record Finding(MessageLabel Label, int Start, int Length, string Evidence, string Explanation, string? Suggestion);

/// <summary>Shown first whenever a message raises a safety concern; no repair wording is offered then.</summary>
/// <param name="Message">What Mend noticed and why it steps back from coaching.</param>
/// <param name="Resources">Where to seek help, in general terms that hold in any country.</param>
public sealed record SafetyNotice(string Message, IReadOnlyList<string> Resources)
{
    /// <summary>The notice Mend shows for any safety concern.</summary>
    public static SafetyNotice Default { get; } = new(
        "This message mentions harm, threats, control or monitoring. That is not something to repair with better wording: your safety, and the other person's, comes first.",
        [
            "If anyone is in immediate danger, call your local emergency number now.",
            "If you or someone else is thinking about suicide or self-harm, contact a suicide or crisis helpline in your country, or go to the nearest emergency department.",
            "If you feel threatened, controlled or watched by a partner or family member, a domestic-abuse helpline or support service can help you plan for your safety, confidentially.",
            "Talk to someone you trust: a friend, a doctor, or a counsellor.",
        ]);
}

/// <summary>What the engine found in one message.</summary>
public sealed class AnalysisResult
{
    internal AnalysisResult(string text, IReadOnlyList<MessageLabel> labels, IReadOnlyList<Finding> findings, SafetyNotice? safety)
    {
        Text = text;
        Labels = labels;
        Findings = findings;
        Safety = safety;
    }

    /// <summary>The message as given.</summary>
    public string Text { get; }

    /// <summary>The distinct labels of <see cref="Findings"/>, in contract order.</summary>
    public IReadOnlyList<MessageLabel> Labels { get; }

    /// <summary>The findings in order of position.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Present when the message raises a safety concern; show it before anything else.</summary>
    public SafetyNotice? Safety { get; }

    /// <summary>True when the message carries <paramref name="label"/>.</summary>
    public bool Has(MessageLabel label)
    {
        foreach (var l in Labels)
        {
            if (l == label)
            {
                return true;
            }
        }

        return false;
    }
}
