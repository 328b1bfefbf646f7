namespace Mend.Apologies;

/// <summary>How well an apology is likely to land. The ids (see <see cref="ApologyQualities.Id"/>) are a stable contract.</summary>
public enum ApologyQuality
{
    /// <summary>Owns the act, with nothing that takes it back, and says more than "sorry".</summary>
    Good,
    /// <summary>A real apology that stops short: a bare "sorry", or one that makes the act small or hides who did it.</summary>
    Weak,
    /// <summary>Not an apology, or one that is conditional, about the other's feelings, undone by "but" or blaming.</summary>
    Bad,
}

/// <summary>Facts about <see cref="ApologyQuality"/> values: their stable ids.</summary>
public static class ApologyQualities
{
    private static readonly string[] Ids = ["good", "weak", "bad"];

    /// <summary>Every quality, best first.</summary>
    public static IReadOnlyList<ApologyQuality> All { get; } = Enum.GetValues<ApologyQuality>();

    /// <summary>The stable id of a quality, e.g. <c>weak</c>.</summary>
    public static string Id(this ApologyQuality quality) => Ids[(int)quality];

    /// <summary>Parses a stable id; returns false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<char> id, out ApologyQuality quality)
    {
        for (var i = 0; i < Ids.Length; i++)
        {
            if (id.Equals(Ids[i], StringComparison.Ordinal))
            {
                quality = (ApologyQuality)i;
                return true;
            }
        }

        quality = default;
        return false;
    }
}
