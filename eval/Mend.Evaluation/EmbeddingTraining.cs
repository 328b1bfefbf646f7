using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Mend.Analysis.Embeddings;
using Mend.Analysis.Learned;

namespace Mend.Evaluation;

/// <summary>
/// Trains the embedding second opinion on the tune half only. Cross-validation on the tune half, one fold per batch
/// of writers, gives out-of-fold probabilities for the light model, the embedding heads and their average; the
/// thresholds come from those, never from the held-out half.
/// </summary>
public static class EmbeddingTraining
{
    public static EmbeddingHeads Train(IReadOnlyList<Example> tune, EmbeddingCache cache)
    {
        var folds = OpinionThresholds.Folds(tune);
        var embeddings = cache.Get(tune.Select(e => e.Text).ToList());
        var labels = tune.Select(e => e.Labels).ToList();
        var light = new float[tune.Count][];
        var heads = new float[tune.Count][];
        foreach (var fold in folds.Distinct())
        {
            var inFold = Enumerable.Range(0, tune.Count).Where(i => folds[i] != fold).ToList();
            var lightModel = SecondOpinion.Train([.. inFold.Select(i => (tune[i].Text, tune[i].Labels))]);
            var headModel = EmbeddingHeads.Train([.. inFold.Select(i => embeddings[i])], [.. inFold.Select(i => labels[i])]);
            foreach (var i in Enumerable.Range(0, tune.Count).Where(i => folds[i] == fold))
            {
                light[i] = lightModel.Scores(tune[i].Text);
                heads[i] = headModel.Scores(embeddings[i]);
            }
        }

        var combined = Enumerable.Range(0, tune.Count).Select(i => EmbeddingOpinion.Combine(heads[i], light[i])).ToArray();
        Console.WriteLine("Out of fold on the tune half (one fold per batch of writers), each model alone at its own 'with rules' threshold:");
        Console.WriteLine("| model | macro-F1 | macro precision | macro recall | safety recall | negatives flagged |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (name, scores) in new[] { ("hashed words (light)", light), ("MiniLM heads", heads), ("average of both", combined) })
        {
            var (withRules, alone) = OpinionThresholds.Choose(tune, scores);
            Describe(name, tune, scores, withRules, alone);
        }

        var (finalWithRules, finalAlone) = OpinionThresholds.Choose(tune, combined);
        Console.WriteLine("\n| label | with rules | alone |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var label in MessageLabels.All)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {label.Id()} | {finalWithRules[(int)label]:0.00} | {finalAlone[(int)label]:0.00} |"));
        }

        return EmbeddingHeads.Train(embeddings, labels).WithThresholds(finalWithRules, finalAlone);
    }

    private static void Describe(string name, IReadOnlyList<Example> tune, float[][] scores, float[] withRules, float[] alone)
    {
        var f1 = new List<double>();
        var precision = new List<double>();
        var recall = new List<double>();
        double safetyRecall = 0;
        foreach (var label in MessageLabels.All)
        {
            var l = (int)label;
            int tp = 0, fp = 0, fn = 0;
            for (var i = 0; i < tune.Count; i++)
            {
                var got = scores[i][l] >= withRules[l];
                var gold = tune[i].Labels.Contains(label);
                tp += got && gold ? 1 : 0;
                fp += got && !gold ? 1 : 0;
                fn += !got && gold ? 1 : 0;
            }

            var p = Counts.Ratio(tp, tp + fp);
            var r = Counts.Ratio(tp, tp + fn);
            precision.Add(p);
            recall.Add(r);
            f1.Add(p + r == 0 ? 0 : 2 * p * r / (p + r));
            if (label == MessageLabel.SafetyConcern)
            {
                safetyRecall = r;
            }
        }

        var negatives = tune.Where(e => e.IsNegative).ToList();
        var flagged = Enumerable.Range(0, tune.Count).Count(i => tune[i].IsNegative && scores[i].Select((s, l) => s >= alone[l]).Any(b => b));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {f1.Average():0.000} | {precision.Average():0.000} | {recall.Average():0.000} | {safetyRecall:0.000} | {flagged}/{negatives.Count} |"));
    }
}

/// <summary>
/// Sentence embeddings of development-set messages, cached in the temp folder by a hash of the text so that
/// repeated training runs do not re-encode (the encoder manages ≈ 100 messages a second).
/// </summary>
public sealed class EmbeddingCache(MiniLmEncoder encoder)
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "mend-eval-embeddings.bin");

    public float[][] Get(IReadOnlyList<string> texts)
    {
        var known = Read();
        var missing = texts.Where(t => !known.ContainsKey(Key(t))).Distinct().ToList();
        for (var start = 0; start < missing.Count; start += 64)
        {
            var batch = missing.Skip(start).Take(64).ToList();
            var vectors = encoder.Embed(batch);
            for (var i = 0; i < batch.Count; i++)
            {
                known[Key(batch[i])] = vectors[i];
            }
        }

        if (missing.Count > 0)
        {
            Write(known);
        }

        return [.. texts.Select(t => known[Key(t)])];
    }

    private static string Key(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private Dictionary<string, float[]> Read()
    {
        var known = new Dictionary<string, float[]>();
        if (!File.Exists(_path))
        {
            return known;
        }

        using var reader = new BinaryReader(File.OpenRead(_path));
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadString();
            var vector = new float[EmbeddingHeads.Dimensions];
            for (var d = 0; d < vector.Length; d++)
            {
                vector[d] = reader.ReadSingle();
            }

            known[key] = vector;
        }

        return known;
    }

    private void Write(Dictionary<string, float[]> known)
    {
        using var writer = new BinaryWriter(File.Create(_path));
        writer.Write(known.Count);
        foreach (var (key, vector) in known)
        {
            writer.Write(key);
            foreach (var v in vector)
            {
                writer.Write(v);
            }
        }
    }
}
