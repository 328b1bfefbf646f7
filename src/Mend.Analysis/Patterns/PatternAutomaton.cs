using Mend.Analysis.Text;

namespace Mend.Analysis.Patterns;

/// <summary>
/// Every pattern of every detector compiled into one token trie with class edges and bounded gaps, run in a
/// single pass over a message's tokens. Immutable and thread-safe once built; matching allocates nothing.
/// </summary>
internal sealed class PatternAutomaton
{
    private const int MaxStates = 256;

    private const int NoChild = -1, SeveralChildren = -2;

    private readonly EdgeTable _edges;
    private readonly int[] _rootRow;

    /// <summary>Per node, one bit per (word mod 64) that labels one of its edges: most probes are answered here.</summary>
    private readonly ulong[] _signature;
    private readonly int[][] _gapEdges;
    private readonly int[][] _epsilons;
    private readonly byte[] _gapBudget;
    private readonly int[][] _terminals;
    private readonly PatternAnchors[] _anchors;
    private const byte Live = 1, HasTerminals = 2, HasGaps = 4, HasEpsilons = 8;

    /// <summary>Per node, which of the loops in <see cref="Closure"/> and <see cref="RecordTerminals"/> have work.</summary>
    private readonly byte[] _shape;

    private PatternAutomaton(Builder b)
    {
        _gapEdges = [.. b.GapEdges.Select(e => e.ToArray())];
        _epsilons = [.. b.Epsilons.Select(e => e.ToArray())];
        _gapBudget = [.. b.GapBudget];
        _terminals = [.. b.Terminals.Select(t => t.ToArray())];
        _anchors = [.. b.Anchors];

        // Class edges become word edges, one per member: matching then needs one probe per state and token.
        var edges = new Dictionary<long, List<int>>();
        foreach (var (key, child) in b.WordEdges)
        {
            edges[key] = [child];
        }

        var members = b.Classes.Select(Members).ToArray();
        for (var node = 0; node < b.ClassEdges.Count; node++)
        {
            foreach (var (cls, child) in b.ClassEdges[node])
            {
                foreach (var word in members[cls])
                {
                    var key = EdgeTable.Key(node, word);
                    if (!edges.TryGetValue(key, out var children))
                    {
                        edges[key] = children = [];
                    }

                    if (!children.Contains(child))
                    {
                        children.Add(child);
                    }
                }
            }
        }

        _edges = new EdgeTable(edges);

        _signature = new ulong[_terminals.Length];
        foreach (var key in edges.Keys)
        {
            _signature[(int)(key >> 32)] |= 1UL << (int)(key & 63);
        }

        // The root is probed at every token: give it a dense row (a child, none, or "several: ask the table").
        var words = edges.Keys.Select(k => (int)(k & 0xFFFFFFFF)).DefaultIfEmpty(0).Max() + 1;
        _rootRow = new int[words];
        Array.Fill(_rootRow, NoChild);
        foreach (var (key, children) in edges)
        {
            if (key >> 32 == 0)
            {
                _rootRow[(int)(key & 0xFFFFFFFF)] = children.Count == 1 ? children[0] : SeveralChildren;
            }
        }

        // A state is worth keeping only at a node that can still consume a word (or wait in a gap); nodes whose
        // paths continue only through join nodes hand over to those and drop out.
        var live = new bool[_terminals.Length];
        foreach (var key in edges.Keys)
        {
            live[(int)(key >> 32)] = true;
        }

        if (_gapBudget[0] > 0 || _gapEdges[0].Length > 0 || _epsilons[0].Length > 0 || _terminals[0].Length > 0)
        {
            throw new InvalidOperationException("The root must have word edges only.");
        }

        _shape = new byte[_terminals.Length];
        for (var node = 0; node < _shape.Length; node++)
        {
            _shape[node] = (byte)((live[node] || _gapBudget[node] > 0 ? Live : 0)
                | (_terminals[node].Length > 0 ? HasTerminals : 0)
                | (_gapEdges[node].Length > 0 ? HasGaps : 0)
                | (_epsilons[node].Length > 0 ? HasEpsilons : 0));
        }
    }

    private static List<int> Members(ulong[] bits)
    {
        var words = new List<int>();
        for (var i = 0; i < bits.Length; i++)
        {
            for (var rest = bits[i]; rest != 0; rest &= rest - 1)
            {
                words.Add((i << 6) + System.Numerics.BitOperations.TrailingZeroCount(rest));
            }
        }

        return words;
    }

