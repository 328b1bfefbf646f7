namespace Mend.Apologies;

/// <summary>
/// A part of a full apology, as the repair method names them. The ids (see <see cref="ApologyComponents.Id"/>) are
/// a stable contract: JSON output, rules files and the development set all use them.
/// </summary>
public enum ApologyComponent
{
    /// <summary>Remorse for what happened: "I'm sorry", "I regret", "I feel awful about it".</summary>
    Regret,
    /// <summary>Owning the act as one's own fault: "that's on me", "I was wrong", "I let you down".</summary>
    Responsibility,
    /// <summary>Naming what the act did to the other person: "I know it hurt you", "you felt ignored".</summary>
    Impact,
    /// <summary>An offer to make good now: "let me make it up to you", "I'll pay for the repair".</summary>
    Amends,
    /// <summary>A promise about what will be different: "it won't happen again", "from now on I'll text".</summary>
    Change,
}

/// <summary>Facts about <see cref="ApologyComponent"/> values: their stable ids.</summary>
public static class ApologyComponents
{
    private static readonly string[] Ids = ["regret", "responsibility", "impact", "amends", "change"];

    /// <summary>Every component, in contract order.</summary>
    public static IReadOnlyList<ApologyComponent> All { get; } = Enum.GetValues<ApologyComponent>();

    /// <summary>The stable id of a component, e.g. <c>responsibility</c>.</summary>
    public static string Id(this ApologyComponent component) => Ids[(int)component];

    /// <summary>Parses a stable id; returns false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<char> id, out ApologyComponent component)
    {
        for (var i = 0; i < Ids.Length; i++)
        {
            if (id.Equals(Ids[i], StringComparison.Ordinal))
            {
                component = (ApologyComponent)i;
                return true;
            }
        }

        component = default;
        return false;
    }
}
