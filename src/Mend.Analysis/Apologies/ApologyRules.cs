using Mend.Analysis.Patterns;
using Mend.Analysis.Text;
using Mend.Apologies;

namespace Mend.Analysis.Apologies;

/// <summary>What a section of the apology rules speaks about: a component, a flag, or "not an apology at all".</summary>
internal enum TargetKind : byte
{
    Component,
    Flag,
    NotApology,
}

/// <summary>One section of <c>components.rules</c> or <c>flags.rules</c>, resolved once.</summary>
internal sealed record ApologySection(TargetKind Target, int Index, string Name, SectionKind Kind, Guards Guards, string Explanation)
{
    /// <summary>The component or flag id the section reports, e.g. <c>regret</c>; "not_apology" for sympathy and politeness.</summary>
    public string Id => Target switch
    {
        TargetKind.Component => ((ApologyComponent)Index).Id(),
        TargetKind.Flag => ((ApologyFlag)Index).Id(),
        _ => "not_apology",
    };
}

/// <summary>
/// The apology coach's rules compiled once, in the engine's rules language, with its own vocabulary and token
/// automaton. The shared word classes (common.rules) and those of the apology, responsibility, commitment and
/// non-apology detectors are defined first, so the coach's rules reuse what the engine already knows.
/// </summary>
internal sealed class ApologyRules
{
    private static readonly string[] Files = ["Apologies.components.rules", "Apologies.flags.rules"];

    private static readonly string[] BorrowedClasses =
    [
        "common.rules", "Apology.apology.rules", "Responsibility.responsibility.rules", "Commitment.commitment.rules",
        "NonApology.non_apology.rules",
    ];

    private readonly int[] _patternSection;

    private ApologyRules(Tokenizer tokenizer, PatternAutomaton automaton, GuardWords guards, ApologySection[] sections, int[] patternSection)
    {
        Tokenizer = tokenizer;
        Automaton = automaton;
        Guards = guards;
        Sections = sections;
        _patternSection = patternSection;
    }

    public Tokenizer Tokenizer { get; }

    public PatternAutomaton Automaton { get; }

    public GuardWords Guards { get; }

    public IReadOnlyList<ApologySection> Sections { get; }

    public int PatternCount => _patternSection.Length;

    public ApologySection SectionOf(in Hit hit) => Sections[_patternSection[hit.Pattern]];

    /// <summary>Compiles the embedded rules. Throws <see cref="FormatException"/> naming the file and line of a bad rule.</summary>
    public static ApologyRules Load()
    {
        var words = new Vocabulary.Builder();
        foreach (var (written, expansion) in AnalysisPipelineBuilder.ReadShorthand())
        {
            words.AddShorthand(written, expansion);
        }

        words.Add("#num");
        var automaton = new PatternAutomaton.Builder();
        var compiler = new PatternCompiler(words, automaton);
        var files = Files.Select(name => RulesFile.Parse(name, AnalysisPipelineBuilder.Read(name))).ToList();
        foreach (var file in BorrowedClasses.Select(name => RulesFile.Parse(name, AnalysisPipelineBuilder.Read(name))).Concat(files))
        {
            foreach (var (name, members, line) in file.Classes)
            {
                compiler.DefineClass(name, members, $"{file.Name}:{line}");
            }
        }

        var sections = new List<ApologySection>();
        var patternSection = new List<int>();
        foreach (var file in files)
        {
            foreach (var section in file.Sections)
            {
                var (target, index) = Resolve(section.Name, file.Name);
                var explanation = section.Explanation ?? file.Explanation
                    ?? throw new FormatException($"{file.Name}: section [{section.Name}] has no explanation and the file has no default.");
                sections.Add(new ApologySection(target, index, section.Name, section.Kind, section.Guards, explanation));
                foreach (var (pattern, line) in section.Patterns)
                {
                    compiler.Compile(pattern, $"{file.Name}:{line}");
                    patternSection.Add(sections.Count - 1);
                }
            }
        }

        var guards = new GuardWords(
            compiler.ClassWords("negator"),
            compiler.ClassWords("third_party"),
            compiler.ClassWords("second_person"),
            compiler.ClassWords("warm"));
        var emoji = AnalysisPipelineBuilder.ReadEmoji(words);
        var tokenizer = new Tokenizer(words.Build(), emoji);
        return new ApologyRules(tokenizer, automaton.Build(), guards, [.. sections], [.. patternSection]);
    }

    /// <summary>"regret" → component; "but_undo.promise" → flag (a variant); "not_apology.sympathy" → not an apology.</summary>
    private static (TargetKind Target, int Index) Resolve(string name, string file)
    {
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        var id = dot < 0 ? name : name[..dot];
        if (ApologyComponents.TryParse(id, out var component))
        {
            return (TargetKind.Component, (int)component);
        }

        if (ApologyFlags.TryParse(id, out var flag))
        {
            return (TargetKind.Flag, (int)flag);
        }

        return id == "not_apology"
            ? (TargetKind.NotApology, 0)
            : throw new FormatException($"{file}: section [{name}] names no apology component or flag (or not_apology).");
    }
}
