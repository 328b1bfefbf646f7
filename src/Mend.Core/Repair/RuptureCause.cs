using System.Text.Json.Serialization;

namespace Mend.Repair;

/// <summary>
/// What broke the connection between two people, in the method's four kinds. The ids (see
/// <see cref="RepairIds.Id(RuptureCause)"/>) are a stable contract used in JSON and the development set.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<RuptureCause>))]
public enum RuptureCause
{
    /// <summary>Words or intentions were misread (<c>miscommunication</c>).</summary>
    [JsonStringEnumMemberName("miscommunication")]
    Miscommunication,
    /// <summary>Someone counted on something that did not happen (<c>unmet_expectations</c>).</summary>
    [JsonStringEnumMemberName("unmet_expectations")]
    UnmetExpectations,
    /// <summary>A need for support, attention or validation went unanswered (<c>emotional_neglect</c>).</summary>
    [JsonStringEnumMemberName("emotional_neglect")]
    EmotionalNeglect,
    /// <summary>Lying, cheating, hiding, telling a secret, breaking an agreement trust rested on (<c>betrayal</c>).</summary>
    [JsonStringEnumMemberName("betrayal")]
    Betrayal,
}

/// <summary>How much a rupture damaged, and whether it is one event or a pattern.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RuptureSeverity>))]
public enum RuptureSeverity
{
    /// <summary>One small lapse, soon over (<c>minor</c>).</summary>
    [JsonStringEnumMemberName("minor")]
    Minor,
    /// <summary>One event that hurt for real (<c>moderate</c>).</summary>
    [JsonStringEnumMemberName("moderate")]
    Moderate,
    /// <summary>Trust in the relationship is shaken (<c>major</c>).</summary>
    [JsonStringEnumMemberName("major")]
    Major,
    /// <summary>Everyday lapses that pile up over time (<c>accumulating</c>).</summary>
    [JsonStringEnumMemberName("accumulating")]
    Accumulating,
}

/// <summary>How a person tends to handle closeness and conflict; it changes how repair should be paced.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AttachmentStyle>))]
public enum AttachmentStyle
{
    /// <summary>Approaches repair with openness and balance (<c>secure</c>).</summary>
    [JsonStringEnumMemberName("secure")]
    Secure,
    /// <summary>Fear of abandonment can make it hard to stay calm (<c>anxious</c>).</summary>
    [JsonStringEnumMemberName("anxious")]
    Anxious,
    /// <summary>May struggle to name emotions or to start a repair (<c>avoidant</c>).</summary>
    [JsonStringEnumMemberName("avoidant")]
    Avoidant,
    /// <summary>Alternates between seeking closeness and withdrawing (<c>fearful_avoidant</c>).</summary>
    [JsonStringEnumMemberName("fearful_avoidant")]
    FearfulAvoidant,
}

/// <summary>The seven steps of repair, in the method's order. Ids are stable (see <see cref="RepairIds.Id(RepairStepKind)"/>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RepairStepKind>))]
public enum RepairStepKind
{
    /// <summary>1. Recognise that something went wrong (<c>acknowledge</c>).</summary>
    [JsonStringEnumMemberName("acknowledge")]
    Acknowledge,
    /// <summary>2. Own your part, without excuses (<c>take_responsibility</c>).</summary>
    [JsonStringEnumMemberName("take_responsibility")]
    TakeResponsibility,
    /// <summary>3. Apologise: impact, regret, amends; never conditional (<c>apologize</c>).</summary>
    [JsonStringEnumMemberName("apologize")]
    Apologize,
    /// <summary>4. Listen and reflect back the other's experience (<c>understand</c>).</summary>
    [JsonStringEnumMemberName("understand")]
    Understand,
    /// <summary>5. Look at the pattern or need underneath (<c>address_underlying</c>).</summary>
    [JsonStringEnumMemberName("address_underlying")]
    AddressUnderlying,
    /// <summary>6. Show care, honesty and reliability over time (<c>rebuild_trust</c>).</summary>
    [JsonStringEnumMemberName("rebuild_trust")]
    RebuildTrust,
    /// <summary>7. Choose to release the hurt's hold on the relationship (<c>forgive</c>).</summary>
    [JsonStringEnumMemberName("forgive")]
    Forgive,
}

/// <summary>Where a step of a plan stands.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PlanStepStatus>))]
public enum PlanStepStatus
{
    /// <summary>Not begun (<c>not_started</c>).</summary>
    [JsonStringEnumMemberName("not_started")]
    NotStarted,
    /// <summary>Being worked on (<c>in_progress</c>).</summary>
    [JsonStringEnumMemberName("in_progress")]
    InProgress,
    /// <summary>Done, with evidence of what was done (<c>completed</c>).</summary>
    [JsonStringEnumMemberName("completed")]
    Completed,
    /// <summary>Set aside, with a reason (<c>skipped</c>).</summary>
    [JsonStringEnumMemberName("skipped")]
    Skipped,
}

/// <summary>A challenge that blocks repair, found in what the person wrote.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RepairChallenge>))]
public enum RepairChallenge
{
    /// <summary>Justifying, counter-blaming or minimising instead of acknowledging harm (<c>defensiveness</c>).</summary>
    [JsonStringEnumMemberName("defensiveness")]
    Defensiveness,
    /// <summary>Withdrawing or shutting down with no promise to return (<c>stonewalling</c>).</summary>
    [JsonStringEnumMemberName("stonewalling")]
    Stonewalling,
    /// <summary>Old hurts and sweeping complaints pulled into the present (<c>unresolved_emotion</c>).</summary>
    [JsonStringEnumMemberName("unresolved_emotion")]
    UnresolvedEmotion,
}
