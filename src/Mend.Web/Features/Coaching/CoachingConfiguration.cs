using Mend.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mend.Web.Features.Coaching;

/// <summary>How a coach is stored: one per account, gone with it. A coach's profile is public (people book without an account).</summary>
internal sealed class CoachConfiguration : IEntityTypeConfiguration<Coach>
{
    public void Configure(EntityTypeBuilder<Coach> coach)
    {
        coach.ToTable("Coaches");
        coach.HasKey(c => c.Id);
        coach.Property(c => c.Id).ValueGeneratedNever();
        coach.Property(c => c.UserId).IsRequired().HasMaxLength(450);
        coach.HasIndex(c => c.UserId).IsUnique();
        coach.Property(c => c.DisplayName).IsRequired().HasMaxLength(Coach.MaxDisplayNameLength);
        coach.Property(c => c.TimeZone).IsRequired().HasMaxLength(64);
        coach.Property(c => c.Availability).IsRequired();
        coach.HasOne<MendUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>How a session type is stored: public, gone with its coach.</summary>
internal sealed class SessionTypeConfiguration : IEntityTypeConfiguration<SessionType>
{
    public void Configure(EntityTypeBuilder<SessionType> type)
    {
        type.ToTable("SessionTypes");
        type.HasKey(t => t.Id);
        type.Property(t => t.Id).ValueGeneratedNever();
        type.Property(t => t.Name).IsRequired().HasMaxLength(SessionType.MaxNameLength);
        type.HasIndex(t => new { t.CoachId, t.CreatedAt });
        type.HasOne<Coach>().WithMany().HasForeignKey(t => t.CoachId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>
/// How a booking is stored: the booker's name and e-mail encrypted; one booking per coach and start (the guard against
/// double booking, ADR 0014); seen by its coach and by the signed-in person who made it.
/// </summary>
internal sealed class BookingConfiguration(MendDb db) : IEntityTypeConfiguration<Booking>
{
    public void Configure(EntityTypeBuilder<Booking> booking)
    {
        booking.ToTable("Bookings");
        booking.HasKey(b => b.Id);
        booking.Property(b => b.Id).ValueGeneratedNever();
        booking.Property(b => b.Name).IsRequired().IsEncrypted(db.Protector);
        booking.Property(b => b.Email).IsRequired().IsEncrypted(db.Protector);
        booking.Property(b => b.BookerId).HasMaxLength(450);
        booking.HasIndex(b => new { b.CoachId, b.Start }).IsUnique();
        booking.HasIndex(b => b.BookerId);
        booking.HasOne<Coach>().WithMany().HasForeignKey(b => b.CoachId).OnDelete(DeleteBehavior.Cascade);
        booking.HasOne<SessionType>().WithMany().HasForeignKey(b => b.SessionTypeId).OnDelete(DeleteBehavior.Cascade);
        booking.HasOne<MendUser>().WithMany().HasForeignKey(b => b.BookerId).OnDelete(DeleteBehavior.SetNull);
        booking.HasQueryFilter(b => db.Coaches.Any(c => c.Id == b.CoachId && c.UserId == db.UserId) || (db.UserId != null && b.BookerId == db.UserId));
    }
}
