using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text;
using Mend.Analysis.Detectors;
using Mend.Analysis.Patterns;
using Mend.Analysis.Text;

namespace Mend.Analysis;

/// <summary>
/// Registers detectors, then compiles their rules once into an immutable <see cref="AnalysisPipeline"/>.
/// </summary>
public sealed class AnalysisPipelineBuilder
{
    private static readonly Assembly Resources = typeof(AnalysisPipelineBuilder).Assembly;
    private readonly List<Detector> _detectors = [];

    /// <summary>Adds every built-in detector, in contract order.</summary>
    public AnalysisPipelineBuilder UseDefaultDetectors()
    {
        foreach (var detector in DefaultDetectors.Create())
        {
            _detectors.RemoveAll(d => d.Label == detector.Label);
            _detectors.Add(detector);
        }

        return this;
    }

    /// <summary>Keeps only the given labels' detectors.</summary>
    public AnalysisPipelineBuilder Only(params MessageLabel[] labels)
    {
        _detectors.RemoveAll(d => !labels.Contains(d.Label));
        return this;
    }

    /// <summary>Compiles the rules. Throws <see cref="FormatException"/> naming the file and line of a bad rule.</summary>
    public AnalysisPipeline Build()
    {
        var words = new Vocabulary.Builder();
        foreach (var (written, expansion) in ReadShorthand())
        {
            words.AddShorthand(written, expansion);
        }

        words.Add("#num");
        var automaton = new PatternAutomaton.Builder();
        var compiler = new PatternCompiler(words, automaton);
        var common = RulesFile.Parse("common.rules", Read("common.rules"));
        var files = _detectors.Select(d => RulesFile.Parse(d.RulesName, Read(d.RulesName))).ToList();
        foreach (var file in files.Prepend(common))
        {
            foreach (var (name, members, line) in file.Classes)
            {
                compiler.DefineClass(name, members, $"{file.Name}:{line}");
            }
        }

        var sections = new List<AnalysisPipeline.SectionInfo>();
        var sectionIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var patternSection = new List<int>();
        for (var d = 0; d < _detectors.Count; d++)
        {
            var detector = _detectors[d];
            var file = files[d];
            foreach (var section in file.Sections)
            {
                var explanation = section.Explanation ?? file.Explanation
                    ?? throw new FormatException($"{file.Name}: section [{section.Name}] has no explanation and the file has no default.");
                var id = sections.Count;
                if (!sectionIds.TryAdd($"{detector.Label.Id()}/{section.Name}", id))
                {
                    throw new FormatException($"{file.Name}: section [{section.Name}] appears twice.");
                }

                sections.Add(new AnalysisPipeline.SectionInfo(detector.Label, section.Name, section.Kind, section.Guards, explanation));
                foreach (var (pattern, line) in section.Patterns)
                {
                    var patternId = compiler.Compile(pattern, $"{file.Name}:{line}");
                    patternSection.Add(id);
                    if (patternId != patternSection.Count - 1)
                    {
                        throw new InvalidOperationException("Pattern ids out of step.");
                    }
                }
            }
        }

        var guards = new GuardWords(
            compiler.ClassWords("negator"),
            compiler.ClassWords("third_party"),
            compiler.ClassWords("second_person"),
            compiler.ClassWords("warm"));
        var emoji = ReadEmoji(words);
        var overrides = new MessageLabel[MessageLabels.All.Count][];
        for (var i = 0; i < overrides.Length; i++)
        {
            overrides[i] = [];
        }

        for (var d = 0; d < _detectors.Count; d++)
        {
            overrides[(int)_detectors[d].Label] = [.. files[d].Overrides.Select(id => MessageLabels.TryParse(id, out var l)
                ? l
                : throw new FormatException($"{files[d].Name}: overrides names unknown label '{id}'."))];
        }

        var map = new SectionMap(sectionIds);
        foreach (var detector in _detectors)
        {
            detector.Bind(map);
        }

        var tokenizer = new Tokenizer(words.Build(), emoji);
        return new AnalysisPipeline([.. _detectors], tokenizer, automaton.Build(), [.. patternSection], [.. sections], guards, overrides);
    }

    /// <summary>
    /// The shorthand table, with expansions expanded in turn ("ngl" → not gonna lie → not going to lie), so a
    /// pattern written in full words matches every shorthand that leads to them.
    /// </summary>
    internal static IEnumerable<(string Written, string[] Expansion)> ReadShorthand()
    {
        var table = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (line, where) in Lines("shorthand.txt"))
        {
            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (eq < 0)
            {
                throw new FormatException($"{where}: expected 'written = words'.");
            }

            var written = WordNormalizer.Normalize(line[..eq].Trim());
            table[written] = line[(eq + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(WordNormalizer.Normalize).ToArray();
        }

        foreach (var (written, expansion) in table)
        {
            yield return (written, Expand(expansion, written, table, 0));
        }
    }

    private static string[] Expand(string[] words, string from, Dictionary<string, string[]> table, int depth)
    {
        if (depth > 4)
        {
            throw new FormatException($"shorthand.txt: '{from}' expands in a loop.");
        }

        return [.. words.SelectMany(w => table.TryGetValue(w, out var more) && !(more.Length == 1 && more[0] == w)
            ? Expand(more, from, table, depth + 1)
            : [w])];
    }

    internal static FrozenDictionary<int, int> ReadEmoji(Vocabulary.Builder words)
    {
        var map = new Dictionary<int, int>();
        foreach (var (line, where) in Lines("emoji.txt"))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2 || !parts[1].StartsWith(':'))
            {
                throw new FormatException($"{where}: expected 'CODEPOINT :name:', e.g. '1F644 :eyeroll:'.");
            }

            var codepoint = int.Parse(parts[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            map[codepoint] = words.Add(parts[1]);
        }

        return map.ToFrozenDictionary();
    }

    private static IEnumerable<(string Line, string Where)> Lines(string name)
    {
        var number = 0;
        foreach (var raw in Read(name).Split('\n'))
        {
            number++;
            var line = raw.Trim();
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                yield return (line, $"{name}:{number}");
            }
        }
    }

    internal static string Read(string name)
    {
        using var stream = Resources.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Rules resource '{name}' is missing from {Resources.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
