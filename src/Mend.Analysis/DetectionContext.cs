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

    /// <summary>Each section's kind, copied from the pipeline so that walking hits reads no section record.</summary>
    private readonly SectionKind[] _sectionKind;

    /// <summary>One bit per section with a passing hit in this message: most sections have none, and say so at once.</summary>
    private readonly ulong[] _sectionHits;

    private HitFact[] _facts = new HitFact[32];
    private int[] _byLabel = new int[32];

    internal DetectionContext(AnalysisPipeline pipeline)
    {
        _pipeline = pipeline;
        _sectionKind = new SectionKind[pipeline.SectionCount];
        for (var s = 0; s < _sectionKind.Length; s++)
        {
            _sectionKind[s] = pipeline.SectionKind(s);
        }

        _sectionHits = new ulong[(_sectionKind.Length + 63) / 64];
    }

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
    public bool Passed(int hit) => _facts[hit].Passed;

    public int SectionOf(in Hit hit) => _pipeline.PatternSection(hit.Pattern);


    public MessageLabel LabelOf(in Hit hit) => _pipeline.SectionLabel(SectionOf(hit));

    /// <summary>Indexes of the passing hits of one detector's sections of a kind.</summary>
    public HitIndexes HitsOf(Detector detector, SectionKind kind) => new(this, detector.Label, -1, kind);

    /// <summary>Indexes of the passing hits of one section.</summary>
    public HitIndexes HitsOf(int section) => new(this, _pipeline.SectionLabel(section), section, null);

    /// <summary>Whether <paramref name="section"/> has a passing hit in this message (one bit, no walk).</summary>
    private bool AnyHit(int section) => (_sectionHits[section >> 6] & (1UL << (section & 63))) != 0;

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
    public bool HasHit(int section) => AnyHit(section);

    public void Report(Detector detector, int first, int last, int section) =>
        Candidates.Add(new Candidate(detector.Label, section, first, last));

    internal SectionKind KindOf(int section) => _sectionKind[section];

    /// <summary>Allocation-free enumeration of hit indexes.</summary>
    internal readonly struct HitIndexes(DetectionContext context, MessageLabel label, int section, SectionKind? kind)
    {
        public Enumerator GetEnumerator() => new(context, label, section, kind);

        internal struct Enumerator(DetectionContext context, MessageLabel label, int section, SectionKind? kind)
        {
            // A section without a passing hit starts at the end of its label's hits: nothing to walk.
            private int _position = section >= 0 && !context.AnyHit(section)
                ? context._labelStart[(int)label + 1] - 1
                : context._labelStart[(int)label] - 1;

            private readonly int _end = context._labelStart[(int)label + 1];
            private int _index = -1;

            public readonly int Current => _index;

            public bool MoveNext()
            {
                while (++_position < _end)
                {
                    var hit = context._byLabel[_position];
                    var s = context._facts[hit].Section;
                    if (section >= 0 ? s == section : context._sectionKind[s] == kind)
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
    /// <summary>Makes room for the facts of <paramref name="count"/> hits, and forgets the last message's.</summary>
    internal void EnsureHitCapacity(int count)
    {
        Array.Clear(_labelStart);
        Array.Clear(_sectionHits);
        LabelsWithHits = 0;
        if (_facts.Length >= count)
        {
            return;
        }

        var size = Math.Max(count, _facts.Length * 2);
        _facts = new HitFact[size];
        _byLabel = new int[size];
    }

    /// <summary>Records hit <paramref name="i"/>'s section and whether it passed its guards.</summary>
    internal void RecordHit(int i, int section, MessageLabel label, bool isContext, bool passed)
    {
        _facts[i] = new HitFact(section, label, passed);
        if (passed)
        {
            _labelStart[(int)label + 1]++;
            _sectionHits[section >> 6] |= 1UL << (section & 63);
            LabelsWithHits |= isContext ? 0 : 1 << (int)label;
        }
    }

    /// <summary>Orders the passing hits of the message by label (after every hit was recorded).</summary>
    internal void IndexHits()
    {
        var count = Hits.Length;
        for (var l = 1; l < _labelStart.Length; l++)
        {
            _labelStart[l] += _labelStart[l - 1];
        }

        Span<int> fill = stackalloc int[_labelStart.Length];
        _labelStart.CopyTo(fill);
        for (var i = 0; i < count; i++)
        {
            if (_facts[i].Passed)
            {
                _byLabel[fill[(int)_facts[i].Label]++] = i;
            }
        }
    }

    /// <summary>What the guards made of one hit: its section and label, and whether it passed.</summary>
    private readonly record struct HitFact(int Section, MessageLabel Label, bool Passed);
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
