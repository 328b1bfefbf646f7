using System.Numerics;
using System.Runtime.InteropServices;

namespace Mend.Analysis.Patterns;

/// <summary>
/// The automaton's transitions, frozen: (node, word) → the nodes that word leads to, through a literal edge or a
/// word class the word belongs to. One open-addressing probe per live state and token, usually one cache line;
/// no allocation.
/// </summary>
internal sealed class EdgeTable
{
    private const long Empty = -1;

    private readonly Entry[] _entries;
    private readonly int[] _children;
    private readonly int _shift;

    public EdgeTable(Dictionary<long, List<int>> edges)
    {
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, edges.Count * 2));
        _shift = 64 - BitOperations.Log2((uint)capacity);
        _entries = new Entry[capacity];
        Array.Fill(_entries, new Entry(Empty, 0, 0));
        _children = new int[edges.Values.Where(v => v.Count > 1).Sum(v => v.Count)];
        var next = 0;
        foreach (var (key, children) in edges)
        {
            var slot = Slot(key);
            while (_entries[slot].Key != Empty)
            {
                slot = (slot + 1) & (capacity - 1);
            }

            if (children.Count == 1)
            {
                _entries[slot] = new Entry(key, children[0], 1);
                continue;
            }

            _entries[slot] = new Entry(key, next, children.Count);
            foreach (var child in children)
            {
                _children[next++] = child;
            }
        }
    }

    public static long Key(int node, int word) => ((long)node << 32) | (uint)word;

    /// <summary>The nodes reached from <paramref name="node"/> by <paramref name="word"/>; empty when none.</summary>
    public ReadOnlySpan<int> Next(int node, int word)
    {
        var key = Key(node, word);
        var mask = _entries.Length - 1;
        for (var slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            ref readonly var entry = ref _entries[slot];
            if (entry.Key == key)
            {
                // The common single child sits in the slot itself: one cache line per probe.
                return entry.Count == 1
                    ? MemoryMarshal.CreateReadOnlySpan(in entry.Value, 1)
                    : _children.AsSpan(entry.Value, entry.Count);
            }

            if (entry.Key == Empty)
            {
                return default;
            }
        }
    }

    private int Slot(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> _shift);

    /// <summary>A key and either its only child (count 1) or where its children start in the shared array.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private readonly struct Entry(long key, int value, int count)
    {
        public readonly long Key = key;
        public readonly int Value = value;
        public readonly int Count = count;
    }
}
