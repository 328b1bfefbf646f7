namespace Mend.Web.Features.Ruptures;

/// <summary>Checks on the free text people write.</summary>
internal static class Text
{
    /// <summary><paramref name="value"/> trimmed; throws when it is empty or longer than <paramref name="max"/>.</summary>
    public static string Require(string? value, int max, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("Write something first.", name);
        }

        var trimmed = value.Trim();
        return trimmed.Length <= max
            ? trimmed
            : throw new ArgumentException($"Keep it under {max:N0} characters.", name);
    }

    /// <summary>Why <paramref name="value"/> cannot be stored, or null when it can.</summary>
    public static string? Problem(string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? "Write something first."
        : value.Trim().Length > max ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Keep it under {max:N0} characters.")
        : null;
}
