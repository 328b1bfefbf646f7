namespace Mend.Web.Features.Coaching;

/// <summary>
/// A coach people can book: a public display name, the IANA time zone their hours are kept in, and their weekly
/// availability (<see cref="Availability"/>, stored as its JSON). One per account.
/// </summary>
public sealed class Coach
{
    /// <summary>The longest display name accepted.</summary>
    public const int MaxDisplayNameLength = 100;

    private Coach(Guid id, string userId, string displayName, string timeZone, DateTimeOffset createdAt)
    {
        Id = id;
        UserId = userId;
        DisplayName = displayName;
        TimeZone = timeZone;
        CreatedAt = createdAt;
    }

    /// <summary>The coach's id, used in public routes.</summary>
    public Guid Id { get; private set; }

    /// <summary>The Identity id of the coach's account.</summary>
    public string UserId { get; private set; }

    /// <summary>The name shown to people who book.</summary>
    public string DisplayName { get; private set; }

    /// <summary>The IANA zone (e.g. <c>Europe/London</c>) of the coach's hours.</summary>
    public string TimeZone { get; private set; }

    /// <summary>The weekly hours and date exceptions, as <see cref="AvailabilityJson"/>; empty (no hours) at first.</summary>
    public string Availability { get; private set; } = "{}";

    /// <summary>When the profile was made.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>A new coach profile for <paramref name="userId"/>; the values are validated by the caller.</summary>
    public static Coach Create(string userId, string displayName, string timeZone, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        return new Coach(Guid.CreateVersion7(now), userId, displayName, timeZone, now.ToUniversalTime());
    }

    /// <summary>Changes the name and zone; existing bookings keep their moment in time.</summary>
    public void Rename(string displayName, string timeZone)
    {
        DisplayName = displayName;
        TimeZone = timeZone;
    }

    /// <summary>Replaces the availability with <paramref name="json"/> (validated <see cref="AvailabilityJson"/>).</summary>
    public void SetAvailability(string json) => Availability = json;
}

/// <summary>A kind of session a coach offers, e.g. a free 30-minute introduction.</summary>
public sealed class SessionType
{
    /// <summary>The longest name accepted.</summary>
    public const int MaxNameLength = 100;

    /// <summary>The longest session, in minutes.</summary>
    public const int MaxMinutes = 8 * 60;

    private SessionType(Guid id, Guid coachId, string name, int minutes, DateTimeOffset createdAt)
    {
        Id = id;
        CoachId = coachId;
        Name = name;
        Minutes = minutes;
        CreatedAt = createdAt;
    }

    /// <summary>The session type's id.</summary>
    public Guid Id { get; private set; }

    /// <summary>The coach who offers it.</summary>
    public Guid CoachId { get; private set; }

    /// <summary>Its name, as people who book see it.</summary>
    public string Name { get; private set; }

    /// <summary>Its length; slots are this long.</summary>
    public int Minutes { get; private set; }

    /// <summary>When it was added.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>A new session type of <paramref name="coachId"/>; the values are validated by the caller.</summary>
    public static SessionType Create(Guid coachId, string name, int minutes, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), coachId, name, minutes, now.ToUniversalTime());
}

/// <summary>
/// A booked session: a coach, a session type and a moment (stored in UTC), with the name and e-mail address of the
/// person who booked, encrypted at rest. At most one booking per coach starts at one moment (a unique index, ADR 0014).
/// </summary>
public sealed class Booking
{
    /// <summary>The longest name accepted.</summary>
    public const int MaxNameLength = 200;

    /// <summary>The longest e-mail address accepted.</summary>
    public const int MaxEmailLength = 254;

    private Booking(Guid id, Guid coachId, Guid sessionTypeId, DateTimeOffset start, DateTimeOffset end, string name, string email, string? bookerId, DateTimeOffset createdAt)
    {
        Id = id;
        CoachId = coachId;
        SessionTypeId = sessionTypeId;
        Start = start;
        End = end;
        Name = name;
        Email = email;
        BookerId = bookerId;
        CreatedAt = createdAt;
    }

    /// <summary>The booking's id.</summary>
    public Guid Id { get; private set; }

    /// <summary>The coach booked.</summary>
    public Guid CoachId { get; private set; }

    /// <summary>The kind of session.</summary>
    public Guid SessionTypeId { get; private set; }

    /// <summary>When it starts (UTC).</summary>
    public DateTimeOffset Start { get; private set; }

    /// <summary>When it ends (UTC).</summary>
    public DateTimeOffset End { get; private set; }

    /// <summary>The booker's name (personal data, encrypted at rest).</summary>
    public string Name { get; private set; }

    /// <summary>The booker's e-mail address (personal data, encrypted at rest).</summary>
    public string Email { get; private set; }

    /// <summary>The Identity id of the booker when they were signed in; null for an anonymous booking.</summary>
    public string? BookerId { get; private set; }

    /// <summary>When it was booked.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>A booking of <paramref name="sessionType"/> from <paramref name="start"/>; the caller checked the slot is offered.</summary>
    public static Booking Book(SessionType sessionType, DateTimeOffset start, string name, string email, string? bookerId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(sessionType);
        var utc = start.ToUniversalTime();
        return new Booking(Guid.CreateVersion7(now), sessionType.CoachId, sessionType.Id, utc, utc.AddMinutes(sessionType.Minutes), name, email, bookerId, now.ToUniversalTime());
    }
}
