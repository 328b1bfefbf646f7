using Mend.Chat;

namespace Mend.Analysis.Conversations;

/// <summary>The defensiveness → stonewalling → outburst cycle (the seed's "interplay between challenges").</summary>
internal sealed partial class ConversationFold
{
    private readonly List<Cycle> _cycles = [];
    private int _cycleCount;
    private KeyMessage? _defensive;
    private KeyMessage? _withdrawal;
    private TimeSpan? _withdrawalSilence;

    /// <summary>
    /// Moves the cycle on by one step at most per message: a defensive message starts it; then a withdrawal (a
    /// stonewalling message, a one-word reply in conflict, or a reply after a long silence); then an outburst
    /// completes it. It starts over when <see cref="ConversationRules.CycleWindow"/> passes from the defensive message.
    /// </summary>
    private void FollowCycle(ChatMessage message, LabelSet labels, TimeSpan? silence, bool oneWord)
    {
        if (_defensive is { } started && message.Time.SortTicks - started.Time.SortTicks > ConversationRules.CycleWindow.Ticks)
        {
            _defensive = null;
            _withdrawal = null;
        }

        if (_defensive is null)
        {
            if (labels.Has(MessageLabel.Defensiveness))
            {
                _defensive = EpisodeTracker.Quote(message, labels);
            }
        }
        else if (_withdrawal is null)
        {
            if (labels.Has(MessageLabel.Stonewalling) || silence is not null || oneWord)
            {
                _withdrawal = EpisodeTracker.Quote(message, labels);
                _withdrawalSilence = silence;
            }
        }
        else if (ConversationRules.IsOutburst(labels))
        {
            _cycleCount++;
            if (_cycles.Count < ConversationRules.MaxCycleExamples)
            {
                _cycles.Add(new Cycle(_defensive, _withdrawal, _withdrawalSilence, EpisodeTracker.Quote(message, labels)));
            }

            _defensive = null;
            _withdrawal = null;
        }
    }
}
