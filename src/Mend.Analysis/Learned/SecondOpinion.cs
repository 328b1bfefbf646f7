using System.Globalization;
using System.Text;

namespace Mend.Analysis.Learned;

/// <summary>
/// A learned second opinion: one logistic model per label over hashed words and word pairs, trained on the tune half
/// of Mend's own development set (<c>mend-eval train</c>). It adds a label the rules did not find when it is
/// confident, and doubts a label the rules found when it finds it very unlikely (never a safety concern), and says
/// so apart from the rules' findings; the rules stay the default and explain themselves.
/// </summary>
public sealed class SecondOpinion
{
    private const string ResourceName = "second-opinion.weights";

    private readonly float[][] _weights;
    private readonly float[] _bias;
    private readonly float[] _thresholds;
    private readonly float[] _alone;

    internal SecondOpinion(float[][] weights, float[] bias, float[] thresholds, float[] alone, float doubtBelow = DefaultDoubtBelow)
    {
        _weights = weights;
        _bias = bias;
        _thresholds = thresholds;
        _alone = alone;
        DoubtBelow = doubtBelow;
    }

    /// <summary>The model shipped in the assembly, or null when none has been trained.</summary>
    public static SecondOpinion? Shipped { get; } = Load();

    /// <summary>The probability the model gives each label for a message, in contract order.</summary>
    public float[] Scores(string text)
    {
        Span<int> features = stackalloc int[Features.MaxFeatures];
        var n = Features.Extract(text, features);
        var scores = new float[_bias.Length];
        for (var l = 0; l < scores.Length; l++)
        {
            var z = _bias[l];
            var w = _weights[l];
            foreach (var f in features[..n])
            {
                z += w[f];
            }

            scores[l] = 1f / (1f + MathF.Exp(-z));
        }

        return scores;
    }

    /// <summary>
    /// The labels the model is confident of that the rules did not report in <paramref name="result"/>. When the rules
    /// found nothing at all, a label needs the higher "alone" threshold: a false alarm on an everyday message costs most.
    /// </summary>
    public IReadOnlyList<(MessageLabel Label, float Confidence)> Confident(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var scores = Scores(result.Text);
        var thresholds = result.Labels.Count == 0 ? _alone : _thresholds;
        var added = new List<(MessageLabel, float)>();
        for (var l = 0; l < scores.Length; l++)
        {
            if (scores[l] >= thresholds[l] && !result.Has((MessageLabel)l))
            {
                added.Add(((MessageLabel)l, scores[l]));
            }
        }

        return added;
    }

    /// <summary>
    /// The probability below which a model doubts a label the rules reported, unless its weights file says otherwise.
    /// Chosen on batches of writers measured before any rule was tuned on them (docs/accuracy.md).
    /// </summary>
    public const float DefaultDoubtBelow = 0.02f;

    /// <summary>Below this probability the model doubts a label the rules reported (<see cref="Doubted"/>).</summary>
    public float DoubtBelow { get; }

    /// <summary>
    /// The labels the rules reported in <paramref name="result"/> that the model finds very unlikely (below
    /// <see cref="DoubtBelow"/>), with the probability it gives them. Never <c>safety_concern</c>: a safety concern the
    /// rules found always stands.
    /// </summary>
    public IReadOnlyList<(MessageLabel Label, float Confidence)> Doubted(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Labels.Count == 0)
        {
            return [];
        }

        var scores = Scores(result.Text);
        var doubted = new List<(MessageLabel, float)>();
        foreach (var label in result.Labels)
        {
            if (label != MessageLabel.SafetyConcern && scores[(int)label] < DoubtBelow)
            {
                doubted.Add((label, scores[(int)label]));
            }
        }

