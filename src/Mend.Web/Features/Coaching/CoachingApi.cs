using System.Globalization;
using System.Net.Mail;
using System.Text.Json;
using Mend.Web.Data;
using Mend.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;

namespace Mend.Web.Features.Coaching;

/// <summary>
/// Booking a session with a coach. The signed-in user becomes a coach (<c>/api/coach/…</c>: profile, session types,
/// weekly availability, their bookings); anyone, signed in or not, reads a coach's slots and books one
/// (<c>/api/coaches/{id}/…</c>, <c>/api/bookings</c>). Slots are computed on read (<see cref="Slots"/>); a unique index
/// on coach and start lets exactly one of two simultaneous bookings of a slot through (ADR 0014).
/// </summary>
public static class CoachingApi
{
    /// <summary>Maps the coach's endpoints (signed in) and the public slot and booking endpoints.</summary>
    public static IEndpointRouteBuilder MapCoachingApi(this IEndpointRouteBuilder app)
    {
        var coach = app.MapGroup("/api/coach").RequireAuthorization().WithTags("Coaching");
        coach.MapPost("/profile", SaveProfile).WithSummary("Become a coach, or change my coach profile (display name, IANA time zone).");
        coach.MapPost("/session-types", AddSessionType).WithSummary("Offer a kind of session (name, length in minutes).");
        coach.MapPut("/availability", SetAvailability).WithSummary("Replace my weekly hours (in my time zone) and date exceptions.");
        coach.MapGet("/availability", GetAvailability).WithSummary("My weekly hours and date exceptions, as last saved.");
        coach.MapGet("/bookings", CoachBookings).WithSummary("My upcoming bookings, with who booked.");

        var open = app.MapGroup("/api").AllowAnonymous().WithTags("Booking");
        open.MapGet("/coaches/{id:guid}", CoachProfile).WithSummary("A coach's public profile and session types.");
        open.MapGet("/coaches/{id:guid}/slots", FreeSlots)
            .WithSummary("A coach's free slots between two dates (at most 62 days), in the viewer's time zone.");
        open.MapPost("/bookings", Book).RequireRateLimiting(RateLimitPolicies.SignIn)
            .WithSummary("Book a slot (no account needed); 409 when it is taken or not offered.");
        return app;
    }

    private static async Task<Results<Created<IdJson>, Ok<IdJson>, ValidationProblem>> SaveProfile(
        CoachProfileRequest request, MendDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var name = Required(request.DisplayName, Coach.MaxDisplayNameLength, "displayName", errors);
        var zone = Zone(request.TimeZone, "timeZone", errors, required: true);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await Mine(db, cancellationToken) is { } existing)
        {
            existing.Rename(name!, zone!.Id);
            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.Ok(new IdJson(existing.Id));
        }

