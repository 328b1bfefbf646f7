using Mend.Web.Features.Coaching;
using NodaTime;

namespace Mend.Web.Tests;

/// <summary>Slot arithmetic on its own: a coach's local hours cut into sessions of real time, across clock changes.</summary>
public sealed class SlotsTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    [Theory]
    // | date (London)  | hours         | minutes | slots, in London time                                                          |
    [InlineData("2027-03-24", "09:00", "11:00", 60, "09:00+00:00 10:00+00:00")]
    [InlineData("2027-03-24", "09:00", "10:50", 30, "09:00+00:00 09:30+00:00 10:00+00:00")]
    // the clocks go forward at 01:00: 00:30 to 03:00 is an hour and a half of real time
    [InlineData("2027-03-28", "00:30", "03:00", 30, "00:30+00:00 02:00+01:00 02:30+01:00")]
    // the clocks go back at 02:00: midnight to 03:00 is four real hours, and 01:00 happens twice
    [InlineData("2027-10-31", "00:00", "03:00", 60, "00:00+01:00 01:00+01:00 01:00+00:00 02:00+00:00")]
    [InlineData("2027-03-24", "22:00", "24:00", 60, "22:00+00:00 23:00+00:00")]
    public void Hours_become_back_to_back_sessions_of_real_time(string date, string start, string end, int minutes, string expected)
    {
        var day = LocalDate.FromDateOnly(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        var availability = Parse(new AvailabilityJson([new WeeklyHoursJson(day.DayOfWeek.ToString(), start, end)], []));
        var from = London.AtStartOfDay(day).ToInstant();
        var to = London.AtStartOfDay(day.PlusDays(1)).ToInstant();

        var slots = Slots.Compute(availability, London, minutes, from, to, [], Instant.MinValue);

        Assert.Equal(expected, string.Join(' ', slots.Select(s => Slots.Format(s.Start, London)[11..16] + Slots.Format(s.Start, London)[19..])));
    }

    [Fact]
    public void Booked_time_and_the_past_are_not_offered_and_a_date_exception_replaces_the_week()
    {
        var availability = Parse(new AvailabilityJson(
            [new WeeklyHoursJson("wednesday", "09:00", "12:00")],
            [new DateExceptionJson("2027-03-31", []), new DateExceptionJson("2027-04-01", [new HoursJson("14:00", "15:00")])]));
        var wednesday = new LocalDate(2027, 3, 24);
        var nine = London.AtStrictly(wednesday.At(new LocalTime(9, 0))).ToInstant();
        var booked = new Interval(nine + Duration.FromMinutes(60), nine + Duration.FromMinutes(90)); // a 30-minute booking at 10:00

        var slots = Slots.Compute(availability, London, 60, nine, nine + Duration.FromDays(9), [booked], nine + Duration.FromMinutes(1));

        Assert.Equal(
            ["2027-03-24T11:00:00+00:00", "2027-04-01T14:00:00+01:00"],
            slots.Select(s => Slots.Format(s.Start, London)));
    }

    [Theory]
    [InlineData("someday", "09:00", "17:00", "weekly[0].day")]
    [InlineData("monday", "9am", "17:00", "weekly[0].start")]
    [InlineData("monday", "09:00", "24:30", "weekly[0].end")]
    [InlineData("monday", "17:00", "09:00", "weekly[0].end")]
    public void Bad_hours_are_named(string day, string start, string end, string field)
    {
        var errors = new Dictionary<string, string[]>();
        Assert.Null(Availability.Parse(new AvailabilityJson([new WeeklyHoursJson(day, start, end)], []), errors, out _));
        Assert.Equal([field], errors.Keys);
    }

    [Fact]
    public void Overlapping_hours_on_one_day_are_refused()
    {
        var errors = new Dictionary<string, string[]>();
        Assert.Null(Availability.Parse(new AvailabilityJson([new("monday", "09:00", "12:00"), new("Monday", "11:00", "13:00")], []), errors, out _));
        Assert.Equal(["weekly[1]"], errors.Keys);
    }

    private static Availability Parse(AvailabilityJson json)
    {
        var errors = new Dictionary<string, string[]>();
        var availability = Availability.Parse(json, errors, out _);
        Assert.Empty(errors);
        return availability!;
    }
}
