namespace Mend;

/// <summary>
/// What a passage of a message does to repair. The ids (see <see cref="MessageLabels.Id"/>) are a stable
/// contract: JSON output, lexicon files and the development set all use them.
/// </summary>
public enum MessageLabel
{
    /// <summary>Attacks the person's character, or a global complaint about them.</summary>
    Criticism,
    /// <summary>Insults, mockery, sarcasm, disgust, superiority.</summary>
    Contempt,
    /// <summary>Excuses, counter-blame, victimhood, minimising the other's feelings.</summary>
    Defensiveness,
    /// <summary>Shutting down or withdrawing with no promise to return.</summary>
    Stonewalling,
    /// <summary>Always / never / every time; old hurts pulled into the present.</summary>
    Generalization,
    /// <summary>Conditional, "sorry you feel", "sorry, but", passive voice, apology plus blame.</summary>
    NonApology,
    /// <summary>Threats, self-harm, coercive control, monitoring, intimidation.</summary>
    SafetyConcern,
    /// <summary>Owns the act.</summary>
    Apology,
    /// <summary>"That was my fault", "I let you down".</summary>
    Responsibility,
    /// <summary>Reflects or affirms the other's feelings.</summary>
    Validation,
    /// <summary>A pause with a promise to return, softening, reassurance, common ground.</summary>
    RepairAttempt,
    /// <summary>Thanks and appreciation.</summary>
    Gratitude,
    /// <summary>Amends or a concrete promise to change.</summary>
    Commitment,
    /// <summary>Own feelings and needs, without blame.</summary>
    IStatement,
}

/// <summary>Facts about <see cref="MessageLabel"/> values: their ids and whether they harm or help repair.</summary>
public static class MessageLabels
{
    private static readonly string[] Ids =
    [
        "criticism", "contempt", "defensiveness", "stonewalling", "generalization", "non_apology", "safety_concern",
        "apology", "responsibility", "validation", "repair_attempt", "gratitude", "commitment", "i_statement",
    ];

    /// <summary>Every label, harmful ones first, in contract order.</summary>
    public static IReadOnlyList<MessageLabel> All { get; } = Enum.GetValues<MessageLabel>();

    /// <summary>The stable id of a label, e.g. <c>non_apology</c>.</summary>
    public static string Id(this MessageLabel label) => Ids[(int)label];

    /// <summary>True for the seven labels that harm repair (including <see cref="MessageLabel.SafetyConcern"/>).</summary>
    public static bool IsHarmful(this MessageLabel label) => label <= MessageLabel.SafetyConcern;

    /// <summary>Parses a stable id; returns false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<char> id, out MessageLabel label)
    {
        for (var i = 0; i < Ids.Length; i++)
        {
            if (id.Equals(Ids[i], StringComparison.Ordinal))
            {
                label = (MessageLabel)i;
                return true;
            }
        }

        label = default;
        return false;
    }
}
