using Mend.Chat;

namespace Mend.Analysis.Conversations;

/// <summary>
/// What the analysis of a whole chat found: who wrote how much and how, over time; the rupture episodes; the
/// defensiveness → stonewalling → outburst cycles; and, first of all, any safety concern.
/// </summary>
public sealed record ConversationReport
{
    /// <summary>Messages participants wrote (text and media; system lines excluded).</summary>
    public required long Messages { get; init; }

    /// <summary>Media messages among <see cref="Messages"/> (counted, not analysed as text).</summary>
    public required long MediaMessages { get; init; }

    /// <summary>System lines the export held (joined, changed the subject …), excluded from every count.</summary>
    public required long SystemMessages { get; init; }

    /// <summary>The first participant message's time, or null for an empty chat.</summary>
    public required ChatTime? First { get; init; }

    /// <summary>The last participant message's time, or null for an empty chat.</summary>
    public required ChatTime? Last { get; init; }

    /// <summary>Everyone who wrote, most messages first.</summary>
    public required IReadOnlyList<ParticipantStats> Participants { get; init; }

    /// <summary>Weeks for chats up to <see cref="ConversationRules.WeeklyUpToDays"/> days long, months beyond.</summary>
    public required PeriodUnit PeriodUnit { get; init; }

    /// <summary>Each week or month that has messages, oldest first.</summary>
    public required IReadOnlyList<PeriodStats> Periods { get; init; }

    /// <summary>Rupture episodes, oldest first (at most <see cref="ConversationRules.MaxEpisodes"/>).</summary>
    public required IReadOnlyList<Episode> Episodes { get; init; }

    /// <summary>How many episodes there were in all.</summary>
    public required int EpisodeCount { get; init; }

    /// <summary>How many episodes in all were repaired.</summary>
    public required int RepairedEpisodes { get; init; }

    /// <summary>How many episodes in all faded without a repair.</summary>
    public required int FadedEpisodes { get; init; }

    /// <summary>How many episodes were still open at the end of the chat (0 or 1).</summary>
    public int OpenEpisodes => EpisodeCount - RepairedEpisodes - FadedEpisodes;

    /// <summary>How many defensiveness → stonewalling → outburst cycles completed.</summary>
    public required int CycleCount { get; init; }

    /// <summary>The first few cycles, as examples.</summary>
    public required IReadOnlyList<Cycle> Cycles { get; init; }

    /// <summary>Present when any message raised a safety concern: show it before anything else.</summary>
    public required SafetyFindings? Safety { get; init; }
}

/// <summary>The length of the periods a report is summarised in.</summary>
public enum PeriodUnit
{
    /// <summary>Weeks starting on Monday.</summary>
    Week,
    /// <summary>Calendar months.</summary>
    Month,
}

/// <summary>One person's side of the chat, over the whole chat or one period.</summary>
public sealed record ParticipantStats
{
    /// <summary>The sender's name as the export wrote it.</summary>
    public required string Name { get; init; }

    /// <summary>Messages written (media included).</summary>
    public required long Messages { get; init; }

    /// <summary>Media messages written.</summary>
    public required long MediaMessages { get; init; }

    /// <summary>How many messages carried each label (labels never seen are left out), in contract order.</summary>
    public required IReadOnlyList<LabelCount> Labels { get; init; }

    /// <summary>Messages with at least one helpful label.</summary>
    public required long Positive { get; init; }

    /// <summary>Messages with at least one harmful label.</summary>
    public required long Negative { get; init; }

    /// <summary>Positive per negative message; null when there was no negative message.</summary>
    public double? Ratio => Negative == 0 ? null : Math.Round((double)Positive / Negative, 2);

    /// <summary>Positive and negative messages written during rupture episodes (conflict).</summary>
    public required long ConflictPositive { get; init; }

    /// <summary>Negative messages written during rupture episodes.</summary>
    public required long ConflictNegative { get; init; }

    /// <summary>The ratio in conflict, the one Gottman's 5:1 is about; null when there was no negative message then.</summary>
    public double? ConflictRatio => ConflictNegative == 0 ? null : Math.Round((double)ConflictPositive / ConflictNegative, 2);

    /// <summary>Messages with a repair label (apology, responsibility, validation, repair_attempt, commitment).</summary>
    public required long RepairAttempts { get; init; }

    /// <summary>Repair attempts the other side answered within the answer window without a harmful message.</summary>
    public required long RepairAttemptsAnswered { get; init; }

    /// <summary>Episodes this person started.</summary>
    public required int EpisodesStarted { get; init; }

    /// <summary>Episodes this person repaired.</summary>
    public required int EpisodesRepaired { get; init; }

