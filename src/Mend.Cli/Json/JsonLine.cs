using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Mend.Cli.Json;

/// <summary>Writes JSON values as lines (JSONL) into a buffer: one compact object followed by <c>\n</c>.</summary>
internal sealed class JsonLineWriter : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer;
    private readonly Utf8JsonWriter _json;

    public JsonLineWriter(int initialCapacity = 4096)
    {
        _buffer = new ArrayBufferWriter<byte>(initialCapacity);
        _json = new Utf8JsonWriter(_buffer, MendJsonContext.WriterOptions);
    }

    /// <summary>The lines written since the last <see cref="Clear"/>.</summary>
    public ReadOnlySpan<byte> Written => _buffer.WrittenSpan;

    public void Write<T>(T value, JsonTypeInfo<T> type)
    {
        _json.Reset(_buffer);
        JsonSerializer.Serialize(_json, value, type);
        _json.Flush();
        _buffer.Write("\n"u8);
    }

    public void Clear() => _buffer.ResetWrittenCount();

    /// <summary>Forgets what was written after the first <paramref name="length"/> bytes (a line that failed half-way).</summary>
    public void Truncate(int length)
    {
        if (length == 0)
        {
            _buffer.ResetWrittenCount();
            return;
        }

        var kept = _buffer.WrittenSpan[..length].ToArray();
        _buffer.ResetWrittenCount();
        _buffer.Write(kept);
    }

    public void Dispose() => _json.Dispose();

    /// <summary>Writes one value as a line to <paramref name="stream"/>.</summary>
    public static void WriteTo<T>(Stream stream, T value, JsonTypeInfo<T> type)
    {
        using var writer = new JsonLineWriter();
        writer.Write(value, type);
        stream.Write(writer.Written);
        stream.Flush();
    }
}
