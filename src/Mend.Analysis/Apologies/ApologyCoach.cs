using Mend.Analysis.Detectors.NonApology;
using Mend.Analysis.Patterns;
using Mend.Analysis.Text;
using Mend.Apologies;

namespace Mend.Analysis.Apologies;

/// <summary>
/// Checks an apology before it is sent: which components it holds (regret, responsibility, impact, amends,
/// change), which flags take it back (conditional, other-focused, "but", minimising, blame, passive voice), how
/// well it is likely to land, and a rewrite that owns the act in the writer's own words. Built once (use
/// <see cref="Default"/>), immutable and safe to share between threads; an assessment takes microseconds.
/// </summary>
public sealed class ApologyCoach
{
    private static readonly Lazy<ApologyCoach> LazyDefault = new(() => new ApologyCoach(AnalysisPipeline.Default, ApologyRules.Load()));

    [ThreadStatic]
    private static Scratch? _scratch;

    private readonly AnalysisPipeline _pipeline;
    private readonly ApologyRules _rules;

    private ApologyCoach(AnalysisPipeline pipeline, ApologyRules rules)
    {
        _pipeline = pipeline;
        _rules = rules;
    }

    /// <summary>The coach with the built-in rules, over the default analysis pipeline.</summary>
    public static ApologyCoach Default => LazyDefault.Value;

    /// <summary>How many patterns the coach's own rules compiled to.</summary>
    public int PatternCount => _rules.PatternCount;

    /// <summary>Assesses one apology.</summary>
    /// <param name="text">The apology as the writer would send it.</param>
    public ApologyAssessment Assess(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var analysis = _pipeline.Analyze(text);
        var scratch = _scratch;
        if (scratch is null || !ReferenceEquals(scratch.Pipeline, _pipeline))
        {
            scratch = _scratch = new Scratch(_pipeline);
        }

        _rules.Tokenizer.Tokenize(text, scratch.Tokens);
        var tokens = scratch.Tokens.Span;
        _rules.Automaton.Match(tokens, scratch.Hits);
        var marks = scratch.Marks;
        Collect(tokens, scratch.Hits.Span, marks, scratch.Blocks);
        Settle(tokens, marks, scratch.Blocks);

        var components = new bool[ApologyComponents.All.Count];
        var flags = new bool[ApologyFlags.All.Count];
        foreach (var mark in marks)
        {
            if (!mark.Dropped)
            {
                if (mark.Section.Target == TargetKind.Component)
                {
                    components[mark.Section.Index] = true;
                }
                else
                {
                    flags[mark.Section.Index] = true;
                }
            }
        }

        // The engine's responsibility detector knows more ways of owning a fault than the coach's own rules.
        var owned = new List<Finding>();
        foreach (var f in analysis.Findings)
        {
            var (first, last) = f.Label == MessageLabel.Responsibility ? TokensOf(tokens, f.Start, f.Start + f.Length) : (-1, -1);
            if (first >= 0 && !InDistancingClause(tokens, marks, first, last))
            {
                owned.Add(f);
            }
        }

        components[(int)ApologyComponent.Responsibility] |= owned.Count > 0;

        var componentList = ApologyComponents.All.Where(c => components[(int)c]).ToArray();
        var flagList = ApologyFlags.All.Where(f => flags[(int)f]).ToArray();
        var findings = Findings(text, tokens, marks, owned);
        var apologises = components[(int)ApologyComponent.Regret] || components[(int)ApologyComponent.Responsibility];
        string? rewrite = null;
        string? note;
        if (analysis.Safety is not null)
        {
            note = Notes.Safety;
        }
        else if (!apologises && flagList.Length == 0)
        {
            note = scratch.Blocks.Any(b => b.Section.Target == TargetKind.NotApology) ? Notes.SympathyOrPoliteness : Notes.NoApology;
        }
        else
        {
            var act = new Lazy<string?>(() => Act(scratch, text, components[(int)ApologyComponent.Regret], components[(int)ApologyComponent.Responsibility]));
            rewrite = ApologyRewrite.Build(text, tokens, marks, componentList, flagList, act);
            note = apologises ? null : Notes.NoApologyYet;
        }

        return new ApologyAssessment(text, componentList, flagList, findings, rewrite, note, analysis.Safety);
    }

