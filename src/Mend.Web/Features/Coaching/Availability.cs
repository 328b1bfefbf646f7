using System.Globalization;
using NodaTime;

namespace Mend.Web.Features.Coaching;

/// <summary>
/// <c>PUT /api/coach/availability</c>: weekly hours in the coach's zone (<c>{"day":"monday","start":"09:00","end":"17:00"}</c>,
/// several per day allowed, <c>"24:00"</c> for midnight at the end) and optional date exceptions: a date with its own
/// hours, or with none for a day off.
/// </summary>
public sealed record AvailabilityJson(IReadOnlyList<WeeklyHoursJson>? Weekly, IReadOnlyList<DateExceptionJson>? Exceptions);

/// <summary>Hours on one day of every week.</summary>
public sealed record WeeklyHoursJson(string? Day, string? Start, string? End);

/// <summary>A date whose hours replace the weekly ones; no hours means a day off.</summary>
public sealed record DateExceptionJson(string? Date, IReadOnlyList<HoursJson>? Hours);

/// <summary>A span of hours on one day.</summary>
public sealed record HoursJson(string? Start, string? End);

/// <summary>The coach's hours read for slot arithmetic: minutes after local midnight, per weekday and per exceptional date.</summary>
public sealed class Availability
{
    /// <summary>The most entries (weekly hours plus exceptions) one coach may keep.</summary>
    public const int MaxEntries = 400;

    private static readonly string[] DayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    private readonly Dictionary<IsoDayOfWeek, List<Window>> _weekly;
    private readonly Dictionary<LocalDate, List<Window>> _exceptions;

    private Availability(Dictionary<IsoDayOfWeek, List<Window>> weekly, Dictionary<LocalDate, List<Window>> exceptions)
    {
        _weekly = weekly;
        _exceptions = exceptions;
    }

    /// <summary>No hours at all.</summary>
    public static Availability None { get; } = new([], []);

    /// <summary>The hours on <paramref name="date"/> (the coach's local date): its exception, else its weekday's hours.</summary>
    public IReadOnlyList<Window> On(LocalDate date) =>
        _exceptions.TryGetValue(date, out var special) ? special
        : _weekly.TryGetValue(date.DayOfWeek, out var usual) ? usual
        : [];

    /// <summary>
    /// Reads <paramref name="json"/>; on bad input returns null and fills <paramref name="errors"/> (field → messages),
    /// so every mistake is named at once. The normalised form (lowercase days, <c>HH:mm</c>) is in <paramref name="normalised"/>.
    /// </summary>
    public static Availability? Parse(AvailabilityJson? json, Dictionary<string, string[]> errors, out AvailabilityJson normalised)
    {
        ArgumentNullException.ThrowIfNull(errors);
        normalised = new AvailabilityJson([], []);
        if (json is null)
        {
            errors["weekly"] = ["Send the weekly hours, e.g. {\"weekly\":[{\"day\":\"monday\",\"start\":\"09:00\",\"end\":\"17:00\"}]}."];
            return null;
        }

        var weekly = json.Weekly ?? [];
        var exceptions = json.Exceptions ?? [];
        if (weekly.Count + exceptions.Count > MaxEntries)
        {
            errors["weekly"] = [$"Keep it to {MaxEntries} entries in all."];
            return null;
        }

        var byDay = new Dictionary<IsoDayOfWeek, List<Window>>();
        var normalWeekly = new List<WeeklyHoursJson>();
        for (var i = 0; i < weekly.Count; i++)
        {
            var entry = weekly[i];
            var day = Array.IndexOf(DayNames, entry?.Day?.Trim().ToLowerInvariant());
            var window = ReadWindow(entry?.Start, entry?.End, $"weekly[{i}]", errors);
            if (day < 0)
            {
                errors[$"weekly[{i}].day"] = ["Name a day: monday, tuesday, wednesday, thursday, friday, saturday or sunday."];
            }
            else if (window is { } w)
            {
                Add(byDay, (IsoDayOfWeek)(day + 1), w, $"weekly[{i}]", errors);
                normalWeekly.Add(new WeeklyHoursJson(DayNames[day], Format(w.Start), Format(w.End)));
            }
        }

        var byDate = new Dictionary<LocalDate, List<Window>>();
        var normalExceptions = new List<DateExceptionJson>();
        for (var i = 0; i < exceptions.Count; i++)
        {
            var entry = exceptions[i];
            if (!DateOnly.TryParseExact(entry?.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                errors[$"exceptions[{i}].date"] = ["Give the date as YYYY-MM-DD."];
                continue;
            }

            var date = LocalDate.FromDateOnly(parsed);
            if (!byDate.TryAdd(date, []))
            {
                errors[$"exceptions[{i}].date"] = ["This date is listed twice."];
                continue;
            }

            var hours = new List<HoursJson>();
            for (var j = 0; j < (entry!.Hours?.Count ?? 0); j++)
            {
                var span = entry.Hours![j];
                if (ReadWindow(span?.Start, span?.End, $"exceptions[{i}].hours[{j}]", errors) is { } w)
                {
                    Add(byDate, date, w, $"exceptions[{i}].hours[{j}]", errors);
                    hours.Add(new HoursJson(Format(w.Start), Format(w.End)));
                }
            }

            normalExceptions.Add(new DateExceptionJson(entry.Date, hours));
        }

        normalised = new AvailabilityJson(normalWeekly, normalExceptions);
        return errors.Count == 0 ? new Availability(byDay, byDate) : null;
    }

    /// <summary>Reads availability stored by <see cref="Parse"/>; what was stored was valid, so nothing fails here.</summary>
    public static Availability FromStored(AvailabilityJson? stored)
    {
        var errors = new Dictionary<string, string[]>();
        return Parse(stored ?? new AvailabilityJson([], []), errors, out _) ?? None;
    }

    private static Window? ReadWindow(string? start, string? end, string field, Dictionary<string, string[]> errors)
    {
        var from = ReadTime(start);
        var to = ReadTime(end);
        if (from is null)
        {
            errors[field + ".start"] = ["Give the time as HH:mm, 00:00 to 23:59."];
        }

        if (to is null)
        {
            errors[field + ".end"] = ["Give the time as HH:mm, 00:01 to 24:00."];
        }

        if (from is null || to is null)
        {
            return null;
        }

        if (to <= from)
        {
            errors[field + ".end"] = ["The end comes after the start."];
            return null;
        }

        return new Window(from.Value, to.Value);
    }

    private static int? ReadTime(string? text)
    {
        if (text is { Length: 5 } && text[2] == ':'
            && int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            && int.TryParse(text.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            && minutes < 60 && (hours < 24 || (hours == 24 && minutes == 0)))
        {
            return (hours * 60) + minutes;
        }

        return null;
    }

    private static string Format(int minutes) => string.Create(CultureInfo.InvariantCulture, $"{minutes / 60:00}:{minutes % 60:00}");

    private static void Add<TKey>(Dictionary<TKey, List<Window>> windows, TKey key, Window window, string field, Dictionary<string, string[]> errors)
        where TKey : notnull
    {
        if (!windows.TryGetValue(key, out var list))
        {
            windows[key] = list = [];
        }

        if (list.Any(w => w.Start < window.End && window.Start < w.End))
        {
            errors[field] = ["These hours overlap other hours of the same day."];
            return;
        }

        list.Add(window);
        list.Sort((a, b) => a.Start.CompareTo(b.Start));
    }
}

/// <summary>Available from <see cref="Start"/> to <see cref="End"/>, in minutes after the coach's local midnight (End up to 1440).</summary>
public readonly record struct Window(int Start, int End);
