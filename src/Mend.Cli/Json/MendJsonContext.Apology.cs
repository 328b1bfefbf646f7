using System.Text.Json.Serialization;
using Mend.Analysis.Json;

namespace Mend.Cli.Json;

/// <summary>
/// The JSON shapes of <c>mend apology</c>, with the same settings as <see cref="MendJsonContext"/>. A context of its
/// own: System.Text.Json's source generator emits one set of files per <c>[JsonSerializable]</c>-carrying declaration,
/// so a second partial declaration of <see cref="MendJsonContext"/> with attributes fails to generate.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ApologyJson))]
internal sealed partial class ApologyJsonContext : JsonSerializerContext;
