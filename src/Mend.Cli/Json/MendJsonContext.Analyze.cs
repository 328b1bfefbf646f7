using System.Text.Json.Serialization;
using Mend.Analysis.Json;

namespace Mend.Cli.Json;

/// <summary>
/// The serializer of <c>mend analyze --json</c>, with <see cref="MendJsonContext"/>'s settings. A context of its own:
/// the JSON source generator treats each partial declaration carrying <c>[JsonSerializable]</c> as a separate
/// context, so a second part of <see cref="MendJsonContext"/> would generate every shared type twice.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(AnalyzeJson))]
internal sealed partial class AnalyzeJsonContext : JsonSerializerContext;
