using System.Globalization;
using System.Text.Json;
using Mend.Chat;
using Mend.Import.Readers.Json;

namespace Mend.Import.Readers.Discord;

/// <summary>
/// DiscordChatExporter's JSON: <c>{"guild","channel","messages":[…]}</c> with messages oldest first. A message's
/// time is its ISO <c>timestamp</c> with offset; its sender the author's <c>nickname</c> (the name shown in the
/// server) or else <c>name</c>. <c>Default</c>, <c>Reply</c> and command messages are what people wrote; every other
/// type (pins, joins, calls, channel renames, boosts …) is a system line.
/// </summary>
internal sealed class DiscordReader : ChatReader
{
    private static readonly HashSet<string> WrittenTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Default", "Reply", "ChatInputCommand", "ContextMenuCommand", "ThreadStarterMessage",
    };

    /// <inheritdoc/>
    public override ChatFormat Format => ChatFormat.Discord;

    /// <inheritdoc/>
    public override bool Recognises(ImportSource source)
    {
        var head = JsonHead.Of(source.Head);
        return head.IsObject
            && ((head.Has("guild") && head.Has("channel"))
                || (head.Has("messages") && head.Has("author") && head.Has("timestamp") && head.Has("content")));
    }

    /// <inheritdoc/>
    public override IEnumerable<ChatMessage> Read(ImportSource source, ImportDiagnostics diagnostics) =>
        ReaderGuard.Guard(ReadCore(source, diagnostics), diagnostics, source.Name);

    private static IEnumerable<ChatMessage> ReadCore(ImportSource source, ImportDiagnostics diagnostics)
    {
        using var json = new JsonStream(source.Primary!.Open(), source.Name);
        if (!json.Read() || json.TokenType != JsonTokenType.StartObject)
        {
            throw new ChatImportException($"{source.Name} is not a DiscordChatExporter export: line {json.Line} does not open a JSON object.", json.Line);
        }

        var found = false;
        while (true)
        {
            json.Expect();
            if (json.TokenType != JsonTokenType.PropertyName)
            {
                break;
            }

            var property = json.Text;
            json.Expect();
            if (property != "messages" || json.TokenType != JsonTokenType.StartArray)
            {
                json.Skip();
                continue;
            }

            found = true;
            while (json.TryReadElement(out var element, out var line))
            {
                if (element is null)
                {
                    diagnostics.Skip(line, $"a message larger than {JsonStream.MaxElementBytes / (1024 * 1024)} MB was skipped");
                    continue;
                }

                ChatMessage? message;
                string? problem;
                using (element)
                {
                    message = ToMessage(element.RootElement, line, out problem);
                }

                if (message is null)
                {
                    diagnostics.Skip(line, problem!);
                    continue;
                }

                yield return message;
            }
        }

        if (!found)
        {
            throw new ChatImportException($"{source.Name} holds no \"messages\" list: it is not a DiscordChatExporter export.", 1);
        }
    }

    private static ChatMessage? ToMessage(JsonElement element, long line, out string? problem)
    {
        problem = null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            problem = "a messages entry that is not an object";
            return null;
        }

        if (String(element, "timestamp") is not { } timestamp
            || !DateTimeOffset.TryParse(timestamp, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var time))
        {
            problem = "a message without a readable timestamp";
            return null;
        }

        var author = element.TryGetProperty("author", out var a) && a.ValueKind == JsonValueKind.Object ? a : default;
        var sender = TextMarks.Trim(NonEmpty(author, "nickname") ?? NonEmpty(author, "name") ?? "");
        if (sender.Length == 0)
        {
            problem = "a message without an author";
            return null;
        }

        var type = String(element, "type") ?? "Default";
        var text = TextMarks.Trim(TextMarks.NormaliseNewlines(String(element, "content") ?? ""));
        var chatTime = ChatTime.FromOffset(time);
        if (!WrittenTypes.Contains(type))
        {
            return new ChatMessage(chatTime, sender, text.Length > 0 ? text : type, ChatMessageKind.System, line);
        }

        if (text.Length > 0)
        {
            return new ChatMessage(chatTime, sender, text, ChatMessageKind.Text, line);
        }

        if (Media(element) is { } placeholder)
        {
            return new ChatMessage(chatTime, sender, placeholder, ChatMessageKind.Media, line);
        }

        problem = "an empty message (no content, attachments, stickers or embeds)";
        return null;
    }

    private static string? Media(JsonElement element)
    {
        if (First(element, "attachments") is { } attachment)
        {
            return String(attachment, "fileName") is { } name ? $"<attachment {name}>" : "<attachment>";
        }

        if (First(element, "stickers") is { } sticker)
        {
            return String(sticker, "name") is { } name ? $"<sticker {name}>" : "<sticker>";
        }

        return First(element, "embeds") is not null ? "<embed>" : null;
    }

    private static JsonElement? First(JsonElement element, string name) =>
        element.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array && list.GetArrayLength() > 0 && list[0].ValueKind == JsonValueKind.Object
            ? list[0]
            : null;

    private static string? NonEmpty(JsonElement element, string name) =>
        String(element, name) is { Length: > 0 } value ? value : null;

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
