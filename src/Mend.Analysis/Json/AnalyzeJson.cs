using System.Globalization;
using Mend.Analysis.Conversations;

namespace Mend.Analysis.Json;

/// <summary>
/// <c>mend analyze --json FILE</c>, as PRODUCT.md fixes it: <c>{"format","messages","participants","first","last",
/// "episodes",…}</c>, extended with the safety findings, cycles, periods and the import's diagnostics. Times are ISO
/// 8601 as the export wrote them; durations are whole seconds (fields ending in <c>Seconds</c>).
/// </summary>
public sealed record AnalyzeJson(
    string Format,
    long Messages,
    long MediaMessages,
    long SystemMessages,
    IReadOnlyList<ParticipantJson> Participants,
    string? First,
    string? Last,
    AnalyzeSafetyJson? Safety,
    IReadOnlyList<EpisodeJson> Episodes,
    int EpisodeCount,
    int RepairedEpisodes,
    int FadedEpisodes,
    int OpenEpisodes,
    IReadOnlyList<CycleJson> Cycles,
    int CycleCount,
    string PeriodUnit,
    IReadOnlyList<PeriodJson> Periods,
    double RatioBenchmark,
    DiagnosticsJson Diagnostics)
{
    /// <summary>The contract for <paramref name="report"/>, read from an export of <paramref name="format"/> (its id).</summary>
    public static AnalyzeJson From(ConversationReport report, string format, DiagnosticsJson diagnostics)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new AnalyzeJson(
            format,
            report.Messages,
            report.MediaMessages,
            report.SystemMessages,
            [.. report.Participants.Select(ParticipantJson.From)],
            report.First?.ToIso(),
            report.Last?.ToIso(),
            report.Safety is { } safety
                ? new AnalyzeSafetyJson(safety.Notice.Message, safety.Notice.Resources, safety.Messages, [.. safety.Examples.Select(KeyMessageJson.From)])
                : null,
            [.. report.Episodes.Select(EpisodeJson.From)],
            report.EpisodeCount,
            report.RepairedEpisodes,
            report.FadedEpisodes,
            report.OpenEpisodes,
            [.. report.Cycles.Select(c => new CycleJson(KeyMessageJson.From(c.Defensive), KeyMessageJson.From(c.Withdrawal), Seconds(c.Silence), KeyMessageJson.From(c.Outburst)))],
            report.CycleCount,
            report.PeriodUnit == Conversations.PeriodUnit.Week ? "week" : "month",
            [.. report.Periods.Select(p => new PeriodJson(p.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), [.. p.Participants.Select(ParticipantJson.From)]))],
            ConversationRules.RatioBenchmark,
            diagnostics);
    }

    internal static long? Seconds(TimeSpan? duration) => duration is { } d ? (long)Math.Round(d.TotalSeconds) : null;
}

/// <summary>One participant's counts, over the whole chat or one period. Ratios are null when there was no negative message.</summary>
public sealed record ParticipantJson(
    string Name,
    long Messages,
    long MediaMessages,
    IReadOnlyDictionary<string, long> Labels,
    long Positive,
    long Negative,
    double? Ratio,
    long ConflictPositive,
    long ConflictNegative,
    double? ConflictRatio,
    long RepairAttempts,
    long RepairAttemptsAnswered,
    int EpisodesStarted,
    int EpisodesRepaired,
    long? MedianTimeToRepairSeconds,
    long Replies,
    long? MedianReplyLatencySeconds,
    long LongSilences,
    long OneWordReplies,
    long UnansweredBids,
    long SafetyConcerns)
{
    /// <summary>The JSON of <paramref name="p"/>; <c>labels</c> maps label ids to message counts.</summary>
    public static ParticipantJson From(ParticipantStats p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var labels = new Dictionary<string, long>(p.Labels.Count);
        foreach (var count in p.Labels)
        {
            labels[count.Label.Id()] = count.Messages;
        }

        return new ParticipantJson(
            p.Name, p.Messages, p.MediaMessages, labels, p.Positive, p.Negative, p.Ratio, p.ConflictPositive, p.ConflictNegative,
            p.ConflictRatio, p.RepairAttempts, p.RepairAttemptsAnswered, p.EpisodesStarted, p.EpisodesRepaired,
            AnalyzeJson.Seconds(p.MedianTimeToRepair), p.Replies, AnalyzeJson.Seconds(p.MedianReplyLatency), p.LongSilences,
            p.OneWordReplies, p.UnansweredBids, p.SafetyConcerns);
    }
}

/// <summary>
/// A rupture episode: <c>outcome</c> is <c>repaired</c>, <c>faded</c> or <c>open</c>; <c>trigger</c> is
/// <c>harmful_cluster</c> or <c>unanswered_bid</c>.
/// </summary>
public sealed record EpisodeJson(
    string Start,
    string End,
    string StartedBy,
    string? RepairedBy,
    bool Repaired,
    string Outcome,
    string Trigger,
    long? TimeToRepairSeconds,
    long Messages,
    IReadOnlyList<string> Labels,
    IReadOnlyList<KeyMessageJson> KeyMessages)
{
    /// <summary>The JSON of <paramref name="e"/>.</summary>
    public static EpisodeJson From(Episode e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new EpisodeJson(
            e.Start.ToIso(),
            e.End.ToIso(),
            e.StartedBy,
            e.RepairedBy,
            e.Repaired,
            e.Outcome switch { EpisodeOutcome.Repaired => "repaired", EpisodeOutcome.Faded => "faded", _ => "open" },
            e.Trigger == EpisodeTrigger.HarmfulCluster ? "harmful_cluster" : "unanswered_bid",
            AnalyzeJson.Seconds(e.TimeToRepair),
            e.Messages,
            Ids(e.Labels),
            [.. e.KeyMessages.Select(KeyMessageJson.From)]);
    }

    internal static string[] Ids(LabelSet labels) => [.. labels.ToList().Select(l => l.Id())];
}

/// <summary>A quoted message: when, who, the text (cut to 280 characters), its labels and its line in the export.</summary>
public sealed record KeyMessageJson(string Time, string Sender, string Text, IReadOnlyList<string> Labels, long Line)
{
    /// <summary>The JSON of <paramref name="k"/>.</summary>
    public static KeyMessageJson From(KeyMessage k)
    {
        ArgumentNullException.ThrowIfNull(k);
        return new KeyMessageJson(k.Time.ToIso(), k.Sender, k.Text, EpisodeJson.Ids(k.Labels), k.Line);
    }
}

/// <summary>One defensiveness → withdrawal → outburst cycle; <c>silenceSeconds</c> when the withdrawal was a long silence.</summary>
public sealed record CycleJson(KeyMessageJson Defensive, KeyMessageJson Withdrawal, long? SilenceSeconds, KeyMessageJson Outburst);

/// <summary>One week or month (<c>start</c> is its first day, <c>yyyy-MM-dd</c>) and each participant's counts in it.</summary>
public sealed record PeriodJson(string Start, IReadOnlyList<ParticipantJson> Participants);

/// <summary>The safety notice, how many messages raised a concern, and the first few of them.</summary>
public sealed record AnalyzeSafetyJson(string Message, IReadOnlyList<string> Resources, long Messages, IReadOnlyList<KeyMessageJson> Examples);

/// <summary>What the import skipped: how many entries in all, and the first few with their line and reason.</summary>
public sealed record DiagnosticsJson(long Skipped, IReadOnlyList<DiagnosticJson> Issues);

/// <summary>One skipped entry of the export.</summary>
public sealed record DiagnosticJson(long Line, string Reason);