        var coach = Coach.Create(db.UserId!, name!, zone!.Id, clock.GetUtcNow());
        db.Coaches.Add(coach);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/coaches/{coach.Id}", new IdJson(coach.Id));
    }

    private static async Task<Results<Created<IdJson>, ValidationProblem, ProblemHttpResult>> AddSessionType(
        SessionTypeRequest request, MendDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var name = Required(request.Name, SessionType.MaxNameLength, "name", errors);
        if (request.Minutes is not (> 0 and <= SessionType.MaxMinutes))
        {
            errors["minutes"] = [$"Give the length in minutes, from 1 to {SessionType.MaxMinutes}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await Mine(db, cancellationToken) is not { } coach)
        {
            return NoProfile();
        }

        var type = SessionType.Create(coach.Id, name!, request.Minutes!.Value, clock.GetUtcNow());
        db.SessionTypes.Add(type);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/coaches/{coach.Id}", new IdJson(type.Id));
    }

    private static async Task<Results<Ok<AvailabilityJson>, ValidationProblem, ProblemHttpResult>> SetAvailability(
        AvailabilityJson request, MendDb db, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (Availability.Parse(request, errors, out var normalised) is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await Mine(db, cancellationToken) is not { } coach)
        {
            return NoProfile();
        }

        coach.SetAvailability(JsonSerializer.Serialize(normalised, CoupleSpaceAndBookingJsonContext.Default.AvailabilityJson));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(normalised);
    }

    private static async Task<Results<Ok<AvailabilityJson>, ProblemHttpResult>> GetAvailability(MendDb db, CancellationToken cancellationToken) =>
        await Mine(db, cancellationToken) is { } coach
            ? TypedResults.Ok(JsonSerializer.Deserialize(coach.Availability, CoupleSpaceAndBookingJsonContext.Default.AvailabilityJson) ?? new AvailabilityJson([], []))
            : NoProfile();

    private static async Task<Results<Ok<CoachBookingJson[]>, ProblemHttpResult>> CoachBookings(
        MendDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await Mine(db, cancellationToken) is not { } coach)
        {
            return NoProfile();
        }

        var zone = DateTimeZoneProviders.Tzdb[coach.TimeZone];
        var now = clock.GetUtcNow();
        var types = await db.SessionTypes.Where(t => t.CoachId == coach.Id).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var bookings = await db.Bookings.Where(b => b.CoachId == coach.Id && b.End > now).OrderBy(b => b.Start).ToListAsync(cancellationToken);
        return TypedResults.Ok(bookings.Select(b => new CoachBookingJson(
            b.Id, b.SessionTypeId, types.GetValueOrDefault(b.SessionTypeId, ""),
            Slots.Format(Instant.FromDateTimeOffset(b.Start), zone), Slots.Format(Instant.FromDateTimeOffset(b.End), zone), b.Name, b.Email)).ToArray());
    }

    private static async Task<Results<Ok<CoachJson>, NotFound>> CoachProfile(Guid id, MendDb db, CancellationToken cancellationToken)
    {
        if (await db.Coaches.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken) is not { } coach)
        {
            return TypedResults.NotFound();
        }

        var types = await db.SessionTypes.AsNoTracking().Where(t => t.CoachId == id).OrderBy(t => t.CreatedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(new CoachJson(coach.Id, coach.DisplayName, coach.TimeZone, [.. types.Select(t => new SessionTypeJson(t.Id, t.Name, t.Minutes))]));
    }

    private static async Task<Results<Ok<SlotJson[]>, NotFound, ValidationProblem>> FreeSlots(
        Guid id, string? from, string? to, string? timeZone, Guid? sessionTypeId, MendDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.Coaches.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken) is not { } coach)
        {
            return TypedResults.NotFound();
        }

        var errors = new Dictionary<string, string[]>();
        var coachZone = DateTimeZoneProviders.Tzdb[coach.TimeZone];
        var viewer = Zone(timeZone, "timeZone", errors, required: false) ?? coachZone;
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var today = now.InZone(viewer).Date;
        var first = Date(from, "from", errors) ?? today;
        var last = Date(to, "to", errors) ?? first.PlusDays(6);
        if (errors.Count == 0 && last < first)
        {
            errors["to"] = ["The last date comes on or after the first."];
        }
        else if (errors.Count == 0 && Period.Between(first, last, PeriodUnits.Days).Days >= Slots.MaxDays)
        {
            errors["to"] = [$"Ask for at most {Slots.MaxDays} days at a time."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var types = db.SessionTypes.AsNoTracking().Where(t => t.CoachId == id);
        var type = sessionTypeId is { } wanted
            ? await types.SingleOrDefaultAsync(t => t.Id == wanted, cancellationToken)
            : await types.OrderBy(t => t.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (type is null)
        {
            return sessionTypeId is null ? TypedResults.Ok(Array.Empty<SlotJson>()) : TypedResults.NotFound();
        }

        var start = viewer.AtStartOfDay(first).ToInstant();
        var end = viewer.AtStartOfDay(last.PlusDays(1)).ToInstant();
        var booked = await BookedAsync(db, id, start - Duration.FromDays(1), end + Duration.FromDays(1), cancellationToken);
        var slots = Slots.Compute(AvailabilityOf(coach), coachZone, type.Minutes, start, end, booked, now);
        return TypedResults.Ok(slots.Select(s => new SlotJson(Slots.Format(s.Start, viewer), Slots.Format(s.End, viewer), type.Id, type.Minutes)).ToArray());
    }

    private static async Task<Results<Created<BookingJson>, ValidationProblem, ProblemHttpResult>> Book(
        BookingRequest request, MendDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.CoachId is null)
        {
            errors["coachId"] = ["Say which coach."];
        }

        if (request.SessionTypeId is null)
        {
            errors["sessionTypeId"] = ["Say which kind of session."];
        }

        var parsed = OffsetDateTimePattern.ExtendedIso.Parse(request.Start ?? "");
        if (!parsed.Success)
        {
            errors["start"] = ["Give the start as ISO 8601 with its offset, as the slots list it (e.g. 2027-03-20T05:00:00-04:00)."];
        }

        var name = Required(request.Name, Booking.MaxNameLength, "name", errors);
        var email = request.Email?.Trim();
        if (string.IsNullOrEmpty(email) || email.Length > Booking.MaxEmailLength || !MailAddress.TryCreate(email, out var address) || address.Address != email)
        {
            errors["email"] = ["Give an e-mail address the coach can reach you at."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var coach = await db.Coaches.AsNoTracking().SingleOrDefaultAsync(c => c.Id == request.CoachId, cancellationToken);
        var type = coach is null ? null : await db.SessionTypes.AsNoTracking().SingleOrDefaultAsync(t => t.Id == request.SessionTypeId && t.CoachId == coach.Id, cancellationToken);
        if (coach is null || type is null)
        {
            return TypedResults.Problem("This coach does not exist or does not offer this kind of session.", statusCode: StatusCodes.Status404NotFound, title: "No such coach or session");
        }

        var start = parsed.Value.ToInstant();
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var zone = DateTimeZoneProviders.Tzdb[coach.TimeZone];
        var day = Duration.FromDays(1);
        var offered = Slots.Compute(AvailabilityOf(coach), zone, type.Minutes, start - day, start + day, [], now);
        if (!offered.Any(s => s.Start == start))
        {
            return Conflict("Not offered", "This coach does not offer a session of this kind at that time. Pick a start from the coach's slots.");
        }

        var length = Duration.FromMinutes(type.Minutes);
        if ((await BookedAsync(db, coach.Id, start, start + length, cancellationToken)).Count > 0)
        {
            return Taken();
        }

        var booking = Booking.Book(type, start.ToDateTimeOffset(), name!, email!, db.UserId, clock.GetUtcNow());
        db.Bookings.Add(booking);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (IsUniqueViolation(exception))
        {
            return Taken();
        }

        var offset = parsed.Value.Offset;
        return TypedResults.Created($"/api/bookings/{booking.Id}", new BookingJson(
            booking.Id, coach.Id, type.Id, Format(start, offset), Format(start + length, offset)));
    }

    private static async Task<List<Interval>> BookedAsync(MendDb db, Guid coachId, Instant from, Instant to, CancellationToken cancellationToken)
    {
        var start = from.ToDateTimeOffset();
        var end = to.ToDateTimeOffset();
        // Every booking of the coach blocks its time, whoever made it; only the times are read, never who booked.
        var booked = await db.Bookings.IgnoreQueryFilters().AsNoTracking()
            .Where(b => b.CoachId == coachId && b.Start < end && b.End > start)
            .Select(b => new { b.Start, b.End })
            .ToListAsync(cancellationToken);
        return [.. booked.Select(b => new Interval(Instant.FromDateTimeOffset(b.Start), Instant.FromDateTimeOffset(b.End)))];
    }

    private static Availability AvailabilityOf(Coach coach) =>
        Availability.FromStored(JsonSerializer.Deserialize(coach.Availability, CoupleSpaceAndBookingJsonContext.Default.AvailabilityJson));

    private static Task<Coach?> Mine(MendDb db, CancellationToken cancellationToken) =>
        db.Coaches.SingleOrDefaultAsync(c => c.UserId == db.UserId, cancellationToken);

    private static string? Required(string? value, int max, string field, Dictionary<string, string[]> errors)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > max)
        {
            errors[field] = [$"Write 1 to {max} characters."];
            return null;
        }

        return trimmed;
    }

    private static DateTimeZone? Zone(string? id, string field, Dictionary<string, string[]> errors, bool required)
    {
        if (string.IsNullOrWhiteSpace(id) && !required)
        {
            return null;
        }

        var zone = id is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(id.Trim());
        if (zone is null)
        {
            errors[field] = ["Give an IANA time zone, such as Europe/London or America/New_York."];
        }

        return zone;
    }

    private static LocalDate? Date(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return LocalDate.FromDateOnly(date);
        }

        errors[field] = ["Give the date as YYYY-MM-DD."];
        return null;
    }

    private static string Format(Instant instant, Offset offset) =>
        instant.WithOffset(offset).ToDateTimeOffset().ToString("yyyy'-'MM'-'dd'T'HH':'mm':'sszzz", CultureInfo.InvariantCulture);

    private static ProblemHttpResult NoProfile() =>
        TypedResults.Problem("Make your coach profile first: POST /api/coach/profile with a displayName and a timeZone.", statusCode: StatusCodes.Status404NotFound, title: "No coach profile");

    private static ProblemHttpResult Taken() => Conflict("Slot taken", "Someone has just booked this time. Pick another slot.");

    private static ProblemHttpResult Conflict(string title, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: title);

    internal static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        Npgsql.PostgresException postgres => postgres.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
