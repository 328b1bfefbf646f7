using Mend.Analysis.Patterns;
using Mend.Analysis.Text;

namespace Mend.Analysis;

/// <summary>A passage a detector reported, before overlaps and overrides are settled.</summary>
internal record struct Candidate(MessageLabel Label, int Section, int First, int Last)
{
    public bool Dropped { get; set; }
}

/// <summary>
/// Everything detectors see of one message: its tokens, the hits that passed their guards, and where to report.
/// One per thread, reused for every message.
/// </summary>
internal sealed class DetectionContext
{
    private readonly AnalysisPipeline _pipeline;
    private bool[] _passed = new bool[32];

    internal DetectionContext(AnalysisPipeline pipeline) => _pipeline = pipeline;

    internal AnalysisPipeline Pipeline => _pipeline;

    public string Text { get; private set; } = "";

    public TokenBuffer TokenBuffer { get; } = new();

    public HitBuffer HitBuffer { get; } = new();

    public List<Candidate> Candidates { get; } = [];

    /// <summary>Scratch list for settling overlaps; reused so a message allocates only its result.</summary>
    internal List<Candidate> Merged { get; } = [];

    public ReadOnlySpan<Token> Tokens => TokenBuffer.Span;

    public ReadOnlySpan<Hit> Hits => HitBuffer.Span;

    public Vocabulary Vocabulary => _pipeline.Tokenizer.Vocabulary;

    internal void Reset(string text)
    {
        Text = text;
        Candidates.Clear();
    }

    internal void SetPassed(int hit, bool passed)
    {
        if (hit >= _passed.Length)
        {
            Array.Resize(ref _passed, Math.Max(hit + 1, _passed.Length * 2));
        }

        _passed[hit] = passed;
    }

    /// <summary>One bit per label that has at least one passing hit in this message.</summary>
    public int LabelsWithHits { get; internal set; }

    /// <summary>True when any section of <paramref name="label"/>'s rules has a passing hit.</summary>
    public bool HasHitsFor(MessageLabel label) => (LabelsWithHits & (1 << (int)label)) != 0;

    /// <summary>True when the hit survived its section's guards.</summary>
    public bool Passed(int hit) => _passed[hit];

    public int SectionOf(in Hit hit) => _pipeline.PatternSection(hit.Pattern);

    public MessageLabel LabelOf(in Hit hit) => _pipeline.SectionLabel(SectionOf(hit));

    /// <summary>Indexes of the passing hits of one detector's sections of a kind.</summary>
    public HitIndexes HitsOf(Detector detector, SectionKind kind) => new(this, detector.Label, -1, kind);

    /// <summary>Indexes of the passing hits of one section.</summary>
    public HitIndexes HitsOf(int section) => new(this, _pipeline.SectionLabel(section), section, null);

    /// <summary>True when a passing hit of <paramref name="section"/> lies in the given sentence.</summary>
    public bool HasHitInSentence(int section, int sentence)
    {
        foreach (var i in HitsOf(section))
        {
            if (Tokens[Hits[i].First].Sentence == sentence)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when any passing hit of <paramref name="section"/> exists.</summary>
    public bool HasHit(int section)
    {
        foreach (var _ in HitsOf(section))
        {
            return true;
        }

        return false;
    }

    public void Report(Detector detector, int first, int last, int section) =>
        Candidates.Add(new Candidate(detector.Label, section, first, last));

    internal SectionKind KindOf(int section) => _pipeline.SectionKind(section);

    /// <summary>Allocation-free enumeration of hit indexes.</summary>
    internal readonly struct HitIndexes(DetectionContext context, MessageLabel label, int section, SectionKind? kind)
    {
        public Enumerator GetEnumerator() => new(context, label, section, kind);

        internal struct Enumerator(DetectionContext context, MessageLabel label, int section, SectionKind? kind)
        {
            private int _index = -1;

            public readonly int Current => _index;

            public bool MoveNext()
            {
                var hits = context.Hits;
                while (++_index < hits.Length)
                {
                    if (!context.Passed(_index))
                    {
                        continue;
                    }

                    var s = context.SectionOf(hits[_index]);
                    if (section >= 0 ? s == section : context._pipeline.SectionLabel(s) == label && context.KindOf(s) == kind)
                    {
                        return true;
                    }
                }

                return false;
            }
        }
    }
}

/// <summary>What a detector needs to word a suggestion for one finding.</summary>
internal readonly struct SuggestionContext(DetectionContext detection, Candidate candidate)
{
    public string Text => detection.Text;

    public ReadOnlySpan<Token> Tokens => detection.Tokens;

    public Candidate Candidate => candidate;

    public DetectionContext Detection => detection;

    /// <summary>The original text of the tokens first..last.</summary>
    public string TextOf(int first, int last) => Text[Tokens[first].Start..Tokens[last].End];

    /// <summary>The original text from token <paramref name="first"/> to the end of its clause, trimmed of punctuation.</summary>
    public string RestOfClause(int first)
    {
        var tokens = Tokens;
        var last = first;
        while (last + 1 < tokens.Length && tokens[last + 1].Clause == tokens[first].Clause)
        {
            last++;
        }

        return first < tokens.Length ? TextOf(first, last) : "";
    }

    /// <summary>The normalised word of a token.</summary>
    public string Word(int token) => detection.Vocabulary[Tokens[token].Word];
}
