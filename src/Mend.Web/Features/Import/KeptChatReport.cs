using Mend.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mend.Web.Features.Import;

/// <summary>
/// The results of a chat import that a signed-in person chose to keep: the <c>mend analyze --json</c> contract and
/// the rendered report. The chat itself is never kept. The name, the JSON and the report are encrypted at rest.
/// </summary>
public sealed class KeptChatReport
{
    private KeptChatReport(Guid id, string ownerId, string name, string format, long messages, bool safetyConcern, string json, string html, DateTimeOffset createdAt)
    {
        Id = id;
        OwnerId = ownerId;
        Name = name;
        Format = format;
        Messages = messages;
        SafetyConcern = safetyConcern;
        Json = json;
        Html = html;
        CreatedAt = createdAt;
    }

    /// <summary>The report's id.</summary>
    public Guid Id { get; private set; }

    /// <summary>The Identity id of the person who kept it.</summary>
    public string OwnerId { get; private set; }

    /// <summary>The name of the file imported (it often names the other person, so it is encrypted).</summary>
    public string Name { get; private set; }

    /// <summary>The format id the export was read as.</summary>
    public string Format { get; private set; }

    /// <summary>How many messages the chat held.</summary>
    public long Messages { get; private set; }

    /// <summary>True when the chat showed a safety concern: the safety notice comes first wherever it is shown.</summary>
    public bool SafetyConcern { get; private set; }

    /// <summary>The <c>AnalyzeJson</c> contract, as serialized.</summary>
    public string Json { get; private set; }

    /// <summary>The HTML report document.</summary>
    public string Html { get; private set; }

    /// <summary>When it was kept.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    internal static KeptChatReport Keep(string ownerId, ChatAnalysis analysis, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ownerId);
        return new KeptChatReport(
            Guid.CreateVersion7(now), ownerId, analysis.Name, analysis.Json.Format, analysis.Json.Messages, analysis.Json.Safety is not null,
            analysis.JsonText, analysis.Html, now);
    }
}

/// <summary>How a kept report is stored: free text encrypted, owned by a user, deleted with the user, visible to its owner only.</summary>
internal sealed class KeptChatReportConfiguration(MendDb db) : IEntityTypeConfiguration<KeptChatReport>
{
    public void Configure(EntityTypeBuilder<KeptChatReport> report)
    {
        report.ToTable("KeptChatReports");
        report.HasKey(r => r.Id);
        report.Property(r => r.Id).ValueGeneratedNever();
        report.Property(r => r.OwnerId).IsRequired().HasMaxLength(450);
        report.Property(r => r.Name).IsRequired().IsEncrypted(db.Protector);
        report.Property(r => r.Format).IsRequired().HasMaxLength(32);
        report.Property(r => r.Json).IsRequired().IsEncrypted(db.Protector);
        report.Property(r => r.Html).IsRequired().IsEncrypted(db.Protector);
        report.HasIndex(r => new { r.OwnerId, r.CreatedAt });
        report.HasOne<MendUser>().WithMany().HasForeignKey(r => r.OwnerId).OnDelete(DeleteBehavior.Cascade);
        report.HasQueryFilter(r => r.OwnerId == db.UserId);
    }
}