    public int PatternCount => _anchors.Length;

    public int NodeCount => _terminals.Length;

    /// <summary>Finds every hit of every pattern in <paramref name="tokens"/>.</summary>
    public void Match(ReadOnlySpan<Token> tokens, HitBuffer hits)
    {
        hits.Clear();
        Span<State> a = stackalloc State[MaxStates];
        Span<State> b = stackalloc State[MaxStates];
        var current = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            var next = 0;
            var word = tokens[t].Word;
            var sentence = tokens[t].Sentence;
            var known = word != Vocabulary.Unknown; // no edge is labelled with an unknown word: only gaps go on

            // The root is live at every token; it needs no state of its own.
            var root = known && word < _rootRow.Length ? _rootRow[word] : NoChild;
            if (root >= 0)
            {
                Enter(root, t, t, tokens.Length, b, ref next, hits);
            }
            else if (root == SeveralChildren)
            {
                foreach (var child in _edges.Next(0, word))
                {
                    Enter(child, t, t, tokens.Length, b, ref next, hits);
                }
            }

            if (t > 0 && sentence != tokens[t - 1].Sentence)
            {
                current = 0; // no pattern spans two sentences: every live state began in an earlier one
            }

            for (var s = 0; s < current; s++)
            {
                var state = a[s];

                if (known && (_signature[state.Node] & (1UL << (word & 63))) != 0)
                {
                    foreach (var child in _edges.Next(state.Node, word))
                    {
                        Enter(child, state.Start, t, tokens.Length, b, ref next, hits);
                    }
                }

                if (state.Budget > 0)
                {
                    Closure(b, ref next, state.Node, state.Start, (byte)(state.Budget - 1));
                }
            }

            var swap = a;
            a = b;
            b = swap;
            current = next;
        }
    }

    private void Enter(int node, int start, int t, int count, Span<State> next, ref int n, HitBuffer hits)
    {
        RecordTerminals(node, start, t, count, hits);
        Closure(next, ref n, node, start, 0);
    }

    /// <summary>Records the patterns that end at a node, or at a join node it reaches without a word.</summary>
    private void RecordTerminals(int node, int start, int t, int count, HitBuffer hits)
    {
        if ((_shape[node] & (HasTerminals | HasEpsilons)) == 0)
        {
            return;
        }

        foreach (var target in _epsilons[node])
        {
            RecordTerminals(target, start, t, count, hits);
        }

        foreach (var pattern in _terminals[node])
        {
            var anchors = _anchors[pattern];
            if ((anchors & PatternAnchors.Start) != 0 && start != 0)
            {
                continue;
            }

            if ((anchors & PatternAnchors.End) != 0 && t != count - 1)
            {
                continue;
            }

            hits.Add(new Hit(pattern, start, t));
        }
    }

    /// <summary>Adds a state, the gaps that may follow it and the join nodes it leads to without a word.</summary>
    private void Closure(Span<State> states, ref int n, int node, int start, byte budget)
    {
        var shape = _shape[node];
        if ((shape & Live) != 0)
        {
            Push(states, ref n, new State(node, start, budget));
        }

        if ((shape & (HasGaps | HasEpsilons)) == 0)
        {
            return;
        }

        foreach (var gap in _gapEdges[node])
        {
            Closure(states, ref n, gap, start, _gapBudget[gap]);
        }

        foreach (var target in _epsilons[node])
        {
            Closure(states, ref n, target, start, _gapBudget[target]);
        }
    }

    private static void Push(Span<State> states, ref int n, State state)
    {
        for (var i = 0; i < n; i++)
        {
            if (states[i].Node == state.Node && states[i].Start == state.Start)
            {
                if (state.Budget > states[i].Budget)
                {
                    states[i] = state;
                }

                return;
            }
        }

        if (n < states.Length)
        {
            states[n++] = state;
        }
    }

    private static long Key(int node, int word) => EdgeTable.Key(node, word);

    private readonly record struct State(int Node, int Start, byte Budget);

    /// <summary>Adds patterns as atom sequences, then freezes them into an automaton.</summary>
    internal sealed class Builder
    {
        internal Dictionary<long, int> WordEdges { get; } = [];
        internal List<List<(int Class, int Child)>> ClassEdges { get; } = [[]];
        internal List<List<int>> GapEdges { get; } = [[]];
        internal List<List<int>> Epsilons { get; } = [[]];
        internal List<byte> GapBudget { get; } = [0];
        internal List<List<int>> Terminals { get; } = [[]];
        internal List<ulong[]> Classes { get; } = [];
        internal List<PatternAnchors> Anchors { get; } = [];

        private const int MaxFrontier = 32;

        private readonly Dictionary<string, int> _joins = new(StringComparer.Ordinal);

        /// <summary>Registers a class of single words and returns its id.</summary>
        public int AddClass(IEnumerable<int> words)
        {
            var list = words.ToList();
            var bits = new ulong[list.Count == 0 ? 1 : (list.Max() >> 6) + 1];
            foreach (var w in list)
            {
                bits[w >> 6] |= 1UL << (w & 63);
            }

            Classes.Add(bits);
            return Classes.Count - 1;
        }

        /// <summary>Reserves a pattern id; its variants are added with <see cref="Add"/>.</summary>
        public int AddPattern(PatternAnchors anchors)
        {
            Anchors.Add(anchors);
            return Anchors.Count - 1;
        }

        /// <summary>
        /// Adds a pattern as a sequence of elements, each a set of alternative atom sequences. Prefixes are shared
        /// with other patterns (a trie); after an element with several alternatives the paths rejoin through a
        /// fresh node, so alternatives cost their sum, not their product.
        /// </summary>
        public void Add(int pattern, IReadOnlyList<List<List<Atom>>> elements)
        {
            List<int> frontier = [0];
            for (var e = 0; e < elements.Count; e++)
            {
                var ends = new List<int>();
                foreach (var alternative in elements[e])
                {
                    foreach (var from in frontier)
                    {
                        var node = from;
                        foreach (var atom in alternative)
                        {
                            node = atom.Kind switch
                            {
                                AtomKind.Word => Child(node, atom.Value),
                                AtomKind.Class => ClassChild(node, atom.Value),
                                _ => GapChild(node, (byte)atom.Value),
                            };
                        }

                        if (!ends.Contains(node))
                        {
                            ends.Add(node);
                        }
                    }
                }

                if (ends.Contains(0))
                {
                    throw new FormatException("A pattern must not be able to match nothing.");
                }

                if (ends.Any(n => GapBudget[n] > 0) && e == elements.Count - 1)
                {
                    throw new FormatException("A pattern must end with a word, not a gap.");
                }

                // Paths stay apart (a plain trie, the cheapest to run: one live state per distinct prefix) while
                // they are few; past that they rejoin, so alternatives cost their sum rather than their product.
                if (ends.Count > MaxFrontier && e < elements.Count - 1)
                {
                    // Paths that end on the same set of nodes have matched the same words: share their join node,
                    // so patterns with a common beginning keep one live state, not one each.
                    ends.Sort();
                    var key = string.Join(',', ends);
                    if (!_joins.TryGetValue(key, out var join))
                    {
                        join = NewNode();
                        foreach (var end in ends)
                        {
                            Epsilons[end].Add(join);
                        }

                        _joins.Add(key, join);
                    }

                    ends = [join];
                }

                frontier = ends;
            }

            foreach (var node in frontier)
            {
                if (!Terminals[node].Contains(pattern))
                {
                    Terminals[node].Add(pattern);
                }
            }
        }

        public PatternAutomaton Build() => new(this);

        private int NewNode(byte gapBudget = 0)
        {
            ClassEdges.Add([]);
            GapEdges.Add([]);
            Epsilons.Add([]);
            GapBudget.Add(gapBudget);
            Terminals.Add([]);
            return Terminals.Count - 1;
        }

        private int Child(int node, int word)
        {
            if (!WordEdges.TryGetValue(Key(node, word), out var child))
            {
                child = NewNode();
                WordEdges.Add(Key(node, word), child);
            }

            return child;
        }

        private int ClassChild(int node, int cls)
        {
            foreach (var (c, child) in ClassEdges[node])
            {
                if (c == cls)
                {
                    return child;
                }
            }

            var created = NewNode();
            ClassEdges[node].Add((cls, created));
            return created;
        }

        private int GapChild(int node, byte budget)
        {
            foreach (var gap in GapEdges[node])
            {
                if (GapBudget[gap] == budget)
                {
                    return gap;
                }
            }

            var created = NewNode(budget);
            GapEdges[node].Add(created);
            return created;
        }
    }
}

/// <summary>Where a pattern must stand in the message.</summary>
[Flags]
internal enum PatternAnchors : byte
{
    None = 0,
    /// <summary>The first word of the message (<c>^</c>).</summary>
    Start = 1,
    /// <summary>The last word of the message (<c>$</c>).</summary>
    End = 2,
}