    /// <summary>The median time from an episode's start to this person's repair; null when they repaired none.</summary>
    public required TimeSpan? MedianTimeToRepair { get; init; }

    /// <summary>Replies: messages that follow someone else's.</summary>
    public required long Replies { get; init; }

    /// <summary>The median time this person took to reply; null without replies. Approximate (within 5%) beyond 64 replies.</summary>
    public required TimeSpan? MedianReplyLatency { get; init; }

    /// <summary>Long silences after a complaint or a bid (<see cref="ConversationRules.LongSilence"/>).</summary>
    public required long LongSilences { get; init; }

    /// <summary>One-word replies during episodes (<see cref="ConversationRules.OneWordMaxLength"/>).</summary>
    public required long OneWordReplies { get; init; }

    /// <summary>Bids this person made that no one answered within the answer window.</summary>
    public required long UnansweredBids { get; init; }

    /// <summary>Messages raising a safety concern.</summary>
    public required long SafetyConcerns { get; init; }

    /// <summary>How many messages carried <paramref name="label"/>.</summary>
    public long Count(MessageLabel label) => Labels.FirstOrDefault(l => l.Label == label)?.Messages ?? 0;
}

/// <summary>How many messages carried a label.</summary>
public sealed record LabelCount(MessageLabel Label, long Messages);

/// <summary>One week or month: its first day and every participant who wrote in it.</summary>
public sealed record PeriodStats(DateOnly Start, IReadOnlyList<ParticipantStats> Participants);

/// <summary>How a rupture episode ended.</summary>
public enum EpisodeOutcome
{
    /// <summary>Repair labels followed and the tone recovered.</summary>
    Repaired,
    /// <summary>The harsh messages stopped for a while but no repair was seen in the chat.</summary>
    Faded,
    /// <summary>Still going when the chat ends.</summary>
    Open,
}

/// <summary>
/// A rupture episode: from the first harmful message of a cluster (or an unanswered bid) to the message that
/// showed the tone had recovered after a repair, or to its last harmful message when it faded or stayed open.
/// </summary>
public sealed record Episode
{
    /// <summary>When it began.</summary>
    public required ChatTime Start { get; init; }

    /// <summary>When it ended (for an open episode: its last message so far).</summary>
    public required ChatTime End { get; init; }

    /// <summary>Who started it: the sender of the first harmful message, or the partner who left a bid unanswered.</summary>
    public required string StartedBy { get; init; }

    /// <summary>What started it.</summary>
    public required EpisodeTrigger Trigger { get; init; }

    /// <summary>How it ended.</summary>
    public required EpisodeOutcome Outcome { get; init; }

    /// <summary>Whether it was repaired.</summary>
    public bool Repaired => Outcome == EpisodeOutcome.Repaired;

    /// <summary>Who repaired it; null unless repaired.</summary>
    public required string? RepairedBy { get; init; }

    /// <summary>From the start to the repair message; null unless repaired.</summary>
    public required TimeSpan? TimeToRepair { get; init; }

    /// <summary>Participant messages in the episode.</summary>
    public required long Messages { get; init; }

    /// <summary>Every label seen in the episode.</summary>
    public required LabelSet Labels { get; init; }

    /// <summary>The messages that tell the story: the opening ones, the first of each new harmful label, the repair.</summary>
    public required IReadOnlyList<KeyMessage> KeyMessages { get; init; }
}

/// <summary>What opened an episode.</summary>
public enum EpisodeTrigger
{
    /// <summary>Harmful messages close together (<see cref="ConversationRules.ClusterSize"/> within <see cref="ConversationRules.ClusterWindow"/>).</summary>
    HarmfulCluster,
    /// <summary>A bid no one answered within <see cref="ConversationRules.AnswerWindow"/>.</summary>
    UnansweredBid,
}

/// <summary>A message quoted in a report (its text cut to <see cref="ConversationRules.MaxQuoteLength"/>).</summary>
public sealed record KeyMessage(ChatTime Time, string Sender, string Text, LabelSet Labels, long Line);

/// <summary>One defensiveness → stonewalling → outburst cycle, with the message (or silence) at each step.</summary>
/// <param name="Defensive">The defensive message.</param>
/// <param name="Withdrawal">The stonewalling message, the one-word reply, or the reply that ended a long silence.</param>
/// <param name="Silence">How long the silence was, when the withdrawal was one.</param>
/// <param name="Outburst">The outburst.</param>
public sealed record Cycle(KeyMessage Defensive, KeyMessage Withdrawal, TimeSpan? Silence, KeyMessage Outburst);

/// <summary>Messages that raised a safety concern: the notice to show first, how many, and the first few.</summary>
public sealed record SafetyFindings(SafetyNotice Notice, long Messages, IReadOnlyList<KeyMessage> Examples);
