using System.Text.Json;
using Mend.Chat;
using Mend.Import.Readers.Json;

namespace Mend.Import.Readers.Generic;

/// <summary>
/// Mend's generic JSON Lines (docs/chat-formats.md): one object per line with <c>timestamp</c>, <c>sender</c>,
/// <c>text</c> and an optional <c>kind</c>; other properties are ignored, blank lines passed over. Recognised by a
/// first line that is such an object.
/// </summary>
internal sealed class JsonlReader : ChatReader
{
    /// <inheritdoc/>
    public override ChatFormat Format => ChatFormat.Jsonl;

    /// <inheritdoc/>
    public override bool Recognises(ImportSource source)
    {
        var head = source.Head.AsSpan().TrimStart('\uFEFF').TrimStart();
        var end = head.IndexOf('\n');
        if (end < 0 && source.Head.Length >= ImportSource.HeadLength)
        {
            return false;
        }

        var first = (end < 0 ? head : head[..end]).TrimEnd().ToString();
        if (!first.StartsWith('{'))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(first);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("timestamp", out _)
                && root.TryGetProperty("sender", out _)
                && root.TryGetProperty("text", out _);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <inheritdoc/>
    public override IEnumerable<ChatMessage> Read(ImportSource source, ImportDiagnostics diagnostics) =>
        ReaderGuard.Guard(ReadCore(source, diagnostics), diagnostics, source.Name, Format);

    private static IEnumerable<ChatMessage> ReadCore(ImportSource source, ImportDiagnostics diagnostics)
    {
        using var lines = new LineReader(ImportSource.OpenText(source.Primary!));
        var seenRecord = false;
        while (lines.TryReadLine(out var span))
        {
            var line = span.ToString();
            var number = lines.LineNumber;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var message = Parse(line, number, lines.LastLineCut, out var problem);
            if (message is null && !seenRecord)
            {
                throw new ChatImportException($"{source.Name} is not Mend's generic JSON Lines: line {number}: {problem}.", number);
            }

            seenRecord = true;
            if (message is null)
            {
                diagnostics.Skip(number, problem!);
                continue;
            }

            yield return message;
        }
    }

    private static ChatMessage? Parse(string line, long number, bool truncated, out string? problem)
    {
        if (truncated)
        {
            problem = $"the line is longer than {LineReader.MaxLineLength} characters";
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line.TrimStart('\uFEFF'));
        }
        catch (JsonException e)
        {
            var reason = e.Message;
            var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
            problem = $"not a JSON object ({(cut > 0 ? reason[..cut] : reason)})";
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problem = "not a JSON object";
                return null;
            }

            if (!root.TryGetProperty("timestamp", out var timestamp) && !root.TryGetProperty("sender", out _))
            {
                problem = "an object without timestamp and sender";
                return null;
            }

            try
            {
                return GenericRecord.ToMessage(Value(timestamp), Value(root, "sender"), Value(root, "text"), Value(root, "kind"), number, out problem);
            }
            catch (InvalidOperationException)
            {
                problem = JsonText.InvalidText;
                return null;
            }
        }
    }

    private static string? Value(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? Value(value) : null;

    private static string? Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Undefined or JsonValueKind.Null => null,
        _ => value.GetRawText(),
    };
}
