namespace Mend.Repair;

/// <summary>
/// The stable ids of the repair method's values (<c>unmet_expectations</c>, <c>fearful_avoidant</c>, …) and their
/// parsing, in the style of <see cref="MessageLabels"/>. JSON uses the same ids.
/// </summary>
public static class RepairIds
{
    private static readonly string[] Causes = ["miscommunication", "unmet_expectations", "emotional_neglect", "betrayal"];
    private static readonly string[] Severities = ["minor", "moderate", "major", "accumulating"];
    private static readonly string[] Styles = ["secure", "anxious", "avoidant", "fearful_avoidant"];
    private static readonly string[] Steps =
        ["acknowledge", "take_responsibility", "apologize", "understand", "address_underlying", "rebuild_trust", "forgive"];
    private static readonly string[] Statuses = ["not_started", "in_progress", "completed", "skipped"];
    private static readonly string[] Challenges = ["defensiveness", "stonewalling", "unresolved_emotion"];

    /// <summary>Every cause, in contract order.</summary>
    public static IReadOnlyList<RuptureCause> AllCauses { get; } = Enum.GetValues<RuptureCause>();

    /// <summary>Every severity, in contract order.</summary>
    public static IReadOnlyList<RuptureSeverity> AllSeverities { get; } = Enum.GetValues<RuptureSeverity>();

    /// <summary>Every attachment style, in contract order.</summary>
    public static IReadOnlyList<AttachmentStyle> AllAttachmentStyles { get; } = Enum.GetValues<AttachmentStyle>();

    /// <summary>The seven steps, in the method's order.</summary>
    public static IReadOnlyList<RepairStepKind> AllSteps { get; } = Enum.GetValues<RepairStepKind>();

    /// <summary>The stable id of a cause, e.g. <c>emotional_neglect</c>.</summary>
    public static string Id(this RuptureCause cause) => Causes[(int)cause];

    /// <summary>The stable id of a severity, e.g. <c>accumulating</c>.</summary>
    public static string Id(this RuptureSeverity severity) => Severities[(int)severity];

    /// <summary>The stable id of an attachment style, e.g. <c>fearful_avoidant</c>.</summary>
    public static string Id(this AttachmentStyle style) => Styles[(int)style];

    /// <summary>The stable id of a step, e.g. <c>take_responsibility</c>.</summary>
    public static string Id(this RepairStepKind step) => Steps[(int)step];

    /// <summary>The stable id of a step status, e.g. <c>in_progress</c>.</summary>
    public static string Id(this PlanStepStatus status) => Statuses[(int)status];

    /// <summary>The stable id of a challenge, e.g. <c>unresolved_emotion</c>.</summary>
    public static string Id(this RepairChallenge challenge) => Challenges[(int)challenge];

    /// <summary>The step's place in the method, 1 to 7.</summary>
    public static int Number(this RepairStepKind step) => (int)step + 1;

    /// <summary>A cause's words for people: "unmet expectations".</summary>
    public static string Name(this RuptureCause cause) => Causes[(int)cause].Replace('_', ' ');

    /// <summary>A style's words for people: "fearful-avoidant".</summary>
    public static string Name(this AttachmentStyle style) => Styles[(int)style].Replace('_', '-');

    /// <summary>Parses a cause id; false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<char> id, out RuptureCause cause) => TryParse(Causes, id, out cause);

    /// <summary>Parses a severity id; false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<char> id, out RuptureSeverity severity) => TryParse(Severities, id, out severity);

    /// <summary>Parses a step id; false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<char> id, out RepairStepKind step) => TryParse(Steps, id, out step);

    /// <summary>
    /// Parses an attachment style as a person types it: the id (<c>fearful_avoidant</c>), or with a hyphen
    /// (<c>fearful-avoidant</c>), in any case. False for anything else.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> id, out AttachmentStyle style)
    {
        Span<char> folded = stackalloc char[Math.Min(id.Length, 32)];
        if (id.Length > folded.Length)
        {
            style = default;
            return false;
        }

        for (var i = 0; i < id.Length; i++)
        {
            folded[i] = id[i] == '-' ? '_' : char.ToLowerInvariant(id[i]);
        }

        return TryParse(Styles, folded, out style);
    }

    private static bool TryParse<T>(string[] ids, ReadOnlySpan<char> id, out T value)
        where T : struct, Enum
    {
        for (var i = 0; i < ids.Length; i++)
        {
            if (id.Equals(ids[i], StringComparison.Ordinal))
            {
                value = (T)(object)i;
                return true;
            }
        }

        value = default;
        return false;
    }
}
