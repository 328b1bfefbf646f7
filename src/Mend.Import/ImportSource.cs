using System.IO.Compression;
using System.Text;

namespace Mend.Import;

/// <summary>One file of an import: a plain file, a file in a folder, or an entry of a zip.</summary>
internal sealed class ImportEntry(string name, Func<Stream> open)
{
    /// <summary>The file name with its folder inside the export (forward slashes), e.g. <c>inbox/anna_x/message_1.json</c>.</summary>
    public string Name { get; } = name.Replace('\\', '/');

    /// <summary>The file name without folders.</summary>
    public string FileName => Name[(Name.LastIndexOf('/') + 1)..];

    /// <summary>Opens the entry for reading; the caller disposes the stream.</summary>
    public Stream Open() => open();
}

/// <summary>
/// What the user gave to import: a file, a folder or a zip, seen as a list of entries, with the one most likely
/// to hold the chat as <see cref="Primary"/> and the first characters of it (<see cref="Head"/>) for sniffing.
/// </summary>
internal sealed class ImportSource : IDisposable
{
    /// <summary>How many characters of the primary entry <see cref="Head"/> holds.</summary>
    public const int HeadLength = 8192;

    private readonly IDisposable? _owner;

    private ImportSource(string name, IReadOnlyList<ImportEntry> entries, IDisposable? owner)
    {
        Name = name;
        Entries = entries;
        _owner = owner;
        Primary = PickPrimary(entries);
        Head = Primary is null ? "" : ReadHead(Primary);
    }

    /// <summary>The name of what was given (file or folder name).</summary>
    public string Name { get; }

    /// <summary>Every file in the export.</summary>
    public IReadOnlyList<ImportEntry> Entries { get; }

    /// <summary>The file most likely to hold the chat, or null when there is none.</summary>
    public ImportEntry? Primary { get; }

    /// <summary>The first <see cref="HeadLength"/> characters of <see cref="Primary"/>, UTF-8 decoded, BOM removed.</summary>
    public string Head { get; }

    /// <summary>Opens a file, zip or folder.</summary>
    public static ImportSource Open(string path)
    {
        if (Directory.Exists(path))
        {
            var root = Path.GetFullPath(path);
            var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(file => new ImportEntry(Path.GetRelativePath(root, file), () => File.OpenRead(file)))
                .ToList();
            return new ImportSource(Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar)), files, null);
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No such file or folder: {path}", path);
        }

        var stream = File.OpenRead(path);
        return FromStream(stream, Path.GetFileName(path));
    }

    /// <summary>
    /// Wraps an open stream (an upload) named <paramref name="fileName"/>; the source owns and disposes it. A zip is
    /// recognised by its bytes. A stream that cannot seek is first spooled to a temporary file deleted on close.
    /// </summary>
    public static ImportSource FromStream(Stream stream, string fileName)
    {
        if (!stream.CanSeek)
        {
            var spool = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
            using (stream)
            {
                stream.CopyTo(spool);
            }

            spool.Position = 0;
            stream = spool;
        }

        if (IsZip(stream))
        {
            ZipArchive zip;
            try
            {
                zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
            }
            catch (InvalidDataException e)
            {
                stream.Dispose();
                throw new ChatImportException($"{fileName} looks like a zip file but cannot be opened: {e.Message}", 0, e);
            }

            try
            {
                var entries = zip.Entries
                    .Where(entry => !entry.FullName.EndsWith('/'))
                    .Select(entry => new ImportEntry(entry.FullName, entry.Open))
                    .ToList();
                return new ImportSource(fileName, entries, zip);
            }
            catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
            {
                zip.Dispose();
                throw new ChatImportException($"{fileName} is a damaged zip file: {e.Message}", 0, e);
            }
        }

        var start = stream.Position;
        var entry = new ImportEntry(fileName, () =>
        {
            stream.Position = start;
            return new NonClosingStream(stream);
        });
        return new ImportSource(fileName, [entry], stream);
    }

    /// <summary>Opens <paramref name="entry"/> as text: UTF-8 (BOM honoured, also UTF-16 with a BOM).</summary>
    public static StreamReader OpenText(ImportEntry entry) =>
        new(entry.Open(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);

    /// <inheritdoc/>
    public void Dispose() => _owner?.Dispose();

    private static bool IsZip(Stream stream)
    {
        if (!stream.CanSeek)
        {
            return false;
        }

        Span<byte> magic = stackalloc byte[4];
        var position = stream.Position;
        var read = stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false);
        stream.Position = position;
        return read == 4 && magic[0] == (byte)'P' && magic[1] == (byte)'K' && magic[2] == 3 && magic[3] == 4;
    }

    private static ImportEntry? PickPrimary(IReadOnlyList<ImportEntry> entries)
    {
        static int Rank(ImportEntry entry)
        {
            var name = entry.FileName.ToLowerInvariant();
            return name switch
            {
                "_chat.txt" => 0,
                "result.json" => 1,
                "message_1.json" => 2,
                _ when name.EndsWith(".txt", StringComparison.Ordinal) => 3,
                _ when name.EndsWith(".json", StringComparison.Ordinal) => 4,
                _ when name.EndsWith(".jsonl", StringComparison.Ordinal) || name.EndsWith(".csv", StringComparison.Ordinal) => 4,
                _ when name.EndsWith(".md", StringComparison.Ordinal) => 5,
                _ => 9,
            };
        }

        return entries.Count == 0 ? null : entries.MinBy(Rank);
    }

    private static string ReadHead(ImportEntry entry)
    {
        using var reader = OpenText(entry);
        var buffer = new char[HeadLength];
        var read = reader.ReadBlock(buffer, 0, buffer.Length);
        return new string(buffer, 0, read);
    }

    /// <summary>Lets a reader dispose its view of a stream this source owns.</summary>
    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override int Read(Span<byte> buffer) => inner.Read(buffer);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
