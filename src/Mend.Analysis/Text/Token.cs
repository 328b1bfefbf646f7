namespace Mend.Analysis.Text;

/// <summary>Facts about a token beyond its word.</summary>
[Flags]
internal enum TokenFlags : byte
{
    None = 0,
    /// <summary>Inside quotation marks: the writer quotes or doubts these words.</summary>
    Quoted = 1,
    /// <summary>Written in capitals (two or more letters).</summary>
    Shouted = 2,
    /// <summary>An emoji, normalised to a name such as <c>:eyeroll:</c>.</summary>
    Emoji = 4,
    /// <summary>Letters were stretched ("sooo").</summary>
    Stretched = 8,
    /// <summary>One of several words expanded from a single written one ("idk").</summary>
    Expanded = 16,
}

/// <summary>
/// One normalised word of a message and where it stands in the original text. Shorthand expands to several
/// tokens that share the written word's span.
/// </summary>
internal readonly record struct Token(int Start, int Length, int Word, int Sentence, int Clause, TokenFlags Flags)
{
    public int End => Start + Length;
}
