using Mend.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mend.Web.Features.Ruptures;

/// <summary>How a rupture is stored: free text encrypted, owned by a user, deleted with the user, visible to its owner only.</summary>
internal sealed class RuptureConfiguration(MendDb db) : IEntityTypeConfiguration<Rupture>
{
    public void Configure(EntityTypeBuilder<Rupture> rupture)
    {
        rupture.ToTable("Ruptures");
        rupture.HasKey(r => r.Id);
        rupture.Property(r => r.Id).ValueGeneratedNever();
        rupture.Property(r => r.OwnerId).IsRequired().HasMaxLength(450);
        rupture.Property(r => r.Description).IsRequired().IsEncrypted(db.Protector);
        rupture.Property(r => r.Plan).IsEncrypted(db.Protector);
        rupture.Property(r => r.Cause).HasMaxLength(32);
        rupture.Property(r => r.Severity).HasMaxLength(32);
        rupture.HasIndex(r => new { r.OwnerId, r.CreatedAt });
        rupture.HasOne<MendUser>().WithMany().HasForeignKey(r => r.OwnerId).OnDelete(DeleteBehavior.Cascade);
        rupture.HasMany(r => r.Notes).WithOne().HasForeignKey(n => n.RuptureId).OnDelete(DeleteBehavior.Cascade);
        rupture.Navigation(r => r.Notes).UsePropertyAccessMode(PropertyAccessMode.Field);
        rupture.HasQueryFilter(r => r.OwnerId == db.UserId);
    }
}

/// <summary>How a note is stored: text encrypted, visible to its author only.</summary>
internal sealed class NoteConfiguration(MendDb db) : IEntityTypeConfiguration<Note>
{
    public void Configure(EntityTypeBuilder<Note> note)
    {
        note.ToTable("Notes");
        note.HasKey(n => n.Id);
        note.Property(n => n.Id).ValueGeneratedNever();
        note.Property(n => n.AuthorId).IsRequired().HasMaxLength(450);
        note.Property(n => n.Text).IsRequired().IsEncrypted(db.Protector);
        note.HasIndex(n => new { n.RuptureId, n.CreatedAt });
        note.HasOne<MendUser>().WithMany().HasForeignKey(n => n.AuthorId).OnDelete(DeleteBehavior.Cascade);
        note.HasQueryFilter(n => n.AuthorId == db.UserId);
    }
}
