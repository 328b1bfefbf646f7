using Mend.Chat;
using Mend.Import.Readers;

namespace Mend.Import;

/// <summary>
/// An opened chat export: its format (detected from the content, or forced), its messages as a single-pass
/// stream in chronological order, and the diagnostics gathered while streaming. Dispose it when done.
/// </summary>
/// <example>
/// <code>
/// using var import = ChatImport.Open("WhatsApp Chat with Sam.zip");
/// foreach (var message in import.Messages) { … }
/// Console.WriteLine($"{import.Diagnostics.Count} lines skipped");
/// </code>
/// </example>
public sealed class ChatImport : IDisposable
{
    /// <summary>Every reader, in the order detection tries them (the most specific first).</summary>
    private static readonly ChatReader[] Readers =
    [
    ];

    private readonly ImportSource _source;
    private readonly ChatReader _reader;
    private bool _read;

    private ChatImport(ImportSource source, ChatReader reader)
    {
        _source = source;
        _reader = reader;
    }

    /// <summary>The format read.</summary>
    public ChatFormat Format => _reader.Format;

    /// <summary>The name of the file or folder imported.</summary>
    public string Name => _source.Name;

    /// <summary>The size in bytes of the file or zip imported (null for a folder), for a progress bar.</summary>
    public long? Length => _source.Length;

    /// <summary>Bytes of the file or zip read so far (approximate while streaming), for a progress bar.</summary>
    public long Position => _source.Position;

    /// <summary>Skipped lines and their reasons, filled while <see cref="Messages"/> is enumerated.</summary>
    public ImportDiagnostics Diagnostics { get; } = new();

    /// <summary>The messages, oldest first. Enumerate once: the export is streamed, not held.</summary>
    public IEnumerable<ChatMessage> Messages
    {
        get
        {
            if (_read)
            {
                throw new InvalidOperationException("A chat import streams its messages once; open it again to re-read.");
            }

            _read = true;
            return _reader.Read(_source, Diagnostics);
        }
    }

    /// <summary>Opens a file, a zip or a folder; <paramref name="format"/> forces a format instead of detecting it.</summary>
    /// <exception cref="FileNotFoundException">Nothing exists at <paramref name="path"/>.</exception>
    /// <exception cref="ChatImportException">The content is not a chat export Mend reads.</exception>
    public static ChatImport Open(string path, ChatFormat? format = null) => Open(ImportSource.Open(path), format);

    /// <summary>Opens an upload; the import owns <paramref name="stream"/> and disposes it.</summary>
    /// <exception cref="ChatImportException">The content is not a chat export Mend reads.</exception>
    public static ChatImport Open(Stream stream, string fileName, ChatFormat? format = null) =>
        Open(ImportSource.FromStream(stream, fileName), format);

    /// <summary>Detects the format of a file, zip or folder without reading it whole; null when none fits.</summary>
    public static ChatFormat? Detect(string path)
    {
        using var source = ImportSource.Open(path);
        return Array.Find(Readers, reader => reader.Recognises(source))?.Format;
    }

    /// <inheritdoc/>
    public void Dispose() => _source.Dispose();

    private static ChatImport Open(ImportSource source, ChatFormat? format)
    {
        try
        {
            if (source.Primary is null)
            {
                throw new ChatImportException($"{source.Name} is empty: there is no chat in it.");
            }

            var reader = format is { } forced
                ? Array.Find(Readers, reader => reader.Format == forced)
                    ?? throw new ChatImportException($"Reading {forced.Id()} exports is not supported yet.")
                : Array.Find(Readers, reader => reader.Recognises(source))
                    ?? throw NotAChat(source);
            return new ChatImport(source, reader);
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }

    private static ChatImportException NotAChat(ImportSource source)
    {
        var firstLine = source.Head.AsSpan().TrimStart("\uFEFF");
        var end = firstLine.IndexOfAny('\r', '\n');
        var shown = (end < 0 ? firstLine : firstLine[..end]).ToString();
        if (shown.Length > 80)
        {
            shown = shown[..80] + "…";
        }

        var formats = string.Join(", ", ChatFormats.All.Select(f => f.Id()));
        return new ChatImportException(
            $"{source.Name} is not a chat export Mend recognises (line 1: \"{shown}\"). Formats: {formats}; use --format to force one.",
            1);
    }
}
