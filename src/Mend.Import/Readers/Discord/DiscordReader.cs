using System.Globalization;
using System.Text.Json;
using Mend.Chat;
using Mend.Import.Readers.Json;

namespace Mend.Import.Readers.Discord;

/// <summary>
/// DiscordChatExporter's JSON: <c>{"guild","channel","messages":[…]}</c> with messages oldest first. A message's
/// time is its ISO <c>timestamp</c> with offset; its sender the author's <c>nickname</c> (the name shown in the
/// server) or else <c>name</c>. <c>Default</c>, <c>Reply</c> and command messages are what people wrote; every other
/// type (pins, joins, calls, channel renames, boosts …) is a system line. A partitioned export is read part after part.
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
        ReaderGuard.Guard(ReadCore(source, diagnostics), diagnostics, source.Name, Format);

    private static IEnumerable<ChatMessage> ReadCore(ImportSource source, ImportDiagnostics diagnostics)
    {
        foreach (var part in Parts(source))
        {
            foreach (var message in ReadPart(part, diagnostics))
            {
                yield return message;
            }
        }
    }

    /// <summary>
    /// The files of the export, in order: the file given, followed by its partitions when the export was split
    /// (DiscordChatExporter names them <c>… [part 2].json</c>, <c>… [part 3].json</c> beside the first).
    /// </summary>
    private static List<ImportEntry> Parts(ImportSource source)
    {
        var primary = source.Primary!;
        var (stem, number) = Part(primary.Name);
        if (number == 0)
        {
            return [primary];
        }

        return [.. source.Entries
            .Select(entry => (Entry: entry, Part: Part(entry.Name)))
            .Where(file => file.Part.Number > 0 && file.Part.Stem == stem)
            .OrderBy(file => file.Part.Number)
            .Select(file => file.Entry)];
    }

    /// <summary>The name without <c>.json</c> and without a <c> [part N]</c> suffix, and N (1 without a suffix; 0 for no JSON file).</summary>
    private static (string Stem, int Number) Part(string name)
    {
        if (!name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return (name, 0);
        }

        var stem = name[..^5];
        var at = stem.LastIndexOf(" [part ", StringComparison.Ordinal);
        if (at > 0 && stem.EndsWith(']')
            && int.TryParse(stem.AsSpan(at + 7, stem.Length - at - 8), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 1)
        {
            return (stem[..at], number);
        }

        return (stem, 1);
    }

    private static IEnumerable<ChatMessage> ReadPart(ImportEntry part, ImportDiagnostics diagnostics)
    {
        using var json = new JsonStream(part.Open(), part.Name);
        if (!json.Read() || json.TokenType != JsonTokenType.StartObject)
        {
            throw new ChatImportException($"{part.Name} is not a DiscordChatExporter export: line {json.Line} does not open a JSON object.", json.Line);
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
                    message = JsonText.Message(ToMessage, element.RootElement, line, out problem);
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
            throw new ChatImportException($"{part.Name} holds no \"messages\" list: it is not a DiscordChatExporter export.", 1);
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
