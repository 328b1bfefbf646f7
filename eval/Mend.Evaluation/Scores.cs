using Mend.Analysis;
using Mend.Analysis.Learned;

namespace Mend.Evaluation;

/// <summary>Counts of true and false positives and negatives for one label.</summary>
public sealed class Counts
{
    public int TruePositives { get; set; }
    public int FalsePositives { get; set; }
    public int FalseNegatives { get; set; }

    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public int Support => TruePositives + FalseNegatives;

    public static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}

/// <summary>Per-label and overall scores of the engine on a set of examples.</summary>
public sealed class Scores
{
    public Dictionary<MessageLabel, Counts> PerLabel { get; } = MessageLabels.All.ToDictionary(l => l, _ => new Counts());
    public int Negatives { get; private set; }
    public int FalseAlarms { get; private set; }
    public List<(Example Example, IReadOnlyList<MessageLabel> Predicted)> Errors { get; } = [];

    /// <summary>Scores the rules, with what <paramref name="opinion"/> adds and without what it doubts.</summary>
    public static Scores Of(IEnumerable<Example> examples, AnalysisPipeline pipeline, SecondOpinion? opinion) =>
        Of(examples, pipeline, opinion is null ? null : (_, result) => opinion.Confident(result).Select(c => c.Label),
            opinion is null ? null : (_, result) => opinion.Doubted(result).Select(c => c.Label));

    /// <summary>
    /// Scores the rules, plus whatever labels <paramref name="extra"/> adds and minus whatever <paramref name="doubted"/>
    /// sets aside, given the rules' result.
    /// </summary>
    public static Scores Of(IEnumerable<Example> examples, AnalysisPipeline pipeline, Func<Example, AnalysisResult, IEnumerable<MessageLabel>>? extra, Func<Example, AnalysisResult, IEnumerable<MessageLabel>>? doubted = null)
    {
        var scores = new Scores();
        foreach (var example in examples)
        {
            var result = pipeline.Analyze(example.Text);
            IReadOnlyList<MessageLabel> predicted = result.Labels;
            if (extra is not null)
            {
                predicted = [.. predicted.Union(extra(example, result)).Order()];
            }

            if (doubted is not null)
            {
                predicted = [.. predicted.Except(doubted(example, result))];
            }

            var wrong = false;
            foreach (var label in MessageLabels.All)
            {
                var gold = example.Labels.Contains(label);
                var got = predicted.Contains(label);
                var counts = scores.PerLabel[label];
                if (gold && got)
                {
                    counts.TruePositives++;
                }
                else if (got)
                {
                    counts.FalsePositives++;
                    wrong = true;
                }
                else if (gold)
                {
                    counts.FalseNegatives++;
                    wrong = true;
                }
            }

            if (example.IsNegative)
            {
                scores.Negatives++;
                if (predicted.Count > 0)
                {
                    scores.FalseAlarms++;
                }
            }

            if (wrong)
            {
                scores.Errors.Add((example, predicted));
            }
        }

        return scores;
    }

    public double MacroF1 => PerLabel.Values.Where(c => c.Support > 0).Average(c => c.F1);

    public double MicroF1
    {
        get
        {
            var tp = PerLabel.Values.Sum(c => c.TruePositives);
            var fp = PerLabel.Values.Sum(c => c.FalsePositives);
            var fn = PerLabel.Values.Sum(c => c.FalseNegatives);
            var p = Counts.Ratio(tp, tp + fp);
            var r = Counts.Ratio(tp, tp + fn);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public double FalseAlarmRate => Counts.Ratio(FalseAlarms, Negatives);
}
