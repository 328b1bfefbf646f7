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

    private EdgeTable(Entry[] entries, int[] children)
    {
        _entries = entries;
        _children = children;
    }

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

    /// <summary>Lays out the nodes' tables one after the other, in the order they are added.</summary>
    /// <param name="capacity">About how many slots the tables will take.</param>
    internal sealed class Builder(int capacity)
    {
        private readonly List<Entry> _entries = new(capacity);
        private readonly List<int> _children = [];

        /// <summary>Adds one node's edges: each word with its first child and any further ones, in order.</summary>
        /// <returns>Where the node's table starts and the shift that picks a slot in it.</returns>
        public (int Start, byte Shift) Add(List<(int Word, int Child, List<int>? More)> edges)
        {
            if (edges.Count == 0)
            {
                return (0, 0);
            }

            var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(2, edges.Count * 2));
            var shift = (byte)(32 - BitOperations.Log2((uint)capacity));
            var start = _entries.Count;
            for (var i = 0; i < capacity; i++)
            {
                _entries.Add(new Entry(Empty, 0, 0));
            }

            foreach (var (word, child, more) in edges)
            {
                var slot = Slot(word, shift);
                while (_entries[start + slot].Word != Empty)
                {
                    slot = (slot + 1) & (capacity - 1);
                }

                if (more is null)
                {
                    _entries[start + slot] = new Entry(word, child, 1);
                    continue;
                }

                _entries[start + slot] = new Entry(word, _children.Count, more.Count + 1);
                _children.Add(child);
                _children.AddRange(more);
            }

            return (start, shift);
        }

        public EdgeTable Build() => new([.. _entries], [.. _children]);
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
