using Mend.Chat;

namespace Mend.Import.Readers.Signal;

/// <summary>
/// signal-export's Markdown (Signal itself has no text export): one message per <c>[date time] Name: text</c>
/// line, continued on the following lines until the next such line; "Me" is the exporting person. Times are local
/// without an offset, kept as written. Recognised by its first line: the older layout (<c>[2019-12-24, 12:23]</c>)
/// alone, the current one (which some WhatsApp layouts share) only with the two trailing spaces or local media links
/// signal-export writes, and never with WhatsApp's marks (U+200E, <c>_chat.txt</c>).
/// </summary>
internal sealed class SignalReader : ChatReader
{
    /// <summary>The most characters of one message kept (its first line and the lines continuing it).</summary>
    public const int MaxMessageChars = 1 << 20;

    /// <inheritdoc/>
    public override ChatFormat Format => ChatFormat.Signal;

    /// <inheritdoc/>
    public override bool Recognises(ImportSource source)
    {
        if (source.Entries.Any(entry => entry.FileName.Equals("_chat.txt", StringComparison.OrdinalIgnoreCase))
            || ChatFile(source) is not { } chat)
        {
            return false;
        }

        var head = chat == source.Primary ? source.Head : ReadHead(chat);
        if (head.Contains('\u200E', StringComparison.Ordinal))
        {
            return false;
        }

        var lines = head.TrimStart('\uFEFF').Split('\n');
        var first = lines.FirstOrDefault(line => line.Trim().Length > 0)?.TrimEnd('\r');
        if (first is null || !SignalLine.TryParse(first, out var header))
        {
            return false;
        }

        return header.IsOlderLayout
            || lines.Any(line => line.TrimEnd('\r').EndsWith("  ", StringComparison.Ordinal))
            || head.Contains("](./", StringComparison.Ordinal);
    }

    /// <inheritdoc/>
    public override IEnumerable<ChatMessage> Read(ImportSource source, ImportDiagnostics diagnostics) =>
        ReaderGuard.Guard(ReadCore(source, diagnostics), diagnostics, source.Name, Format);

    /// <summary>
    /// The Markdown file to read: the one given, or in signal-export's output folder (one folder per conversation
    /// holding <c>chat.md</c>, <c>data.json</c>, <c>index.html</c> and <c>media/</c>) the first <c>chat.md</c>.
    /// </summary>
    private static ImportEntry? ChatFile(ImportSource source)
    {
        if (source.Primary is { } primary && primary.FileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return primary;
        }

        return source.Entries.FirstOrDefault(entry => entry.FileName.Equals("chat.md", StringComparison.OrdinalIgnoreCase))
            ?? source.Primary;
    }

    private static string ReadHead(ImportEntry entry)
    {
        using var reader = ImportSource.OpenText(entry);
        var buffer = new char[ImportSource.HeadLength];
        return new string(buffer, 0, reader.ReadBlock(buffer, 0, buffer.Length));
    }

    private static IEnumerable<ChatMessage> ReadCore(ImportSource source, ImportDiagnostics diagnostics)
    {
        var chat = ChatFile(source)!;
        foreach (var other in source.Entries.Where(entry => entry != chat && entry.FileName.Equals("chat.md", StringComparison.OrdinalIgnoreCase)))
        {
            diagnostics.Skip(0, $"conversation \"{other.Name}\" left out: an export is read one conversation at a time, and \"{chat.Name}\" was read. Open that file on its own to read it.");
        }

        using var reader = new LineReader(ImportSource.OpenText(chat));
        SignalLine? current = null;
        var start = 0L;
        var body = new List<string>();
        var bodyChars = 0L;
        var cut = false;
        while (true)
        {
            var line = reader.TryReadLine(out var span) ? span.ToString() : null;
            if (line is not null && reader.LastLineCut)
            {
                diagnostics.Skip(reader.LineNumber, $"the line is longer than {LineReader.MaxLineLength} characters and was cut");
            }

            var next = default(SignalLine);
            if (line is null || SignalLine.TryParse(line, out next))
            {
                if (current is { } message && Finish(message, start, body, diagnostics) is { } finished)
                {
                    yield return finished;
                }

                if (line is null)
                {
                    yield break;
                }

                current = next;
                start = reader.LineNumber;
                body.Clear();
                body.Add(next.Body);
                bodyChars = next.Body.Length;
                cut = false;
                continue;
            }

            if (current is null)
            {
                if (line.Trim().Length == 0)
                {
                    continue;
                }

                throw new ChatImportException(
                    $"{source.Name} is not a signal-export Markdown file: line {reader.LineNumber} does not start like \"[2019-12-24 12:23] Name: text\".",
                    reader.LineNumber);
            }

            bodyChars += line.Length;
            if (bodyChars <= MaxMessageChars)
            {
                body.Add(line);
            }
            else if (!cut)
            {
                cut = true;
                diagnostics.Skip(reader.LineNumber, $"the message that starts on line {start} is longer than {MaxMessageChars} characters; the rest of it was left out");
            }
        }
    }

    private static ChatMessage? Finish(SignalLine header, long line, List<string> body, ImportDiagnostics diagnostics)
    {
        if (SignalBody.Read(body, out var problem) is not { } read)
        {
            diagnostics.Skip(line, problem!);
            return null;
        }

        return new ChatMessage(ChatTime.FromLocal(header.Time), header.Sender, read.Text, read.Kind, line);
    }
}
