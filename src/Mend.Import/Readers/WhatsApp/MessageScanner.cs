using System.Globalization;
using Mend.Chat;

namespace Mend.Import.Readers.WhatsApp;

/// <summary>
/// The second pass over a WhatsApp export: turns lines into messages once the <see cref="HeaderFormat"/> is known.
/// A line is a new message when it starts with a header in the export's own layout; every other line continues the
/// message before it. Works on spans over one line buffer; per message it allocates the text and the message (sender
/// names are shared).
/// </summary>
internal sealed class MessageScanner : IDisposable
{
    /// <summary>The longest message text kept, in characters (WhatsApp's own limit is about 65,000).</summary>
    public const int MaxMessageLength = 1 << 18;

    private const int MaxSendersShared = 4096;

    private readonly LineReader _lines;
    private readonly HeaderFormat _format;
    private readonly ImportDiagnostics _diagnostics;
    private readonly Dictionary<string, string> _senders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _senderLookup;

    private char[] _text = new char[256];
    private int _textLength;
    private bool _pending;
    private bool _cut;
    private DateTime _time;
    private string _sender = "";
    private ChatMessageKind _kind;
    private long _line;

    public MessageScanner(TextReader reader, HeaderFormat format, ImportDiagnostics diagnostics)
    {
        _lines = new LineReader(reader);
        _format = format;
        _diagnostics = diagnostics;
        _senderLookup = _senders.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Reads the next message; false at the end of the export.</summary>
    public bool TryRead(out ChatMessage message)
    {
        while (_lines.TryReadLine(out var line))
        {
            if (_lines.LastLineCut)
            {
                _diagnostics.Skip(_lines.LineNumber, $"the line is longer than {Count(LineReader.MaxLineLength)} characters; the rest of it was cut");
            }

            if (StartsLikeHeader(line) && HeaderLine.TryParse(line, out var header) && header.Layout == _format.Layout)
            {
                if (_format.TryGetTime(header, out var time))
                {
                    var started = _pending;
                    if (started)
                    {
                        message = Finish();
                    }
                    else
                    {
                        message = null!;
                    }

                    Start(line, header, time);
                    if (started)
                    {
                        return true;
                    }

                    continue;
                }

                _diagnostics.Skip(_lines.LineNumber, _pending
                    ? "the date in this header does not exist; the line was kept as part of the message before it"
                    : "the date in this header does not exist; the line was skipped");
            }

            Continue(line);
        }

        if (_pending)
        {
            message = Finish();
            return true;
        }

        message = null!;
        return false;
    }

    /// <inheritdoc/>
    public void Dispose() => _lines.Dispose();

    /// <summary>A cheap first test: a header starts with a digit, a bracket or an invisible mark.</summary>
    private static bool StartsLikeHeader(ReadOnlySpan<char> line) =>
        line.Length >= 10 && (char.IsAsciiDigit(line[0]) || line[0] == '[' || HeaderLine.IsMark(line[0]));

    private void Start(ReadOnlySpan<char> line, in HeaderLine header, DateTime time)
    {
        _pending = true;
        _cut = false;
        _time = time;
        _line = _lines.LineNumber;
        _textLength = 0;

        var body = line[header.BodyStart..];
        var colon = body.IndexOf(':');
        if (colon <= 0)
        {
            _sender = "";
            _kind = ChatMessageKind.System;
            Append(TrimMarks(body));
            return;
        }

        var sender = TrimMarks(body[..colon]);
        var rest = body[(colon + 1)..];
        var startedWithMark = false;
        var start = 0;
        while (start < rest.Length && (rest[start] == ' ' || HeaderLine.IsMark(rest[start])))
        {
            startedWithMark |= rest[start] != ' ';
            start++;
        }

        var text = TrimMarks(rest[start..]);
        if (sender.IsEmpty || sender.IndexOfAny('"', '“', '”') >= 0)
        {
            // A quote mark in a "name" means the colon was inside a notice: Alice changed the subject to "Trip: Rome".
            _sender = "";
            _kind = ChatMessageKind.System;
            Append(TrimMarks(body));
            return;
        }

        if (Placeholders.IsSystemNotice(sender, text))
        {
            _sender = "";
            _kind = ChatMessageKind.System;
            Append(text);
            return;
        }

        _sender = Intern(sender);
        _kind = Placeholders.KindOf(text, startedWithMark);
        Append(text);
    }

    private void Continue(ReadOnlySpan<char> line)
    {
        if (!_pending)
        {
            if (!line.IsWhiteSpace())
            {
                _diagnostics.Skip(_lines.LineNumber, "the line comes before the first message header; it was skipped");
            }

            return;
        }

        Append("\n");
        Append(line);
    }

    private void Append(ReadOnlySpan<char> text)
    {
        if (_cut)
        {
            return;
        }

        var needed = _textLength + text.Length;
        if (needed > MaxMessageLength)
        {
            _cut = true;
            _diagnostics.Skip(_line, $"the message is longer than {Count(MaxMessageLength)} characters; the rest of it was cut");
            text = text[..(MaxMessageLength - _textLength)];
            needed = MaxMessageLength;
        }

        if (needed > _text.Length)
        {
            Array.Resize(ref _text, Math.Min(Math.Max(needed, _text.Length * 2), MaxMessageLength));
        }

        text.CopyTo(_text.AsSpan(_textLength));
        _textLength = needed;
    }

    private ChatMessage Finish()
    {
        _pending = false;
        var text = _text.AsSpan(0, _textLength).TrimEnd();
        text = text[..Placeholders.WithoutEditedSuffix(text)];
        return new ChatMessage(ChatTime.FromLocal(_time), _sender, text.ToString(), _kind, _line);
    }

    private string Intern(ReadOnlySpan<char> sender)
    {
        if (_senderLookup.TryGetValue(sender, out var known))
        {
            return known;
        }

        var name = sender.ToString();
        if (_senders.Count < MaxSendersShared)
        {
            _senders.Add(name, name);
        }

        return name;
    }

    private static ReadOnlySpan<char> TrimMarks(ReadOnlySpan<char> text)
    {
        var start = 0;
        while (start < text.Length && HeaderLine.IsMark(text[start]))
        {
            start++;
        }

        var end = text.Length;
        while (end > start && (HeaderLine.IsMark(text[end - 1]) || text[end - 1] == ' '))
        {
            end--;
        }

        return text[start..end];
    }

    /// <summary>Formats a number for a diagnostic.</summary>
    internal static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
