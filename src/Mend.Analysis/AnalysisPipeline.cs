using Mend.Analysis.Patterns;
using Mend.Analysis.Text;

namespace Mend.Analysis;

/// <summary>
/// The frozen analysis engine: all detectors' rules compiled into one automaton. Build it once (or use
/// <see cref="Default"/>) and share it: it is immutable and safe to use from any number of threads.
/// </summary>
public sealed partial class AnalysisPipeline
{
    /// <summary>Messages longer than this many characters are refused by callers that take untrusted input.</summary>
    public const int MaxMessageLength = 10_000;

    private static readonly Lazy<AnalysisPipeline> LazyDefault = new(() => new AnalysisPipelineBuilder().UseDefaultDetectors().Build());

    [ThreadStatic]
    private static DetectionContext? _threadContext;

    private readonly Detector[] _detectors;
    private readonly PatternAutomaton _automaton;
    private readonly int[] _patternSection;
    private readonly SectionInfo[] _sections;
    private readonly GuardWords _guards;
    private readonly Dictionary<MessageLabel, Detector> _byLabel;
    private readonly MessageLabel[][] _overrides;

    /// <summary>Per pattern, what the guards need of its section, in one small record.</summary>
    private readonly PatternFacts[] _patterns;

    internal AnalysisPipeline(
        Detector[] detectors,
        Tokenizer tokenizer,
        PatternAutomaton automaton,
        int[] patternSection,
        SectionInfo[] sections,
        GuardWords guards,
        MessageLabel[][] overrides)
    {
        _detectors = detectors;
        Tokenizer = tokenizer;
        _automaton = automaton;
        _patternSection = patternSection;
        _sections = sections;
        _guards = guards;
        _overrides = overrides;
        _byLabel = detectors.ToDictionary(d => d.Label);
        _patterns = [.. patternSection.Select(s => new PatternFacts(s, sections[s].Label, sections[s].Kind, sections[s].Guards))];
    }

    /// <summary>The pipeline with every built-in detector.</summary>
    public static AnalysisPipeline Default => LazyDefault.Value;

    /// <summary>The labels this pipeline can report.</summary>
    public IReadOnlyList<MessageLabel> Labels => [.. _detectors.Select(d => d.Label)];

    /// <summary>How many patterns the rules compiled to (after expanding alternatives, they are far more variants).</summary>
    public int PatternCount => _automaton.PatternCount;

    internal Tokenizer Tokenizer { get; }

    /// <summary>The guard word lists (@negator, @second_person, @third_party, @warm), for detectors' own checks.</summary>
    internal GuardWords GuardWords => _guards;

    internal PatternAutomaton Automaton => _automaton;

    internal int PatternSection(int pattern) => _patternSection[pattern];

    internal MessageLabel SectionLabel(int section) => _sections[section].Label;

    internal int SectionCount => _sections.Length;

    internal SectionKind SectionKind(int section) => _sections[section].Kind;

