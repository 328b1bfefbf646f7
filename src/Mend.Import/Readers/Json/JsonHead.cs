using System.Text;
using System.Text.Json;

namespace Mend.Import.Readers.Json;

/// <summary>
/// What the first characters of a JSON export show: whether it opens with an object, and the property names met
/// before the head ends. Readers recognise their format from these names, never from the file name.
/// </summary>
internal sealed class JsonHead
{
    private readonly HashSet<string> _names;

    private JsonHead(bool isObject, HashSet<string> names)
    {
        IsObject = isObject;
        _names = names;
    }

    /// <summary>Whether the head starts with a JSON object.</summary>
    public bool IsObject { get; }

    /// <summary>Whether <paramref name="name"/> appears as a property name in the head.</summary>
    public bool Has(string name) => _names.Contains(name);

    /// <summary>Reads the property names of <paramref name="head"/>, tolerating the cut at its end and malformed tails.</summary>
    public static JsonHead Of(string head)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(head.TrimStart('\uFEFF'));
        var reader = new Utf8JsonReader(bytes, isFinalBlock: false, new JsonReaderState(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }));
        var isObject = false;
        var first = true;
        try
        {
            while (reader.Read())
            {
                if (first)
                {
                    isObject = reader.TokenType == JsonTokenType.StartObject;
                    first = false;
                }

                if (reader.TokenType == JsonTokenType.PropertyName && names.Count < 512)
                {
                    names.Add(reader.GetString() ?? "");
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // The head is what it is: the names read so far decide.
        }

        return new JsonHead(isObject, names);
    }
}
