using System.Text.Json;
using Mend.Web.Data;
using Mend.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Mend.Web.Features.Coaching;

/// <summary>A person's coaching data in their export: their coach profile (null when they are not a coach) and the bookings they made while signed in.</summary>
public sealed record CoachingExport(CoachExport? Coach, IReadOnlyList<BookingJson> BookingsMade)
{
    /// <summary>The coaching data of the signed-in user of <paramref name="db"/>.</summary>
    public static async Task<CoachingExport> OfAsync(MendDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var utc = DateTimeZone.Utc;
        var made = await db.Bookings.AsNoTracking().Where(b => b.BookerId == db.UserId).OrderBy(b => b.Start).ToListAsync(cancellationToken);
        var bookingsMade = made.Select(b => new BookingJson(b.Id, b.CoachId, b.SessionTypeId, Slots.Format(Instant.FromDateTimeOffset(b.Start), utc), Slots.Format(Instant.FromDateTimeOffset(b.End), utc))).ToList();
        if (await db.Coaches.AsNoTracking().SingleOrDefaultAsync(c => c.UserId == db.UserId, cancellationToken) is not { } coach)
        {
            return new CoachingExport(null, bookingsMade);
        }

        var zone = DateTimeZoneProviders.Tzdb[coach.TimeZone];
        var types = await db.SessionTypes.AsNoTracking().Where(t => t.CoachId == coach.Id).OrderBy(t => t.CreatedAt).ToListAsync(cancellationToken);
        var names = types.ToDictionary(t => t.Id, t => t.Name);
        var received = await db.Bookings.AsNoTracking().Where(b => b.CoachId == coach.Id).OrderBy(b => b.Start).ToListAsync(cancellationToken);
        return new CoachingExport(
            new CoachExport(
                coach.Id,
                coach.DisplayName,
                coach.TimeZone,
                JsonSerializer.Deserialize(coach.Availability, CoupleSpaceAndBookingJsonContext.Default.AvailabilityJson),
                [.. types.Select(t => new SessionTypeJson(t.Id, t.Name, t.Minutes))],
                [.. received.Select(b => new CoachBookingJson(
                    b.Id, b.SessionTypeId, names.GetValueOrDefault(b.SessionTypeId, ""),
                    Slots.Format(Instant.FromDateTimeOffset(b.Start), zone), Slots.Format(Instant.FromDateTimeOffset(b.End), zone), b.Name, b.Email))]),
            bookingsMade);
    }
}

/// <summary>A coach's profile, hours, session types and every booking received, as exported.</summary>
public sealed record CoachExport(
    Guid Id, string DisplayName, string TimeZone, AvailabilityJson? Availability, IReadOnlyList<SessionTypeJson> SessionTypes, IReadOnlyList<CoachBookingJson> Bookings);
