using Mend.Chat;

namespace Mend.Import.Readers.Generic;

/// <summary>
/// Mend's generic CSV (docs/chat-formats.md): a header row naming <c>timestamp</c>, <c>sender</c> and <c>text</c>
/// (any order, any case, other columns ignored, optional <c>kind</c>), separated by commas, semicolons or tabs
/// (whichever the header uses), RFC 4180 quoting. Recognised by its header row.
/// </summary>
internal sealed class CsvReader : ChatReader
{
    private static readonly char[] Delimiters = [',', ';', '\t'];

    /// <inheritdoc/>
    public override ChatFormat Format => ChatFormat.Csv;

    /// <inheritdoc/>
    public override bool Recognises(ImportSource source) => Header.Find(FirstLine(source.Head)) is not null;

    /// <inheritdoc/>
    public override IEnumerable<ChatMessage> Read(ImportSource source, ImportDiagnostics diagnostics) =>
        ReaderGuard.Guard(ReadCore(source, diagnostics), diagnostics, source.Name, Format);

    private static IEnumerable<ChatMessage> ReadCore(ImportSource source, ImportDiagnostics diagnostics)
    {
        var firstLine = FirstLine(source.Head);
        var header = Header.Find(firstLine)
            ?? throw new ChatImportException(
                $"{source.Name} is not Mend's generic CSV: line 1 must be a header naming the columns timestamp, sender and text (it reads \"{Shorten(firstLine)}\").",
                1);

        using var records = new CsvRecordReader(ImportSource.OpenText(source.Primary!), header.Delimiter);
        var fields = new List<string>();
        records.TryRead(fields);
        while (records.TryRead(fields))
        {
            var line = records.RecordLine;
            if (fields.Count <= header.Needed)
            {
                diagnostics.Skip(line, $"the row has {fields.Count} field(s); the header has at least {header.Needed + 1}");
                continue;
            }

            var kind = header.Kind >= 0 && header.Kind < fields.Count ? fields[header.Kind] : null;
            var message = GenericRecord.ToMessage(fields[header.Timestamp], fields[header.Sender], fields[header.Text], kind, line, out var problem);
            if (message is null)
            {
                diagnostics.Skip(line, problem!);
                continue;
            }

            yield return message;
        }
    }

    private static string FirstLine(string head)
    {
        var text = head.AsSpan().TrimStart('\uFEFF');
        var end = text.IndexOfAny('\r', '\n');
        return (end < 0 ? text : text[..end]).ToString();
    }

    private static string Shorten(string text) => text.Length > 80 ? text[..80] + "…" : text;

    /// <summary>Where the schema's columns are in a header row, and the delimiter it uses.</summary>
    private sealed record Header(char Delimiter, int Timestamp, int Sender, int Text, int Kind)
    {
        /// <summary>The highest index of a required column.</summary>
        public int Needed => Math.Max(Timestamp, Math.Max(Sender, Text));

        public static Header? Find(string line)
        {
            foreach (var delimiter in Delimiters)
            {
                if (!line.Contains(delimiter, StringComparison.Ordinal))
                {
                    continue;
                }

                var names = line.Split(delimiter).Select(name => name.Trim().Trim('"').Trim().ToLowerInvariant()).ToList();
                var timestamp = names.IndexOf("timestamp");
                var sender = names.IndexOf("sender");
                var text = names.IndexOf("text");
                if (timestamp >= 0 && sender >= 0 && text >= 0)
                {
                    return new Header(delimiter, timestamp, sender, text, names.IndexOf("kind"));
                }
            }

            return null;
        }
    }
}
