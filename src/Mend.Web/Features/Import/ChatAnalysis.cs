using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Mend.Analysis.Conversations;
using Mend.Analysis.Json;
using Mend.Import;
using Mend.Reports;
using Mend.Web.Hosting;

namespace Mend.Web.Features.Import;

/// <summary>
/// One chat export read and analysed, as <c>mend analyze</c> does: the JSON contract and the HTML report. Nothing of
/// the chat outlives this object unless the person chooses to keep the results (<see cref="KeptChatReport"/>).
/// </summary>
public sealed class ChatAnalysis
{
    /// <summary>How many skipped lines are listed in the diagnostics (all are counted), as the CLI does.</summary>
    public const int DiagnosticsShown = 10;

    private ChatAnalysis(string name, AnalyzeJson json, string html)
    {
        Name = name;
        Json = json;
        JsonText = JsonSerializer.Serialize(json, MendJsonContext.Default.AnalyzeJson);
        Html = html;
    }

    /// <summary>The file name of the export.</summary>
    public string Name { get; }

    /// <summary>The <c>mend analyze --json</c> contract.</summary>
    public AnalyzeJson Json { get; }

    /// <summary><see cref="Json"/> serialized.</summary>
    public string JsonText { get; }

    /// <summary>The HTML report document (<see cref="HtmlReport"/>).</summary>
    public string Html { get; }

    /// <summary>The format <paramref name="id"/> names; null for none (detect it).</summary>
    /// <exception cref="UploadException">No format has that id (400).</exception>
    public static ChatFormat? ParseFormat(string? id) =>
        string.IsNullOrWhiteSpace(id) || id == "detect"
            ? null
            : ChatFormats.TryParse(id.Trim(), out var format)
                ? format
                : throw new UploadException(StatusCodes.Status400BadRequest, $"Unknown format \"{id}\". Formats: {string.Join(", ", ChatFormats.All.Select(f => f.Id()))}.");

    /// <summary>Reads (and then closes, deleting it) <paramref name="upload"/>'s file (as <paramref name="format"/>, or detected) and analyses it.</summary>
    /// <exception cref="ChatImportException">The file is not a chat export Mend reads.</exception>
    public static ChatAnalysis Run(ChatUpload upload, ChatFormat? format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var name = upload.FileName ?? "chat";
        using var import = ChatImport.Open(upload.File!, name, format);
        var report = new ConversationAnalyzer().Analyze(import.Messages, cancellationToken: cancellationToken);
        var diagnostics = new DiagnosticsJson(
            import.Diagnostics.Count,
            [.. import.Diagnostics.Issues.Take(DiagnosticsShown).Select(i => new DiagnosticJson(i.Line, i.Reason))]);
        using var html = new StringWriter(CultureInfo.InvariantCulture);
        HtmlReport.Write(report, html, name);
        return new ChatAnalysis(name, AnalyzeJson.From(report, import.Format.Id(), diagnostics), html.ToString());
    }

    /// <summary>
    /// The Content Security Policy of a page that shows <paramref name="html"/> in a sandboxed <c>srcdoc</c> frame: the
    /// app's own, with the report's one <c>&lt;style&gt;</c> element allowed by its hash (the frame inherits the policy).
    /// </summary>
    public static string ContentSecurityPolicy(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var start = html.IndexOf("<style>", StringComparison.Ordinal);
        var end = start < 0 ? -1 : html.IndexOf("</style>", start, StringComparison.Ordinal);
        if (end < 0)
        {
            return SecurityHeaders.ContentSecurityPolicy;
        }

        var style = html[(start + "<style>".Length)..end];
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style)));
        return SecurityHeaders.ContentSecurityPolicy.Replace("style-src 'self'", $"style-src 'self' 'sha256-{hash}'", StringComparison.Ordinal);
    }
}
