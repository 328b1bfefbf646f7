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
        if (Environment.GetEnvironmentVariable("MEND_SAFETY_GRID") is { } range)
        {
            SafetyGrid(tune, outOfFold, withRules, alone, range);
        }

        return SecondOpinion.Train(data).WithThresholds(withRules, alone);
    }

    /// <summary>
    /// How the rules and the out-of-fold model would do together on batches no rule was tuned on
    /// (<c>MEND_SAFETY_GRID=FIRST-LAST</c>, extra batch numbers), for a grid of safety_concern thresholds: safety
    /// precision, recall and F2 (recall weighted four times precision), and false alarms on the hard negatives.
    /// </summary>
    private static void SafetyGrid(IReadOnlyList<Example> tune, float[][] outOfFold, float[] withRules, float[] alone, string range)
    {
        var bounds = range.Split('-').Select(x => int.Parse(x, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var rows = Enumerable.Range(0, tune.Count).Where(i =>
        {
            var file = tune[i].File;
            var dash = file.IndexOf('-', StringComparison.Ordinal);
            return file.StartsWith("extra", StringComparison.Ordinal) && dash > 5
                && int.TryParse(file[5..dash], out var n) && n >= bounds[0] && n <= bounds[1];
        }).ToList();
        var results = rows.ToDictionary(i => i, i => Mend.Analysis.AnalysisPipeline.Default.Analyze(tune[i].Text).Labels);
        var safety = (int)MessageLabel.SafetyConcern;
        Console.WriteLine($"safety grid on extra{bounds[0]}–{bounds[1]} ({rows.Count} messages, rules + out-of-fold model, minus doubts):");
        foreach (var w in new[] { 0.02f, 0.05f, 0.1f, 0.2f, 0.3f })
        {
            foreach (var a in new[] { 0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f })
            {
                int tp = 0, fp = 0, fn = 0, negatives = 0, alarms = 0;
                foreach (var i in rows)
                {
                    var rules = results[i];
                    var scores = outOfFold[i];
                    var thresholds = rules.Count == 0 ? alone : withRules;
                    var predicted = new HashSet<MessageLabel>(rules.Where(l => l == MessageLabel.SafetyConcern || scores[(int)l] >= SecondOpinion.DefaultDoubtBelow));
                    for (var l = 0; l < scores.Length; l++)
                    {
                        var t = l == safety ? (rules.Count == 0 ? a : w) : thresholds[l];
                        if (scores[l] >= t)
                        {
                            predicted.Add((MessageLabel)l);
                        }
                    }

                    var gold = tune[i].Labels.Contains(MessageLabel.SafetyConcern);
                    var got = predicted.Contains(MessageLabel.SafetyConcern);
                    tp += gold && got ? 1 : 0;
                    fp += !gold && got ? 1 : 0;
                    fn += gold && !got ? 1 : 0;
                    if (tune[i].IsNegative)
                    {
                        negatives++;
                        alarms += predicted.Count > 0 ? 1 : 0;
                    }
                }

                var precision = Counts.Ratio(tp, tp + fp);
                var recall = Counts.Ratio(tp, tp + fn);
                var f2 = precision + recall == 0 ? 0 : 5 * precision * recall / ((4 * precision) + recall);
                Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"  with rules {w:0.00} alone {a:0.00}: safety P {precision:0.000} R {recall:0.000} F2 {f2:0.000} · false alarms {alarms}/{negatives} ({Counts.Ratio(alarms, negatives):P1})"));
            }
        }
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
