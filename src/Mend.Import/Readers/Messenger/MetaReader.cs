using System.Globalization;
using System.Text.Json;
using Mend.Chat;
using Mend.Import.Readers.Json;

namespace Mend.Import.Readers.Messenger;

/// <summary>
/// Meta's JSON downloads, shared by Messenger and Instagram: a conversation folder holds
/// <c>message_1.json … message_N.json</c>, each listing messages newest first, with <c>message_N</c> the oldest.
/// The files are read from N down to 1 and each file's messages put oldest first, so memory holds one file at a
/// time (Meta writes 10,000 messages per file; a file over <see cref="MaxMessagesPerFile"/> is refused). A download
/// holding several conversations is read one conversation at a time: the one holding the primary
/// <c>message_1.json</c>, with a diagnostic for each other.
/// </summary>
internal abstract class MetaReader : ChatReader
{
    /// <summary>
    /// The most messages one file may hold. Meta writes 10,000 per file; a file far beyond that is not a Meta
    /// download, and holding it to reorder it would let one upload exhaust memory.
    /// </summary>
    public const int MaxMessagesPerFile = 250_000;

    /// <summary>Whether the head of the source is a Meta messages file (either product).</summary>
    protected static bool IsMetaExport(ImportSource source)
    {
        var head = JsonHead.Of(source.Head);
        return head.IsObject
            && !head.Has("guild")
            && ((head.Has("sender_name") && head.Has("timestamp_ms"))
                || (head.Has("senderName") && head.Has("timestamp") && head.Has("messages")));
    }

    /// <summary>
    /// Whether the export shows it comes from Instagram: the path of the conversation file in the download
    /// (<c>your_instagram_activity/messages/…</c>) or the download's own name (<c>instagram-…zip</c>), or an
    /// instagram.com address or Instagram media path in the first characters of the file.
    /// </summary>
    protected static bool LooksLikeInstagram(ImportSource source) =>
        source.Primary!.Name.Contains("instagram", StringComparison.OrdinalIgnoreCase)
        || source.Name.StartsWith("instagram", StringComparison.OrdinalIgnoreCase)
        || source.Head.Contains("instagram.com", StringComparison.OrdinalIgnoreCase)
        || source.Head.Contains("your_instagram_activity", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public override IEnumerable<ChatMessage> Read(ImportSource source, ImportDiagnostics diagnostics) =>
        ReaderGuard.Guard(ReadCore(source, diagnostics), diagnostics, source.Name, Format);

    private static IEnumerable<ChatMessage> ReadCore(ImportSource source, ImportDiagnostics diagnostics)
    {
        foreach (var entry in ConversationFiles(source, diagnostics))
        {
            var messages = new List<ChatMessage>();
            using (var json = new JsonStream(entry.Open(), entry.Name))
            {
                if (!json.Read() || json.TokenType != JsonTokenType.StartObject)
                {
                    throw new ChatImportException($"{entry.Name} is not a Messenger or Instagram export: line {json.Line} does not open a JSON object.", json.Line);
                }

                var found = false;
                while (NextProperty(json) is { } property)
                {
                    json.Expect();
                    if (property == "messages" && json.TokenType == JsonTokenType.StartArray)
                    {
                        found = true;
                        Collect(json, messages, diagnostics);
                    }
                    else
                    {
                        json.Skip();
                    }
                }

                if (!found)
                {
                    throw new ChatImportException($"{entry.Name} holds no \"messages\" list: it is not a Messenger or Instagram conversation.", 1);
                }
            }

            messages.Reverse();
            foreach (var message in messages.OrderBy(m => m.Time.SortTicks))
            {
                yield return message;
            }
        }
    }

    private static void Collect(JsonStream json, List<ChatMessage> messages, ImportDiagnostics diagnostics)
    {
        while (json.TryReadElement(out var element, out var line))
        {
            if (element is null)
            {
                diagnostics.Skip(line, $"a message larger than {JsonStream.MaxElementBytes / (1024 * 1024)} MB was skipped");
                continue;
            }

            using (element)
            {
                if (JsonText.Message(MetaMessage.Read, element.RootElement, line, out var problem) is { } message)
                {
                    if (messages.Count == MaxMessagesPerFile)
                    {
                        throw new ChatImportException(
                            $"{json.Name} holds more than {MaxMessagesPerFile:N0} messages (line {line}); Meta writes 10,000 per file, so this is not a Messenger or Instagram download file.",
                            line);
                    }

                    messages.Add(message);
                }
                else
                {
                    diagnostics.Skip(line, problem!);
                }
            }
        }
    }

    /// <summary>The files of the conversation to read, oldest file first.</summary>
    private static List<ImportEntry> ConversationFiles(ImportSource source, ImportDiagnostics diagnostics)
    {
        var numbered = source.Entries
            .Select(entry => (Entry: entry, Number: FileNumber(entry.FileName)))
            .Where(file => file.Number > 0)
            .ToList();
        var primary = source.Primary!;
        if (FileNumber(primary.FileName) <= 0 || numbered.Count == 0)
        {
            return [primary];
        }

        var folder = Folder(primary);
        foreach (var other in numbered.Select(file => Folder(file.Entry)).Where(f => f != folder).Distinct(StringComparer.Ordinal))
        {
            diagnostics.Skip(0, $"conversation \"{other}\" left out: a download is read one conversation at a time, and \"{folder}\" was read. Open that folder on its own to read it.");
        }

        return [.. numbered.Where(file => Folder(file.Entry) == folder).OrderByDescending(file => file.Number).Select(file => file.Entry)];
    }

    private static string Folder(ImportEntry entry)
    {
        var slash = entry.Name.LastIndexOf('/');
        return slash < 0 ? "" : entry.Name[..slash];
    }

    /// <summary>N of <c>message_N.json</c>, or 0 for any other name.</summary>
    private static int FileNumber(string fileName)
    {
        const string prefix = "message_";
        if (!fileName.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || !fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        return int.TryParse(fileName.AsSpan(prefix.Length, fileName.Length - prefix.Length - 5), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0;
    }

    private static string? NextProperty(JsonStream json)
    {
        json.Expect();
        return json.TokenType == JsonTokenType.PropertyName ? json.Text ?? "" : null;
    }
}
