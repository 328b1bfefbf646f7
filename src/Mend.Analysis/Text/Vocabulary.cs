using System.Numerics;

namespace Mend.Analysis.Text;

/// <summary>
/// The words the rules know, each with a small integer id, plus shorthand that expands to several words
/// ("idk" → i dont know). Words the rules never mention all share <see cref="Unknown"/>. Immutable once built.
/// </summary>
internal sealed class Vocabulary
{
    public const int Unknown = 0;

    private readonly string?[] _keys;
    private readonly int[][] _values;
    private readonly string[] _words;

    private Vocabulary(Dictionary<string, int[]> entries, string[] words)
    {
        // Open addressing over a small, fast hash of the characters: the tokenizer looks up every word it reads.
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, entries.Count * 2));
        _keys = new string?[capacity];
        _values = new int[capacity][];
        foreach (var (key, ids) in entries)
        {
            var slot = Hash(key) & (capacity - 1);
            while (_keys[slot] is not null)
            {
                slot = (slot + 1) & (capacity - 1);
            }

            _keys[slot] = key;
            _values[slot] = ids;
        }

        _words = words;
    }

    public int Count => _words.Length;

    /// <summary>The normalised spelling of a word id (for diagnostics and evidence).</summary>
    public string this[int id] => _words[id];

    /// <summary>Finds the word ids a normalised written word stands for: usually one, several for shorthand.</summary>
    public bool TryLookup(ReadOnlySpan<char> normalised, out int[] ids)
    {
        var mask = _keys.Length - 1;
        for (var slot = Hash(normalised) & mask; ; slot = (slot + 1) & mask)
        {
            var key = _keys[slot];
            if (key is null)
            {
                ids = null!;
                return false;
            }

            if (normalised.SequenceEqual(key))
            {
                ids = _values[slot];
                return true;
            }
        }
    }

    /// <summary>The id of a normalised word, or <see cref="Unknown"/>.</summary>
    public int IdOf(string normalised) => TryLookup(normalised, out var ids) && ids.Length == 1 ? ids[0] : Unknown;

    /// <summary>FNV-1a over the characters; words are short, so this beats a general-purpose string hash.</summary>
    private static int Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash ^ (hash >> 15)) & int.MaxValue;
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
