namespace Mend.Import;

/// <summary>
/// The input is not a chat export Mend can read (or not the forced format). The message names the first line
/// (or record) that failed, so a person can open the file and see why.
/// </summary>
public sealed class ChatImportException : Exception
{
    /// <summary>Creates the error for <paramref name="line"/> (0 when no line applies, e.g. an empty file).</summary>
    public ChatImportException(string message, long line = 0, Exception? inner = null)
        : base(message, inner) => Line = line;

    /// <summary>Creates the error with no line.</summary>
    public ChatImportException()
        : this("Not a chat export.")
    {
    }

    /// <summary>Creates the error with no line.</summary>
    public ChatImportException(string message)
        : this(message, 0)
    {
    }

    /// <summary>Creates the error with no line, wrapping <paramref name="innerException"/>.</summary>
    public ChatImportException(string message, Exception innerException)
        : this(message, 0, innerException)
    {
    }

    /// <summary>The 1-based line or record that failed, or 0.</summary>
    public long Line { get; }

    /// <summary>The message for people: the reason, with "(line N)" added when the message does not name it already.</summary>
    public string Describe()
    {
        var line = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"line {Line}");
        return Line > 0 && !Message.Contains(line, StringComparison.Ordinal) ? $"{Message} ({line})" : Message;
    }
}
