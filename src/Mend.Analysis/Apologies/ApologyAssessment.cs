using Mend.Apologies;

namespace Mend.Analysis.Apologies;

/// <summary>
/// What the apology coach found in one apology: its components and flags with the words behind them, a quality
/// and a score, what is missing, and a rewrite that owns the act in the writer's own words.
/// </summary>
public sealed class ApologyAssessment
{
    internal ApologyAssessment(
        string text,
        IReadOnlyList<ApologyComponent> components,
        IReadOnlyList<ApologyFlag> flags,
        IReadOnlyList<ApologyFinding> findings,
        string? rewrite,
        string? note,
        SafetyNotice? safety)
    {
        Text = text;
        Components = components;
        Flags = flags;
        Findings = findings;
        Rewrite = rewrite;
        Note = note;
        Safety = safety;
        Quality = ApologyScore.QualityOf(components, flags);
        Score = ApologyScore.Of(components, flags);
        Missing = [.. ApologyComponents.All.Where(c => !components.Contains(c))];
    }

    /// <summary>The apology as given.</summary>
    public string Text { get; }

    /// <summary>The components present, in contract order.</summary>
    public IReadOnlyList<ApologyComponent> Components { get; }

    /// <summary>The flags raised, in contract order.</summary>
    public IReadOnlyList<ApologyFlag> Flags { get; }

    /// <summary>How well the apology is likely to land (see <see cref="ApologyScore.QualityOf"/>).</summary>
    public ApologyQuality Quality { get; }

    /// <summary>0–100: the components' weights minus the flags' penalties (see <see cref="ApologyScore"/>).</summary>
    public int Score { get; }

    /// <summary>The components not present, in contract order.</summary>
    public IReadOnlyList<ApologyComponent> Missing { get; }

    /// <summary>The passages behind each component and flag, in order of position.</summary>
    public IReadOnlyList<ApologyFinding> Findings { get; }

    /// <summary>
    /// An apology that owns the act, keeping the writer's own words for it; what cannot be known from the text
    /// appears as a prompt in square brackets. Null when the text raises a safety concern or is not an apology.
    /// </summary>
    public string? Rewrite { get; }

    /// <summary>A word about the text as a whole when there is no rewrite, or when it is not an apology; otherwise null.</summary>
    public string? Note { get; }

    /// <summary>Present when the text raises a safety concern; show it before anything else. There is no rewrite then.</summary>
    public SafetyNotice? Safety { get; }

    /// <summary>True when the text apologises at all: it expresses regret or owns the fault.</summary>
    public bool IsApology => Has(ApologyComponent.Regret) || Has(ApologyComponent.Responsibility);

    /// <summary>True when <paramref name="component"/> is present.</summary>
    public bool Has(ApologyComponent component) => Components.Contains(component);

    /// <summary>True when <paramref name="flag"/> is raised.</summary>
    public bool Has(ApologyFlag flag) => Flags.Contains(flag);
}

/// <summary>One passage behind a component or a flag.</summary>
/// <param name="Label">The component or flag id, e.g. <c>responsibility</c> or <c>conditional</c>.</param>
/// <param name="IsFlag">True for a flag, false for a component.</param>
/// <param name="Start">Index of the first character of the passage in the original text.</param>
/// <param name="Length">Length of the passage in characters of the original text.</param>
/// <param name="Evidence">The words that triggered it, as written.</param>
/// <param name="Explanation">One sentence on why it helps or harms the apology.</param>
public sealed record ApologyFinding(string Label, bool IsFlag, int Start, int Length, string Evidence, string Explanation);
