namespace Mend.Analysis.Conversations;

/// <summary>
/// Every threshold the conversation analysis uses, in one place. The reasons for each are in
/// <c>docs/conversations.md</c>; change a value there and here together.
/// </summary>
public static class ConversationRules
{
    /// <summary>
    /// A <b>cluster</b>: this many harmful messages (from anyone) within <see cref="ClusterWindow"/> of each other open
    /// a rupture episode at the first of them. One sharp message alone is not yet a rupture.
    /// </summary>
    public const int ClusterSize = 2;

    /// <summary>How close together the harmful messages of a cluster must be.</summary>
    public static readonly TimeSpan ClusterWindow = TimeSpan.FromHours(1);

    /// <summary>
    /// A bid (see <see cref="IsBid"/>) or a repair attempt is <b>unanswered</b> when no other participant writes
    /// within this time. An unanswered bid opens a rupture episode, started by the partner who did not answer.
    /// </summary>
    public static readonly TimeSpan AnswerWindow = TimeSpan.FromHours(24);

    /// <summary>
    /// A <b>long silence</b>: the partner's next message comes this long or longer after a complaint (a harmful
    /// message) or a bid. Counted as stonewalling behaviour of the one who went silent.
    /// </summary>
    public static readonly TimeSpan LongSilence = TimeSpan.FromHours(6);

    /// <summary>
    /// <b>Tone recovers</b>: after a repair message, this many messages in a row (the repair message included) carry
    /// no harmful label. Then the episode is repaired, by the sender of that repair message.
    /// </summary>
    public const int RecoveryMessages = 3;

    /// <summary>
    /// An episode with no repair <b>fades</b> when no harmful message has come for this long: it ends unrepaired
    /// at its last harmful message. An episode still going when the chat ends stays <b>open</b>.
    /// </summary>
    public static readonly TimeSpan FadeAfter = TimeSpan.FromHours(48);

    /// <summary>
    /// A <b>one-word reply in conflict</b>: during an episode, a reply (the previous message was someone else's) of
    /// a single word of at most this many characters, with at least one letter ("fine", "k", "whatever").
    /// </summary>
    public const int OneWordMaxLength = 12;

    /// <summary>
    /// The <b>cycle</b> defensiveness → stonewalling → outburst must complete within this time from its
    /// defensive message, or it starts over.
    /// </summary>
    public static readonly TimeSpan CycleWindow = TimeSpan.FromHours(24);

    /// <summary>Gottman's benchmark: in conflict, stable couples show about five positive moments for each negative one.</summary>
    public const double RatioBenchmark = 5.0;

    /// <summary>Chats spanning up to this many days are summarised per week; longer ones per month.</summary>
    public const int WeeklyUpToDays = 183;

    /// <summary>Key messages quoted per episode (the opening ones, one per new harmful label, the repair).</summary>
    public const int KeyMessagesPerEpisode = 4;

    /// <summary>Episodes kept in full in a report; later ones are counted (<see cref="ConversationReport.EpisodeCount"/>).</summary>
    public const int MaxEpisodes = 5_000;

    /// <summary>Complete cycles kept as examples; all are counted.</summary>
    public const int MaxCycleExamples = 5;

    /// <summary>Messages raising a safety concern kept as examples; all are counted.</summary>
    public const int MaxSafetyExamples = 10;

    /// <summary>Quoted message texts are cut to this many characters (with an ellipsis).</summary>
    public const int MaxQuoteLength = 280;

    /// <summary>Labels that repair: apology, responsibility, validation, repair_attempt, commitment.</summary>
    public static bool IsRepair(MessageLabel label) => label is MessageLabel.Apology or MessageLabel.Responsibility
        or MessageLabel.Validation or MessageLabel.RepairAttempt or MessageLabel.Commitment;

    /// <summary>
    /// A <b>bid</b> for connection, as far as text shows one: a message that says how the sender feels or what they
    /// need (<c>i_statement</c>) or reaches out to mend (<c>repair_attempt</c>).
    /// </summary>
    public static bool IsBid(LabelSet labels) => labels.IsBid;

    /// <summary>
    /// An <b>outburst</b>: a message with contempt, or with two or more different harmful labels at once.
    /// </summary>
    public static bool IsOutburst(LabelSet labels) => labels.Has(MessageLabel.Contempt) || labels.HarmfulCount >= 2;
}
