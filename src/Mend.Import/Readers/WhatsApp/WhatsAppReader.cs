using Mend.Chat;

namespace Mend.Import.Readers.WhatsApp;

/// <summary>
/// Reads WhatsApp's "Export chat" text from Android and iOS, in any language and date layout, and the <c>.zip</c>
/// holding <c>_chat.txt</c>. Two passes over the export, neither of which holds it: the first reads only the header
/// lines to settle the file's layout and whether dates are day- or month-first (<see cref="HeaderFormat.Survey"/>);
/// the second streams the messages (<see cref="MessageScanner"/>).
/// </summary>
/// <param name="ambiguousOrder">The date order to use when nothing in the file tells (every day ≤ 12); null for the layout's usual order.</param>
internal sealed class WhatsAppReader(DateOrder? ambiguousOrder = null) : ChatReader
{
    /// <summary>
    /// How many messages are held back to put slightly out-of-order lines (a message delivered late) in time order.
    /// </summary>
    public const int ReorderWindow = 64;

    /// <inheritdoc/>
    public override ChatFormat Format => ChatFormat.WhatsApp;

    /// <inheritdoc/>
    public override bool Recognises(ImportSource source)
    {
        foreach (var range in source.Head.AsSpan().Split('\n'))
        {
            var line = source.Head.AsSpan(range).TrimEnd('\r');
            if (line.IsWhiteSpace())
            {
                continue;
            }

            // The first line of an export is a header. signal-export's Markdown ("[2019-12-24, 12:23] Name: text")
            // is left to the Signal reader: WhatsApp never writes that layout.
            return HeaderLine.TryParse(line, out var header) && !IsSignalExportLayout(header);
        }

        return false;
    }

    /// <inheritdoc/>
    public override IEnumerable<ChatMessage> Read(ImportSource source, ImportDiagnostics diagnostics) =>
        ReaderGuard.Guard(ReadCore(source, diagnostics), diagnostics, source.Name, Format);

    private IEnumerable<ChatMessage> ReadCore(ImportSource source, ImportDiagnostics diagnostics)
    {
        var entry = source.Primary ?? throw new ChatImportException($"{source.Name} is empty: there is no chat in it.");
        var format = Survey(source, entry);
        using var scanner = new MessageScanner(ImportSource.OpenText(entry), format, diagnostics);
        var window = new List<ChatMessage>(ReorderWindow + 1);
        ChatTime? lastOut = null;
        while (scanner.TryRead(out var message))
        {
            var at = window.Count;
            while (at > 0 && window[at - 1].Time > message.Time)
            {
                at--;
            }

            window.Insert(at, message);
            if (lastOut is { } last && message.Time < last)
            {
                diagnostics.Skip(message.Line, $"the message is dated before one more than {ReorderWindow} messages earlier; it was kept where it stands in the file");
            }

            if (window.Count > ReorderWindow)
            {
                var next = window[0];
                window.RemoveAt(0);
                lastOut = next.Time;
                yield return next;
            }
        }

        foreach (var message in window)
        {
            yield return message;
        }
    }

    private HeaderFormat Survey(ImportSource source, ImportEntry entry)
    {
        var survey = new HeaderFormat.Survey();
        long firstLineNumber = 0;
        string? firstLine = null;
        using (var lines = new LineReader(ImportSource.OpenText(entry)))
        {
            while (lines.TryReadLine(out var line))
            {
                if (firstLine is null && !line.IsWhiteSpace())
                {
                    firstLineNumber = lines.LineNumber;
                    firstLine = (line.Length > 80 ? line[..80] : line).ToString();
                }

                if (line.Length >= 10 && HeaderLine.TryParse(line, out var header))
                {
                    survey.Add(header, lines.LineNumber);
                }
            }
        }

        return survey.Resolve(ambiguousOrder) ?? throw (firstLine is null
            ? new ChatImportException($"{source.Name} is empty: there is no chat in it.")
            : new ChatImportException(
                $"{source.Name} is not a WhatsApp export: no line starts with a date and time the way WhatsApp writes them (line {firstLineNumber}: \"{firstLine}\").",
                firstLineNumber));
    }

    private static bool IsSignalExportLayout(in HeaderLine header) =>
        header.Bracketed && header.DateSeparator == '-' && header.FourDigitYearAt == 0 && !header.HasSeconds && header.DateTimeJoin == 0;
}
