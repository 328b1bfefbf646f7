using Mend.Web.Features.Coaching;
using Mend.Web.Features.CoupleSpace;
using Mend.Web.Features.Import;
using Mend.Web.Features.Ruptures;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Mend.Web.Data;

/// <summary>
/// Mend's database: Identity's tables plus ruptures and notes. Each provider has its own subclass
/// (<see cref="SqliteMendDb"/>, <see cref="PostgresMendDb"/>) so that each keeps its own migrations (ADR 0012).
/// Ruptures and notes are filtered to <see cref="UserId"/>: no query can return another person's data.
/// </summary>
public abstract class MendDb : IdentityDbContext<MendUser>
{
    private readonly CurrentUser _user;

    /// <summary>Creates the context for <paramref name="user"/>, encrypting free text with <paramref name="protector"/>.</summary>
    protected MendDb(DbContextOptions options, FreeTextProtector protector, CurrentUser user)
        : base(options)
    {
        ArgumentNullException.ThrowIfNull(user);
        Protector = protector;
        _user = user;
    }

    /// <summary>The ruptures the signed-in user owns or has joined as a partner.</summary>
    public DbSet<Rupture> Ruptures => Set<Rupture>();

    /// <summary>The notes the signed-in user wrote, and the shared notes of the ruptures they may see.</summary>
    public DbSet<Note> Notes => Set<Note>();

    /// <summary>Coaches' public profiles.</summary>
    public DbSet<Coach> Coaches => Set<Coach>();

    /// <summary>The kinds of session coaches offer (public).</summary>
    public DbSet<SessionType> SessionTypes => Set<SessionType>();

    /// <summary>The bookings of the signed-in coach, and those the signed-in user made.</summary>
    public DbSet<Booking> Bookings => Set<Booking>();
    /// <summary>The chat reports the signed-in user chose to keep.</summary>
    public DbSet<KeptChatReport> KeptChatReports => Set<KeptChatReport>();

    /// <summary>The signed-in user's id; null sees no user data.</summary>
    public string? UserId => _user.Id;

    /// <summary>Encrypts free-text columns; part of the model cache key.</summary>
    internal FreeTextProtector Protector { get; }

    /// <inheritdoc/>
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        optionsBuilder.ReplaceService<IModelCacheKeyFactory, MendModelCacheKeyFactory>();
    }

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfiguration(new RuptureConfiguration(this));
        builder.ApplyConfiguration(new NoteConfiguration(this));
        builder.ApplyConfiguration(new InviteConfiguration(this));
        builder.ApplyConfiguration(new CoachConfiguration());
        builder.ApplyConfiguration(new SessionTypeConfiguration());
        builder.ApplyConfiguration(new BookingConfiguration(this));
        builder.ApplyConfiguration(new KeptChatReportConfiguration(this));
    }

    /// <summary>The model depends on the protector (its value converters hold it), so each app gets its own model.</summary>
    private sealed class MendModelCacheKeyFactory : IModelCacheKeyFactory
    {
        public object Create(DbContext context, bool designTime) =>
            context is MendDb db ? (context.GetType(), db.Protector, designTime) : (context.GetType(), designTime);
    }
}
