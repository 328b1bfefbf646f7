namespace Mend.Web.Features.Coaching;

/// <summary><c>POST /api/coach/profile</c>: the name people see and the IANA zone of the coach's hours.</summary>
public sealed record CoachProfileRequest(string? DisplayName, string? TimeZone);

/// <summary>An id the API made.</summary>
public sealed record IdJson(Guid Id);

/// <summary><c>POST /api/coach/session-types</c>: a name and a length in minutes.</summary>
public sealed record SessionTypeRequest(string? Name, int? Minutes);

/// <summary>A session type as people who book see it.</summary>
public sealed record SessionTypeJson(Guid Id, string Name, int Minutes);

/// <summary><c>GET /api/coaches/{id}</c>: a coach's public profile and what can be booked.</summary>
public sealed record CoachJson(Guid Id, string DisplayName, string TimeZone, IReadOnlyList<SessionTypeJson> SessionTypes);

/// <summary>A bookable slot: start and end as ISO 8601 with the viewer's offset, and the session type it is for.</summary>
public sealed record SlotJson(string Start, string End, Guid SessionTypeId, int Minutes);

/// <summary><c>POST /api/bookings</c>: which coach and session, the slot's start (ISO 8601 with an offset), and who books.</summary>
public sealed record BookingRequest(Guid? CoachId, Guid? SessionTypeId, string? Start, string? Name, string? Email);

/// <summary>A booking as the booker gets it back (times with the offset they sent).</summary>
public sealed record BookingJson(Guid Id, Guid CoachId, Guid SessionTypeId, string Start, string End);

/// <summary>A booking as its coach sees it (times in the coach's zone), with the booker's name and e-mail address.</summary>
public sealed record CoachBookingJson(Guid Id, Guid SessionTypeId, string SessionType, string Start, string End, string Name, string Email);
