namespace Mend.Analysis.Conversations;

/// <summary>The running counts of one participant, over the whole chat or one period.</summary>
internal sealed class ParticipantTally(string name)
{
    private readonly long[] _labels = new long[MessageLabels.All.Count];

    public string Name { get; } = name;

    public long Messages;
    public long MediaMessages;
    public long Positive;
    public long Negative;
    public long ConflictPositive;
    public long ConflictNegative;
    public long RepairAttempts;
    public long RepairAttemptsAnswered;
    public int EpisodesStarted;
    public int EpisodesRepaired;
    public long Replies;
    public long LongSilences;
    public long OneWordReplies;
    public long UnansweredBids;

    public DurationHistogram TimeToRepair { get; } = new();

    public DurationHistogram ReplyLatency { get; } = new();

    public void Count(LabelSet labels, bool inConflict)
    {
        foreach (var label in labels)
        {
            _labels[(int)label]++;
        }

        if (labels.IsHelpful)
        {
            Positive++;
            ConflictPositive += inConflict ? 1 : 0;
        }

        if (labels.IsHarmful)
        {
            Negative++;
            ConflictNegative += inConflict ? 1 : 0;
        }

        if (labels.IsRepair)
        {
            RepairAttempts++;
        }
    }

    /// <summary>Moves a message counted outside conflict into conflict (an episode opened on it afterwards).</summary>
    public void CountInConflictLate(LabelSet labels)
    {
        ConflictPositive += labels.IsHelpful ? 1 : 0;
        ConflictNegative += labels.IsHarmful ? 1 : 0;
    }

    public ParticipantStats ToStats()
    {
        var labels = new List<LabelCount>();
        for (var i = 0; i < _labels.Length; i++)
        {
            if (_labels[i] > 0)
            {
                labels.Add(new LabelCount((MessageLabel)i, _labels[i]));
            }
        }

        return new ParticipantStats
        {
            Name = Name,
            Messages = Messages,
            MediaMessages = MediaMessages,
            Labels = labels,
            Positive = Positive,
            Negative = Negative,
            ConflictPositive = ConflictPositive,
            ConflictNegative = ConflictNegative,
            RepairAttempts = RepairAttempts,
            RepairAttemptsAnswered = RepairAttemptsAnswered,
            EpisodesStarted = EpisodesStarted,
            EpisodesRepaired = EpisodesRepaired,
            MedianTimeToRepair = TimeToRepair.Median(),
            Replies = Replies,
            MedianReplyLatency = ReplyLatency.Median(),
            LongSilences = LongSilences,
            OneWordReplies = OneWordReplies,
            UnansweredBids = UnansweredBids,
            SafetyConcerns = _labels[(int)MessageLabel.SafetyConcern],
        };
    }
}
