using System.Text;
using Mend.Import;

namespace Mend.Fuzz;

/// <summary>
/// One fuzz input through the public import: the first byte picks the format (or detection) and the file name, the
/// rest is the file. Reading must end in messages or a <see cref="ChatImportException"/>; anything else escapes and
/// is a crash.
/// </summary>
internal static class FuzzTarget
{
    private static readonly string[] Names =
    [
        "_chat.txt", "WhatsApp Chat with Sam.txt", "result.json", "message_1.json", "chat.md", "chat.csv", "chat.jsonl",
        "export.json", "upload.zip", "chat",
    ];

    /// <summary>How many choices the first byte selects among: detection plus each format.</summary>
    private static int Modes => ChatFormats.All.Count + 1;

    /// <summary>
    /// Exceptions that only a bug throws. Readers turn every exception into a <see cref="ChatImportException"/> or a
    /// diagnostic so that users never see a crash; the fuzzer watches for these as they are thrown (first chance)
    /// so that the safety net does not hide the bug behind it.
    /// </summary>
    private static readonly HashSet<Type> BugExceptions =
    [
        typeof(NullReferenceException), typeof(IndexOutOfRangeException), typeof(ArgumentOutOfRangeException),
        typeof(ArgumentException), typeof(ArgumentNullException), typeof(InvalidCastException), typeof(KeyNotFoundException),
        typeof(OverflowException), typeof(DivideByZeroException), typeof(FormatException), typeof(InvalidOperationException),
        typeof(NotSupportedException), typeof(NotImplementedException),
    ];

    [ThreadStatic]
    private static Exception? _firstBug;

    static FuzzTarget() => AppDomain.CurrentDomain.FirstChanceException += (_, e) =>
    {
        if (_firstBug is null && BugExceptions.Contains(e.Exception.GetType()))
        {
            _firstBug = e.Exception;
        }
    };

    public static void Run(ReadOnlySpan<byte> input)
    {
        _firstBug = null;
        RunImport(input);
        var bug = _firstBug;
        _firstBug = null;
        if (bug is not null)
        {
            throw new FuzzFinding($"{bug.GetType().Name} thrown inside the import (caught by the reader's safety net): {bug.Message}", bug);
        }
    }

    private static void RunImport(ReadOnlySpan<byte> input)
    {
        if (input.IsEmpty)
        {
            return;
        }

        var selector = input[0];
        var mode = selector % Modes;
        ChatFormat? format = mode == 0 ? null : ChatFormats.All[mode - 1];
        var name = Names[selector / Modes % Names.Length];
        try
        {
            using var import = ChatImport.Open(new MemoryStream(input[1..].ToArray(), writable: false), name, format);
            var count = 0L;
            foreach (var message in import.Messages)
            {
                count += message.Text.Length + message.Sender.Length + message.Time.ToIso().Length;
            }

            _ = import.Diagnostics.Count + count;
        }
        catch (ChatImportException)
        {
            // The one error a reader may raise.
        }
    }

    /// <summary>The selector byte that runs <paramref name="format"/> (null: detection) on a file called <paramref name="name"/>.</summary>
    public static byte Selector(ChatFormat? format, string name)
    {
        var mode = format is { } f ? ChatFormats.All.ToList().IndexOf(f) + 1 : 0;
        var nameIndex = Math.Max(0, Array.IndexOf(Names, name));
        return (byte)((nameIndex * Modes) + mode);
    }

    /// <summary>Describes an input for a report: its selector and the first bytes as text.</summary>
    public static string Describe(ReadOnlySpan<byte> input)
    {
        if (input.IsEmpty)
        {
            return "(empty)";
        }

        var mode = input[0] % Modes;
        var format = mode == 0 ? "detect" : ChatFormats.All[mode - 1].Id();
        var text = Encoding.UTF8.GetString(input[1..Math.Min(input.Length, 121)]);
        return $"{format} as {Names[input[0] / Modes % Names.Length]}: {text.ReplaceLineEndings("⏎")}";
    }
}

/// <summary>A bug the import hid behind a <see cref="ChatImportException"/> or a diagnostic.</summary>
internal sealed class FuzzFinding(string message, Exception inner) : Exception(message, inner)
{
    /// <summary>Where the hidden exception was thrown (its own stack, not this one's).</summary>
    public override string? StackTrace => InnerException?.StackTrace;
}