    /// <summary>Records the passing hits: findings of components and flags, and the blocks that cancel them.</summary>
    private void Collect(ReadOnlySpan<Token> tokens, ReadOnlySpan<Hit> hits, List<Mark> marks, List<Mark> blocks)
    {
        marks.Clear();
        blocks.Clear();
        var warmth = default(Warmth);
        foreach (var hit in hits)
        {
            var section = _rules.SectionOf(hit);
            if (section.Guards != Guards.None && !_rules.Guards.Pass(section.Guards, hit, tokens, ref warmth))
            {
                continue;
            }

            var mark = new Mark(section, hit.First, hit.Last);
            (section.Kind is SectionKind.Block or SectionKind.BlockSentence ? blocks : marks).Add(mark);
        }
    }

    /// <summary>Applies the blocks, then the rules between marks that patterns cannot say.</summary>
    private static void Settle(ReadOnlySpan<Token> tokens, List<Mark> marks, List<Mark> blocks)
    {
        foreach (var block in blocks)
        {
            for (var i = 0; i < marks.Count; i++)
            {
                var mark = marks[i];
                var applies = block.Section.Target == TargetKind.NotApology
                    || (mark.Section.Target == block.Section.Target && mark.Section.Index == block.Section.Index);
                var reaches = block.Section.Kind == SectionKind.Block
                    ? mark.First <= block.Last && block.First <= mark.Last
                    : tokens[mark.First].Sentence == tokens[block.First].Sentence;
                if (applies && reaches)
                {
                    marks[i] = mark with { Dropped = true };
                }
            }
        }

        // "If you felt ignored, I'm sorry", "sorry you feel I let you down": what is named in the clause of a
        // conditional or other-focused apology is kept at a distance, not acknowledged.
        for (var i = 0; i < marks.Count; i++)
        {
            var mark = marks[i];
            if (!mark.Dropped && mark.Section.Target == TargetKind.Component
                && mark.Section.Index is (int)ApologyComponent.Impact or (int)ApologyComponent.Responsibility
                && InDistancingClause(tokens, marks, mark.First, mark.Last))
            {
                marks[i] = mark with { Dropped = true };
            }
        }
    }

