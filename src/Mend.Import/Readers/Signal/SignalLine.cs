using System.Globalization;

namespace Mend.Import.Readers.Signal;

/// <summary>
/// The first line of a signal-export message: <c>[2019-12-24, 12:23] Name: text</c> (older versions) or
/// <c>[2019-12-24 12:23:45] Name: text</c> (current ones). Parsed without regular expressions.
/// </summary>
internal readonly record struct SignalLine(DateTime Time, bool HasSeconds, string Sender, string Body)
{
    /// <summary>Whether the line has the older layout, <c>[2019-12-24, 12:23]</c>, that only signal-export writes.</summary>
    public bool IsOlderLayout { get; init; }

    private static readonly string[] WithSeconds = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd, HH:mm:ss"];
    private static readonly string[] WithoutSeconds = ["yyyy-MM-dd, HH:mm", "yyyy-MM-dd HH:mm"];

    /// <summary>Parses <paramref name="line"/> as a message's first line.</summary>
    public static bool TryParse(string line, out SignalLine parsed)
    {
        parsed = default;
        if (line.Length < 20 || line[0] != '[')
        {
            return false;
        }

        var close = line.IndexOf(']', StringComparison.Ordinal);
        if (close is < 17 or > 21 || close + 1 >= line.Length || line[close + 1] != ' ')
        {
            return false;
        }

        var stamp = line.AsSpan(1, close - 1);
        bool hasSeconds;
        DateTime time;
        if (DateTime.TryParseExact(stamp, WithSeconds, CultureInfo.InvariantCulture, DateTimeStyles.None, out time))
        {
            hasSeconds = true;
        }
        else if (DateTime.TryParseExact(stamp, WithoutSeconds, CultureInfo.InvariantCulture, DateTimeStyles.None, out time))
        {
            hasSeconds = false;
        }
        else
        {
            return false;
        }

        var rest = line.AsSpan(close + 2);
        var colon = rest.IndexOf(": ", StringComparison.Ordinal);
        string sender, body;
        if (colon > 0)
        {
            sender = rest[..colon].ToString();
            body = rest[(colon + 2)..].ToString();
        }
        else if (rest.Length > 1 && rest[^1] == ':')
        {
            sender = rest[..^1].ToString();
            body = "";
        }
        else
        {
            return false;
        }

        sender = TextMarks.Trim(sender);
        if (sender.Length == 0)
        {
            return false;
        }

        parsed = new SignalLine(time, hasSeconds, sender, body) { IsOlderLayout = !hasSeconds && stamp.Contains(',') };
        return true;
    }
}
