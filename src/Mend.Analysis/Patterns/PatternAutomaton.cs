using System.Buffers;
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

    /// <summary>Everything the matching loop reads of a node, in one record; nodes are numbered breadth first.</summary>
    private readonly NodeData[] _nodes;

    /// <summary>Per node (a range in <see cref="NodeData"/>), the states its gaps and join nodes add, in push order.</summary>
    private readonly Step[] _closures;

    /// <summary>Per node, the patterns that end there or at a join node it reaches without a word, in hit order.</summary>
    private readonly Terminal[] _terminals;

    private readonly int _patternCount;

    private PatternAutomaton(Builder b)
    {
        _patternCount = b.Anchors.Count;
        var count = b.Terminals.Count;
        if (b.GapBudget[0] > 0 || b.GapEdges[0].Count > 0 || b.Epsilons[0].Count > 0 || b.Terminals[0].Count > 0)
        {
            throw new InvalidOperationException("The root must have word edges only.");
        }

        // Number the nodes breadth first: the nodes near the root, where nearly all live states are, then share a
        // few cache lines instead of being scattered over the whole node table.
        var wordEdges = new List<(int Word, int Child)>?[count];
        foreach (var (key, child) in b.WordEdges)
        {
            (wordEdges[(int)(key >> 32)] ??= []).Add(((int)(key & 0xFFFFFFFF), child));
        }

        var order = new int[count];
        var id = new int[count];
        Array.Fill(id, -1);
        id[0] = 0;
        var numbered = 1;
        for (var head = 0; head < numbered; head++)
        {
            var node = order[head];
            void Visit(int child)
            {
                if (id[child] < 0)
                {
                    id[child] = numbered;
                    order[numbered++] = child;
                }
            }

            foreach (var (_, child) in wordEdges[node] ?? [])
            {
                Visit(child);
            }

            foreach (var (_, child) in b.ClassEdges[node])
            {
                Visit(child);
            }

            foreach (var child in b.GapEdges[node])
            {
                Visit(child);
            }

            foreach (var child in b.Epsilons[node])
            {
                Visit(child);
            }
        }

        if (numbered != count)
        {
            throw new InvalidOperationException("Every node must be reachable from the root.");
        }

        // Class edges become word edges, one per member: matching then needs one probe per state and token. A
        // word's children keep their order: the literal edge first, then the classes in the order they were added.
        var members = b.Classes.Select(Members).ToArray();
        var table = new EdgeTable.Builder(4 * count);
        var places = new (int Start, byte Shift)[count];
        var signature = new ulong[count];
        var onlyWord = new int[count];
        var nodeEdges = new List<(int Word, int Child, List<int>? More)>();
        // Where each word already stands in this node's list: stamped with the node, so nothing is cleared per node.
        var wordCount = Math.Max(
            b.WordEdges.Keys.Select(k => (int)(k & 0xFFFFFFFF)).DefaultIfEmpty(0).Max(),
            members.SelectMany(m => m).DefaultIfEmpty(0).Max()) + 1;
        var slotOf = new int[wordCount];
        var stamp = new int[wordCount];
        Array.Fill(stamp, -1);
        _rootRow = [];
        for (var n = 0; n < count; n++)
        {
            var old = order[n];
            nodeEdges.Clear();
            foreach (var (word, child) in wordEdges[old] ?? [])
            {
                slotOf[word] = nodeEdges.Count;
                stamp[word] = n;
                nodeEdges.Add((word, id[child], null));
            }

            foreach (var (cls, child) in b.ClassEdges[old])
            {
                foreach (var word in members[cls])
                {
                    if (stamp[word] != n)
                    {
                        slotOf[word] = nodeEdges.Count;
                        stamp[word] = n;
                        nodeEdges.Add((word, id[child], null));
                        continue;
                    }

                    var i = slotOf[word];
                    var (w, first, more) = nodeEdges[i];
                    if (first != id[child] && (more is null || !more.Contains(id[child])))
                    {
                        (more ??= []).Add(id[child]);
                        nodeEdges[i] = (w, first, more);
                    }
                }
            }

            foreach (var (word, _, _) in nodeEdges)
            {
                signature[n] |= 1UL << (word & 63);
            }

            // A node with one edge keeps it in its own record: following it then reads no edge table at all.
            places[n] = nodeEdges is [(_, var onlyChild, null)] && n != 0 ? (onlyChild, (byte)0) : table.Add(nodeEdges);
            onlyWord[n] = nodeEdges is [(var single, _, null)] && n != 0 ? single : 0;
            if (n == 0)
            {
                // The root is probed at every token: give it a dense row (a child, none, or "several: ask the table").
                _rootRow = new int[nodeEdges.Select(e => e.Word).DefaultIfEmpty(0).Max() + 1];
                Array.Fill(_rootRow, NoChild);
                foreach (var (word, child, more) in nodeEdges)
                {
                    _rootRow[word] = more is null ? child : SeveralChildren;
                }
            }
        }

        _edges = table.Build();

        // A state is worth keeping only at a node that can still consume a word (or wait in a gap); nodes whose
        // paths continue only through join nodes hand over to those and drop out.
        var live = new bool[count];
        for (var old = 0; old < count; old++)
        {
            live[old] = signature[id[old]] != 0 || b.GapBudget[old] > 0;
        }

        // Gaps and join nodes are followed once here, not at every token: each node keeps the flat list of states
        // that entering it adds and of patterns that end with it, in the order the recursive walk would visit them.
        var closures = new List<Step>();
        var terminals = new List<Terminal>();
        _nodes = new NodeData[count];
        for (var n = 0; n < count; n++)
        {
            var old = order[n];
            var closureStart = closures.Count;
            if (b.GapEdges[old].Count > 0 || b.Epsilons[old].Count > 0)
            {
                AddClosure(old);
            }

            var terminalStart = terminals.Count;
            if (b.Terminals[old].Count > 0 || b.Epsilons[old].Count > 0)
            {
                AddTerminals(old);
            }
            _nodes[n] = new NodeData(
                signature[n],
                places[n].Start,
                onlyWord[n],
                closureStart,
                terminalStart,
                checked((ushort)(closures.Count - closureStart)),
                checked((ushort)(terminals.Count - terminalStart)),
                places[n].Shift,
                live[old],
                b.GapBudget[old]);
        }

        // A gap whose node adds no states of its own has nothing after it but its edges (the lookahead's test, which
        // must agree with the one applied when a gap state waits).
        for (var i = 0; i < closures.Count; i++)
        {
            closures[i] = closures[i] with { EdgesOnly = _nodes[closures[i].Node].ClosureCount == 0 };
        }

        _closures = [.. closures];
        _terminals = [.. terminals];

        void AddClosure(int node)
        {
            foreach (var gap in b.GapEdges[node])
            {
                Follow(gap);
            }

            foreach (var target in b.Epsilons[node])
            {
                Follow(target);
            }
        }

        void Follow(int node)
        {
            if (live[node])
            {
                closures.Add(new Step(id[node], b.GapBudget[node], signature[id[node]], false));
            }

            AddClosure(node);
        }

        void AddTerminals(int node)
        {
            foreach (var target in b.Epsilons[node])
            {
                AddTerminals(target);
            }

            foreach (var pattern in b.Terminals[node])
            {
                terminals.Add(new Terminal(pattern, b.Anchors[pattern]));
            }
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

    public int PatternCount => _patternCount;

    public int NodeCount => _nodes.Length;

    /// <summary>The sizes of the frozen tables, for the benchmark's diagnostics.</summary>
    public string Describe() => $"{_edges.Slots} edge slots, {_closures.Length} closure steps, {_terminals.Length} terminals, root row of {_rootRow.Length}";

    /// <summary>Finds every hit of every pattern in <paramref name="tokens"/>.</summary>
    public void Match(ReadOnlySpan<Token> tokens, HitBuffer hits)
    {
        if (!Match(tokens, hits, lookahead: true))
        {
            // So many states were alive at once that the table might have been full without the lookahead; run
            // again without it, so that even then exactly the same states are kept and dropped.
            Match(tokens, hits, lookahead: false);
        }
    }

    /// <summary>
    /// One pass over the tokens. With <paramref name="lookahead"/>, a state at a node without a gap is kept only when
    /// the next token's word can follow it (it would read that one word and die otherwise), and nothing is kept at the
    /// last token of a sentence; such states could never add a hit or a state, so hits come out exactly as without.
    /// </summary>
    /// <returns>False when the lookahead cannot promise that: the state table might have overflowed without it (never false without the lookahead).</returns>
    internal bool Match(ReadOnlySpan<Token> tokens, HitBuffer hits, bool lookahead)
    {
        hits.Clear();
        Span<State> a = stackalloc State[MaxStates];
        Span<State> b = stackalloc State[MaxStates];
        var nodes = _nodes;

        // Per token, the word bits of it and the rest of its sentence: what a gap there can still meet.
        ulong[]? rented = null;
        var reach = tokens.Length <= 256 ? stackalloc ulong[256] : (rented = ArrayPool<ulong>.Shared.Rent(tokens.Length));
        if (lookahead)
        {
            for (var t = tokens.Length - 1; t >= 0; t--)
            {
                var w = tokens[t].Word;
                var rest = t + 1 < tokens.Length && tokens[t + 1].Sentence == tokens[t].Sentence ? reach[t + 1] : 0;
                reach[t] = rest | (w != Vocabulary.Unknown ? 1UL << (w & 63) : 0);
            }
        }

        try
        {
            return Run(tokens, hits, lookahead, a, b, reach, nodes);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<ulong>.Shared.Return(rented);
            }
        }
    }

    private bool Run(ReadOnlySpan<Token> tokens, HitBuffer hits, bool lookahead, Span<State> a, Span<State> b, Span<ulong> reach, NodeData[] nodes)
    {
        var current = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            var word = tokens[t].Word;
            var sentence = tokens[t].Sentence;
            var known = word != Vocabulary.Unknown; // no edge is labelled with an unknown word: only gaps go on
            var bit = known ? 1UL << (word & 63) : 0;

            // What the states kept now will read next: nothing past the message or the sentence (they are dropped).
            var next = new NextStates(b);
            if (lookahead)
            {
                var ends = t + 1 == tokens.Length || tokens[t + 1].Sentence != sentence;
                next.Filter = true;
                next.Keep = ends ? 0 : tokens[t + 1].Word != Vocabulary.Unknown ? 1UL << (tokens[t + 1].Word & 63) : 0;
                next.Reach = ends ? 0 : reach[t + 1];
                next.KeepGaps = !ends;
            }

            // The root is live at every token; it needs no state of its own.
            var root = known && (uint)word < (uint)_rootRow.Length ? _rootRow[word] : NoChild;
            if (root >= 0)
            {
                Enter(root, t, t, tokens.Length, ref next, hits);
            }
            else if (root == SeveralChildren)
            {
                foreach (var child in _edges.Next(nodes[0].EdgeStart, nodes[0].EdgeShift, word))
                {
                    Enter(child, t, t, tokens.Length, ref next, hits);
                }
            }

            if (t > 0 && sentence != tokens[t - 1].Sentence)
            {
                current = 0; // no pattern spans two sentences: every live state began in an earlier one
            }

            for (var s = 0; s < current; s++)
            {
                var state = a[s];
                ref readonly var node = ref nodes[state.Node];
                if ((node.Signature & bit) != 0)
                {
                    if (node.OnlyWord != 0)
                    {
                        if (node.OnlyWord == word)
                        {
                            Enter(node.EdgeStart, state.Start, t, tokens.Length, ref next, hits);
                        }
                    }
                    else
                    {
                        foreach (var child in _edges.Next(node.EdgeStart, node.EdgeShift, word))
                        {
                            Enter(child, state.Start, t, tokens.Length, ref next, hits);
                        }
                    }
                }

                if (state.Budget > 0 && next.Waits(node.Signature, node.ClosureCount == 0))
                {
                    // A gap waits one word more, and again offers what follows it.
                    next.Push(new State(state.Node, state.Start, (byte)(state.Budget - 1)));
                    for (int k = node.ClosureStart, end = k + node.ClosureCount; k < end; k++)
                    {
                        next.Offer(_closures[k], state.Start);
                    }
                }
            }

            if (lookahead && next.Count + next.Skipped >= MaxStates)
            {
                return false;
            }

            var swap = a;
            a = b;
            b = swap;
            current = next.Count;
        }

        return true;
    }

    /// <summary>
    /// Records the patterns that end at a node reached by a word, keeps it as a state if it can go on, and adds the
    /// gaps and join nodes that follow it.
    /// </summary>
    private void Enter(int child, int start, int t, int count, ref NextStates next, HitBuffer hits)
    {
        ref readonly var node = ref _nodes[child];
        if (node.TerminalCount > 0)
        {
            foreach (var terminal in _terminals.AsSpan(node.TerminalStart, node.TerminalCount))
            {
                if ((terminal.Anchors & PatternAnchors.Start) != 0 && start != 0)
                {
                    continue;
                }

                if ((terminal.Anchors & PatternAnchors.End) != 0 && t != count - 1)
                {
                    continue;
                }

                hits.Add(new Hit(terminal.Pattern, start, t));
            }
        }

        if (node.Live)
        {
            next.Offer(new Step(child, 0, node.Signature, false), start); // reached by a word, so never a gap
        }

        for (int k = node.ClosureStart, end = k + node.ClosureCount; k < end; k++)
        {
            next.Offer(_closures[k], start);
        }
    }

    /// <summary>
    /// The states kept for the next token, in the order they were first offered; a state offered again keeps its
    /// place and the larger budget.
    /// </summary>
    private ref struct NextStates(Span<State> items)
    {
        private readonly Span<State> _items = items;

        /// <summary>A bit per (node mod 64) already in the list: most offers are new and need no search.</summary>
        private ulong _present;

        public int Count;

        /// <summary>How many offers the lookahead turned away (to bound how full the table would otherwise be).</summary>
        public int Skipped;

        /// <summary>Whether the lookahead turns states away at all.</summary>
        public bool Filter;

        /// <summary>The next token's word bit: a state without a gap is kept only if its node has an edge in it.</summary>
        public ulong Keep;

        /// <summary>
        /// The word bits of the rest of the sentence: a gap with nothing after it but its own edges is kept only if
        /// one of them may still come. Whether it may depends on the node and the token only, never on the budget,
        /// so every offer of one state in one step is kept or turned away alike, and a state turned away once would
        /// be turned away at every later token of the sentence: the other states keep their order.
        /// </summary>
        public ulong Reach;

        /// <summary>Whether gap states are kept at all (not at the last token of a sentence).</summary>
        public bool KeepGaps;

        public void Offer(Step step, int start)
        {
            if (Filter && (step.Budget > 0 ? !KeepGaps || (step.EdgesOnly && (step.Signature & Reach) == 0) : (step.Signature & Keep) == 0))
            {
                Skipped++;
                return;
            }

            Push(new State(step.Node, start, step.Budget));
        }

        /// <summary>Whether a gap state waits one word more (and offers what follows it again).</summary>
        public bool Waits(ulong signature, bool edgesOnly)
        {
            if (Filter && (!KeepGaps || (edgesOnly && (signature & Reach) == 0)))
            {
                Skipped++;
                return false;
            }

            return true;
        }

        public void Push(State state)
        {
            var bit = 1UL << (state.Node & 63);
            if ((_present & bit) != 0)
            {
                for (var i = 0; i < Count; i++)
                {
                    if (_items[i].Node == state.Node && _items[i].Start == state.Start)
                    {
                        if (state.Budget > _items[i].Budget)
                        {
                            _items[i] = state;
                        }

                        return;
                    }
                }
            }

            if (Count < _items.Length)
            {
                _present |= bit;
                _items[Count++] = state;
            }
        }
    }

    /// <summary>What matching reads of one node.</summary>
    /// <param name="Signature">One bit per (word mod 64) that labels one of its edges: most probes are answered here.</param>
    /// <param name="EdgeStart">Where its own edge table starts in <see cref="EdgeTable"/>, or for a node with one edge, its child.</param>
    /// <param name="OnlyWord">For a node with one edge (and one child by it), that edge's word; otherwise 0.</param>
    /// <param name="ClosureStart">Where its states-without-a-word begin in the closure list.</param>
    /// <param name="TerminalStart">Where the patterns ending with it begin in the terminal list.</param>
    /// <param name="ClosureCount">How many states-without-a-word there are.</param>
    /// <param name="TerminalCount">How many patterns end with it.</param>
    /// <param name="EdgeShift">The shift that turns a word's hash into a slot of its edge table.</param>
    /// <param name="Live">Whether a state here can still consume a word or wait in a gap.</param>
    /// <param name="Budget">For a gap node, how many words it may skip.</param>
    private readonly record struct NodeData(
        ulong Signature,
        int EdgeStart,
        int OnlyWord,
        int ClosureStart,
        int TerminalStart,
        ushort ClosureCount,
        ushort TerminalCount,
        byte EdgeShift,
        bool Live,
        byte Budget);

    /// <summary>
    /// A state that entering a node adds without reading a word: a gap or a join node, with its budget and the node's
    /// word signature (so that the lookahead needs no read of the node).
    /// </summary>
    /// <param name="Node">The node.</param>
    /// <param name="Budget">How many words a gap there may skip.</param>
    /// <param name="Signature">The node's word signature.</param>
    /// <param name="EdgesOnly">For a gap, whether its own edges are all that may follow it (no further gap or join).</param>
    private readonly record struct Step(int Node, byte Budget, ulong Signature, bool EdgesOnly);

    /// <summary>A pattern that ends at a node, with where it must stand.</summary>
    private readonly record struct Terminal(int Pattern, PatternAnchors Anchors);

    private static long Key(int node, int word) => ((long)node << 32) | (uint)word;

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
