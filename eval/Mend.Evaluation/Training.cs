using Mend.Analysis.Learned;

namespace Mend.Evaluation;

/// <summary>
/// Trains the learned second opinion on the tune half only; each label's threshold comes from five-fold cross
/// validation on the tune half (see below).
/// </summary>
public static class Training
{
    public static SecondOpinion Train(IReadOnlyList<Example> tune)
    {
        var data = tune.Select(e => (e.Text, e.Labels)).ToList();
        var outOfFold = new float[tune.Count][];
        const int Folds = 5;
        for (var fold = 0; fold < Folds; fold++)
        {
            var train = data.Where((_, i) => i % Folds != fold).ToList();
            var model = SecondOpinion.Train(train);
            for (var i = fold; i < tune.Count; i += Folds)
            {
                outOfFold[i] = model.Scores(tune[i].Text);
            }
        }

        // The rules are near-perfect on the tune half they were written against, so a threshold chosen to improve
        // rules + model there would hardly ever let the model speak. Instead each label's threshold is the lowest
        // probability at which the model alone is right at least 90 % of the time on folds it did not see
        // (75 % for safety_concern, where a needless notice costs little and a missed one a great deal).
        var thresholds = new float[MessageLabels.All.Count];
        foreach (var label in MessageLabels.All)
        {
            var l = (int)label;
            var wanted = label == MessageLabel.SafetyConcern ? 0.75 : 0.9;
            thresholds[l] = 1.01f;
            for (var t = 0.5f; t <= 0.99f; t += 0.02f)
            {
                int tp = 0, fp = 0;
                for (var i = 0; i < tune.Count; i++)
                {
                    if (outOfFold[i][l] >= t)
                    {
                        tp += tune[i].Labels.Contains(label) ? 1 : 0;
                        fp += tune[i].Labels.Contains(label) ? 0 : 1;
                    }
                }

                if (tp >= 5 && tp >= wanted * (tp + fp))
                {
                    thresholds[l] = t;
                    break;
                }
            }
        }

        return SecondOpinion.Train(data).WithThresholds(thresholds);
    }
}
