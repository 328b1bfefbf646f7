using Mend.Analysis.Text;

namespace Mend.Analysis.Patterns;

/// <summary>
/// Turns the pattern language of the rules files into atom sequences for the <see cref="PatternAutomaton"/>.
/// </summary>
/// <remarks>
/// A pattern is words separated by spaces, written as people write them (the compiler normalises them the way
/// the tokenizer normalises chat):
/// <list type="bullet">
/// <item><c>{a|b c}</c> one of the alternatives (each may be several words); <c>[a|b]</c> the same, or nothing;</item>
/// <item><c>@name</c> any member of a word class defined with <c>@name = a | b | c d</c>;</item>
/// <item><c>*</c> up to three words of the same sentence, <c>**</c> up to eight;</item>
/// <item><c>^</c> first and <c>$</c> last: the pattern must begin or end the message;</item>
/// <item><c>#num</c> any number (a number written in a pattern means the same); <c>:eyeroll:</c> and other emoji names from <c>emoji.txt</c>.</item>
/// </list>
/// </remarks>
internal sealed class PatternCompiler(Vocabulary.Builder words, PatternAutomaton.Builder automaton)
{
    private const int MaxVariants = 20_000;

    private readonly Dictionary<string, List<string>> _classSources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<List<Atom>>> _classes = new(StringComparer.Ordinal);

    /// <summary>Declares a class; members are phrases. Compiled on first use.</summary>
    public void DefineClass(string name, IEnumerable<string> members, string where)
    {
        if (!_classSources.TryAdd(name, [.. members]))
        {
            throw new FormatException($"{where}: class @{name} is defined twice.");
        }
    }

    /// <summary>True when the class exists.</summary>
    public bool HasClass(string name) => _classSources.ContainsKey(name);

    /// <summary>The single-word member ids of a class (for guards that test one token).</summary>
    public HashSet<int> ClassWords(string name)
    {
        var ids = new HashSet<int>();
        foreach (var member in _classSources[name])
        {
            var seq = ParseSequence(member, name);
            foreach (var variant in seq)
            {
                if (variant.Count == 1 && variant[0].Kind == AtomKind.Word)
                {
                    ids.Add(variant[0].Value);
                }
                else if (variant.Count == 1 && variant[0].Kind == AtomKind.Class)
                {
                    throw new FormatException($"@{name}: nested classes cannot be used as a guard word list.");
                }
            }
        }

        return ids;
    }

    /// <summary>Compiles one pattern line and returns its pattern id.</summary>
    public int Compile(string pattern, string where)
    {
        var text = pattern.Trim();
        var anchors = PatternAnchors.None;
        if (text.StartsWith('^'))
        {
            anchors |= PatternAnchors.Start;
            text = text[1..].TrimStart();
        }

        if (text.EndsWith('$'))
        {
            anchors |= PatternAnchors.End;
            text = text[..^1].TrimEnd();
        }

        var elements = SplitElements(text, where).Select(e => ParseElement(e, where)).ToList();
        if (elements.Count == 0)
        {
            throw new FormatException($"{where}: empty pattern.");
        }

        if (elements[0].Any(alternative => alternative.Count > 0 && alternative[0].Kind == AtomKind.Gap))
        {
            throw new FormatException($"{where}: a pattern must start with a word, not a gap ({pattern}).");
        }

        var id = automaton.AddPattern(anchors);
        try
        {
            automaton.Add(id, elements);
        }
        catch (FormatException e)
        {
            throw new FormatException($"{where}: {e.Message} ({pattern})", e);
        }

        return id;
    }

    private List<List<Atom>> ParseSequence(string text, string where)
    {
        List<List<Atom>> result = [[]];
        foreach (var element in SplitElements(text, where))
        {
            var options = ParseElement(element, where);
            var product = new List<List<Atom>>(result.Count * options.Count);
            foreach (var prefix in result)
            {
                foreach (var option in options)
                {
                    product.Add([.. prefix, .. option]);
                }
            }

            if (product.Count > MaxVariants)
            {
                throw new FormatException($"{where}: pattern expands to more than {MaxVariants} variants: {text}");
            }

            result = product;
        }

        return result;
    }

    private List<List<Atom>> ParseElement(string element, string where)
    {
        if (element is "*" or "**")
        {
            return [[Atom.Gap(element.Length == 1 ? 3 : 8)]];
        }

        if (element[0] is '{' or '[')
        {
            var optional = element[0] == '[';
            var inner = element[1..^1];
            var options = new List<List<Atom>>();
            foreach (var alternative in SplitAlternatives(inner, where))
            {
                options.AddRange(ParseSequence(alternative, where));
            }

            if (optional)
            {
                options.Add([]);
            }

            return options;
        }

        if (element[0] == '@')
        {
            return ClassOptions(element[1..], where);
        }

        var normalised = element.StartsWith(':') || element.StartsWith('#') ? element.ToLowerInvariant() : WordNormalizer.NormalizeLexiconWord(element);
        if (normalised.Length == 0)
        {
            throw new FormatException($"{where}: '{element}' is not a word.");
        }

        if (normalised.All(char.IsAsciiDigit))
        {
            normalised = "#num"; // the tokenizer reads every number as #num
        }

        return [[.. words.Expand(normalised).Select(w => Atom.Word(words.Add(w)))]];
    }

    private List<List<Atom>> ClassOptions(string name, string where)
    {
        if (_classes.TryGetValue(name, out var compiled))
        {
            return compiled;
        }

        if (!_classSources.TryGetValue(name, out var members))
        {
            throw new FormatException($"{where}: unknown class @{name}.");
        }

        var single = new List<int>();
        var options = new List<List<Atom>>();
        foreach (var member in members)
        {
            foreach (var variant in ParseSequence(member, $"@{name}"))
            {
                if (variant.Count == 1 && variant[0].Kind == AtomKind.Word)
                {
                    single.Add(variant[0].Value);
                }
                else
                {
                    options.Add(variant);
                }
            }
        }

        if (single.Count > 0)
        {
            options.Insert(0, [Atom.Class(automaton.AddClass(single))]);
        }

        _classes[name] = options;
        return options;
    }

    private static List<string> SplitElements(string text, string where)
    {
        var elements = new List<string>();
        var depth = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (c is '{' or '[')
            {
                depth++;
            }
            else if (c is '}' or ']')
            {
                depth--;
                if (depth < 0)
                {
                    throw new FormatException($"{where}: unbalanced brackets in: {text}");
                }
            }

            if (char.IsWhiteSpace(c) && depth == 0)
            {
                if (start >= 0)
                {
                    elements.Add(text[start..i]);
                    start = -1;
                }
            }
            else if (start < 0)
            {
                start = i;
            }
        }

        if (depth != 0)
        {
            throw new FormatException($"{where}: unbalanced brackets in: {text}");
        }

        return elements;
    }

    private static List<string> SplitAlternatives(string inner, string where)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < inner.Length; i++)
        {
            switch (inner[i])
            {
                case '{' or '[':
                    depth++;
                    break;
                case '}' or ']':
                    depth--;
                    break;
                case '|' when depth == 0:
                    parts.Add(inner[start..i].Trim());
                    start = i + 1;
                    break;
            }
        }

        parts.Add(inner[start..].Trim());
        if (parts.Any(p => p.Length == 0))
        {
            throw new FormatException($"{where}: empty alternative in {{{inner}}}; use [..] for an optional part.");
        }

        return parts;
    }
}
