using System.Text;

namespace Mend.Import.Readers.Generic;

/// <summary>
/// Reads RFC 4180 records one at a time: fields split by a delimiter, quoted fields with doubled quotes and line
/// breaks inside, records ended by CR LF, LF or CR. Blank lines are passed over. A quoted field that never ends is
/// cut at <see cref="MaxFieldChars"/> and fails with the line where its record began; fields past
/// <see cref="MaxFields"/> are read but not kept.
/// </summary>
internal sealed class CsvRecordReader(TextReader reader, char delimiter) : IDisposable
{
    /// <summary>The longest field read.</summary>
    public const int MaxFieldChars = 1 << 20;

    /// <summary>The most characters of one record, all fields together.</summary>
    public const int MaxRecordChars = 4 << 20;

    /// <summary>How many fields of a record are kept; the schema needs a few, further columns are ignored.</summary>
    public const int MaxFields = 256;

    private readonly char[] _buffer = new char[1 << 14];
    private readonly StringBuilder _field = new();
    private int _position;
    private int _length;
    private long _line = 1;
    private int _recordChars;

    /// <summary>The 1-based line where the record last read begins.</summary>
    public long RecordLine { get; private set; }

    /// <summary>Reads the next record into <paramref name="fields"/>; false at the end of the input.</summary>
    public bool TryRead(List<string> fields)
    {
        fields.Clear();
        while (true)
        {
            var c = Peek();
            if (c < 0)
            {
                return false;
            }

            if (c is '\r' or '\n')
            {
                ReadLineBreak();
                continue;
            }

            break;
        }

        RecordLine = _line;
        _recordChars = 0;
        while (true)
        {
            var end = ReadField();
            if (fields.Count < MaxFields)
            {
                fields.Add(_field.ToString());
            }

            if (end != delimiter)
            {
                return true;
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose() => reader.Dispose();

    /// <summary>Reads one field into <see cref="_field"/>; returns what ended it: the delimiter, '\n' or -1.</summary>
    private int ReadField()
    {
        _field.Clear();
        var quoted = Peek() == '"';
        if (quoted)
        {
            Next();
        }

        while (true)
        {
            var c = Peek();
            if (c < 0)
            {
                if (quoted)
                {
                    throw new ChatImportException($"The quoted field that starts on line {RecordLine} is never closed.", RecordLine);
                }

                return -1;
            }

            if (quoted)
            {
                Next();
                if (c == '"')
                {
                    if (Peek() == '"')
                    {
                        Next();
                        Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else if (c is '\r' or '\n')
                {
                    if (c == '\r' && Peek() == '\n')
                    {
                        Next();
                    }

                    _line++;
                    Append('\n');
                }
                else
                {
                    Append((char)c);
                }

                continue;
            }

            if (c == delimiter)
            {
                Next();
                return delimiter;
            }

            if (c is '\r' or '\n')
            {
                ReadLineBreak();
                return '\n';
            }

            Next();
            Append((char)c);
        }
    }

    private void Append(char c)
    {
        if (++_recordChars > MaxRecordChars)
        {
            throw new ChatImportException($"The row that starts on line {RecordLine} is longer than {MaxRecordChars} characters.", RecordLine);
        }

        if (_field.Length >= MaxFieldChars)
        {
            throw new ChatImportException($"The field that starts on line {RecordLine} is longer than {MaxFieldChars} characters (a quote that is never closed?).", RecordLine);
        }

        _field.Append(c);
    }

    private void ReadLineBreak()
    {
        if (Next() == '\r' && Peek() == '\n')
        {
            Next();
        }

        _line++;
    }

    private int Peek()
    {
        if (_position == _length)
        {
            _length = reader.Read(_buffer, 0, _buffer.Length);
            _position = 0;
            if (_length <= 0)
            {
                _length = 0;
                return -1;
            }
        }

        return _buffer[_position];
    }

    private int Next()
    {
        var c = Peek();
        if (c >= 0)
        {
            _position++;
        }

        return c;
    }
}
