using System.Text.Json.Serialization;
using Mend.Analysis.Json;

namespace Mend.Cli.Json;

/// <summary>
/// Source-generated serializers for <c>mend triage</c> and <c>mend plan</c>. A context of its own rather than a
/// second part of <see cref="MendJsonContext"/>: the JSON source generator cannot split one context over several
/// declarations that share types (it emits the shared types twice). Same options as <see cref="MendJsonContext"/>.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(TriageJson))]
[JsonSerializable(typeof(PlanJson))]
internal sealed partial class MendRepairJsonContext : JsonSerializerContext;
