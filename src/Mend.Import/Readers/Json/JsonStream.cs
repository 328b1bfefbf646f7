using System.Text.Json;

namespace Mend.Import.Readers.Json;

/// <summary>
/// Walks a JSON file token by token over a refilled buffer, so a file of any size is read with the memory of its
/// largest element. The outer structure is read with <see cref="Read"/> and <see cref="Skip"/>; each element of a
/// message array is taken whole with <see cref="TryReadElement"/>. Tokens know their 1-based line. Malformed or
/// truncated JSON raises <see cref="ChatImportException"/> naming the line.
/// </summary>
internal sealed class JsonStream : IDisposable
{
    /// <summary>The largest single element (one message) read whole; larger ones are skipped.</summary>
    public const int MaxElementBytes = 16 * 1024 * 1024;

    private const int InitialBufferBytes = 64 * 1024;

    private readonly Stream _stream;
    private readonly string _name;
    private byte[] _buffer = new byte[InitialBufferBytes];
    private int _start;
    private int _end;
    private bool _final;
    private bool _started;
    private JsonReaderState _state = new(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
    private long _line = 1;
    private int _linesCountedTo;

    /// <summary>Reads <paramref name="stream"/> (which this walker disposes), named <paramref name="name"/> in errors.</summary>
    public JsonStream(Stream stream, string name)
    {
        _stream = new Utf8RepairStream(stream);
        _name = name;
    }

    /// <summary>The name of the file walked, for messages.</summary>
    public string Name => _name;

    /// <summary>The kind of the current token.</summary>
    public JsonTokenType TokenType { get; private set; }

    /// <summary>The depth of the current token (0 for the root value).</summary>
    public int Depth { get; private set; }

    /// <summary>The property name or string value of the current token, otherwise null.</summary>
    public string? Text { get; private set; }

    /// <summary>The 1-based line where the current token starts.</summary>
    public long Line { get; private set; }

    /// <summary>Moves to the next token; false at the end of the input.</summary>
    public bool Read()
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
            try
            {
                if (reader.Read())
                {
                    SetToken(ref reader);
                    Advance(ref reader);
                    return true;
                }
            }
            catch (JsonException e)
            {
                throw Malformed(e);
            }

            if (_final)
            {
                return false;
            }

            Fill(forElement: false);
        }
    }

    /// <summary>Moves to the next token and fails unless there is one.</summary>
    public void Expect()
    {
        if (!Read())
        {
            throw Truncated();
        }
    }

    /// <summary>When the current token starts an object or array, moves to its end; otherwise does nothing.</summary>
    public void Skip()
    {
        if (TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }

        var depth = Depth;
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
            try
            {
                while (reader.Read())
                {
                    if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray && reader.CurrentDepth == depth)
                    {
                        SetToken(ref reader);
                        Advance(ref reader);
                        return;
                    }
                }
            }
            catch (JsonException e)
            {
                throw Malformed(e);
            }

            Advance(ref reader);
            if (_final)
            {
                throw Truncated();
            }

            Fill(forElement: false);
        }
    }

    /// <summary>
    /// Reads the next element of the array being walked. False at the array's end (the current token is then its
    /// <see cref="JsonTokenType.EndArray"/>). <paramref name="element"/> is null when the element was larger than
    /// <see cref="MaxElementBytes"/> and has been skipped. The caller disposes the document.
    /// </summary>
    public bool TryReadElement(out JsonDocument? element, out long line)
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
            try
            {
                if (reader.Read())
                {
                    if (reader.TokenType is JsonTokenType.EndArray or JsonTokenType.EndObject)
                    {
                        SetToken(ref reader);
                        Advance(ref reader);
                        element = null;
                        line = Line;
                        return false;
                    }

                    line = LineAt(_start + (int)reader.TokenStartIndex);
                    if (JsonDocument.TryParseValue(ref reader, out element))
                    {
                        Advance(ref reader);
                        TokenType = JsonTokenType.None;
                        Line = line;
                        return true;
                    }

                    if (_start == 0 && _end == _buffer.Length && _buffer.Length >= MaxElementBytes)
                    {
                        SetToken(ref reader);
                        Advance(ref reader);
                        Skip();
                        element = null;
                        return true;
                    }
                }
            }
            catch (JsonException e)
            {
                throw Malformed(e);
            }

            if (_final)
            {
                throw Truncated();
            }

            Fill(forElement: true);
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _stream.Dispose();

    private void SetToken(ref Utf8JsonReader reader)
    {
        TokenType = reader.TokenType;
        Depth = reader.CurrentDepth;
        Line = LineAt(_start + (int)reader.TokenStartIndex);
        Text = reader.TokenType is JsonTokenType.PropertyName or JsonTokenType.String ? JsonText.Of(ref reader) : null;
    }

    private void Advance(ref Utf8JsonReader reader)
    {
        _start += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
    }

    private long LineAt(int index)
    {
        if (index > _linesCountedTo)
        {
            _line += _buffer.AsSpan(_linesCountedTo, index - _linesCountedTo).Count((byte)'\n');
            _linesCountedTo = index;
        }

        return _line;
    }

    private void Fill(bool forElement)
    {
        if (_start > 0)
        {
            LineAt(_start);
            var kept = _end - _start;
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, kept);
            _linesCountedTo -= _start;
            _end = kept;
            _start = 0;
        }
        else if (_end == _buffer.Length)
        {
            if (_buffer.Length >= MaxElementBytes && !forElement)
            {
                throw new ChatImportException($"{_name} has a single value longer than {MaxElementBytes / (1024 * 1024)} MB near line {_line}: this is not a chat export.", _line);
            }

            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _final = true;
            return;
        }

        if (!_started)
        {
            _started = true;
            if (read >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
            {
                _start = 3;
                _linesCountedTo = 3;
            }
        }

        _end += read;
    }

    private ChatImportException Malformed(JsonException e)
    {
        var line = e.LineNumber is { } zeroBased ? zeroBased + 1 : _line;
        if (_final && line >= LineAt(_end) - (_end > 0 && _buffer[_end - 1] == '\n' ? 1 : 0))
        {
            return new ChatImportException($"{_name} ends in the middle of the JSON (line {line}): the file looks cut off.", line, e);
        }

        var reason = e.Message;
        var cut = reason.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }

        if (cut > 0)
        {
            reason = reason[..cut];
        }

        return new ChatImportException($"{_name} is not valid JSON at line {line}: {reason}", line, e);
    }

    private ChatImportException Truncated() =>
        new($"{_name} ends in the middle of the JSON (line {_line}): the file looks cut off.", _line);
}
