using Mend.Analysis.Patterns;
using Mend.Analysis.Text;

namespace Mend.Analysis;

/// <summary>The word lists behind section guards (classes @negator, @third_party, @second_person, @warm in common.rules).</summary>
internal sealed class GuardWords(HashSet<int> negators, HashSet<int> thirdParty, HashSet<int> secondPerson, HashSet<int> warm)
{
    private const int NegationReach = 4;

    public bool IsNegator(int word) => negators.Contains(word);

    public bool IsSecondPerson(int word) => secondPerson.Contains(word);

    public bool IsThirdParty(int word) => thirdParty.Contains(word);

    public bool IsWarm(int word) => warm.Contains(word);

    public bool Pass(Guards guards, in Hit hit, ReadOnlySpan<Token> tokens)
    {
        var first = tokens[hit.First];
        if ((guards & Guards.Negation) != 0)
        {
            for (var j = hit.First - 1; j >= 0 && j >= hit.First - NegationReach && tokens[j].Clause == first.Clause; j--)
            {
                if (negators.Contains(tokens[j].Word))
                {
                    return false;
                }
            }
        }

        if ((guards & Guards.Target) != 0 && !AboutYou(hit, tokens))
        {
            for (var j = hit.First - 1; j >= 0 && tokens[j].Sentence == first.Sentence; j--)
            {
                if (thirdParty.Contains(tokens[j].Word))
                {
                    return false;
                }
            }
        }

        if ((guards & Guards.Warm) != 0)
        {
            for (var j = 0; j < tokens.Length; j++)
            {
                if (tokens[j].Sentence == first.Sentence && warm.Contains(tokens[j].Word))
                {
                    return false;
                }
            }
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
            if (secondPerson.Contains(tokens[j].Word))
            {
                return true;
            }
        }

        return false;
    }
}
