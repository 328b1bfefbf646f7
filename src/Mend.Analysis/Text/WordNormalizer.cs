namespace Mend.Analysis.Text;

/// <summary>
/// Folds a written word to the form the lexicons use: lower case, apostrophes dropped ("don't" → dont),
/// runs of three or more equal letters cut to two or one ("cooool" → cool, "sooo" → so).
/// </summary>
internal static class WordNormalizer
{
    public const int MaxWordLength = 48;

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '`' or '\u02BC';

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
