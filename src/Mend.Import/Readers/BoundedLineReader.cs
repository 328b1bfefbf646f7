using System.Text;

namespace Mend.Import.Readers;

/// <summary>
/// Reads a text export line by line with 1-based line numbers and a bound on line length, so one enormous line
/// (hostile or broken input) cannot exhaust memory: its first <see cref="MaxLineChars"/> characters are kept and
/// <see cref="Truncated"/> tells the caller.
/// </summary>
internal sealed class BoundedLineReader(TextReader reader) : IDisposable
{
    /// <summary>The longest line kept whole.</summary>
    public const int MaxLineChars = 1 << 20;

    private readonly StringBuilder _line = new();

    /// <summary>The 1-based number of the line last read (0 before the first).</summary>
    public long LineNumber { get; private set; }

    /// <summary>Whether the line last read was longer than <see cref="MaxLineChars"/> and was cut.</summary>
    public bool Truncated { get; private set; }

    /// <summary>The next line without its line break, or null at the end.</summary>
    public string? ReadLine()
    {
        _line.Clear();
        Truncated = false;
        var any = false;
        while (true)
        {
            var c = reader.Read();
            if (c < 0)
            {
                if (!any)
                {
                    return null;
                }

                break;
            }

            any = true;
            if (c == '\n')
            {
                break;
            }

            if (c == '\r')
            {
                if (reader.Peek() == '\n')
                {
                    reader.Read();
                }

                break;
            }

            if (_line.Length < MaxLineChars)
            {
                _line.Append((char)c);
            }
            else
            {
                Truncated = true;
            }
        }

        LineNumber++;
        return _line.ToString();
    }

    /// <inheritdoc/>
    public void Dispose() => reader.Dispose();
}
