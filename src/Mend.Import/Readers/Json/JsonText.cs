using System.Text;
using System.Text.Json;
using Mend.Chat;

namespace Mend.Import.Readers.Json;

/// <summary>
/// Strings of hostile JSON: an escape such as <c>\ud800</c> (half of a surrogate pair) is valid JSON but cannot
/// become a .NET string, and <see cref="Utf8JsonReader.GetString"/> throws on it. These helpers keep such a value
/// as its raw text instead, or name the problem for a diagnostic.
/// </summary>
internal static class JsonText
{
    /// <summary>The diagnostic for a message whose text cannot be decoded.</summary>
    public const string InvalidText = "a message whose text holds an invalid escape (half of a surrogate pair)";

    /// <summary>The current string or property name, or its raw escaped text when it cannot be decoded.</summary>
    public static string Of(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            return Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan);
        }
    }

    /// <summary>Turns one element into a message; null with <paramref name="problem"/> when it is skipped.</summary>
    public delegate ChatMessage? ElementReader(JsonElement element, long line, out string? problem);

    /// <summary>Runs <paramref name="read"/>, turning an undecodable string into a diagnostic instead of an exception.</summary>
    public static ChatMessage? Message(ElementReader read, JsonElement element, long line, out string? problem)
    {
        try
        {
            return read(element, line, out problem);
        }
        catch (InvalidOperationException)
        {
            problem = InvalidText;
            return null;
        }
    }
}
