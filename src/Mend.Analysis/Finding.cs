namespace Mend.Analysis;

/// <summary>
/// One passage of a message that harms or helps repair: where it is, which words triggered it, why it matters
/// and, for harmful labels, a better wording for this message.
/// </summary>
public sealed class Finding
{
    private static readonly object Unworded = new();

    private readonly SuggestionSource? _source;
    private readonly int _index;
    private object? _suggestion;

    /// <summary>Creates a finding with its suggestion already worded.</summary>
    /// <param name="label">What the passage does.</param>
    /// <param name="start">Index of the first character of the passage in the original text.</param>
    /// <param name="length">Length of the passage in characters of the original text.</param>
    /// <param name="evidence">The words that triggered the finding, as written.</param>
    /// <param name="explanation">One sentence on why this harms or helps repair.</param>
    /// <param name="suggestion">A better wording, or null.</param>
    public Finding(MessageLabel label, int start, int length, string evidence, string explanation, string? suggestion)
    {
        Label = label;
        Start = start;
        Length = length;
        Evidence = evidence;
        Explanation = explanation;
        _suggestion = suggestion;
    }

    internal Finding(MessageLabel label, int start, int length, string evidence, string explanation, SuggestionSource source, int index)
        : this(label, start, length, evidence, explanation, null)
    {
        _source = source;
        _index = index;
        _suggestion = Unworded;
    }

    /// <summary>What the passage does.</summary>
    public MessageLabel Label { get; }

    /// <summary>Index of the first character of the passage in the original text.</summary>
    public int Start { get; }

    /// <summary>Length of the passage in characters of the original text.</summary>
    public int Length { get; }

    /// <summary>The words that triggered the finding, as written.</summary>
    public string Evidence { get; }

    /// <summary>One sentence on why this harms or helps repair.</summary>
    public string Explanation { get; }

    /// <summary>
    /// A better wording for this message, for harmful labels; null for helpful ones and whenever the message raises
    /// a safety concern. Worded the first time it is read, so that scanning many messages for labels stays cheap.
    /// </summary>
    public string? Suggestion
    {
        get
        {
            var value = Volatile.Read(ref _suggestion);
            if (ReferenceEquals(value, Unworded))
            {
                value = _source!.Get(_index);
                Volatile.Write(ref _suggestion, value);
            }

            return (string?)value;
        }
    }
}

/// <summary>Words the suggestions of one result on first demand, all at once, and keeps them.</summary>
internal sealed class SuggestionSource(AnalysisPipeline pipeline, string text)
{
    private string?[]? _suggestions;

    public string? Get(int index)
    {
        var suggestions = Volatile.Read(ref _suggestions);
        if (suggestions is null)
        {
            suggestions = pipeline.Suggestions(text);
            Volatile.Write(ref _suggestions, suggestions);
        }

        return suggestions[index];
    }
}

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
