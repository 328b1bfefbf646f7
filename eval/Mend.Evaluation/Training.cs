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
        return SecondOpinion.Train(data).WithThresholds(withRules, alone);
    }
}
