using System.Text;
using Mend.Analysis.Patterns;
using Mend.Analysis.Text;
using Mend.Repair;

namespace Mend.Analysis.Triage;

/// <summary>
/// Reads a description of a rupture ("I promised to help her move and bailed") and says what most likely caused it,
/// with a confidence for each of the four causes, how severe it is, and why, quoting the words that decided it.
/// </summary>
/// <remarks>
/// The words live in rules files (<c>Triage/rupture-cause.rules</c>, <c>rupture-severity.rules</c>,
/// <c>rupture-safety.rules</c>) written in the rules language of <c>docs/rules.md</c>; each section is named
/// <c>target/strength</c>. They are compiled once into a token automaton of their own. The engine's own
/// <c>safety_concern</c> detector also reads the description. Immutable and thread-safe.
/// </remarks>
public sealed class RuptureTriage
{
    /// <summary>How sharply evidence turns into confidence: one strong cue (4) and nothing else gives 0.71 against 0.10 for each other cause.</summary>
    private const double Sharpness = 0.5;

    private static readonly string[] Files = ["rupture-cause.rules", "rupture-severity.rules", "rupture-safety.rules"];
    private static readonly Lazy<RuptureTriage> LazyDefault = new(() => new RuptureTriage(AnalysisPipeline.Default));

    private readonly AnalysisPipeline _pipeline;
    private readonly Tokenizer _tokenizer;
    private readonly PatternAutomaton _automaton;
    private readonly GuardWords _guards;
    private readonly Section[] _patternSection;

    /// <summary>Compiles the triage rules; <paramref name="pipeline"/> is the engine that checks for safety concerns.</summary>
    /// <exception cref="FormatException">A rule is malformed (the message names its file and line).</exception>
    public RuptureTriage(AnalysisPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        _pipeline = pipeline;
        var words = new Vocabulary.Builder();
        foreach (var (written, expansion) in AnalysisPipelineBuilder.ReadShorthand())
        {
            words.AddShorthand(written, expansion);
        }

        words.Add("#num");
        var automaton = new PatternAutomaton.Builder();
        var compiler = new PatternCompiler(words, automaton);
        var files = Files.Prepend("common.rules").Select(name => RulesFile.Parse(name, AnalysisPipelineBuilder.Read(name))).ToList();
        foreach (var file in files)
        {
            foreach (var (name, members, line) in file.Classes)
            {
                compiler.DefineClass(name, members, $"{file.Name}:{line}");
            }
        }

        var sections = new List<Section>();
        foreach (var file in files.Skip(1))
        {
            foreach (var rule in file.Sections)
            {
                var section = Section.Parse(rule, file.Name);
                foreach (var (pattern, line) in rule.Patterns)
                {
                    if (compiler.Compile(pattern, $"{file.Name}:{line}") != sections.Count)
                    {
                        throw new InvalidOperationException("Pattern ids out of step.");
                    }

                    sections.Add(section);
                }
            }
        }

        _patternSection = [.. sections];
        _guards = new GuardWords(compiler.ClassWords("negator"), compiler.ClassWords("third_party"), compiler.ClassWords("second_person"), compiler.ClassWords("warm"));
        _tokenizer = new Tokenizer(words.Build(), AnalysisPipelineBuilder.ReadEmoji(words));
        _automaton = automaton.Build();
    }

    /// <summary>The triage with the built-in rules and <see cref="AnalysisPipeline.Default"/>.</summary>
    public static RuptureTriage Default => LazyDefault.Value;

    /// <summary>Assesses one description of a rupture.</summary>
    public TriageResult Assess(string description)
    {
        ArgumentNullException.ThrowIfNull(description);
        var cues = Cues(description);
        var causeScores = new double[RepairIds.AllCauses.Count];
        foreach (var cue in cues)
        {
            if (RepairIds.TryParse(cue.Target, out RuptureCause cued))
            {
                causeScores[(int)cued] += cue.Strength;
            }
        }

        var causes = Confidences(causeScores);
        var cause = causeScores.All(s => s == 0)
            ? RuptureCause.UnmetExpectations // with nothing to go on, the most common kind of rupture leads
            : (RuptureCause)Array.IndexOf(causeScores, causeScores.Max());
        var severity = Severity(cues);
        var safety = cues.Any(c => c.Target == SafetyTarget) || _pipeline.Analyze(description).Safety is not null
            ? SafetyNotice.Default
            : null;
        var rationale = safety is not null
            ? "This description mentions harm, threats, control or monitoring. Mend does not coach repair for that: safety comes first."
            : Rationale(cause, causeScores[(int)cause] > 0, severity, cues);
        return new TriageResult(description, cause, causes, severity, rationale, cues, safety);
    }

    private const string SafetyTarget = "safety_concern";

