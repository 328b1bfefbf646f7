using Mend.Chat;

namespace Mend.Analysis.Conversations;

/// <summary>
/// Folds labelled messages, in chat order, into the running tallies of a <see cref="ConversationReport"/>. Memory
/// is bounded by the number of participants and periods, never by the number of messages: it keeps the previous
/// message, the current sender's messages still waiting for an answer (at most <see cref="MaxWaiting"/>), the
/// episode tracker's open episode and a few examples.
/// </summary>
internal sealed partial class ConversationFold
{
    private const int MaxWaiting = 64;

    private readonly Dictionary<string, ParticipantTally> _participants = new(StringComparer.Ordinal);
    private readonly Dictionary<(DateOnly Start, string Name), ParticipantTally> _weeks = [];
    private readonly Dictionary<(DateOnly Start, string Name), ParticipantTally> _months = [];
    private readonly Dictionary<string, SenderTallies> _senders = new(StringComparer.Ordinal);
    private readonly List<Waiting> _waiting = [];
    private readonly List<KeyMessage> _safetyExamples = [];
    private readonly EpisodeTracker _episodes;

    private long _messages;
    private long _media;
    private long _system;
    private ChatTime? _first;
    private ChatTime _last;
    private string? _lastSender;
    private string? _senderBefore;
    private long _safety;

    public ConversationFold() => _episodes = new EpisodeTracker
    {
        Started = (sender, time) => ForEachTally(sender, time, t => t.EpisodesStarted++),
        Repaired = (sender, time, duration) => ForEachTally(sender, time, t =>
        {
            t.EpisodesRepaired++;
            t.TimeToRepair.Add(duration);
        }),
        CountedLate = key => ForEachTally(key.Sender, key.Time, t => t.CountInConflictLate(key.Labels)),
    };

    /// <summary>Folds in the next message of the chat and the labels the engine gave it.</summary>
    public void Add(ChatMessage message, LabelSet labels)
    {
        if (!message.IsFromParticipant)
        {
            _system++;
            return;
        }

        var time = message.Time;
        var sender = message.Sender;
        _messages++;
        _media += message.Kind == ChatMessageKind.Media ? 1 : 0;
        _first ??= time;

        var isReply = _lastSender is not null && !string.Equals(sender, _lastSender, StringComparison.Ordinal);
        var latency = isReply ? TimeSpan.FromTicks(Math.Max(0, time.SortTicks - _last.SortTicks)) : TimeSpan.Zero;
        var silence = isReply ? Answer(message, labels) : null;
        var inConflict = _episodes.Add(message, labels);
        var oneWord = isReply && inConflict && IsOneWord(message.Text);

        var tallies = Tallies(sender, time);
        foreach (var tally in (ReadOnlySpan<ParticipantTally>)[tallies.All, tallies.Week!, tallies.Month!])
        {
            tally.Messages++;
            tally.MediaMessages += message.Kind == ChatMessageKind.Media ? 1 : 0;
            tally.Count(labels, inConflict);
            if (isReply)
            {
                tally.Replies++;
                tally.ReplyLatency.Add(latency);
                tally.LongSilences += silence is null ? 0 : 1;
                tally.OneWordReplies += oneWord ? 1 : 0;
            }
        }

        if (labels.Has(MessageLabel.SafetyConcern))
        {
            _safety++;
            if (_safetyExamples.Count < ConversationRules.MaxSafetyExamples)
            {
                _safetyExamples.Add(EpisodeTracker.Quote(message, labels));
            }
        }

        FollowCycle(message, labels, silence, oneWord);
        if (isReply)
        {
            _senderBefore = _lastSender;
        }

        _lastSender = sender;
        _last = time;
        Wait(message, labels);
    }

    /// <summary>The report of everything folded so far (call once, at the end).</summary>
    public ConversationReport ToReport()
    {
        if (_first is { } first)
        {
            _episodes.Finish(_last);
        }

        var span = _first is { } start ? TimeSpan.FromTicks(_last.SortTicks - start.SortTicks) : TimeSpan.Zero;
        var unit = span.TotalDays <= ConversationRules.WeeklyUpToDays ? PeriodUnit.Week : PeriodUnit.Month;
        var periods = (unit == PeriodUnit.Week ? _weeks : _months)
            .GroupBy(p => p.Key.Start)
            .OrderBy(g => g.Key)
            .Select(g => new PeriodStats(g.Key, Ordered(g.Select(p => p.Value))))
            .ToList();
        return new ConversationReport
        {
            Messages = _messages,
            MediaMessages = _media,
            SystemMessages = _system,
            First = _first,
            Last = _first is null ? null : _last,
            Participants = Ordered(_participants.Values),
            PeriodUnit = unit,
            Periods = periods,
            Episodes = _episodes.Episodes,
            EpisodeCount = _episodes.Count,
            RepairedEpisodes = _episodes.RepairedCount,
            FadedEpisodes = _episodes.FadedCount,
            CycleCount = _cycleCount,
            Cycles = _cycles,
            Safety = _safety == 0 ? null : new SafetyFindings(SafetyNotice.Default, _safety, _safetyExamples),
        };
    }

