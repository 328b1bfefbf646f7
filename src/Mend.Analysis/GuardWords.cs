using Mend.Analysis.Patterns;
using Mend.Analysis.Text;

namespace Mend.Analysis;

/// <summary>The word lists behind section guards (classes @negator, @third_party, @second_person, @warm in common.rules).</summary>
internal sealed class GuardWords
{
    private const int NegationReach = 4;
    private const byte Negator = 1, SecondPerson = 2, ThirdParty = 4, Warm = 8;

    /// <summary>One byte of flags per word id: a single array read per token, whatever the list.</summary>
    private readonly byte[] _kinds;

    public GuardWords(HashSet<int> negators, HashSet<int> thirdParty, HashSet<int> secondPerson, HashSet<int> warm)
    {
        _kinds = new byte[new[] { negators, thirdParty, secondPerson, warm }.SelectMany(s => s).DefaultIfEmpty(0).Max() + 1];
        Mark(negators, Negator);
        Mark(secondPerson, SecondPerson);
        Mark(thirdParty, ThirdParty);
        Mark(warm, Warm);
    }

    public bool IsNegator(int word) => Is(word, Negator);

    public bool IsSecondPerson(int word) => Is(word, SecondPerson);

    public bool IsThirdParty(int word) => Is(word, ThirdParty);

    public bool IsWarm(int word) => Is(word, Warm);

    private bool Is(int word, byte kind) => (uint)word < (uint)_kinds.Length && (_kinds[word] & kind) != 0;

    private void Mark(HashSet<int> words, byte kind)
    {
        foreach (var word in words)
        {
            _kinds[word] |= kind;
        }
    }

    public bool Pass(Guards guards, in Hit hit, ReadOnlySpan<Token> tokens, ref Warmth warmth)
    {
        var first = tokens[hit.First];
        if ((guards & Guards.Negation) != 0)
        {
            for (var j = hit.First - 1; j >= 0 && j >= hit.First - NegationReach && tokens[j].Clause == first.Clause; j--)
            {
                // A negator that is part of expanded shorthand ("idk", "ngl", "nvm") negates only inside it.
                if (IsNegator(tokens[j].Word) && (tokens[j].Flags & TokenFlags.Expanded) == 0)
                {
                    return false;
                }
            }
        }

        if ((guards & Guards.Target) != 0 && !AboutYou(hit, tokens))
        {
            for (var j = hit.First - 1; j >= 0 && tokens[j].Sentence == first.Sentence; j--)
            {
                if (IsThirdParty(tokens[j].Word))
                {
                    return false;
                }
            }
        }

        if ((guards & Guards.Warm) != 0 && IsWarmSentence(first.Sentence, tokens, ref warmth))
        {
            return false;
        }

        if ((guards & Guards.Unquoted) != 0)
        {
            var quoted = true;
            for (var j = hit.First; j <= hit.Last; j++)
            {
                quoted &= (tokens[j].Flags & TokenFlags.Quoted) != 0;
            }

            if (quoted)
            {
                return false;
            }
        }

        return true;
    }

    private bool AboutYou(in Hit hit, ReadOnlySpan<Token> tokens)
    {
        for (var j = hit.First; j <= hit.Last; j++)
        {
            if (IsSecondPerson(tokens[j].Word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a sentence holds a warm word; the message is scanned once, on the first question.</summary>
    private bool IsWarmSentence(int sentence, ReadOnlySpan<Token> tokens, ref Warmth warmth)
    {
        if (!warmth.Known)
        {
            warmth = new Warmth(true, 0, false);
            foreach (var token in tokens)
            {
                if (IsWarm(token.Word))
                {
                    warmth = token.Sentence < 64
                        ? warmth with { Sentences = warmth.Sentences | (1UL << token.Sentence) }
                        : warmth with { Beyond = true };
                }
            }
        }

        if (sentence < 64)
        {
            return (warmth.Sentences & (1UL << sentence)) != 0;
        }

        if (!warmth.Beyond)
        {
            return false;
        }

        foreach (var token in tokens)
        {
            if (token.Sentence == sentence && IsWarm(token.Word))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Which sentences of one message hold a warm word (the first 64 as bits; later ones scanned).</summary>
internal readonly record struct Warmth(bool Known, ulong Sentences, bool Beyond);
