using System.Numerics;
using System.Runtime.InteropServices;

namespace Mend.Analysis.Patterns;

/// <summary>
/// The automaton's transitions, frozen: (node, word) → the nodes that word leads to, through a literal edge or a
/// word class the word belongs to. Each node owns a small open-addressing table of its own edges, laid out in node
/// order, so the edges of the nodes near the root (where nearly all probes go) share a few cache lines; no
/// allocation.
/// </summary>
internal sealed class EdgeTable
{
    private const int Empty = -1;

    private readonly Entry[] _entries;
    private readonly int[] _children;

    /// <summary>Lays out the edges of nodes 0..<paramref name="nodeCount"/>-1, grouped by node.</summary>
    /// <param name="edges">Per node, its words and the children each leads to.</param>
    /// <param name="nodeCount">How many nodes there are.</param>
    /// <param name="places">Receives, per node, where its table starts and the shift that picks a slot.</param>
    public EdgeTable(Dictionary<long, List<int>> edges, int nodeCount, out (int Start, byte Shift)[] places)
    {
        var byNode = new List<(int Word, List<int> Children)>?[nodeCount];
        foreach (var (key, children) in edges)
        {
            (byNode[(int)(key >> 32)] ??= []).Add(((int)(key & 0xFFFFFFFF), children));
        }

        places = new (int, byte)[nodeCount];
        var size = 0;
        for (var node = 0; node < nodeCount; node++)
        {
            if (byNode[node] is { } list)
            {
                var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(2, list.Count * 2));
                places[node] = (size, (byte)(32 - BitOperations.Log2((uint)capacity)));
                size += capacity;
            }
        }

        _entries = new Entry[size];
        Array.Fill(_entries, new Entry(Empty, 0, 0));
        var shared = new List<int>();
        for (var node = 0; node < nodeCount; node++)
        {
            if (byNode[node] is not { } list)
            {
                continue;
            }

            var (start, shift) = places[node];
            var mask = (1 << (32 - shift)) - 1;
            foreach (var (word, children) in list)
            {
                var slot = Slot(word, shift);
                while (_entries[start + slot].Word != Empty)
                {
                    slot = (slot + 1) & mask;
                }

                if (children.Count == 1)
                {
                    _entries[start + slot] = new Entry(word, children[0], 1);
                    continue;
                }

                _entries[start + slot] = new Entry(word, shared.Count, children.Count);
                shared.AddRange(children);
            }
        }

        _children = [.. shared];
    }

    public static long Key(int node, int word) => ((long)node << 32) | (uint)word;

    /// <summary>How many slots the tables take (for diagnostics).</summary>
    public int Slots => _entries.Length;

    /// <summary>The nodes reached by <paramref name="word"/> from the node whose table is at <paramref name="start"/>.</summary>
    public ReadOnlySpan<int> Next(int start, byte shift, int word)
    {
        var mask = (1 << (32 - shift)) - 1;
        for (var slot = Slot(word, shift); ; slot = (slot + 1) & mask)
        {
            ref readonly var entry = ref _entries[start + slot];
            if (entry.Word == word)
            {
                // The common single child sits in the slot itself: one cache line per probe.
                return entry.Count == 1
                    ? MemoryMarshal.CreateReadOnlySpan(in entry.Value, 1)
                    : _children.AsSpan(entry.Value, entry.Count);
            }

            if (entry.Word == Empty)
            {
                return default;
            }
        }
    }

    private static int Slot(int word, byte shift) => (int)(((uint)word * 0x9E3779B1u) >> shift);

    /// <summary>A word and either its only child (count 1) or where its children start in the shared array.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private readonly struct Entry(int word, int value, int count)
    {
        public readonly int Word = word;
        public readonly int Value = value;
        public readonly int Count = count;
    }
}
