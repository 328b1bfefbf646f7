using System.Diagnostics.CodeAnalysis;

namespace Mend.Apologies;

/// <summary>
/// Something in an apology's wording that takes it back or hands the fault elsewhere. The ids (see
/// <see cref="ApologyFlags.Id"/>) are a stable contract.
/// </summary>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "\"Flag\" is the product's word for these (PRODUCT.md); it is not a [Flags] enum.")]
public enum ApologyFlag
{
    /// <summary>"Sorry if …": the hurt is made hypothetical.</summary>
    Conditional,
    /// <summary>"Sorry you feel that way": sorry about the other's reaction, not the act.</summary>
    OtherFocused,
    /// <summary>"Sorry, but …": what follows the "but" undoes the apology.</summary>
    ButUndo,
    /// <summary>"It was only a joke", "not a big deal": the act or the hurt is made small.</summary>
    Minimizing,
    /// <summary>"You made me", "you started it": the fault is handed to the other person.</summary>
    BlameShift,
    /// <summary>"Mistakes were made": passive wording hides who did it.</summary>
    PassiveVoice,
}

/// <summary>Facts about <see cref="ApologyFlag"/> values: their stable ids.</summary>
public static class ApologyFlags
{
    private static readonly string[] Ids = ["conditional", "other_focused", "but_undo", "minimizing", "blame_shift", "passive_voice"];

    /// <summary>Every flag, in contract order.</summary>
    public static IReadOnlyList<ApologyFlag> All { get; } = Enum.GetValues<ApologyFlag>();

    /// <summary>The stable id of a flag, e.g. <c>but_undo</c>.</summary>
    public static string Id(this ApologyFlag flag) => Ids[(int)flag];

    /// <summary>Parses a stable id; returns false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<char> id, out ApologyFlag flag)
    {
        for (var i = 0; i < Ids.Length; i++)
        {
            if (id.Equals(Ids[i], StringComparison.Ordinal))
            {
                flag = (ApologyFlag)i;
                return true;
            }
        }

        flag = default;
        return false;
    }
}
