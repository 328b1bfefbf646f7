using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Mend.Import.Readers.Messenger;

/// <summary>
/// Meta's data downloads write each UTF-8 byte of a string as its own <c>\u00XX</c> escape, so "café" arrives as
/// "cafÃ©". A string is repaired (its characters taken as Latin-1 bytes and decoded as UTF-8) only when it is such
/// mojibake: every character is below U+0100, at least one is above U+007F, and the bytes are valid UTF-8.
/// Real Latin-1 text ("Café" written as U+00E9) is not valid UTF-8 as bytes and is left alone.
/// </summary>
internal static class Mojibake
{
    /// <summary><paramref name="text"/> repaired, or itself when it is not mojibake.</summary>
    public static string Repair(string text)
    {
        var high = false;
        foreach (var c in text)
        {
            if (c > '\u00FF')
            {
                return text;
            }

            high |= c > '\u007F';
        }

        if (!high)
        {
            return text;
        }

        var bytes = ArrayPool<byte>.Shared.Rent(text.Length);
        try
        {
            var span = bytes.AsSpan(0, text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                span[i] = (byte)text[i];
            }

            return Utf8.IsValid(span) ? Encoding.UTF8.GetString(span) : text;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
