using System.Globalization;
using NodaTime;
using NodaTime.TimeZones;

namespace Mend.Web.Features.Coaching;

/// <summary>
/// Bookable slots, computed on read (ADR 0014): each of the coach's windows, read on the coach's local date in the
/// coach's zone, becomes a span of real time, cut into back-to-back sessions of the session type's length. A window
/// that crosses a change of the clocks is as long as it really is (a window starting in a skipped hour starts when
/// the clocks resume; one ending in a repeated hour ends at its later occurrence). Slots that overlap a booking, or
/// start before <c>notBefore</c>, are left out.
/// </summary>
public static class Slots
{
    /// <summary>The widest range of dates one request may ask for.</summary>
    public const int MaxDays = 62;

    private static readonly ZoneLocalMappingResolver StartResolver = Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnForwardShifted);
    private static readonly ZoneLocalMappingResolver EndResolver = Resolvers.CreateMappingResolver(Resolvers.ReturnLater, Resolvers.ReturnForwardShifted);

    /// <summary>The slots of <paramref name="minutes"/> that start in [<paramref name="from"/>, <paramref name="to"/>), in order.</summary>
    public static IReadOnlyList<Interval> Compute(
        Availability availability, DateTimeZone coachZone, int minutes, Instant from, Instant to, IReadOnlyCollection<Interval> booked, Instant notBefore)
    {
        ArgumentNullException.ThrowIfNull(availability);
        ArgumentNullException.ThrowIfNull(coachZone);
        ArgumentNullException.ThrowIfNull(booked);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(minutes);
        var length = Duration.FromMinutes(minutes);
        var slots = new List<Interval>();
        // A coach's local day can begin up to a day away from the viewer's: look one date either side.
        var last = to.InZone(coachZone).Date.PlusDays(1);
        for (var date = from.InZone(coachZone).Date.PlusDays(-1); date <= last; date = date.PlusDays(1))
        {
            foreach (var window in availability.On(date))
            {
                var start = coachZone.ResolveLocal(date.AtMidnight().PlusMinutes(window.Start), StartResolver).ToInstant();
                var end = coachZone.ResolveLocal(date.AtMidnight().PlusMinutes(window.End), EndResolver).ToInstant();
                for (var slot = start; slot + length <= end; slot += length)
                {
                    var interval = new Interval(slot, slot + length);
                    if (slot >= from && slot < to && slot >= notBefore && !booked.Any(b => b.Start < interval.End && interval.Start < b.End))
                    {
                        slots.Add(interval);
                    }
                }
            }
        }

        return slots;
    }

    /// <summary><paramref name="instant"/> as ISO 8601 with the offset of <paramref name="zone"/> at that moment, e.g. <c>2027-03-20T05:00:00-04:00</c>.</summary>
    public static string Format(Instant instant, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return instant.InZone(zone).ToDateTimeOffset().ToString("yyyy'-'MM'-'dd'T'HH':'mm':'sszzz", CultureInfo.InvariantCulture);
    }
}
