using System.Text.Json;
using System.Text.Json.Serialization;
using Mend.Analysis.Json;
using Mend.Web.Features.Account;
using Mend.Web.Features.Check;
using Mend.Web.Features.Import;
using Mend.Web.Features.Ruptures;
using Mend.Web.Features.Steps;
using Microsoft.AspNetCore.Mvc;

namespace Mend.Web.Hosting;

/// <summary>Source-generated serializers for every JSON shape the web API reads or writes (camelCase, as the CLI).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(TextRequest))]
[JsonSerializable(typeof(ApologyJson))]
[JsonSerializable(typeof(TriageJson))]
[JsonSerializable(typeof(CheckJson))]
[JsonSerializable(typeof(AnalyzeJson))]
[JsonSerializable(typeof(KeptReportJson[]))]
[JsonSerializable(typeof(RuptureRequest))]
[JsonSerializable(typeof(RuptureJson))]
[JsonSerializable(typeof(RuptureJson[]))]
[JsonSerializable(typeof(NoteRequest))]
[JsonSerializable(typeof(NoteJson))]
[JsonSerializable(typeof(NoteJson[]))]
[JsonSerializable(typeof(StepRequest))]
[JsonSerializable(typeof(StepCheckJson))]
[JsonSerializable(typeof(AccountExport))]
[JsonSerializable(typeof(DeleteAccountRequest))]
[JsonSerializable(typeof(ProblemDetails))]
[JsonSerializable(typeof(HttpValidationProblemDetails))]
internal sealed partial class MendJsonContext : JsonSerializerContext;
