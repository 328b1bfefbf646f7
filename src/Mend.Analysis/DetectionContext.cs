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
    private readonly int[] _labelStart = new int[MessageLabels.All.Count + 1];
    private bool[] _passed = new bool[32];
    private int[] _hitSection = new int[32];
    private MessageLabel[] _hitLabel = new MessageLabel[32];
    private bool[] _hitIsContext = new bool[32];
    private int[] _byLabel = new int[32];

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

    /// <summary>The guard word lists of common.rules, so detectors need not copy them.</summary>
    public GuardWords GuardWords => _pipeline.GuardWords;

    internal void Reset(string text)
    {
        Text = text;
        Candidates.Clear();
    }

    /// <summary>Whether any passing hit belongs to a block section (most messages have none).</summary>
    internal bool HasBlocks { get; set; }

    /// <summary>One bit per label that has at least one passing hit in this message, context sections aside.</summary>
    public int LabelsWithHits { get; private set; }

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

    /// <summary>True when a passing hit of <paramref name="section"/> ends before token <paramref name="token"/>, in its sentence.</summary>
    public bool HasHitBefore(int section, int token)
    {
        foreach (var i in HitsOf(section))
        {
            if (Hits[i].Last < token && Tokens[Hits[i].First].Sentence == Tokens[token].Sentence)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a passing hit of <paramref name="section"/> lies wholly within tokens <paramref name="first"/>–<paramref name="last"/>.</summary>
    public bool HasHitWithin(int section, int first, int last)
    {
        foreach (var i in HitsOf(section))
        {
            if (Hits[i].First >= first && Hits[i].Last <= last)
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
            private int _position = context._labelStart[(int)label] - 1;
            private int _index = -1;

            public readonly int Current => _index;

            public bool MoveNext()
            {
                var end = context._labelStart[(int)label + 1];
                while (++_position < end)
                {
                    var hit = context._byLabel[_position];
                    var s = context._hitSection[hit];
                    if (section >= 0 ? s == section : context.KindOf(s) == kind)
                    {
                        _index = hit;
                        return true;
                    }
                }

                return false;
            }
        }
    }

    /// <summary>
    /// Records, once per message, each hit's section and whether it passed its guards, and orders the passing hits
    /// by label so that every detector walks its own hits only.
    /// </summary>
    /// <summary>Makes room for the facts of <paramref name="count"/> hits.</summary>
    internal void EnsureHitCapacity(int count)
    {
        if (_hitSection.Length >= count)
        {
            return;
        }

        var size = Math.Max(count, _hitSection.Length * 2);
        _hitSection = new int[size];
        _hitLabel = new MessageLabel[size];
        _hitIsContext = new bool[size];
        _byLabel = new int[size];
        _passed = new bool[size];
    }

    /// <summary>Records hit <paramref name="i"/>'s section and whether it passed its guards.</summary>
    internal void RecordHit(int i, int section, MessageLabel label, bool isContext, bool passed)
    {
        _hitSection[i] = section;
        _hitLabel[i] = label;
        _hitIsContext[i] = isContext;
        _passed[i] = passed;
    }

    /// <summary>Orders the passing hits of the message by label (after every hit was recorded).</summary>
    internal void IndexHits()
    {
        var count = Hits.Length;
        Array.Clear(_labelStart);
        var mask = 0;
        for (var i = 0; i < count; i++)
        {
            if (_passed[i])
            {
                _labelStart[(int)_hitLabel[i] + 1]++;
                mask |= _hitIsContext[i] ? 0 : 1 << (int)_hitLabel[i];
            }
        }

        for (var l = 1; l < _labelStart.Length; l++)
        {
            _labelStart[l] += _labelStart[l - 1];
        }

        Span<int> fill = stackalloc int[_labelStart.Length];
        _labelStart.CopyTo(fill);
        for (var i = 0; i < count; i++)
        {
            if (_passed[i])
            {
                _byLabel[fill[(int)_hitLabel[i]]++] = i;
            }
        }

        LabelsWithHits = mask;
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
