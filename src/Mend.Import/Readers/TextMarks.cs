namespace Mend.Import.Readers;

/// <summary>Direction marks and spacing that exports put around names and texts, and how to drop them.</summary>
internal static class TextMarks
{
    /// <summary>
    /// <paramref name="text"/> without leading and trailing white space and Unicode direction marks
    /// (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) and byte order marks; the inside is kept exactly as written.
    /// </summary>
    public static string Trim(string text)
    {
        var span = text.AsSpan();
        var start = 0;
        while (start < span.Length && IsTrimmed(span[start]))
        {
            start++;
        }

        var end = span.Length;
        while (end > start && IsTrimmed(span[end - 1]))
        {
            end--;
        }

        return start == 0 && end == span.Length ? text : text[start..end];
    }

    /// <summary>Joins line breaks of any style (CR LF, CR) into <c>\n</c>.</summary>
    public static string NormaliseNewlines(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    private static bool IsTrimmed(char c) =>
        char.IsWhiteSpace(c) || c is '\u200E' or '\u200F' or '\uFEFF' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
