using Mend.Repair;

namespace Mend.Analysis.Triage;

/// <summary>What <see cref="RuptureTriage.Assess"/> makes of a description of a rupture.</summary>
public sealed class TriageResult
{
    internal TriageResult(
        string description,
        RuptureCause cause,
        IReadOnlyList<CauseConfidence> causes,
        RuptureSeverity severity,
        string rationale,
        IReadOnlyList<TriageCue> cues,
        SafetyNotice? safety)
    {
        Description = description;
        Causes = causes;
        Cause = cause;
        Severity = severity;
        Rationale = rationale;
        Cues = cues;
        Safety = safety;
    }

    /// <summary>The description as given.</summary>
    public string Description { get; }

    /// <summary>The most likely cause (with no evidence at all, unmet expectations, the most common kind).</summary>
    public RuptureCause Cause { get; }

    /// <summary>A confidence for each of the four causes, in contract order; they sum to 1.</summary>
    public IReadOnlyList<CauseConfidence> Causes { get; }

    /// <summary>How severe the rupture is, or whether it is a pattern (<see cref="RuptureSeverity.Accumulating"/>).</summary>
    public RuptureSeverity Severity { get; }

    /// <summary>One or two sentences for people, quoting the words that decided the cause and the severity.</summary>
    public string Rationale { get; }

    /// <summary>Every passage of the description that counted, in order of position.</summary>
    public IReadOnlyList<TriageCue> Cues { get; }

    /// <summary>
    /// Present when the description raises a safety concern (threats, violence, control, monitoring, self-harm):
    /// show it first, and offer no repair coaching.
    /// </summary>
    public SafetyNotice? Safety { get; }

    /// <summary>The confidence of one cause.</summary>
    public double ConfidenceOf(RuptureCause cause) => Causes[(int)cause].Confidence;
}

/// <summary>How likely one cause is, from 0 to 1.</summary>
/// <param name="Cause">The cause.</param>
/// <param name="Confidence">Its share of the evidence, 0 to 1.</param>
public sealed record CauseConfidence(RuptureCause Cause, double Confidence);

/// <summary>A passage of a description that points to a cause, a severity or a safety concern.</summary>
/// <param name="Target">What it points to: a cause id, a severity id, or <c>safety_concern</c>.</param>
/// <param name="Strength">How strongly: 1 (a hint), 2 (clear) or 4 (strong).</param>
/// <param name="Start">Index of its first character in the description.</param>
/// <param name="Length">Its length in characters.</param>
/// <param name="Words">The words as written.</param>
public sealed record TriageCue(string Target, int Strength, int Start, int Length, string Words);