    /// <summary>
    /// Every passing hit as a cue; where hits for one target overlap, only the strongest counts, so that one phrase
    /// written several ways is not counted several times.
    /// </summary>
    private List<TriageCue> Cues(string text)
    {
        var tokens = new TokenBuffer();
        var hits = new HitBuffer();
        _tokenizer.Tokenize(text, tokens);
        _automaton.Match(tokens.Span, hits);
        var warmth = default(Warmth);
        var passing = new List<(Hit Hit, Section Section)>();
        foreach (var hit in hits.Span)
        {
            var section = _patternSection[hit.Pattern];
            if (section.Guards == Guards.None || _guards.Pass(section.Guards, hit, tokens.Span, ref warmth))
            {
                passing.Add((hit, section));
            }
        }

        var kept = new List<(Hit Hit, Section Section)>();
        foreach (var candidate in passing.OrderByDescending(p => p.Section.Strength).ThenByDescending(p => p.Hit.Last - p.Hit.First))
        {
            if (!kept.Any(k => k.Section.Target == candidate.Section.Target && k.Hit.First <= candidate.Hit.Last && candidate.Hit.First <= k.Hit.Last))
            {
                kept.Add(candidate);
            }
        }

        return [.. kept
            .OrderBy(k => k.Hit.First)
            .ThenBy(k => k.Section.Target, StringComparer.Ordinal)
            .Select(k =>
            {
                var start = tokens[k.Hit.First].Start;
                var end = tokens[k.Hit.Last].End;
                return new TriageCue(k.Section.Target, k.Section.Strength, start, end - start, text[start..end]);
            })];
    }

    /// <summary>A softmax over the evidence: every cause keeps some confidence, and they sum to 1.</summary>
    private static CauseConfidence[] Confidences(double[] scores)
    {
        var max = scores.Max();
        var weights = scores.Select(s => Math.Exp(Sharpness * (s - max))).ToArray();
        var total = weights.Sum();
        var rounded = weights.Select(w => Math.Round(w / total, 2)).ToArray();

        // Rounded to two places; the largest share takes the rounding remainder so that the four sum to exactly 1.
        var top = Array.IndexOf(weights, weights.Max());
        rounded[top] = Math.Round(1 - rounded.Where((_, i) => i != top).Sum(), 3);
        return [.. RepairIds.AllCauses.Select(c => new CauseConfidence(c, rounded[(int)c]))];
    }

    private static RuptureSeverity Severity(List<TriageCue> cues)
    {
        double Score(RuptureSeverity s) => cues.Where(c => c.Target == s.Id()).Sum(c => c.Strength);
        var accumulating = Score(RuptureSeverity.Accumulating);
        var major = Score(RuptureSeverity.Major);
        var minor = Score(RuptureSeverity.Minor);
        var moderate = Score(RuptureSeverity.Moderate);
        if (major >= 4 && major >= accumulating)
        {
            return RuptureSeverity.Major;
        }

        if (accumulating >= 4 || (accumulating >= 2 && accumulating > major))
        {
            return RuptureSeverity.Accumulating;
        }

        if (major >= 4)
        {
            return RuptureSeverity.Major;
        }

        return minor >= 2 && minor > moderate ? RuptureSeverity.Minor : RuptureSeverity.Moderate;
    }

    private static string Rationale(RuptureCause cause, bool causeHasCues, RuptureSeverity severity, List<TriageCue> cues)
    {
        var text = new StringBuilder();
        text.Append(causeHasCues
            ? $"Most likely {cause.Name()}: {Quotes(cues, cause.Id())}."
            : $"No words point clearly to one cause; {cause.Name()} is the most common kind of rupture.");
        text.Append(' ');
        var severityQuotes = Quotes(cues, severity.Id());
        text.Append(severity switch
        {
            RuptureSeverity.Accumulating => $"Accumulating, a pattern over time: {severityQuotes}.",
            RuptureSeverity.Major => $"Major, trust or closeness is badly shaken: {severityQuotes}.",
            RuptureSeverity.Minor => $"Minor, a small lapse: {severityQuotes}.",
            _ when severityQuotes.Length > 0 => $"Moderate: {severityQuotes}.",
            _ => "Moderate: one event that hurt, with no sign of a pattern, of badly broken trust, or of it being small.",
        });
        return text.ToString();
    }

    /// <summary>The strongest cues of a target, at most three, in order of position, each in curly quotes.</summary>
    private static string Quotes(List<TriageCue> cues, string target)
    {
        var chosen = cues.Where(c => c.Target == target)
            .OrderByDescending(c => c.Strength).ThenBy(c => c.Start).Take(3)
            .OrderBy(c => c.Start)
            .Select(c => $"“{c.Words}”")
            .Distinct(StringComparer.OrdinalIgnoreCase);
        return string.Join(", ", chosen);
    }

    /// <summary>A rules section named <c>target/strength</c>: what its hits point to, and how strongly.</summary>
    private sealed record Section(string Target, int Strength, Guards Guards)
    {
        public static Section Parse(RuleSection rule, string file)
        {
            var slash = rule.Name.IndexOf('/', StringComparison.Ordinal);
            var target = slash < 0 ? rule.Name : rule.Name[..slash];
            var strength = slash < 0 ? "clear" : rule.Name[(slash + 1)..];
            var known = RepairIds.TryParse(target, out RuptureCause _) || RepairIds.TryParse(target, out RuptureSeverity _) || target == SafetyTarget;
            if (!known)
            {
                throw new FormatException($"{file}: section [{rule.Name}] names no cause, severity or {SafetyTarget}.");
            }

            if (rule.Kind != SectionKind.Find)
            {
                throw new FormatException($"{file}: section [{rule.Name}]: triage sections only find.");
            }

            return new Section(target, strength switch
            {
                "hint" => 1,
                "clear" => 2,
                "strong" => 4,
                _ => throw new FormatException($"{file}: section [{rule.Name}]: strength is hint, clear or strong, not '{strength}'."),
            }, rule.Guards);
        }
    }

}
