using System.Text.Json.Serialization;

namespace Mend.Cli.Json;

/// <summary>A message that could not be checked: <c>{"line":N,"error":"…"}</c> in batch mode (no <c>line</c> otherwise).</summary>
public sealed record ErrorJson([property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? Line, string Error);