        return doubted;
    }

    /// <summary>The labels the model is confident of for a message (its per-label "with rules" threshold met).</summary>
    public IEnumerable<(MessageLabel Label, float Score)> Confident(string text)
    {
        var scores = Scores(text);
        for (var l = 0; l < scores.Length; l++)
        {
            if (scores[l] >= _thresholds[l])
            {
                yield return ((MessageLabel)l, scores[l]);
            }
        }
    }

    /// <summary>Trains a model: per label, logistic regression by stochastic gradient descent with L2, fixed seed.</summary>
    public static SecondOpinion Train(IReadOnlyList<(string Text, IReadOnlySet<MessageLabel> Labels)> examples, int epochs = 12, float rate = 0.2f, float l2 = 1e-5f)
    {
        var labels = MessageLabels.All.Count;
        var weights = new float[labels][];
        var bias = new float[labels];
        for (var l = 0; l < labels; l++)
        {
            weights[l] = new float[Features.Buckets];
        }

        var featureSets = examples.Select(e =>
        {
            var buffer = new int[Features.MaxFeatures];
            var n = Features.Extract(e.Text, buffer);
            return buffer[..n];
        }).ToArray();
        var random = new Random(20261127);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var features = featureSets[i];
                for (var l = 0; l < labels; l++)
                {
                    var w = weights[l];
                    var z = bias[l];
                    foreach (var f in features)
                    {
                        z += w[f];
                    }

                    var p = 1f / (1f + MathF.Exp(-z));
                    var gradient = (examples[i].Labels.Contains((MessageLabel)l) ? 1f : 0f) - p;
                    bias[l] += rate * gradient;
                    foreach (var f in features)
                    {
                        w[f] += rate * (gradient - (l2 * w[f]));
                    }
                }
            }
        }

        return new SecondOpinion(weights, bias, [.. Enumerable.Repeat(0.9f, labels)], [.. Enumerable.Repeat(0.9f, labels)]);
    }

    /// <summary>
    /// Sets each label's thresholds (probability at which the model speaks): when the rules found other labels, and
    /// when they found nothing.
    /// </summary>
    public SecondOpinion WithThresholds(float[] withRules, float[] alone) => new(_weights, _bias, withRules, alone, DoubtBelow);

    /// <summary>The same model with another probability below which it doubts a rules label.</summary>
    public SecondOpinion WithDoubt(float doubtBelow) => new(_weights, _bias, _thresholds, _alone, doubtBelow);

    /// <summary>Writes the model as text: thresholds, biases, then the non-negligible weights of each label.</summary>
    public void Save(TextWriter writer, float keep = 0.01f)
    {
        writer.WriteLine("# Mend second opinion: logistic models over hashed words and word pairs. Generated by mend-eval train.");
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"doubt {DoubtBelow:R}"));
        for (var l = 0; l < _bias.Length; l++)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"label {((MessageLabel)l).Id()} {_bias[l]:R} {_thresholds[l]:R} {_alone[l]:R}"));
            for (var f = 0; f < Features.Buckets; f++)
            {
                if (MathF.Abs(_weights[l][f]) >= keep)
                {
                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{f} {_weights[l][f]:0.####}"));
                }
            }
        }
    }

    private static SecondOpinion? Load()
    {
        using var stream = typeof(SecondOpinion).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Read(reader);
    }

    /// <summary>Reads a model written by <see cref="Save"/>; null when it lacks a label.</summary>
    public static SecondOpinion? Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var labels = MessageLabels.All.Count;
        var weights = new float[labels][];
        var bias = new float[labels];
        var thresholds = new float[labels];
        var alone = new float[labels];
        var current = -1;
        var doubt = DefaultDoubtBelow;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (char.IsAsciiDigit(line[0]))
            {
                // The common line, "bucket weight": parsed from spans, since a model has hundreds of thousands of them.
                var span = line.AsSpan();
                var space = span.IndexOf(' ');
                weights[current][int.Parse(span[..space], CultureInfo.InvariantCulture)] = float.Parse(span[(space + 1)..], CultureInfo.InvariantCulture);
                continue;
            }

            var parts = line.Split(' ');
            if (parts[0] == "doubt")
            {
                doubt = float.Parse(parts[1], CultureInfo.InvariantCulture);
            }
            else if (parts[0] == "label")
            {
                if (!MessageLabels.TryParse(parts[1], out var label))
                {
                    throw new FormatException($"{ResourceName}: unknown label '{parts[1]}'.");
                }

                current = (int)label;
                weights[current] = new float[Features.Buckets];
                bias[current] = float.Parse(parts[2], CultureInfo.InvariantCulture);
                thresholds[current] = float.Parse(parts[3], CultureInfo.InvariantCulture);
                alone[current] = parts.Length > 4 ? float.Parse(parts[4], CultureInfo.InvariantCulture) : thresholds[current];
            }
            else
            {
                throw new FormatException($"{ResourceName}: unexpected line '{line}'.");
            }
        }

        return weights.All(w => w is not null) ? new SecondOpinion(weights, bias, thresholds, alone, doubt) : null;
    }
}
