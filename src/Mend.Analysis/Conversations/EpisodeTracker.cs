using Mend.Chat;

namespace Mend.Analysis.Conversations;

/// <summary>
/// Finds rupture episodes in a stream of labelled messages: opens one on a cluster of harmful messages (or when
/// told of an unanswered bid), follows it, and closes it as repaired, faded, or (at the end) open. Holds only the
/// last harmful message and the open episode.
/// </summary>
internal sealed class EpisodeTracker
{
    private readonly List<Episode> _episodes = [];
    private (ChatMessage Message, LabelSet Labels)? _lastHarmful;
    private Open? _open;

    /// <summary>Called when an episode opens: who started it and when.</summary>
    public Action<string, ChatTime>? Started { get; init; }

    /// <summary>Called when an episode is repaired: by whom, when, and how long after its start.</summary>
    public Action<string, ChatTime, TimeSpan>? Repaired { get; init; }

    /// <summary>Called when an episode opened on a message already counted outside conflict.</summary>
    public Action<KeyMessage>? CountedLate { get; init; }

    public bool IsOpen => _open is not null;

    public int Count { get; private set; }

    public int RepairedCount { get; private set; }

    public int FadedCount { get; private set; }

    public IReadOnlyList<Episode> Episodes => _episodes;

    /// <summary>Opens an episode at a bid no one answered, unless one is open already.</summary>
    public void OpenOnUnansweredBid(KeyMessage bid, string partner)
    {
        if (_open is null)
        {
            Begin(new Open(bid.Time, partner, EpisodeTrigger.UnansweredBid, bid.Labels), bid);
        }
    }

    /// <summary>Follows one participant message; returns true when it belongs to an episode.</summary>
    public bool Add(ChatMessage message, LabelSet labels)
    {
        var time = message.Time;
        if (_open is { } fading && fading.LastHarmful.SortTicks + ConversationRules.FadeAfter.Ticks < time.SortTicks)
        {
            Close(fading, EpisodeOutcome.Faded, fading.LastHarmful);
        }

        if (_open is null)
        {
            if (!labels.IsHarmful)
            {
                return false;
            }

            if (_lastHarmful is { } last && time.SortTicks - last.Message.Time.SortTicks <= ConversationRules.ClusterWindow.Ticks)
            {
                var previous = Quote(last.Message, last.Labels);
                CountedLate?.Invoke(previous);
                Begin(new Open(previous.Time, previous.Sender, EpisodeTrigger.HarmfulCluster, previous.Labels), previous);
                Follow(_open!, message, labels, null);
                return true;
            }

            _lastHarmful = (message, labels);
            return false;
        }

        Follow(_open, message, labels, null);
        return true;
    }

    /// <summary>Ends the stream: an episode still going is open, or faded if its last harm is long past.</summary>
    public void Finish(ChatTime last)
    {
        if (_open is { } open)
        {
            var faded = open.LastHarmful.SortTicks + ConversationRules.FadeAfter.Ticks < last.SortTicks;
            Close(open, faded ? EpisodeOutcome.Faded : EpisodeOutcome.Open, faded ? open.LastHarmful : open.LastTime);
        }
    }

    private void Begin(Open open, KeyMessage first)
    {
        _open = open;
        open.Keys.Add(first);
        open.Messages = 1;
        _lastHarmful = null;
        Started?.Invoke(open.StartedBy, open.Start);
    }

    private void Follow(Open open, ChatMessage message, LabelSet labels, KeyMessage? quoted)
    {
        open.Messages++;
        open.LastTime = message.Time;
        var newLabels = labels.Union(open.Labels) != open.Labels;
        open.Labels = open.Labels.Union(labels);
        if (labels.IsHarmful)
        {
            open.LastHarmful = message.Time;
            open.Repair = null;
            open.Calm = 0;
            if ((newLabels || open.Keys.Count < 2) && open.Keys.Count < ConversationRules.KeyMessagesPerEpisode - 1)
            {
                open.Keys.Add(quoted ?? Quote(message, labels));
            }

            return;
        }

        if (open.Repair is null && labels.IsRepair)
        {
            open.Repair = Quote(message, labels);
        }

        if (open.Repair is { } repair && ++open.Calm >= ConversationRules.RecoveryMessages)
        {
            var timeToRepair = TimeSpan.FromTicks(repair.Time.SortTicks - open.Start.SortTicks);
            Close(open, EpisodeOutcome.Repaired, message.Time, repair.Sender, timeToRepair);
            Repaired?.Invoke(repair.Sender, repair.Time, timeToRepair);
        }
    }

    private void Close(Open open, EpisodeOutcome outcome, ChatTime end, string? repairedBy = null, TimeSpan? timeToRepair = null)
    {
        _open = null;
        Count++;
        RepairedCount += outcome == EpisodeOutcome.Repaired ? 1 : 0;
        FadedCount += outcome == EpisodeOutcome.Faded ? 1 : 0;
        if (open.Repair is { } repair)
        {
            open.Keys.Add(repair);
        }

        if (_episodes.Count < ConversationRules.MaxEpisodes)
        {
            _episodes.Add(new Episode
            {
                Start = open.Start,
                End = end,
                StartedBy = open.StartedBy,
                Trigger = open.Trigger,
                Outcome = outcome,
                RepairedBy = repairedBy,
                TimeToRepair = timeToRepair,
                Messages = open.Messages,
                Labels = open.Labels,
                KeyMessages = open.Keys,
            });
        }
    }

    /// <summary>A message as quoted in a report, its text cut to <see cref="ConversationRules.MaxQuoteLength"/>.</summary>
    public static KeyMessage Quote(ChatMessage message, LabelSet labels)
    {
        var text = message.Text.Length <= ConversationRules.MaxQuoteLength
            ? message.Text
            : string.Concat(message.Text.AsSpan(0, ConversationRules.MaxQuoteLength - 1).TrimEnd(), "…");
        return new KeyMessage(message.Time, message.Sender, text, labels, message.Line);
    }

    private sealed class Open(ChatTime start, string startedBy, EpisodeTrigger trigger, LabelSet labels)
    {
        public ChatTime Start { get; } = start;

        public string StartedBy { get; } = startedBy;

        public EpisodeTrigger Trigger { get; } = trigger;

        public LabelSet Labels { get; set; } = labels;

        public List<KeyMessage> Keys { get; } = [];

        public long Messages { get; set; }

        public ChatTime LastTime { get; set; } = start;

        public ChatTime LastHarmful { get; set; } = start;

        public KeyMessage? Repair { get; set; }

        public int Calm { get; set; }
    }
}
