using System.Globalization;

namespace Mend.Analysis.Embeddings;

/// <summary>
/// One logistic model per label over a message's sentence embedding (all-MiniLM-L6-v2, 384 numbers), standardised
/// per dimension. Each label has two thresholds: one for a message in which the rules found something, and a
/// higher one for a message the rules left empty, where a false alarm costs most. Trained deterministically.
/// </summary>
public sealed class EmbeddingHeads
{
    /// <summary>The length of an all-MiniLM-L6-v2 sentence embedding.</summary>
    public const int Dimensions = 384;

    private readonly float[] _mean;
    private readonly float[] _scale;
    private readonly float[][] _weights;
    private readonly float[] _bias;

    private EmbeddingHeads(float[] mean, float[] scale, float[][] weights, float[] bias, float[] withRules, float[] alone)
    {
        _mean = mean;
        _scale = scale;
        _weights = weights;
        _bias = bias;
        WithRules = withRules;
        Alone = alone;
    }

    /// <summary>Per label (contract order): the probability at which the model speaks when the rules found other labels.</summary>
    public IReadOnlyList<float> WithRules { get; }

    /// <summary>Per label (contract order): the probability at which the model speaks when the rules found nothing.</summary>
    public IReadOnlyList<float> Alone { get; }

    /// <summary>The probability of each label (contract order) for one embedding.</summary>
    public float[] Scores(ReadOnlySpan<float> embedding)
    {
        if (embedding.Length != Dimensions)
        {
            throw new ArgumentException($"An embedding has {Dimensions} numbers, not {embedding.Length}.", nameof(embedding));
        }

        Span<float> x = stackalloc float[Dimensions];
        Standardise(embedding, x);
        var scores = new float[_bias.Length];
        for (var l = 0; l < scores.Length; l++)
        {
            scores[l] = Sigmoid(_bias[l] + Dot(_weights[l], x));
        }

        return scores;
    }

    /// <summary>The same heads with new thresholds.</summary>
    public EmbeddingHeads WithThresholds(float[] withRules, float[] alone) => new(_mean, _scale, _weights, _bias, withRules, alone);

    /// <summary>
    /// Trains the heads: per label, L2-regularised logistic regression by full-batch gradient descent with momentum
    /// on standardised embeddings. No randomness, so the same examples always give the same heads.
    /// </summary>
    public static EmbeddingHeads Train(IReadOnlyList<float[]> embeddings, IReadOnlyList<IReadOnlySet<MessageLabel>> labels, float l2 = 0.01f, int iterations = 400, float rate = 0.5f)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        ArgumentNullException.ThrowIfNull(labels);
        var n = embeddings.Count;
        var mean = new float[Dimensions];
        var scale = new float[Dimensions];
        foreach (var e in embeddings)
        {
            for (var d = 0; d < Dimensions; d++)
            {
                mean[d] += e[d] / n;
            }
        }

        foreach (var e in embeddings)
        {
            for (var d = 0; d < Dimensions; d++)
            {
                scale[d] += (e[d] - mean[d]) * (e[d] - mean[d]) / n;
            }
        }

        for (var d = 0; d < Dimensions; d++)
        {
            scale[d] = 1f / MathF.Sqrt(scale[d] + 1e-8f);
        }

        var x = new float[n][];
        for (var i = 0; i < n; i++)
        {
            x[i] = new float[Dimensions];
            Standardise(embeddings[i], x[i], mean, scale);
        }

