using Mend.Analysis.Json;

namespace Mend.Web.Features.Import;

/// <summary>What the report partial shows: the safety notice (from the JSON) first, then the HTML report in a sandboxed frame.</summary>
public sealed record ChatReportView(AnalyzeJson Json, string Html, Guid? KeptId = null, string? Name = null);
