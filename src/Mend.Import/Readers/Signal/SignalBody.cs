using System.Text;
using Mend.Chat;

namespace Mend.Import.Readers.Signal;

/// <summary>
/// What signal-export writes around a message's words, and how it is taken off: a leading <c>&gt;</c> quote of the
/// message replied to, a <c>(- Name: emoji -)</c> reactions line, a <c>(( emoji ))</c> sticker line, attachments as
/// Markdown links or images to local files, and two trailing spaces (Markdown line breaks).
/// </summary>
internal static class SignalBody
{
    /// <summary>The body as text, media or a call notice; null with <paramref name="problem"/> when nothing is left.</summary>
    public static (string Text, ChatMessageKind Kind)? Read(List<string> lines, out string? problem)
    {
        problem = null;
        var text = new StringBuilder();
        var attachments = new List<string>();
        string? sticker = null;
        var inQuote = true;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            if (inQuote && (line.Length == 0 || line[0] == '>'))
            {
                continue;
            }

            inQuote = false;
            if (line.StartsWith("(- ", StringComparison.Ordinal) && line.EndsWith(" -)", StringComparison.Ordinal))
            {
                continue;
            }

            if (line.StartsWith("(( ", StringComparison.Ordinal) && line.EndsWith(" ))", StringComparison.Ordinal))
            {
                sticker = line[3..^3];
                continue;
            }

            line = TakeLinks(line, attachments).TrimEnd();
            if (text.Length > 0 || line.Length > 0)
            {
                text.Append(line).Append('\n');
            }
        }

        var body = TextMarks.Trim(text.ToString());
        if (body == "(This message was deleted)")
        {
            problem = "a deleted message";
            return null;
        }

        if (body.Length > 0)
        {
            return (body, IsCallNotice(body) ? ChatMessageKind.System : ChatMessageKind.Text);
        }

        if (attachments.Count > 0)
        {
            return ($"<attached: {string.Join(", ", attachments)}>", ChatMessageKind.Media);
        }

        if (sticker is not null)
        {
            return ($"<sticker {sticker}>", ChatMessageKind.Media);
        }

        problem = "an empty message";
        return null;
    }

    /// <summary>Removes <c>[name](./path)</c> and <c>![name](./path)</c> links to local files, keeping their names.</summary>
    private static string TakeLinks(string line, List<string> names)
    {
        if (!line.Contains("](", StringComparison.Ordinal))
        {
            return line;
        }

        var kept = new StringBuilder(line.Length);
        var i = 0;
        while (i < line.Length)
        {
            var start = line[i] == '!' && i + 1 < line.Length && line[i + 1] == '[' ? i + 1 : line[i] == '[' ? i : -1;
            if (start >= 0)
            {
                var close = line.IndexOf("](", start, StringComparison.Ordinal);
                var end = close < 0 ? -1 : line.IndexOf(')', close + 2);
                if (close > start && end > close && IsLocal(line.AsSpan(close + 2, end - close - 2)) && !line.AsSpan(start + 1, close - start - 1).Contains('\n'))
                {
                    names.Add(line[(start + 1)..close]);
                    i = end + 1;
                    continue;
                }
            }

            kept.Append(line[i]);
            i++;
        }

        return kept.ToString();
    }

    private static bool IsLocal(ReadOnlySpan<char> target) =>
        target.StartsWith("./", StringComparison.Ordinal) || target.StartsWith("../", StringComparison.Ordinal) || target.StartsWith("media/", StringComparison.Ordinal);

    private static bool IsCallNotice(string body) =>
        body.Length <= 60 && !body.Contains('\n', StringComparison.Ordinal) && body.Contains("call", StringComparison.Ordinal)
        && (body.StartsWith("Incoming ", StringComparison.Ordinal) || body.StartsWith("Outgoing ", StringComparison.Ordinal) || body.StartsWith("Missed ", StringComparison.Ordinal));
}