    private static List<ParticipantStats> Ordered(IEnumerable<ParticipantTally> tallies) =>
        [.. tallies.Select(t => t.ToStats()).OrderByDescending(p => p.Messages).ThenBy(p => p.Name, StringComparer.Ordinal)];

    /// <summary>
    /// A reply settles what the previous sender left waiting: repair attempts answered, bids unanswered (which may
    /// open an episode). Returns the silence when the reply ends a long one after a complaint or a bid.
    /// </summary>
    private TimeSpan? Answer(ChatMessage reply, LabelSet replyLabels)
    {
        TimeSpan? silence = null;
        foreach (var waiting in _waiting)
        {
            var delay = TimeSpan.FromTicks(reply.Time.SortTicks - waiting.Message.Time.SortTicks);
            if (waiting.Labels.IsRepair && delay <= ConversationRules.AnswerWindow && !replyLabels.IsHarmful)
            {
                ForEachTally(waiting.Message.Sender, waiting.Message.Time, t => t.RepairAttemptsAnswered++);
            }

            var bid = waiting.Labels.IsBid;
            if (bid && delay > ConversationRules.AnswerWindow)
            {
                ForEachTally(waiting.Message.Sender, waiting.Message.Time, t => t.UnansweredBids++);
                _episodes.OpenOnUnansweredBid(EpisodeTracker.Quote(waiting.Message, waiting.Labels), waiting.Partner ?? reply.Sender);
            }

            if ((bid || waiting.Labels.IsHarmful) && silence is null && delay >= ConversationRules.LongSilence)
            {
                silence = delay;
            }
        }

        _waiting.Clear();
        return silence;
    }

    /// <summary>Keeps a message that expects an answer: a repair attempt, a bid or a complaint.</summary>
    private void Wait(ChatMessage message, LabelSet labels)
    {
        if ((labels.IsRepair || labels.IsHarmful || labels.IsBid) && _waiting.Count < MaxWaiting)
        {
            var partner = _senderBefore is not null && !string.Equals(_senderBefore, message.Sender, StringComparison.Ordinal) ? _senderBefore : null;
            _waiting.Add(new Waiting(message, labels, partner));
        }
    }

    /// <summary>One word of at most <see cref="ConversationRules.OneWordMaxLength"/> characters, with a letter.</summary>
    internal static bool IsOneWord(string text)
    {
        var word = text.AsSpan().Trim();
        if (word.Length == 0 || word.Length > ConversationRules.OneWordMaxLength)
        {
            return false;
        }

        var letter = false;
        foreach (var c in word)
        {
            if (char.IsWhiteSpace(c))
            {
                return false;
            }

            letter |= char.IsLetter(c);
        }

        return letter;
    }

    private void ForEachTally(string sender, ChatTime time, Action<ParticipantTally> update)
    {
        var tallies = Tallies(sender, time);
        update(tallies.All);
        update(tallies.Week!);
        update(tallies.Month!);
    }

    /// <summary>
    /// A sender's tallies for the whole chat and for the week and month of <paramref name="time"/>: one lookup by
    /// name, and the period tallies are looked up again only when the day changes.
    /// </summary>
    private SenderTallies Tallies(string sender, ChatTime time)
    {
        if (!_senders.TryGetValue(sender, out var tallies))
        {
            tallies = new SenderTallies(Tally(_participants, sender));
            _senders.Add(sender, tallies);
        }

        var day = DateOnly.FromDateTime(time.Local);
        if (day != tallies.Day || tallies.Week is null)
        {
            tallies.Day = day;
            tallies.Week = Tally(_weeks, (WeekOf(time), sender));
            tallies.Month = Tally(_months, (MonthOf(time), sender));
        }

        return tallies;
    }

    private static ParticipantTally Tally<TKey>(Dictionary<TKey, ParticipantTally> tallies, TKey key)
        where TKey : notnull
    {
        if (!tallies.TryGetValue(key, out var tally))
        {
            tally = new ParticipantTally(key is ValueTuple<DateOnly, string> k ? k.Item2 : key.ToString()!);
            tallies.Add(key, tally);
        }

        return tally;
    }

    /// <summary>The Monday of the week of <paramref name="time"/>'s local date (ISO weeks).</summary>
    internal static DateOnly WeekOf(ChatTime time)
    {
        var day = DateOnly.FromDateTime(time.Local);
        var offset = ((int)day.DayOfWeek + 6) % 7;
        return day.AddDays(-offset);
    }

    /// <summary>The first day of the month of <paramref name="time"/>'s local date.</summary>
    internal static DateOnly MonthOf(ChatTime time) => new(time.Local.Year, time.Local.Month, 1);

    private readonly record struct Waiting(ChatMessage Message, LabelSet Labels, string? Partner);

    private sealed class SenderTallies(ParticipantTally all)
    {
        public ParticipantTally All { get; } = all;

        public DateOnly Day { get; set; }

        public ParticipantTally? Week { get; set; }

        public ParticipantTally? Month { get; set; }
    }
}
