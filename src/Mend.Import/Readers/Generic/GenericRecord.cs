using System.Globalization;
using Mend.Chat;

namespace Mend.Import.Readers.Generic;

/// <summary>
/// The generic schema shared by the CSV and JSON Lines formats: <c>timestamp</c> (ISO 8601, with or without an
/// offset), <c>sender</c>, <c>text</c>, and an optional <c>kind</c> (<c>text</c>, <c>media</c>, <c>system</c>).
/// Turns one record's values into a message, or a diagnostic saying what is wrong with it.
/// </summary>
internal static class GenericRecord
{
    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm",
    ];

    private static readonly string[] OffsetFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mmzzz",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd HH:mmzzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
        "yyyy-MM-dd'T'HH:mm'Z'",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF'Z'",
        "yyyy-MM-dd HH:mm'Z'",
    ];

    /// <summary>
    /// Parses an ISO 8601 timestamp: <c>2024-03-01T21:05:00</c> (local time, kept as written),
    /// <c>2024-03-01T21:05:00+02:00</c> or <c>…Z</c> (with its offset); a space may replace the <c>T</c>, seconds
    /// and fractions are optional.
    /// </summary>
    public static bool TryParseTimestamp(string? text, out ChatTime time)
    {
        time = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        var hasOffset = trimmed.EndsWith('Z') || trimmed.EndsWith('z') || (trimmed.Length > 10 && trimmed.AsSpan(10).IndexOfAny('+', '-') >= 0);
        if (hasOffset)
        {
            if (DateTimeOffset.TryParseExact(trimmed.Replace('z', 'Z'), OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var withOffset))
            {
                time = trimmed.EndsWith('Z') || trimmed.EndsWith('z')
                    ? ChatTime.FromOffset(withOffset.ToUniversalTime())
                    : ChatTime.FromOffset(withOffset);
                return true;
            }

            return false;
        }

        if (DateTime.TryParseExact(trimmed, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            time = ChatTime.FromLocal(local);
            return true;
        }

        return false;
    }

    /// <summary>Parses the optional <c>kind</c> value; empty means text.</summary>
    public static bool TryParseKind(string? text, out ChatMessageKind kind)
    {
        kind = ChatMessageKind.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        switch (text.Trim().ToLowerInvariant())
        {
            case "text":
                return true;
            case "media":
                kind = ChatMessageKind.Media;
                return true;
            case "system":
                kind = ChatMessageKind.System;
                return true;
            default:
                return false;
        }
    }

    /// <summary>The message of one record, or null with <paramref name="problem"/> saying why it is skipped.</summary>
    public static ChatMessage? ToMessage(string? timestamp, string? sender, string? text, string? kind, long line, out string? problem)
    {
        problem = null;
        if (!TryParseTimestamp(timestamp, out var time))
        {
            problem = string.IsNullOrWhiteSpace(timestamp)
                ? "no timestamp"
                : $"the timestamp \"{Shorten(timestamp)}\" is not ISO 8601 (e.g. 2024-03-01T21:05:00 or 2024-03-01T21:05:00+02:00)";
            return null;
        }

        var name = sender is null ? "" : TextMarks.Trim(sender);
        if (name.Length == 0)
        {
            problem = "no sender";
            return null;
        }

        if (!TryParseKind(kind, out var messageKind))
        {
            problem = $"the kind \"{Shorten(kind!)}\" is not text, media or system";
            return null;
        }

        var body = text is null ? "" : TextMarks.Trim(TextMarks.NormaliseNewlines(text));
        if (body.Length == 0 && messageKind == ChatMessageKind.Text)
        {
            problem = "no text";
            return null;
        }

        return new ChatMessage(time, name, body, messageKind, line);
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
