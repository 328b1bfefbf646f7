using System.Text;

namespace Mend.Analysis.Learned;

/// <summary>
/// The learned model's view of a message: its words folded like the tokenizer folds them (case, apostrophes,
/// stretched letters), emoji, the first five letters of long words, and pairs of neighbouring words (next and one
/// apart), each hashed into one of <see cref="Buckets"/> features. No allocation.
/// </summary>
internal static class Features
{
    public const int Buckets = 1 << 18;
    public const int MaxFeatures = 1024;
    private const int MaxWords = 200;
    private const int Boundary = 1;

    /// <summary>Writes the feature buckets of <paramref name="text"/> (with repeats) and returns how many.</summary>
    public static int Extract(ReadOnlySpan<char> text, Span<int> features)
    {
        Span<uint> words = stackalloc uint[MaxWords];
        var n = 0;
        var count = 0;
        var i = 0;
        while (i < text.Length && n < MaxWords && count + 2 <= features.Length)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (c is '.' or '!' or '?' or '\n')
                {
                    if (n > 0 && words[n - 1] != Boundary)
                    {
                        words[n++] = Boundary;
                    }
                }
                else if (Rune.DecodeFromUtf16(text[i..], out var rune, out _) == System.Buffers.OperationStatus.Done
                    && Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.OtherSymbol)
                {
                    var symbol = ((uint)rune.Value * 2654435761u) | 2;
                    features[count++] = (int)(symbol % Buckets);
                    words[n++] = symbol;
                    i += rune.Utf16SequenceLength;
                    continue;
                }

                i++;
                continue;
            }

            var hash = 2166136261u;
            var prefix = 0u;
            var run = 0;
            var letters = 0;
            var last = '\0';
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '\u2019'))
            {
                var ch = char.ToLowerInvariant(text[i++]);
                if (ch is '\'' or '\u2019')
                {
                    continue;
                }

                run = ch == last ? run + 1 : 1;
                last = ch;
                if (run <= 2)
                {
                    hash = (hash ^ ch) * 16777619u;
                    if (++letters == 5)
                    {
                        prefix = hash;
                    }
                }
            }

            features[count++] = (int)(hash % Buckets);
            if (letters > 6 && count < features.Length)
            {
                features[count++] = (int)((prefix * 40503u) % Buckets);
            }

            words[n++] = hash;
        }

        for (var w = 1; w < n && count + 2 <= features.Length; w++)
        {
            if (words[w] == Boundary)
            {
                continue;
            }

            if (words[w - 1] != Boundary)
            {
                features[count++] = (int)(((words[w - 1] * 31) ^ words[w]) * 2654435761u % Buckets);
            }

            if (w > 1 && words[w - 2] != Boundary && words[w - 1] != Boundary)
            {
                features[count++] = (int)(((words[w - 2] * 17) ^ words[w]) * 2246822519u % Buckets);
            }
        }

        return count;
    }
}