    /// <summary>Analyses one message.</summary>
    public AnalysisResult Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var context = Settle(text, out var safety);
        return context.Merged.Count == 0 ? new AnalysisResult(text, [], [], null) : BuildResult(context, safety);
    }

    /// <summary>
    /// Runs every stage up to the settled findings of <paramref name="text"/>, left in the calling thread's context
    /// (<see cref="DetectionContext.Merged"/>, in order of position).
    /// </summary>
    private DetectionContext Settle(string text, out bool safety)
    {
        var context = _threadContext;
        if (context is null || !ReferenceEquals(context.Pipeline, this))
        {
            context = _threadContext = new DetectionContext(this);
        }

        context.Reset(text);
        context.Merged.Clear();
        safety = false;
        Tokenizer.Tokenize(text, context.TokenBuffer);
        _automaton.Match(context.Tokens, context.HitBuffer);
        ApplyGuards(context);
        foreach (var detector in _detectors)
        {
            if (detector.ShouldRun(context))
            {
                detector.Detect(context);
            }
        }

        if (context.Candidates.Count > 0)
        {
            if (context.HasBlocks)
            {
                ApplyBlocks(context);
            }

            ApplyOverrides(context);
            safety = Merge(context);
        }

        return context;
    }

    /// <summary>
    /// The better wordings for the findings of <paramref name="text"/>, in the order of its result's findings (null
    /// for helpful labels). Worded on demand: the analysis is run again, since a result keeps no tokens.
    /// </summary>
    internal string?[] Suggestions(string text)
    {
        var context = Settle(text, out var safety);
        var merged = context.Merged;
        var suggestions = new string?[merged.Count];
        for (var i = 0; i < merged.Count && !safety; i++)
        {
            var c = merged[i];
            suggestions[i] = c.Label.IsHarmful() ? _byLabel[c.Label].Suggest(new SuggestionContext(context, c)) : null;
        }

        return suggestions;
    }

    private void ApplyGuards(DetectionContext context)
    {
        var hits = context.Hits;
        var tokens = context.Tokens;
        context.EnsureHitCapacity(hits.Length);
        var blocks = false;
        var warmth = default(Warmth);
        var patterns = _patterns;
        for (var i = 0; i < hits.Length; i++)
        {
            var pattern = patterns[hits[i].Pattern];
            var passed = pattern.Guards == Guards.None || _guards.Pass(pattern.Guards, hits[i], tokens, ref warmth);
            context.RecordHit(i, pattern.Section, pattern.Label, pattern.Kind == Patterns.SectionKind.Context, passed);
            blocks |= passed && pattern.Kind is (Patterns.SectionKind.Block or Patterns.SectionKind.BlockSentence);
        }

        context.HasBlocks = blocks;
        context.IndexHits();
    }

    private void ApplyBlocks(DetectionContext context)
    {
        var candidates = context.Candidates;
        var tokens = context.Tokens;
        var hits = context.Hits;
        for (var h = 0; h < hits.Length; h++)
        {
            if (!context.Passed(h))
            {
                continue;
            }

            var section = _sections[_patternSection[hits[h].Pattern]];
            if (section.Kind is not (Patterns.SectionKind.Block or Patterns.SectionKind.BlockSentence))
            {
                continue;
            }

            for (var c = 0; c < candidates.Count; c++)
            {
                var candidate = candidates[c];
                if (candidate.Label != section.Label)
                {
                    continue;
                }

                var blocked = section.Kind == Patterns.SectionKind.Block
                    ? candidate.First <= hits[h].Last && hits[h].First <= candidate.Last
                    : tokens[candidate.First].Sentence == tokens[hits[h].First].Sentence;
                if (blocked)
                {
                    candidate.Dropped = true;
                    candidates[c] = candidate;
                }
            }
        }
    }

    private void ApplyOverrides(DetectionContext context)
    {
        var candidates = context.Candidates;
        var tokens = context.Tokens;
        for (var a = 0; a < candidates.Count; a++)
        {
            if (candidates[a].Dropped)
            {
                continue;
            }

            foreach (var overridden in _overrides[(int)candidates[a].Label])
            {
                for (var b = 0; b < candidates.Count; b++)
                {
                    var other = candidates[b];
                    if (other.Label == overridden && !other.Dropped && tokens[other.First].Sentence == tokens[candidates[a].First].Sentence)
                    {
                        other.Dropped = true;
                        candidates[b] = other;
                    }
                }
            }
        }
    }

    /// <summary>Sorts the surviving candidates and merges overlapping ones of a label; true when safety is concerned.</summary>
    private static bool Merge(DetectionContext context)
    {
        var candidates = context.Candidates;
        candidates.Sort(static (x, y) => x.First != y.First ? x.First.CompareTo(y.First) : x.Label.CompareTo(y.Label));
        var merged = context.Merged;
        var safety = false;
        foreach (var candidate in candidates)
        {
            if (candidate.Dropped)
            {
                continue;
            }

            safety |= candidate.Label == MessageLabel.SafetyConcern;
            var index = merged.Count - 1;
            while (index >= 0 && merged[index].Label != candidate.Label)
            {
                index--;
            }

            if (index >= 0 && merged[index].Last >= candidate.First - 1)
            {
                var m = merged[index];
                merged[index] = m with { Last = Math.Max(m.Last, candidate.Last) };
            }
            else
            {
                merged.Add(candidate);
            }
        }

        return safety;
    }

    private AnalysisResult BuildResult(DetectionContext context, bool safety)
    {
        var merged = context.Merged;
        var tokens = context.Tokens;
        var text = context.Text;
        var findings = new Finding[merged.Count];
        var labelSet = 0;
        SuggestionSource? source = null;
        for (var i = 0; i < merged.Count; i++)
        {
            var c = merged[i];
            var start = tokens[c.First].Start;
            var end = tokens[c.Last].End;
            var explanation = _sections[c.Section].Explanation;
            findings[i] = safety || !c.Label.IsHarmful()
                ? new Finding(c.Label, start, end - start, text[start..end], explanation, null)
                : new Finding(c.Label, start, end - start, text[start..end], explanation, source ??= new SuggestionSource(this, text), i);
            labelSet |= 1 << (int)c.Label;
        }

        var labels = new MessageLabel[System.Numerics.BitOperations.PopCount((uint)labelSet)];
        var l = 0;
        foreach (var label in MessageLabels.All)
        {
            if ((labelSet & (1 << (int)label)) != 0)
            {
                labels[l++] = label;
            }
        }

        return new AnalysisResult(text, labels, findings, safety ? SafetyNotice.Default : null);
    }

    /// <summary>A pattern's section, with that section's label, kind and guards.</summary>
    private readonly record struct PatternFacts(int Section, MessageLabel Label, SectionKind Kind, Guards Guards);

    internal sealed record SectionInfo(MessageLabel Label, string Name, SectionKind Kind, Guards Guards, string Explanation);
}
