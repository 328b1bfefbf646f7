namespace Mend.Analysis.Patterns;

/// <summary>One step of a compiled pattern: a word, any word of a class, or a gap of up to N words.</summary>
internal readonly record struct Atom(AtomKind Kind, int Value)
{
    public static Atom Word(int id) => new(AtomKind.Word, id);

    public static Atom Class(int id) => new(AtomKind.Class, id);

    public static Atom Gap(int max) => new(AtomKind.Gap, max);
}

internal enum AtomKind : byte
{
    Word,
    Class,
    Gap,
}

/// <summary>A hit of one pattern over tokens <see cref="First"/>..<see cref="Last"/> (inclusive).</summary>
internal readonly record struct Hit(int Pattern, int First, int Last);

/// <summary>A growable, reusable list of hits; one per thread in the pipeline.</summary>
internal sealed class HitBuffer
{
    private Hit[] _items = new Hit[32];

    public int Count { get; private set; }

    public ReadOnlySpan<Hit> Span => _items.AsSpan(0, Count);

    public void Clear() => Count = 0;

    public void Add(in Hit hit)
    {
        for (var i = Count - 1; i >= 0 && _items[i].Last == hit.Last; i--)
        {
            if (_items[i] == hit)
            {
                return;
            }
        }

        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = hit;
    }
}
