namespace Mend.Analysis.Text;

/// <summary>
/// Folds a written word to the form the lexicons use: lower case, apostrophes dropped ("don't" → dont),
/// runs of three or more equal letters cut to two or one ("cooool" → cool, "sooo" → so).
/// </summary>
internal static class WordNormalizer
{
    public const int MaxWordLength = 48;

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '`' or '\u02BC';

    /// <summary>
    /// The tokenizer's single pass over a written word: lower case, apostrophes dropped, runs of three or more equal
    /// letters cut to two, and what the word looks like (a number, capitals, stretched letters).
    /// </summary>
    public static int NormalizeWord(ReadOnlySpan<char> word, Span<char> buffer, out WordShape shape) =>
        NormalizeWord(word, buffer, out shape, out _);

    /// <summary>
    /// As <see cref="NormalizeWord(ReadOnlySpan{char}, Span{char}, out WordShape)"/>, also folding the characters it
    /// writes into the vocabulary's hash (<see cref="Vocabulary.Fold(uint, char)"/>), so the lookup need not read them again.
    /// </summary>
    public static int NormalizeWord(ReadOnlySpan<char> word, Span<char> buffer, out WordShape shape, out uint hash)
    {
        hash = Vocabulary.Start;
        var n = 0;
        var letters = 0;
        var lower = false;
        var digits = true;
        var stretched = false;
        var run = 0;
        var previous = '\0';
        foreach (var written in word)
        {
            var c = written;
            if (c < 128)
            {
                if ((uint)(c - 'A') <= 'Z' - 'A')
                {
                    c = (char)(c | 0x20);
                    letters++;
                    digits = false;
                }
                else if ((uint)(c - 'a') <= 'z' - 'a')
                {
                    letters++;
                    lower = true;
                    digits = false;
                }
                else if (c == '\'' || c == '`')
                {
                    digits = false;
                    continue;
                }
                else if ((uint)(c - '0') > 9)
                {
                    digits = false;
                }
            }
            else
            {
                digits = false;
                if (IsApostrophe(c))
                {
                    continue;
                }

                if (char.IsLetter(c))
                {
                    letters++;
                    lower |= char.IsLower(c);
                    c = char.ToLowerInvariant(c);
                }
            }

            run = c == previous ? run + 1 : 1;
            previous = c;
            if (run >= 3 && char.IsLetter(c))
            {
                stretched = true;
                continue;
            }

            if (n < buffer.Length)
            {
                buffer[n++] = c;
                hash = Vocabulary.Fold(hash, c);
            }
        }

        shape = new WordShape(digits && word.Length > 0, letters >= 2 && !lower, stretched);
        return n;
    }

    /// <summary>Writes the normalised form of <paramref name="word"/> into <paramref name="buffer"/>.</summary>
    /// <param name="word">The written word.</param>
    /// <param name="buffer">Where the normalised form goes.</param>
    /// <param name="stretchedRun">What a run of three or more equal letters becomes: 2 ("cooool" → cool) or 1 ("sooo" → so).</param>
    /// <param name="stretched">Whether such a run was cut.</param>
    /// <returns>The length written.</returns>
    public static int Normalize(ReadOnlySpan<char> word, Span<char> buffer, int stretchedRun, out bool stretched)
    {
        stretched = false;
        var n = 0;
        var i = 0;
        while (i < word.Length && n < buffer.Length)
        {
            var c = word[i];
            if (IsApostrophe(c))
            {
                i++;
                continue;
            }

            c = char.ToLowerInvariant(c);
            var run = 1;
            while (i + run < word.Length && char.ToLowerInvariant(word[i + run]) == c)
            {
                run++;
            }

            var keep = run;
            if (run >= 3 && char.IsLetter(c))
            {
                stretched = true;
                keep = stretchedRun;
            }

            for (var k = 0; k < keep && n < buffer.Length; k++)
            {
                buffer[n++] = c;
            }

            i += run;
        }

        return n;
    }

    /// <summary>Normalises a lexicon word, folding a stretched run to one letter ("sooo" → so), as chat is folded.</summary>
    public static string NormalizeLexiconWord(string word)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        var n = Normalize(word, buffer, 2, out var stretched);
        if (stretched)
        {
            n = Normalize(word, buffer, 1, out _);
        }

        return new string(buffer[..n]);
    }

    /// <summary>Normalises a lexicon word (allocates; used only while building the pipeline).</summary>
    public static string Normalize(string word)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        var n = Normalize(word, buffer, 2, out _);
        return new string(buffer[..n]);
    }
}

/// <summary>What a written word looks like, beyond its letters.</summary>
/// <param name="IsNumber">Digits only.</param>
/// <param name="Shouted">Two or more letters, none of them lower case.</param>
/// <param name="Stretched">A run of three or more equal letters was cut ("sooo").</param>
internal readonly record struct WordShape(bool IsNumber, bool Shouted, bool Stretched);
