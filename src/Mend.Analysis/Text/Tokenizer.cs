using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Mend.Analysis.Text;

/// <summary>
/// Splits a message into normalised word tokens that point back into the original text. Knows chat spelling:
/// any casing, missing apostrophes, shorthand, stretched letters, emoji, quotation marks, and sentence and
/// clause breaks. Allocates nothing per message: tokens go into a caller's reusable buffer.
/// </summary>
internal sealed class Tokenizer(Vocabulary vocabulary, FrozenDictionary<int, int> emoji)
{
    private readonly int _number = vocabulary.IdOf("#num");

    public Vocabulary Vocabulary { get; } = vocabulary;

    public void Tokenize(string text, TokenBuffer tokens)
    {
        tokens.Clear();
        var sentence = 0;
        var clause = 0;
        var singleQuote = false;
        var doubleQuote = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ' ')
            {
                i++; // the commonest character between words, and nothing to do for it
                continue;
            }

            if (IsAsciiWordChar(c) || (c >= 128 && char.IsLetterOrDigit(c)))
            {
                var start = i;
                var quoted = singleQuote || doubleQuote ? TokenFlags.Quoted : TokenFlags.None;
                if (c < 128 && TryAsciiWord(text, ref i, sentence, clause, quoted, tokens))
                {
                    continue;
                }

                i++;
                while (i < text.Length && (IsAsciiWordChar(text[i]) || IsWordContinuation(text, i)))
                {
                    i++;
                }

                var flags = singleQuote || doubleQuote ? TokenFlags.Quoted : TokenFlags.None;
                AddWord(text.AsSpan(start, i - start), start, sentence, clause, flags, tokens);
                continue;
            }

            switch (c)
            {
                case '.' or '!' or '?' or ';' or '\n' or '\r' or '\u2026':
                    sentence++;
                    clause++;
                    singleQuote = false;
                    break;
                case ',' or ':' or '(' or ')' or '\u2013' or '\u2014':
                    clause++;
                    break;
                case '-' when i > 0 && char.IsWhiteSpace(text[i - 1]):
                    clause++;
                    break;
                case '"':
                    doubleQuote = !doubleQuote;
                    break;
                case '\u201C':
                    doubleQuote = true;
                    break;
                case '\u201D':
                    doubleQuote = false;
                    break;
                default:
                    if (WordNormalizer.IsApostrophe(c))
                    {
                        // An apostrophe opening a word starts a quotation ('working late'); one closing a word ends it.
                        var before = i > 0 && char.IsLetterOrDigit(text[i - 1]);
                        var after = i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
                        if (!before && after)
                        {
                            singleQuote = true;
                        }
                        else if (before && !after)
                        {
                            singleQuote = false;
                        }
                    }
                    else if (!char.IsWhiteSpace(c) && !char.IsAsciiLetterOrDigit(c))
                    {
                        i += AddSymbol(text, i, sentence, clause, tokens) - 1;
                    }

                    break;
            }

