using System.Numerics;

namespace Mend.Analysis.Patterns;

/// <summary>
/// The automaton's transitions, frozen: (node, word) → the nodes that word leads to, through a literal edge or a
/// word class the word belongs to. One open-addressing probe per live state and token; no allocation.
/// </summary>
internal sealed class EdgeTable
{
    private const long Empty = -1;

    private readonly long[] _keys;
    private readonly int[] _offsets;
    private readonly int[] _counts;
    private readonly int[] _children;
    private readonly int _shift;

    public EdgeTable(Dictionary<long, List<int>> edges)
    {
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, edges.Count * 2));
        _shift = 64 - BitOperations.Log2((uint)capacity);
        _keys = new long[capacity];
        Array.Fill(_keys, Empty);
        _offsets = new int[capacity];
        _counts = new int[capacity];
        _children = new int[edges.Values.Sum(v => v.Count)];
        var next = 0;
        foreach (var (key, children) in edges)
        {
            var slot = Slot(key);
            while (_keys[slot] != Empty)
            {
                slot = (slot + 1) & (capacity - 1);
            }

            _keys[slot] = key;
            _offsets[slot] = next;
            _counts[slot] = children.Count;
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
        var mask = _keys.Length - 1;
        for (var slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            var found = _keys[slot];
            if (found == key)
            {
                return _children.AsSpan(_offsets[slot], _counts[slot]);
            }

            if (found == Empty)
            {
                return default;
            }
        }
    }

    private int Slot(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> _shift);
}
