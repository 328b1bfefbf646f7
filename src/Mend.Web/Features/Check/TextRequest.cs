using Mend.Analysis;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mend.Web.Features.Check;

/// <summary>The body of the analysis endpoints (<c>POST /api/check</c>, <c>/api/apology</c>): <c>{"text"}</c>.</summary>
public sealed record TextRequest(string? Text)
{
    /// <summary>The 400 answer when <see cref="Text"/> is missing or too long to analyse, else null.</summary>
    /// <param name="what">What the text is, for the message: "message", "apology".</param>
    public ValidationProblem? Problem(string what) =>
        Text is null ? Invalid($"Give the {what} to check as \"text\".")
        : Text.Length > AnalysisPipeline.MaxMessageLength ? Invalid($"The {what} is longer than {AnalysisPipeline.MaxMessageLength} characters; check it in smaller parts.")
        : null;

    private static ValidationProblem Invalid(string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = [message] });
}
