namespace Mend.Analysis.Learned;

/// <summary>
/// The learned model's view of a message: its words folded like the tokenizer folds them (case, apostrophes), each
/// word and each pair of neighbouring words hashed into one of <see cref="Buckets"/> features. No allocation.
/// </summary>
internal static class Features
{
    public const int Buckets = 1 << 16;
    public const int MaxFeatures = 512;

    /// <summary>Writes the feature buckets of <paramref name="text"/> (with repeats) and returns how many.</summary>
    public static int Extract(ReadOnlySpan<char> text, Span<int> features)
    {
        var count = 0;
        var previous = 0u;
        var i = 0;
        while (i < text.Length && count + 2 <= features.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                if (text[i] is '.' or '!' or '?' or '\n')
                {
                    previous = 0;
                }

                i++;
                continue;
            }

            var hash = 2166136261u;
            var run = 0;
            var last = '\0';
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '\u2019'))
            {
                var c = char.ToLowerInvariant(text[i++]);
                if (c is '\'' or '\u2019')
                {
                    continue;
                }

                run = c == last ? run + 1 : 1;
                last = c;
                if (run <= 2)
                {
                    hash = (hash ^ c) * 16777619u;
                }
            }

            features[count++] = (int)(hash % Buckets);
            if (previous != 0)
            {
                features[count++] = (int)(((previous * 31) ^ hash) * 2654435761u % Buckets);
            }

            previous = hash;
        }

        return count;
    }
}
