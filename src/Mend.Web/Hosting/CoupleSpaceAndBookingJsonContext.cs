using System.Text.Json;
using System.Text.Json.Serialization;
using Mend.Web.Features.Coaching;
using Mend.Web.Features.CoupleSpace;

namespace Mend.Web.Hosting;

/// <summary>Source-generated serializers for the couple space and booking endpoints (camelCase, as the rest of the API).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(InviteJson))]
[JsonSerializable(typeof(AcceptedJson))]
[JsonSerializable(typeof(CoachProfileRequest))]
[JsonSerializable(typeof(IdJson))]
[JsonSerializable(typeof(SessionTypeRequest))]
[JsonSerializable(typeof(CoachJson))]
[JsonSerializable(typeof(SlotJson[]))]
[JsonSerializable(typeof(AvailabilityJson))]
[JsonSerializable(typeof(BookingRequest))]
[JsonSerializable(typeof(BookingJson))]
[JsonSerializable(typeof(CoachBookingJson[]))]
internal sealed partial class CoupleSpaceAndBookingJsonContext : JsonSerializerContext;