            i++;
        }
    }

    /// <summary>
    /// The common case in one pass: a word of ASCII letters and digits only, read, folded and hashed as
    /// <see cref="WordNormalizer.NormalizeWord(ReadOnlySpan{char}, Span{char}, out WordShape, out uint)"/> would.
    /// False (nothing read) for any other word: an apostrophe or a character beyond ASCII in it.
    /// </summary>
    private bool TryAsciiWord(string text, ref int i, int sentence, int clause, TokenFlags flags, TokenBuffer tokens)
    {
        // The buffer's own scratch, not stack space: a method with a loop and stackalloc is compiled once, fully
        // optimised but without the profile-guided tier, and this one reads nearly every character of every message.
        var buffer = tokens.WordScratch;
        var hash = Vocabulary.Start;
        var n = 0;
        var letters = 0;
        var lower = false;
        var digits = true;
        var stretched = false;
        var run = 0;
        var previous = '\0';
        var start = i;
        var j = i;
        for (; j < text.Length; j++)
        {
            var c = text[j];
            var letter = true;
            if ((uint)(c - 'a') <= 'z' - 'a')
            {
                lower = true;
            }
            else if ((uint)(c - 'A') <= 'Z' - 'A')
            {
                c = (char)(c | 0x20);
            }
            else if ((uint)(c - '0') <= 9)
            {
                letter = false;
            }
            else if (c >= 128 || c == '\'' || c == '`')
            {
                return false;
            }
            else
            {
                break;
            }

            if (letter)
            {
                letters++;
                digits = false;
            }

            run = c == previous ? run + 1 : 1;
            previous = c;
            if (run >= 3 && letter)
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

        i = j;
        var shape = new WordShape(digits && j > start, letters >= 2 && !lower, stretched);
        AddNormalized(text.AsSpan(start, j - start), buffer, n, shape, hash, start, sentence, clause, flags, tokens);
        return true;
    }

    private static bool IsAsciiWordChar(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;

    private static bool IsWordContinuation(string text, int i)
    {
        var c = text[i];
        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        if (WordNormalizer.IsApostrophe(c))
        {
            // Inside a word ("don't"), not the end of a quotation ('late').
            return i + 1 < text.Length && char.IsLetter(text[i + 1]) && char.IsLetterOrDigit(text[i - 1]);
        }

        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    private void AddWord(ReadOnlySpan<char> written, int start, int sentence, int clause, TokenFlags flags, TokenBuffer tokens)
    {
        Span<char> buffer = stackalloc char[WordNormalizer.MaxWordLength];
        var n = WordNormalizer.NormalizeWord(written, buffer, out var shape, out var hash);
        AddNormalized(written, buffer, n, shape, hash, start, sentence, clause, flags, tokens);
    }

    /// <summary>Adds the token(s) of a written word, given its normalised form, shape and hash.</summary>
    private void AddNormalized(ReadOnlySpan<char> written, Span<char> buffer, int n, WordShape shape, uint hash, int start, int sentence, int clause, TokenFlags flags, TokenBuffer tokens)
    {
        if (shape.IsNumber)
        {
            tokens.Add(new Token(start, written.Length, _number, sentence, clause, flags));
            return;
        }

        var found = Vocabulary.TryLookup(buffer[..n], hash, out var ids);
        if (!found && shape.Stretched)
        {
            n = WordNormalizer.Normalize(written, buffer, 1, out _);
            found = Vocabulary.TryLookup(buffer[..n], out ids);
        }

        if (shape.Stretched)
        {
            flags |= TokenFlags.Stretched;
        }

        if (shape.Shouted)
        {
            flags |= TokenFlags.Shouted;
        }

        if (!found)
        {
            tokens.Add(new Token(start, written.Length, Vocabulary.Unknown, sentence, clause, flags));
            return;
        }

        if (ids.Length > 1)
        {
            flags |= TokenFlags.Expanded;
        }

        foreach (var id in ids)
        {
            tokens.Add(new Token(start, written.Length, id, sentence, clause, flags));
        }
    }

    private int AddSymbol(string text, int i, int sentence, int clause, TokenBuffer tokens)
    {
        if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed) != OperationStatus.Done)
        {
            return 1;
        }

        if (emoji.TryGetValue(rune.Value, out var word))
        {
            tokens.Add(new Token(i, consumed, word, sentence, clause, TokenFlags.Emoji));
        }

        return consumed;
    }
}

/// <summary>A growable, reusable list of tokens; one per thread in the pipeline.</summary>
internal sealed class TokenBuffer
{
    private Token[] _items = new Token[64];

    public int Count { get; private set; }

    /// <summary>Every flag that any token of the message carries (e.g. whether anything is quoted at all).</summary>
    public TokenFlags AnyFlags { get; private set; }

    public ReadOnlySpan<Token> Span => _items.AsSpan(0, Count);

    /// <summary>Room for one normalised word while the tokenizer reads it.</summary>
    internal char[] WordScratch { get; } = new char[WordNormalizer.MaxWordLength];

    public ref readonly Token this[int index] => ref _items[index];

    public void Clear()
    {
        Count = 0;
        AnyFlags = TokenFlags.None;
    }

    public void Add(in Token token)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = token;
        AnyFlags |= token.Flags;
    }
}
