using Mend.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mend.Web.Features.Ruptures;

/// <summary>How a rupture is stored: free text encrypted, owned by a user, deleted with the user, visible to its owner and accepted partner only.</summary>
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
        rupture.Property(r => r.PartnerId).HasMaxLength(450);
        rupture.HasIndex(r => r.PartnerId);
        rupture.HasOne<MendUser>().WithMany().HasForeignKey(r => r.PartnerId).OnDelete(DeleteBehavior.SetNull);
        // Access is the owner's or the accepted partner's; nobody signed in (null) matches no one.
        rupture.HasQueryFilter(r => r.OwnerId == db.UserId || (db.UserId != null && r.PartnerId == db.UserId));
    }
}

/// <summary>How a note is stored: text encrypted; a private note visible to its author only, a shared one to both people of the rupture.</summary>
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
        // My own notes, and the shared notes of a rupture I may see (the rupture's filter applies inside).
        note.HasQueryFilter(n => n.AuthorId == db.UserId || (!n.Private && db.Ruptures.Any(r => r.Id == n.RuptureId)));
    }
}
