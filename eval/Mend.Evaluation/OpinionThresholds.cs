namespace Mend.Evaluation;

/// <summary>
/// How a second opinion's thresholds are chosen from out-of-fold probabilities on the tune half. The folds are the
/// batches of writers (the first tune rows, then each extra batch), so a fold's messages are worded by people the
/// model was not trained on: closer to the held-out half than folds that mix every batch.
/// </summary>
public static class OpinionThresholds
{
    /// <summary>The fold of each tune example: its batch of writers (the file name before the first '-').</summary>
    public static int[] Folds(IReadOnlyList<Example> tune)
    {
        var batches = tune.Select(e => e.File.Contains('-', StringComparison.Ordinal) ? e.File[..e.File.IndexOf('-', StringComparison.Ordinal)] : "first")
            .ToList();
        var ids = batches.Distinct().Order(StringComparer.Ordinal).Select((b, i) => (b, i)).ToDictionary(x => x.b, x => x.i);
        return [.. batches.Select(b => ids[b])];
    }

    /// <summary>
    /// The "alone" threshold of safety_concern, chosen once on four tune batches that neither the rules nor the model
    /// had seen (extra27–30, docs/accuracy.md): of the values tried (the earlier rule, 0.5, 0.3, 0.2) it gave the best
    /// macro-F1 and lifted safety recall from 0.75 to 0.86 for two more false alarms in 480 hard negatives.
    /// </summary>
    public const float SafetyAlone = 0.5f;

    /// <summary>
    /// Per label: "with rules" (the rules found other labels in the message) is the lowest probability at which the
    /// model alone was right at least 90 % of the time out of fold (75 % for safety_concern, where a needless notice
    /// costs little and a missed one a great deal). "Alone" (the rules found nothing) needs 95 % and, for a harmful
    /// label, no tune hard negative at or above it (at most one for a helpful label); safety_concern speaks alone at
    /// <see cref="SafetyAlone"/>.
    /// </summary>
    public static (float[] WithRules, float[] Alone) Choose(IReadOnlyList<Example> tune, float[][] scores)
    {
        var count = MessageLabels.All.Count;
        var withRules = new float[count];
        var alone = new float[count];
        foreach (var label in MessageLabels.All)
        {
            var l = (int)label;
            var safety = label == MessageLabel.SafetyConcern;
            withRules[l] = Lowest(tune, scores, label, safety ? 0.75 : 0.9, negativesAllowed: int.MaxValue);
            // Safety first: a needless safety notice costs little and a missed one a great deal, so safety_concern
            // speaks alone at a moderate probability. Every other label must be very confident.
            alone[l] = safety
                ? Math.Max(withRules[l], SafetyAlone)
                : Math.Max(withRules[l], Lowest(tune, scores, label, 0.95, negativesAllowed: label.IsHarmful() ? 0 : 1));
        }

        return (withRules, alone);
    }

    private static float Lowest(IReadOnlyList<Example> tune, float[][] scores, MessageLabel label, double precision, int negativesAllowed)
    {
        var l = (int)label;
        for (var step = 0; step <= 79; step++)
        {
            var t = 0.2f + (0.01f * step);
            int tp = 0, fp = 0, negatives = 0;
            for (var i = 0; i < tune.Count; i++)
            {
                if (scores[i][l] >= t)
                {
                    if (tune[i].Labels.Contains(label))
                    {
                        tp++;
                    }
                    else
                    {
                        fp++;
                        negatives += tune[i].IsNegative ? 1 : 0;
                    }
                }
            }

            if (tp >= 5 && tp >= precision * (tp + fp) && negatives <= negativesAllowed)
            {
                return t;
            }
        }

        return 1.01f;
    }
}
