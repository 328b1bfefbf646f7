using Mend.Apologies;

namespace Mend.Analysis.Apologies;

/// <summary>
/// How an apology is scored and judged, from its components and flags alone (docs/apology.md explains why). The
/// weights follow the apology research: owning the fault counts most, an offer of repair next (Lewicki, Polin and
/// Lount 2016); regret, naming the impact and promising change count alike; the repair method warns hardest
/// against conditional apologies.
/// </summary>
public static class ApologyScore
{
    /// <summary>What each component adds to the score; they sum to 100.</summary>
    /// <param name="component">The component.</param>
    public static int Weight(ApologyComponent component) => component switch
    {
        ApologyComponent.Responsibility => 35,
        ApologyComponent.Amends => 20,
        ApologyComponent.Regret => 15,
        ApologyComponent.Impact => 15,
        ApologyComponent.Change => 15,
        _ => throw new ArgumentOutOfRangeException(nameof(component)),
    };

    /// <summary>What each flag takes off the score.</summary>
    /// <param name="flag">The flag.</param>
    public static int Penalty(ApologyFlag flag) => flag switch
    {
        ApologyFlag.Conditional => 40,
        ApologyFlag.OtherFocused => 40,
        ApologyFlag.BlameShift => 40,
        ApologyFlag.ButUndo => 35,
        ApologyFlag.Minimizing => 25,
        ApologyFlag.PassiveVoice => 20,
        _ => throw new ArgumentOutOfRangeException(nameof(flag)),
    };

    /// <summary>The weighted sum of the components minus the flags' penalties, kept within 0–100.</summary>
    public static int Of(IEnumerable<ApologyComponent> components, IEnumerable<ApologyFlag> flags)
    {
        ArgumentNullException.ThrowIfNull(components);
        ArgumentNullException.ThrowIfNull(flags);
        var score = components.Distinct().Sum(Weight) - flags.Distinct().Sum(Penalty);
        return Math.Clamp(score, 0, 100);
    }

    /// <summary>
    /// <see cref="ApologyQuality.Bad"/> when there is no apology (neither regret nor responsibility), when it is
    /// conditional, other-focused, undone by "but" or blaming, or when it carries two flags or more;
    /// <see cref="ApologyQuality.Good"/> when nothing is flagged and it holds at least two of responsibility,
    /// impact, amends and change; <see cref="ApologyQuality.Weak"/> otherwise.
    /// </summary>
    public static ApologyQuality QualityOf(IReadOnlyCollection<ApologyComponent> components, IReadOnlyCollection<ApologyFlag> flags)
    {
        ArgumentNullException.ThrowIfNull(components);
        ArgumentNullException.ThrowIfNull(flags);
        var apologises = components.Contains(ApologyComponent.Regret) || components.Contains(ApologyComponent.Responsibility);
        var undone = flags.Any(f => f is ApologyFlag.Conditional or ApologyFlag.OtherFocused or ApologyFlag.ButUndo or ApologyFlag.BlameShift);
        if (!apologises || undone || flags.Distinct().Count() >= 2)
        {
            return ApologyQuality.Bad;
        }

        var beyondSorry = components.Distinct().Count(c => c is not ApologyComponent.Regret);
        return flags.Count == 0 && beyondSorry >= 2 ? ApologyQuality.Good : ApologyQuality.Weak;
    }
}
