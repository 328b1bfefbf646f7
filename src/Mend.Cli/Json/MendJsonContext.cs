using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Mend.Analysis.Json;

namespace Mend.Cli.Json;

/// <summary>Source-generated serializers for every JSON shape the CLI prints. Add a verb's records here.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(CheckJson))]
[JsonSerializable(typeof(ErrorJson))]
internal sealed partial class MendJsonContext : JsonSerializerContext
{
    /// <summary>
    /// Writer settings for all JSON output: compact, one object per line, and relaxed escaping so that
    /// apostrophes, accents and emoji stay readable (quotes, backslashes and control characters are still escaped).
    /// </summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };
}
