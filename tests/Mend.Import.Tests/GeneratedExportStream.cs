using System.Text;

namespace Mend.Import.Tests;

/// <summary>
/// A seekable stream that makes up an export as it is read: a header, <c>count</c> records of one fixed length, a
/// footer. Nothing is held but the current record, so it stands for an export far larger than memory, and it
/// remembers how far it has been read.
/// </summary>
internal sealed class GeneratedExportStream : Stream
{
    private readonly byte[] _header;
    private readonly byte[] _footer;
    private readonly Func<long, string> _record;
    private readonly long _count;
    private readonly int _recordLength;
    private long _cachedIndex = -1;
    private byte[] _cached = [];
    private long _position;

    public GeneratedExportStream(string header, Func<long, string> record, long count, string footer)
    {
        _header = Encoding.UTF8.GetBytes(header);
        _footer = Encoding.UTF8.GetBytes(footer);
        _record = record;
        _count = count;
        _recordLength = Encoding.UTF8.GetByteCount(record(0));
        Length = _header.Length + (count * _recordLength) + _footer.Length;
    }

    /// <summary>The furthest byte read so far.</summary>
    public long Furthest { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length { get; }

    public override long Position
    {
        get => _position;
        set => _position = value;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length && _position < Length)
        {
            var (source, at) = Locate(_position);
            var n = Math.Min(buffer.Length - written, source.Length - at);
            source.AsSpan(at, n).CopyTo(buffer[written..]);
            written += n;
            _position += n;
        }

        Furthest = Math.Max(Furthest, _position);
        return written;
    }

    public override long Seek(long offset, SeekOrigin origin) => _position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        _ => Length + offset,
    };

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private (byte[] Source, int At) Locate(long position)
    {
        if (position < _header.Length)
        {
            return (_header, (int)position);
        }

        var inRecords = position - _header.Length;
        if (inRecords < _count * _recordLength)
        {
            var index = inRecords / _recordLength;
            if (index != _cachedIndex)
            {
                _cached = Encoding.UTF8.GetBytes(_record(index));
                if (_cached.Length != _recordLength)
                {
                    throw new InvalidOperationException("Generated records must all have the same length.");
                }

                _cachedIndex = index;
            }

            return (_cached, (int)(inRecords % _recordLength));
        }

        return (_footer, (int)(inRecords - (_count * _recordLength)));
    }
}
