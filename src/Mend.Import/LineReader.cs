namespace Mend.Import;

/// <summary>
/// Reads lines of text as spans over one reusable buffer: no string per line. A span stays valid until the next
/// call. Lines end at <c>\n</c> (a <c>\r</c> before it is dropped). A line longer than <see cref="MaxLineLength"/>
/// is cut there and the rest of it is skipped, so hostile input cannot make the buffer grow without bound.
/// </summary>
internal sealed class LineReader : IDisposable
{
    /// <summary>The longest line kept whole, in characters.</summary>
    public const int MaxLineLength = 1 << 20;

    private readonly TextReader _reader;
    private char[] _buffer;
    private int _start;
    private int _end;
    private bool _eof;

    public LineReader(TextReader reader, int bufferSize = 1 << 16)
    {
        _reader = reader;
        _buffer = new char[bufferSize];
    }

    /// <summary>The 1-based number of the line last read (0 before the first).</summary>
    public long LineNumber { get; private set; }

    /// <summary>Whether the line last read was longer than <see cref="MaxLineLength"/> and was cut.</summary>
    public bool LastLineCut { get; private set; }

    /// <summary>Reads the next line; false at the end of the text.</summary>
    public bool TryReadLine(out ReadOnlySpan<char> line)
    {
        if (LastLineCut)
        {
            // Skipped only now: the span handed out for the cut line pointed into the buffer that skipping refills.
            SkipRestOfLine();
        }

        LastLineCut = false;
        var searched = 0;
        while (true)
        {
            var pending = _buffer.AsSpan(_start + searched, _end - _start - searched);
            var newline = pending.IndexOf('\n');
            if (newline >= 0)
            {
                var length = searched + newline;
                line = Take(length, length + 1);
                return true;
            }

            searched = _end - _start;
            if (_eof)
            {
                if (searched == 0)
                {
                    line = default;
                    return false;
                }

                line = Take(searched, searched);
                return true;
            }

            if (searched >= MaxLineLength)
            {
                line = Take(MaxLineLength, MaxLineLength);
                LastLineCut = true;
                return true;
            }

            Fill();
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _reader.Dispose();

    private ReadOnlySpan<char> Take(int length, int consumed)
    {
        var line = _buffer.AsSpan(_start, length);
        _start += consumed;
        LineNumber++;
        return line.Length > 0 && line[^1] == '\r' ? line[..^1] : line;
    }

    private void SkipRestOfLine()
    {
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf('\n');
            if (newline >= 0)
            {
                _start += newline + 1;
                return;
            }

            _start = _end;
            if (_eof)
            {
                return;
            }

            Fill();
            if (_start == _end && _eof)
            {
                return;
            }
        }
    }

    /// <summary>Moves what is left to the front (growing the buffer when a line fills it) and reads more.</summary>
    private void Fill()
    {
        var left = _end - _start;
        if (_start > 0)
        {
            _buffer.AsSpan(_start, left).CopyTo(_buffer);
            _start = 0;
            _end = left;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Min(_buffer.Length * 2, MaxLineLength + 1));
        }

        var read = _reader.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }
}
