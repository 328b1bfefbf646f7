using Mend.Chat;
using Mend.Import.Readers;
using Mend.Import.Readers.Discord;
using Mend.Import.Readers.Generic;
using Mend.Import.Readers.Messenger;
using Mend.Import.Readers.Signal;
using Mend.Import.Readers.Telegram;
using Mend.Import.Readers.WhatsApp;

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
        new TelegramReader(),
        new DiscordReader(),
        new InstagramReader(),
        new MessengerReader(),
        new SignalReader(),
        new WhatsAppReader(),
        new JsonlReader(),
        new CsvReader(),
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
            return Guarded(_reader.Read(_source, Diagnostics), _source.Name);
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
        return Array.Find(Readers, reader => Recognises(reader, source))?.Format;
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
                : Array.Find(Readers, reader => Recognises(reader, source))
                    ?? throw NotAChat(source);
            return new ChatImport(source, reader);
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Turns a damaged compressed entry or an unreadable file met while streaming into the one error an import raises.
    /// </summary>
    private static IEnumerable<ChatMessage> Guarded(IEnumerable<ChatMessage> messages, string name)
    {
        using var enumerator = messages.GetEnumerator();
        while (true)
        {
            try
            {
                if (!enumerator.MoveNext())
                {
                    yield break;
                }
            }
            catch (InvalidDataException e)
            {
                throw new ChatImportException($"{name} is damaged and cannot be read to the end: {e.Message}", 0, e);
            }
            catch (IOException e)
            {
                throw new ChatImportException($"{name} could not be read: {e.Message}", 0, e);
            }

            yield return enumerator.Current;
        }
    }

    /// <summary>Asks <paramref name="reader"/>; a reader that fails on odd input simply does not recognise it.</summary>
    private static bool Recognises(ChatReader reader, ImportSource source)
    {
        try
        {
            return reader.Recognises(source);
        }
        catch (Exception e) when (e is not ChatImportException and not OutOfMemoryException)
        {
            return false;
        }
    }

    private static ChatImportException NotAChat(ImportSource source)
    {
        // Name the first line with something on it (a file may start with blank lines).
        var line = 0;
        var shown = "";
        foreach (var range in source.Head.AsSpan().Split('\n'))
        {
            line++;
            var text = source.Head.AsSpan(range).TrimEnd('\r');
            if (!text.IsWhiteSpace())
            {
                shown = text.ToString();
                break;
            }
        }

        if (shown.Length == 0)
        {
            return new ChatImportException($"{source.Name} is empty: there is no chat in it.");
        }

        if (shown.Length > 80)
        {
            shown = shown[..80] + "…";
        }

        var formats = string.Join(", ", ChatFormats.All.Select(f => f.Id()));
        return new ChatImportException(
            $"{source.Name} is not a chat export Mend recognises (line {line}: \"{shown}\"). Formats: {formats}; use --format to force one.",
            line);
    }
}