    /// <summary>True when tokens first..last share a clause with a conditional or other-focused flag.</summary>
    private static bool InDistancingClause(ReadOnlySpan<Token> tokens, List<Mark> marks, int first, int last)
    {
        foreach (var flag in marks)
        {
            if (!flag.Dropped && flag.Section.Target == TargetKind.Flag
                && flag.Section.Index is (int)ApologyFlag.Conditional or (int)ApologyFlag.OtherFocused
                && tokens[flag.Last].Clause >= tokens[first].Clause && tokens[flag.First].Clause <= tokens[last].Clause)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The token range of a UTF-16 span of the text, or (-1, -1) when no token lies in it.</summary>
    private static (int First, int Last) TokensOf(ReadOnlySpan<Token> tokens, int start, int end)
    {
        var (first, last) = (-1, -1);
        for (var t = 0; t < tokens.Length; t++)
        {
            if (tokens[t].Start < end && start < tokens[t].End)
            {
                first = first < 0 ? t : first;
                last = t;
            }
        }

        return (first, last);
    }

    /// <summary>The findings: overlapping marks of one id merged, plus the engine's responsibility findings, by position.</summary>
    private static ApologyFinding[] Findings(string text, ReadOnlySpan<Token> tokens, List<Mark> marks, List<Finding> owned)
    {
        var spans = new List<(ApologySection Section, int Start, int End)>();
        foreach (var mark in marks)
        {
            if (!mark.Dropped)
            {
                spans.Add((mark.Section, tokens[mark.First].Start, tokens[mark.Last].End));
            }
        }

        // Overlapping passages of one id become one: sorted by id and start, each joins the one before it.
        spans.Sort(static (a, b) => a.Section.Target != b.Section.Target ? a.Section.Target.CompareTo(b.Section.Target)
            : a.Section.Index != b.Section.Index ? a.Section.Index.CompareTo(b.Section.Index)
            : a.Start.CompareTo(b.Start));
        var merged = new List<(ApologySection Section, int Start, int End)>();
        foreach (var span in spans)
        {
            if (merged.Count > 0 && merged[^1] is var last && last.Section.Target == span.Section.Target
                && last.Section.Index == span.Section.Index && span.Start <= last.End)
            {
                merged[^1] = (last.Section, last.Start, Math.Max(last.End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        spans = merged;
        var findings = spans
            .Select(s => new ApologyFinding(s.Section.Id, s.Section.Target == TargetKind.Flag, s.Start, s.End - s.Start, text[s.Start..s.End], s.Section.Explanation))
            .ToList();
        foreach (var f in owned)
        {
            if (!findings.Any(x => x.Label == "responsibility" && x.Start < f.Start + f.Length && f.Start < x.Start + x.Length))
            {
                findings.Add(new ApologyFinding("responsibility", false, f.Start, f.Length, f.Evidence, f.Explanation));
            }
        }

        findings.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : string.CompareOrdinal(a.Label, b.Label));
        return [.. findings];
    }

    /// <summary>The act in the writer's words ("I skipped your work party"), found as the engine's non-apology suggestion finds it.</summary>
    /// <remarks>
    /// Without regret the words after "sorry" are sarcasm ("sorry I'm not perfect"), not an act: only passive wording
    /// is turned round ("mistakes were made" names nothing; "the vase got broken" → "I broke the vase"), and an act
    /// told in the first person is taken when the writer owns the fault ("my fault. I left the gate open").
    /// </remarks>
    private string? Act(Scratch scratch, string text, bool regret, bool owned)
    {
        var detection = scratch.Detection;
        detection.Reset(text);
        _pipeline.Tokenizer.Tokenize(text, detection.TokenBuffer);
        var context = new SuggestionContext(detection, default);
        return regret
            ? ActWording.AfterApology(context) ?? NonApologyDetector.Passive(context) ?? ActWording.Defended(context)
            : NonApologyDetector.Passive(context) ?? (owned ? ActWording.Defended(context) : null);
    }

    /// <summary>Per-thread buffers, reused for every apology.</summary>
    private sealed class Scratch(AnalysisPipeline pipeline)
    {
        public AnalysisPipeline Pipeline { get; } = pipeline;

        public TokenBuffer Tokens { get; } = new();

        public HitBuffer Hits { get; } = new();

        public List<Mark> Marks { get; } = [];

        public List<Mark> Blocks { get; } = [];

        public DetectionContext Detection { get; } = new(pipeline);
    }

    private static class Notes
    {
        public const string Safety =
            "This message raises a safety concern, so Mend offers no apology wording for it. Please read the safety notice first.";

        public const string SympathyOrPoliteness =
            "This does not read as an apology for something you did: \"sorry\" here is sympathy or politeness. Nothing to fix.";

        public const string NoApology =
            "Mend finds no apology here: nothing in it says sorry for what happened or owns it. Write the apology you mean to send and check that.";

        public const string NoApologyYet =
            "This does not apologise yet: it neither says sorry for the act nor owns it. The rewrite shows one way to.";
    }
}

/// <summary>A passing hit of a section of the apology rules (token range), possibly cancelled by a block.</summary>
internal readonly record struct Mark(ApologySection Section, int First, int Last)
{
    public bool Dropped { get; init; }
}
