using System.Globalization;
using System.Text;
using System.Text.Json;
using Mend.Chat;
using Mend.Import.Readers.Generic;

namespace Mend.Import.Readers.Telegram;

/// <summary>One element of a Telegram <c>messages</c> array turned into a message.</summary>
internal static class TelegramMessage
{
    /// <summary>The name Telegram Desktop shows for a deleted account (<c>from</c> is null).</summary>
    public const string DeletedAccount = "Deleted Account";

    /// <summary>Properties that make a message a photo, file, sticker, voice note or other media.</summary>
    private static readonly string[] MediaProperties =
        ["media_type", "photo", "file", "sticker_emoji", "location_information", "poll", "contact_information", "place_name", "game_title", "invoice_information"];

    /// <summary>The message, or null with <paramref name="problem"/> saying why it is skipped.</summary>
    public static ChatMessage? Read(JsonElement element, long line, out string? problem)
    {
        problem = null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            problem = "a messages entry that is not an object";
            return null;
        }

        if (!TryTime(element, out var time))
        {
            problem = "a message without a readable date_unixtime or date";
            return null;
        }

        var type = String(element, "type");
        if (type == "service")
        {
            var actor = String(element, "actor");
            var action = String(element, "action") ?? "service";
            var said = Text(element);
            var text = said.Length > 0 ? $"{action}: {said}" : action;
            return new ChatMessage(time, actor is null ? "" : TextMarks.Trim(actor), text, ChatMessageKind.System, line);
        }

        var sender = element.TryGetProperty("from", out var from) && from.ValueKind == JsonValueKind.String
            ? TextMarks.Trim(from.GetString() ?? "")
            : "";
        if (sender.Length == 0)
        {
            sender = DeletedAccount;
        }

        var body = TextMarks.Trim(TextMarks.NormaliseNewlines(Text(element)));
        if (body.Length > 0)
        {
            return new ChatMessage(time, sender, body, ChatMessageKind.Text, line);
        }

        if (Media(element) is { } placeholder)
        {
            return new ChatMessage(time, sender, placeholder, ChatMessageKind.Media, line);
        }

        problem = "an empty message (no text and no media)";
        return null;
    }

    private static bool TryTime(JsonElement element, out ChatTime time)
    {
        time = default;
        if (element.TryGetProperty("date_unixtime", out var unix))
        {
            var seconds = 0L;
            var ok = unix.ValueKind == JsonValueKind.String
                ? long.TryParse(unix.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out seconds)
                : unix.ValueKind == JsonValueKind.Number && unix.TryGetInt64(out seconds);
            if (ok && seconds is > -62135596800 and < 253402300799)
            {
                var utc = DateTimeOffset.FromUnixTimeSeconds(seconds);
                time = WithWrittenClock(utc, String(element, "date")) ?? ChatTime.FromOffset(utc);
                return true;
            }
        }

        return GenericRecord.TryParseTimestamp(String(element, "date"), out time);
    }

    /// <summary>
    /// <c>date</c> is the exporting computer's clock and <c>date_unixtime</c> the instant: together they give the
    /// time as the person saw it with its offset (e.g. 21:05+01:00). Null when they do not agree on a real offset
    /// (a whole quarter hour, at most 14 hours), and the instant is used in UTC.
    /// </summary>
    private static ChatTime? WithWrittenClock(DateTimeOffset utc, string? date)
    {
        if (!GenericRecord.TryParseTimestamp(date, out var written) || written.Offset is not null
            || utc.Year is < 2 or > 9998)
        {
            return null;
        }

        var offset = written.Local - utc.UtcDateTime;
        return offset.Ticks % TimeSpan.TicksPerMinute == 0 && offset.TotalMinutes % 15 == 0 && offset.Duration() <= TimeSpan.FromHours(14)
            ? ChatTime.FromOffset(new DateTimeOffset(written.Local, offset))
            : null;
    }

    /// <summary>The text: <c>text_entities</c> when present, else <c>text</c> as a string or an array of strings and entities.</summary>
    private static string Text(JsonElement element)
    {
        if (element.TryGetProperty("text_entities", out var entities) && entities.ValueKind == JsonValueKind.Array)
        {
            return Join(entities);
        }

        if (!element.TryGetProperty("text", out var text))
        {
            return "";
        }

        return text.ValueKind switch
        {
            JsonValueKind.String => text.GetString() ?? "",
            JsonValueKind.Array => Join(text),
            _ => "",
        };
    }

    private static string Join(JsonElement parts)
    {
        var text = new StringBuilder();
        foreach (var part in parts.EnumerateArray())
        {
            if (part.ValueKind == JsonValueKind.String)
            {
                text.Append(part.GetString());
            }
            else if (part.ValueKind == JsonValueKind.Object && part.TryGetProperty("text", out var inner) && inner.ValueKind == JsonValueKind.String)
            {
                text.Append(inner.GetString());
            }
        }

        return text.ToString();
    }

    private static string? Media(JsonElement element)
    {
        foreach (var property in MediaProperties)
        {
            if (!element.TryGetProperty(property, out var value))
            {
                continue;
            }

            return property switch
            {
                "media_type" when value.ValueKind == JsonValueKind.String => value.GetString() == "sticker" && String(element, "sticker_emoji") is { } emoji
                    ? $"<sticker {emoji}>"
                    : $"<{value.GetString()}>",
                "sticker_emoji" => $"<sticker {value}>",
                "file" when String(element, "file_name") is { } fileName => $"<file {fileName}>",
                "poll" when value.ValueKind == JsonValueKind.Object && String(value, "question") is { } question => $"<poll: {question}>",
                "location_information" or "place_name" => "<location>",
                "contact_information" => "<contact>",
                "game_title" => "<game>",
                "invoice_information" => "<invoice>",
                _ => $"<{property}>",
            };
        }

        return null;
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
