using Mend.Analysis.Learned;

namespace Mend.Evaluation;

/// <summary>
/// Trains the learned second opinion on the tune half only; each label's thresholds come from cross-validation on
/// the tune half, one fold per batch of writers (<see cref="OpinionThresholds"/>).
/// </summary>
public static class Training
{
    public static SecondOpinion Train(IReadOnlyList<Example> tune)
    {
        var data = tune.Select(e => (e.Text, e.Labels)).ToList();
        var folds = OpinionThresholds.Folds(tune);
        var outOfFold = new float[tune.Count][];
        foreach (var fold in folds.Distinct())
        {
            var model = SecondOpinion.Train([.. data.Where((_, i) => folds[i] != fold)]);
            foreach (var i in Enumerable.Range(0, tune.Count).Where(i => folds[i] == fold))
            {
                outOfFold[i] = model.Scores(tune[i].Text);
            }
        }

        // The rules are near-perfect on the tune half they were written against, so a threshold chosen to improve
        // rules + model there would hardly ever let the model speak. Instead the thresholds are set by how often the
        // model alone is right on batches it did not see.
        var (withRules, alone) = OpinionThresholds.Choose(tune, outOfFold);
        var flagged = Enumerable.Range(0, tune.Count).Count(i => tune[i].IsNegative && outOfFold[i].Where((s, l) => s >= alone[l]).Any());
        Console.WriteLine($"out of fold (one fold per batch of writers): {flagged}/{tune.Count(e => e.IsNegative)} tune hard negatives would get a label from the model alone");
        PrintOutOfFold(tune, outOfFold, withRules, alone);
        if (Environment.GetEnvironmentVariable("MEND_CURVE") is { } curve && MessageLabels.TryParse(curve, out var curveLabel))
        {
            for (var t = 0.05f; t < 1f; t += 0.05f)
            {
                int tp = 0, fp = 0, neg = 0, pos = 0;
                for (var i = 0; i < tune.Count; i++)
                {
                    var gold = tune[i].Labels.Contains(curveLabel);
                    pos += gold ? 1 : 0;
                    if (outOfFold[i][(int)curveLabel] >= t)
                    {
                        tp += gold ? 1 : 0;
                        fp += gold ? 0 : 1;
                        neg += tune[i].IsNegative ? 1 : 0;
                    }
                }

                Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"  {curveLabel.Id()} ≥ {t:0.00}: recall {tp / (double)pos:0.000} precision {tp / (double)Math.Max(1, tp + fp):0.000} hard negatives {neg}"));
            }
        }
        return SecondOpinion.Train(data).WithThresholds(withRules, alone);
    }

    /// <summary>How the model alone does out of fold at its "with rules" thresholds: the figure to compare features by.</summary>
    private static void PrintOutOfFold(IReadOnlyList<Example> tune, float[][] outOfFold, float[] thresholds, float[] alone)
    {
        var f1s = new List<double>();
        var precisions = new List<double>();
        var recalls = new List<double>();
        foreach (var label in MessageLabels.All)
        {
            var l = (int)label;
            var counts = new Counts();
            for (var i = 0; i < tune.Count; i++)
            {
                var gold = tune[i].Labels.Contains(label);
                var got = outOfFold[i][l] >= thresholds[l];
                counts.TruePositives += gold && got ? 1 : 0;
                counts.FalsePositives += !gold && got ? 1 : 0;
                counts.FalseNegatives += gold && !got ? 1 : 0;
            }

            f1s.Add(counts.F1);
            precisions.Add(counts.Precision);
            recalls.Add(counts.Recall);
            Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"  {label.Id(),-15} with rules {thresholds[l]:0.00} alone {alone[l]:0.00}  P {counts.Precision:0.000}  R {counts.Recall:0.000}  F1 {counts.F1:0.000}"));
        }

        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"model alone, out of fold: macro-F1 {f1s.Average():0.000} · macro precision {precisions.Average():0.000} · macro recall {recalls.Average():0.000}"));
    }
}
