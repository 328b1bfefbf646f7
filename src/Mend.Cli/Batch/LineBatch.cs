namespace Mend.Cli.Batch;

/// <summary>
/// A run of consecutive input lines held as bytes in one buffer, so that reading costs one copy and no
/// allocation per line. Reused from batch to batch.
/// </summary>
internal sealed class LineBatch
{
    /// <summary>Most lines in one batch: enough to keep every core busy, small enough to stream.</summary>
    public const int MaxLines = 4096;

    private const int TargetBytes = 1 << 20;
    private const int Oversized = -1;

    private readonly int[] _starts = new int[MaxLines];
    private readonly int[] _lengths = new int[MaxLines];
    private byte[] _data = new byte[TargetBytes];
    private int _bytes;

    /// <summary>The number of lines held.</summary>
    public int Count { get; private set; }

    /// <summary>The 1-based input line number of the first line held.</summary>
    public long FirstLine { get; private set; } = 1;

    public bool IsFull => Count == MaxLines || _bytes >= TargetBytes;

    /// <summary>Empties the batch; the next line added is input line <paramref name="firstLine"/>.</summary>
    public void Reset(long firstLine)
    {
        Count = 0;
        _bytes = 0;
        FirstLine = firstLine;
    }

    public void Add(ReadOnlySpan<byte> line)
    {
        if (_bytes + line.Length > _data.Length)
        {
            Array.Resize(ref _data, Math.Max(_data.Length * 2, _bytes + line.Length));
        }

        line.CopyTo(_data.AsSpan(_bytes));
        _starts[Count] = _bytes;
        _lengths[Count] = line.Length;
        _bytes += line.Length;
        Count++;
    }

    /// <summary>Adds a line that was too long to keep; its bytes were skipped.</summary>
    public void AddOversized()
    {
        _starts[Count] = _bytes;
        _lengths[Count] = Oversized;
        Count++;
    }

    public bool IsOversized(int index) => _lengths[index] == Oversized;

    public ReadOnlySpan<byte> Line(int index) =>
        IsOversized(index) ? default : _data.AsSpan(_starts[index], _lengths[index]);
}
