using System.Numerics;
using System.Runtime.InteropServices;

namespace Mend.Analysis.Text;

/// <summary>
/// The words the rules know, each with a small integer id, plus shorthand that expands to several words
/// ("idk" → i dont know). Words the rules never mention all share <see cref="Unknown"/>. Immutable once built.
/// </summary>
internal sealed class Vocabulary
{
    public const int Unknown = 0;

    /// <summary>One open-addressing table of entries, each with its key's hash, so most probes read one entry only.</summary>
    private readonly Entry[] _entries;

    /// <summary>Every key's characters, one after the other.</summary>
    private readonly char[] _chars;

    /// <summary>The word ids of shorthand that stands for several words.</summary>
    private readonly int[] _expansions;

    private readonly string[] _words;

    private Vocabulary(Dictionary<string, int[]> entries, string[] words)
    {
        // Open addressing over a small, fast hash of the characters: the tokenizer looks up every word it reads.
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, entries.Count * 2));
        _entries = new Entry[capacity];
        var chars = new List<char>();
        var expansions = new List<int>();
        foreach (var (key, ids) in entries)
        {
            var hash = Finish(Fold(Start, key));
            var slot = hash & (capacity - 1);
            while (_entries[slot].Count != 0)
            {
                slot = (slot + 1) & (capacity - 1);
            }

            var value = ids[0];
            if (ids.Length > 1)
            {
                value = expansions.Count;
                expansions.AddRange(ids);
            }

            _entries[slot] = new Entry(hash, value, chars.Count, key.Length, ids.Length);
            chars.AddRange(key);
        }

        _chars = [.. chars];
        _expansions = [.. expansions];
        _words = words;
    }

    public int Count => _words.Length;

    /// <summary>The normalised spelling of a word id (for diagnostics and evidence).</summary>
    public string this[int id] => _words[id];

    /// <summary>Where the hash of a word starts, before <see cref="Fold(uint, char)"/> takes in its characters.</summary>
    public const uint Start = 2166136261u;

    /// <summary>Takes one more character into a word's hash (FNV-1a).</summary>
    public static uint Fold(uint hash, char c) => (hash ^ c) * 16777619u;

    /// <summary>Finds the word ids a normalised written word stands for: usually one, several for shorthand.</summary>
    public bool TryLookup(ReadOnlySpan<char> normalised, out ReadOnlySpan<int> ids) =>
        TryLookup(normalised, Fold(Start, normalised), out ids);

    /// <summary>
    /// As <see cref="TryLookup(ReadOnlySpan{char}, out ReadOnlySpan{int})"/>, with the word's hash already folded
    /// from <see cref="Start"/> over its characters (the tokenizer does that while it normalises them).
    /// </summary>
    public bool TryLookup(ReadOnlySpan<char> normalised, uint folded, out ReadOnlySpan<int> ids)
    {
        var hash = Finish(folded);
        var entries = _entries;
        var mask = entries.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            ref readonly var entry = ref entries[slot];
            if (entry.Count == 0)
            {
                ids = default;
                return false;
            }

            if (entry.Hash == hash && normalised.SequenceEqual(_chars.AsSpan(entry.KeyStart, entry.KeyLength)))
            {
                ids = entry.Count == 1
                    ? MemoryMarshal.CreateReadOnlySpan(in entry.Value, 1)
                    : _expansions.AsSpan(entry.Value, entry.Count);
                return true;
            }
        }
    }

    /// <summary>The id of a normalised word, or <see cref="Unknown"/>.</summary>
    public int IdOf(string normalised) => TryLookup(normalised, out var ids) && ids.Length == 1 ? ids[0] : Unknown;

    private static uint Fold(uint hash, ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            hash = Fold(hash, c);
        }

        return hash;
    }

    /// <summary>FNV-1a over the characters, finished; words are short, so this beats a general-purpose string hash.</summary>
    private static int Finish(uint hash) => (int)(hash ^ (hash >> 15)) & int.MaxValue;

    /// <summary>A key (its hash and where its characters are) and its one word id, or where its several ids start.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private readonly struct Entry(int hash, int value, int keyStart, int keyLength, int count)
    {
        public readonly int Hash = hash;
        public readonly int Value = value;
        public readonly int KeyStart = keyStart;
        public readonly short KeyLength = checked((short)keyLength);

        /// <summary>How many word ids the key stands for; 0 marks an empty slot.</summary>
        public readonly short Count = checked((short)count);
    }

    /// <summary>Collects words and shorthand, then freezes them.</summary>
    public sealed class Builder
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal) { [""] = Unknown };
        private readonly List<string> _words = [""];
        private readonly Dictionary<string, string[]> _shorthand = new(StringComparer.Ordinal);

        /// <summary>Adds a normalised word if new and returns its id.</summary>
        public int Add(string normalised)
        {
            if (_shorthand.TryGetValue(normalised, out var expansion) && expansion.Length == 1)
            {
                normalised = expansion[0];
            }

            if (!_ids.TryGetValue(normalised, out var id))
            {
                id = _words.Count;
                _ids.Add(normalised, id);
                _words.Add(normalised);
            }

            return id;
        }

        /// <summary>Declares that a written form stands for one or more normalised words.</summary>
        public void AddShorthand(string written, string[] expansion) => _shorthand[written] = expansion;

        /// <summary>How a normalised written word expands (itself when it is no shorthand).</summary>
        public string[] Expand(string normalised) => _shorthand.TryGetValue(normalised, out var e) ? e : [normalised];

        public Vocabulary Build()
        {
            var entries = new Dictionary<string, int[]>(StringComparer.Ordinal);
            foreach (var (word, id) in _ids)
            {
                entries[word] = [id];
            }

            foreach (var (written, expansion) in _shorthand)
            {
                var ids = new int[expansion.Length];
                for (var i = 0; i < expansion.Length; i++)
                {
                    ids[i] = Add(expansion[i]);
                }

                entries[written] = ids;
            }

            foreach (var (word, id) in _ids)
            {
                entries.TryAdd(word, [id]);
            }

            return new Vocabulary(entries, [.. _words]);
        }
    }
}
