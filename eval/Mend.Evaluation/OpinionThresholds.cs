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
    /// The thresholds of safety_concern, chosen once on six tune batches that neither the rules nor the model had seen
    /// (extra43–48, docs/accuracy.md), by a rule fixed before they were measured: the highest safety recall whose false
    /// alarms on those batches' hard negatives stay within one point of the earlier setting (0.2 with rules, 0.5
    /// alone). It lifted their safety recall from 0.761 to 0.829 for eight more false alarms in 910 hard negatives.
    /// </summary>
    public const float SafetyWithRules = 0.05f;

    /// <summary>The "alone" threshold of safety_concern (the rules found nothing), chosen with <see cref="SafetyWithRules"/>.</summary>
    public const float SafetyAlone = 0.2f;

    /// <summary>
    /// Per label: "with rules" (the rules found other labels in the message) is the lowest probability at which the
    /// model alone was right at least 90 % of the time out of fold. "Alone" (the rules found nothing) needs 95 % and,
    /// for a harmful label, no tune hard negative at or above it (at most one for a helpful label). safety_concern,
    /// where a needless notice costs little and a missed one a great deal, speaks at <see cref="SafetyWithRules"/> and
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
            if (label == MessageLabel.SafetyConcern)
            {
                // Safety first: a needless safety notice costs little and a missed one a great deal.
                withRules[l] = SafetyWithRules;
                alone[l] = SafetyAlone;
                continue;
            }

            withRules[l] = Lowest(tune, scores, label, 0.9, negativesAllowed: int.MaxValue);
            alone[l] = Math.Max(withRules[l], Lowest(tune, scores, label, 0.95, negativesAllowed: label.IsHarmful() ? 0 : 1));
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
