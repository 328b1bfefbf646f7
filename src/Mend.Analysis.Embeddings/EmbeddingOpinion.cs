using Mend.Analysis.Learned;

namespace Mend.Analysis.Embeddings;

/// <summary>
/// Mend's heavier second opinion: the message's all-MiniLM-L6-v2 sentence embedding read by logistic heads, averaged
/// with the light hashed-word model (<see cref="SecondOpinion"/>). Like the light one it only adds labels the rules
/// did not find, names no words and offers no wording. Loading takes seconds and each message tens of
/// milliseconds: it is for single messages, not whole histories. Not thread-safe; dispose it when done.
/// </summary>
public sealed class EmbeddingOpinion : IDisposable
{
    private const string ResourceName = "embedding-heads.weights";

    private readonly MiniLmEncoder _encoder;
    private readonly SecondOpinion? _light;

    /// <summary>Loads the encoder and the given heads; <paramref name="light"/> is averaged in when given.</summary>
    public EmbeddingOpinion(EmbeddingHeads heads, SecondOpinion? light)
    {
        Heads = heads ?? throw new ArgumentNullException(nameof(heads));
        _light = light;
        _encoder = new MiniLmEncoder();
    }

    /// <summary>The heads this opinion reads embeddings with.</summary>
    public EmbeddingHeads Heads { get; }

    /// <summary>The heads shipped in this assembly, or null when none have been trained.</summary>
    public static EmbeddingHeads? ShippedHeads { get; } = LoadHeads();

    /// <summary>The shipped opinion (shipped heads averaged with the shipped light model), or null when none is shipped.</summary>
    public static EmbeddingOpinion? LoadShipped() => ShippedHeads is { } heads ? new EmbeddingOpinion(heads, SecondOpinion.Shipped) : null;

    /// <summary>The probability of each label (contract order) for a text: embedding heads averaged with the light model.</summary>
    public float[] Scores(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Combine(Heads.Scores(_encoder.Embed([text])[0]), _light?.Scores(text));
    }

    /// <summary>Averages the embedding heads' and the light model's probabilities (the heads alone when no light model).</summary>
    public static float[] Combine(float[] heads, float[]? light)
    {
        ArgumentNullException.ThrowIfNull(heads);
        if (light is null)
        {
            return heads;
        }

        var combined = new float[heads.Length];
        for (var l = 0; l < heads.Length; l++)
        {
            combined[l] = (heads[l] + light[l]) / 2;
        }

        return combined;
    }

    /// <summary>
    /// The labels the model is confident of that the rules did not report, with its confidence. A message the rules
    /// left empty needs the higher, "alone" threshold.
    /// </summary>
    public IReadOnlyList<(MessageLabel Label, float Confidence)> Opinion(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Confident(result.Labels, Scores(result.Text), Heads);
    }

    /// <summary>The labels not in <paramref name="found"/> whose score meets the threshold that applies.</summary>
    public static IReadOnlyList<(MessageLabel Label, float Confidence)> Confident(IReadOnlyList<MessageLabel> found, float[] scores, EmbeddingHeads heads)
    {
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(heads);
        var thresholds = found.Count == 0 ? heads.Alone : heads.WithRules;
        var added = new List<(MessageLabel, float)>();
        for (var l = 0; l < scores.Length; l++)
        {
            if (scores[l] >= thresholds[l] && !found.Contains((MessageLabel)l))
            {
                added.Add(((MessageLabel)l, scores[l]));
            }
        }

        return added;
    }

    /// <inheritdoc/>
    public void Dispose() => _encoder.Dispose();

    private static EmbeddingHeads? LoadHeads()
    {
        using var stream = typeof(EmbeddingOpinion).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return EmbeddingHeads.Load(reader);
    }
}