        var count = MessageLabels.All.Count;
        var weights = new float[count][];
        var bias = new float[count];
        var gradient = new float[Dimensions];
        var velocity = new float[Dimensions + 1];
        for (var l = 0; l < count; l++)
        {
            var label = (MessageLabel)l;
            var w = weights[l] = new float[Dimensions];
            Array.Clear(velocity);
            for (var step = 0; step < iterations; step++)
            {
                Array.Clear(gradient);
                var gradientBias = 0f;
                for (var i = 0; i < n; i++)
                {
                    var error = Sigmoid(bias[l] + Dot(w, x[i])) - (labels[i].Contains(label) ? 1f : 0f);
                    gradientBias += error;
                    var xi = x[i];
                    for (var d = 0; d < Dimensions; d++)
                    {
                        gradient[d] += error * xi[d];
                    }
                }

                for (var d = 0; d < Dimensions; d++)
                {
                    velocity[d] = (0.9f * velocity[d]) - (rate * ((gradient[d] / n) + (l2 * w[d])));
                    w[d] += velocity[d];
                }

                velocity[Dimensions] = (0.9f * velocity[Dimensions]) - (rate * gradientBias / n);
                bias[l] += velocity[Dimensions];
            }
        }

        var never = Enumerable.Repeat(1.01f, count).ToArray();
        return new EmbeddingHeads(mean, scale, weights, bias, never, never);
    }

    /// <summary>Writes the heads as text: standardisation, then per label its bias, thresholds and weights.</summary>
    public void Save(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine("# Mend embedding second opinion: logistic heads over all-MiniLM-L6-v2 embeddings. Generated by mend-eval --train-embeddings.");
        writer.WriteLine("mean " + Join(_mean));
        writer.WriteLine("scale " + Join(_scale));
        for (var l = 0; l < _bias.Length; l++)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"label {((MessageLabel)l).Id()} {_bias[l]:R} {WithRules[l]:R} {Alone[l]:R}"));
            writer.WriteLine(Join(_weights[l]));
        }
    }

    /// <summary>Reads heads written by <see cref="Save"/>.</summary>
    public static EmbeddingHeads Load(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        float[]? mean = null, scale = null;
        var count = MessageLabels.All.Count;
        var weights = new float[count][];
        var bias = new float[count];
        var withRules = new float[count];
        var alone = new float[count];
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split(' ');
            switch (parts[0])
            {
                case "mean":
                    mean = Parse(parts.AsSpan(1));
                    break;
                case "scale":
                    scale = Parse(parts.AsSpan(1));
                    break;
                case "label":
                    if (!MessageLabels.TryParse(parts[1], out var label))
                    {
                        throw new FormatException($"Embedding heads: unknown label '{parts[1]}'.");
                    }

                    var l = (int)label;
                    bias[l] = float.Parse(parts[2], CultureInfo.InvariantCulture);
                    withRules[l] = float.Parse(parts[3], CultureInfo.InvariantCulture);
                    alone[l] = float.Parse(parts[4], CultureInfo.InvariantCulture);
                    weights[l] = Parse(reader.ReadLine()?.Split(' ') ?? throw new FormatException($"Embedding heads: no weights for '{parts[1]}'."));
                    break;
                default:
                    throw new FormatException($"Embedding heads: unexpected line starting '{parts[0]}'.");
            }
        }

        if (mean is not { Length: Dimensions } || scale is not { Length: Dimensions } || weights.Any(w => w is not { Length: Dimensions }))
        {
            throw new FormatException("Embedding heads: incomplete file.");
        }

        return new EmbeddingHeads(mean, scale, weights, bias, withRules, alone);
    }

    private void Standardise(ReadOnlySpan<float> embedding, Span<float> x) => Standardise(embedding, x, _mean, _scale);

    private static void Standardise(ReadOnlySpan<float> embedding, Span<float> x, float[] mean, float[] scale)
    {
        for (var d = 0; d < Dimensions; d++)
        {
            x[d] = (embedding[d] - mean[d]) * scale[d];
        }
    }

    private static float Dot(float[] w, ReadOnlySpan<float> x)
    {
        var sum = 0f;
        for (var d = 0; d < w.Length; d++)
        {
            sum += w[d] * x[d];
        }

        return sum;
    }

    private static float Sigmoid(float z) => 1f / (1f + MathF.Exp(-z));

    private static string Join(float[] values) => string.Join(' ', values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));

    private static float[] Parse(ReadOnlySpan<string> parts)
    {
        var values = new float[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            values[i] = float.Parse(parts[i], CultureInfo.InvariantCulture);
        }

        return values;
    }
}
