using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Mend.Import.Readers.Json;

/// <summary>
/// Passes UTF-8 through unchanged and replaces each invalid sequence with U+FFFD, as a text decoder would. The JSON
/// readers read bytes, and <see cref="System.Text.Json"/> refuses a string holding invalid UTF-8: without this one bad
/// byte in one message would end the import. Valid input costs one validation pass and a copy.
/// </summary>
internal sealed class Utf8RepairStream(Stream inner) : Stream
{
    private const int ChunkBytes = 64 * 1024;
    private static readonly byte[] Replacement = [0xEF, 0xBF, 0xBD];

    private readonly byte[] _in = new byte[ChunkBytes + 4];
    private readonly byte[] _out = new byte[(ChunkBytes + 4) * 3];
    private int _inEnd;
    private int _outStart;
    private int _outEnd;
    private bool _eof;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (_outStart == _outEnd)
        {
            if (!Refill())
            {
                return 0;
            }
        }

        var n = Math.Min(buffer.Length, _outEnd - _outStart);
        _out.AsSpan(_outStart, n).CopyTo(buffer);
        _outStart += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Reads the next chunk into the output; false at the end.</summary>
    private bool Refill()
    {
        if (_eof && _inEnd == 0)
        {
            return false;
        }

        if (!_eof)
        {
            var read = inner.Read(_in, _inEnd, ChunkBytes);
            _eof = read == 0;
            _inEnd += read;
        }

        var input = _in.AsSpan(0, _inEnd);
        _outStart = 0;
        _outEnd = 0;
        var held = _eof ? 0 : IncompleteTail(input);
        var whole = input[..^held];
        if (Utf8.IsValid(whole))
        {
            whole.CopyTo(_out);
            _outEnd = whole.Length;
        }
        else
        {
            Repair(whole);
        }

        // Keep an incomplete sequence at the end for the next chunk.
        input[^held..].CopyTo(_in);
        _inEnd = held;
        return true;
    }

    private void Repair(ReadOnlySpan<byte> input)
    {
        var output = _out.AsSpan();
        while (!input.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(input, out _, out var consumed);
            if (status == OperationStatus.Done)
            {
                input[..consumed].CopyTo(output[_outEnd..]);
                _outEnd += consumed;
            }
            else
            {
                Replacement.CopyTo(output[_outEnd..]);
                _outEnd += Replacement.Length;
                consumed = Math.Max(consumed, 1);
            }

            input = input[consumed..];
        }
    }

    /// <summary>How many bytes at the end start a multi-byte sequence that the chunk cuts off.</summary>
    private static int IncompleteTail(ReadOnlySpan<byte> input)
    {
        for (var back = 1; back <= Math.Min(3, input.Length); back++)
        {
            var b = input[^back];
            if ((b & 0xC0) != 0x80)
            {
                // A lead byte (or ASCII): incomplete if the sequence it starts is longer than what is left.
                var length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
                return length > back ? back : 0;
            }
        }

        return 0;
    }
}
