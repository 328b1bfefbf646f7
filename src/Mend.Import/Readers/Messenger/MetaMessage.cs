using System.Text.Json;
using Mend.Chat;

namespace Mend.Import.Readers.Messenger;

/// <summary>
/// One element of a Messenger or Instagram <c>messages</c> array turned into a message: the classic download
/// (<c>sender_name</c>, <c>timestamp_ms</c>, <c>content</c>, <c>photos</c> …, with or without <c>type</c>) and the
/// end-to-end encrypted chats' download (<c>senderName</c>, <c>timestamp</c>, <c>text</c>, <c>media</c>).
/// </summary>
internal static class MetaMessage
{
    private static readonly (string Property, string Placeholder)[] MediaProperties =
    [
        ("photos", "<photo>"),
        ("videos", "<video>"),
        ("gifs", "<gif>"),
        ("audio_files", "<audio>"),
        ("files", "<file>"),
        ("sticker", "<sticker>"),
        ("share", "<share>"),
        ("media", "<media>"),
    ];

    /// <summary>The message, or null with <paramref name="problem"/> saying why it is skipped.</summary>
    public static ChatMessage? Read(JsonElement element, long line, out string? problem)
    {
        problem = null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            problem = "a messages entry that is not an object";
            return null;
        }

        var sender = String(element, "sender_name") ?? String(element, "senderName");
        if (sender is null || TextMarks.Trim(sender).Length == 0)
        {
            problem = "a message without sender_name";
            return null;
        }

        if (!TryTime(element, out var time))
        {
            problem = "a message without a readable timestamp_ms";
            return null;
        }

        sender = TextMarks.Trim(sender);
        var content = String(element, "content") ?? String(element, "text");
        var text = content is null ? "" : TextMarks.Trim(TextMarks.NormaliseNewlines(content));
        var type = String(element, "type");
        if (type is "Call" or "Subscribe" or "Unsubscribe" || IsReactionNotice(text))
        {
            return new ChatMessage(time, sender, text.Length > 0 ? text : type ?? "", ChatMessageKind.System, line);
        }

        if (text.Length > 0)
        {
            return new ChatMessage(time, sender, text, ChatMessageKind.Text, line);
        }

        foreach (var (property, placeholder) in MediaProperties)
        {
            if (element.TryGetProperty(property, out var media)
                && (media.ValueKind == JsonValueKind.Object || (media.ValueKind == JsonValueKind.Array && media.GetArrayLength() > 0)))
            {
                return new ChatMessage(time, sender, placeholder, ChatMessageKind.Media, line);
            }
        }

        problem = Bool(element, "is_unsent") || Bool(element, "isUnsent") ? "an unsent message" : "an empty message (no content and no media)";
        return null;
    }

    private static bool IsReactionNotice(string text) =>
        text is "Liked a message" || (text.StartsWith("Reacted ", StringComparison.Ordinal) && text.EndsWith(" to your message", StringComparison.Ordinal));

    private static bool TryTime(JsonElement element, out ChatTime time)
    {
        time = default;
        var found = element.TryGetProperty("timestamp_ms", out var value) || element.TryGetProperty("timestamp", out value);
        if (!found || value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var milliseconds)
            || milliseconds is < -62135596800000 or > 253402300799999)
        {
            return false;
        }

        time = ChatTime.FromUnixMilliseconds(milliseconds);
        return true;
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? Mojibake.Repair(value.GetString() ?? "") : null;

    private static bool Bool(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;
}
