using Mend.Web.Data;
using Mend.Web.Features.Ruptures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mend.Web.Features.CoupleSpace;

/// <summary>How an invitation is stored: the token's hash only, unique; gone with its rupture; seen by the rupture's owner.</summary>
internal sealed class InviteConfiguration(MendDb db) : IEntityTypeConfiguration<Invite>
{
    public void Configure(EntityTypeBuilder<Invite> invite)
    {
        invite.ToTable("Invites");
        invite.HasKey(i => i.Id);
        invite.Property(i => i.Id).ValueGeneratedNever();
        invite.Property(i => i.TokenHash).IsRequired().HasMaxLength(64);
        invite.HasIndex(i => i.TokenHash).IsUnique();
        invite.HasOne<Rupture>().WithMany().HasForeignKey(i => i.RuptureId).OnDelete(DeleteBehavior.Cascade);
        // Accepting one looks it up by its token's hash, deliberately past this filter (CoupleSpaceApi.Accept).
        invite.HasQueryFilter(i => db.Ruptures.Any(r => r.Id == i.RuptureId && r.OwnerId == db.UserId));
    }
}
