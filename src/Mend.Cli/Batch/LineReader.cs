namespace Mend.Cli.Batch;

/// <summary>
/// Splits a byte stream into lines on <c>\n</c> (a <c>\r</c> before it is dropped, as is a UTF-8 byte order mark
/// at the very start). Reads in large blocks; a line longer than <c>maxLineBytes</c> is never held in memory: it is
/// skipped and reported as oversized, so a huge file without newlines still streams.
/// </summary>
internal sealed class LineReader(Stream stream, int maxLineBytes)
{
    private const int BufferSize = 1 << 20;

    private readonly byte[] _buffer = new byte[Math.Max(BufferSize, 2 * (maxLineBytes + 2))];
    private int _start;
    private int _end;
    private bool _endOfStream;
    private bool _lastReadWasShort;
    private long _nextLine = 1;

    /// <summary>
    /// Fills <paramref name="batch"/> with the next lines. It stops early rather than wait for more input when the
    /// stream has paused (a pipe or a person typing), so results come back while input is still arriving.
    /// Returns false at the end of the stream.
    /// </summary>
    public bool ReadBatch(LineBatch batch)
    {
        batch.Reset(_nextLine);
        while (!batch.IsFull && TryReadLine(batch, mayWait: batch.Count == 0 || !_lastReadWasShort))
        {
        }

        _nextLine += batch.Count;
        return batch.Count > 0;
    }

    private bool TryReadLine(LineBatch batch, bool mayWait)
    {
        while (true)
        {
            var pending = _buffer.AsSpan(_start, _end - _start);
            var newline = pending.IndexOf((byte)'\n');
            if (newline >= 0)
            {
                Add(batch, pending[..newline]);
                _start += newline + 1;
                return true;
            }

            if (pending.Length > maxLineBytes + 1)
            {
                SkipRestOfLine();
                batch.AddOversized();
                return true;
            }

            if (_endOfStream)
            {
                if (pending.IsEmpty)
                {
                    return false;
                }

                Add(batch, pending);
                _start = _end;
                return true;
            }

            if (!mayWait)
            {
                return false;
            }

            Fill();
        }
    }

    private void Add(LineBatch batch, ReadOnlySpan<byte> line)
    {
        if (line.EndsWith((byte)'\r'))
        {
            line = line[..^1];
        }

        if (_nextLine + batch.Count == 1 && line.StartsWith("\uFEFF"u8))
        {
            line = line[3..];
        }

        if (line.Length > maxLineBytes)
        {
            batch.AddOversized();
        }
        else
        {
            batch.Add(line);
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        var wanted = _buffer.Length - _end;
        var read = stream.Read(_buffer, _end, wanted);
        _endOfStream = read == 0;
        _lastReadWasShort = read < wanted;
        _end += read;
    }

    private void SkipRestOfLine()
    {
        while (true)
        {
            _start = _end = 0;
            Fill();
            if (_endOfStream)
            {
                return;
            }

            var newline = _buffer.AsSpan(0, _end).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                _start = newline + 1;
                return;
            }
        }
    }
}
