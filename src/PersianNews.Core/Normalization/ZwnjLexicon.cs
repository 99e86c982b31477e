using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace PersianNews.Core;

/// <summary>
/// The word classes ZWNJ repair consults, loaded once (lazily, thread-safe) from the embedded resource
/// <c>Normalization/Lexicon/lexicon.txt.gz</c>, which <c>tools/lexicon/build-lexicon.py</c> derives from
/// @cspell/dict-fa-ir (Apache-2.0, see the NOTICE beside it) and our own compound list.
/// </summary>
internal sealed class ZwnjLexicon
{
    private ZwnjLexicon(Dictionary<string, List<string>> sections)
    {
        Plural = WordSet.Create(Get(sections, "plural"));
        Comparative = WordSet.Create(Get(sections, "comparative"));
        Heh = WordSet.Create(Get(sections, "heh"));
        Verb = WordSet.Create(Get(sections, "verb"));
        MiBlock = WordSet.Create(Get(sections, "miblock"));
        HehYeBlock = WordSet.Create(Get(sections, "hehiblock"));
        BeBlock = WordSet.Create(Get(sections, "beblock"));
        KamBlock = WordSet.Create(Get(sections, "kamblock"));
        HaBlock = WordSet.Create(Get(sections, "hablock"));
        ShanBlock = WordSet.Create(Get(sections, "shanblock"));
        HehEzafe = WordSet.Create(Get(sections, "hehezafe"));
        NumeralBlock = WordSet.Create(Get(sections, "numblock"));
        Noun = WordSet.Create(Get(sections, "noun"));
        Lexicalized = WordSet.Create(Get(sections, "lexicalized"));

        var joined = new List<string>();
        var masks = new List<int>();
        foreach (string compound in Get(sections, "compound"))
        {
            var sb = new StringBuilder(compound.Length);
            // The last character is the build script's flag: '>' split only, '=' split and join, '<' join only.
            int mask = compound.EndsWith('>') ? SplitOnly : compound.EndsWith('<') ? JoinOnly : 0;
            foreach (char c in compound.TrimEnd('<', '>', '='))
            {
                if (c == PersianLetters.Zwnj)
                {
                    if (sb.Length < 29)
                    {
                        mask |= 1 << sb.Length;
                    }
                }
                else
                {
                    sb.Append(c);
                }
            }

            joined.Add(sb.ToString());
            masks.Add(mask);
        }

        Compounds = WordSet.Create(joined, masks);
        CompoundsToSplit = joined.Where((_, i) => (masks[i] & JoinOnly) == 0).ToList();
        CompoundsToJoin = WordSet.Create(joined.Where((_, i) => (masks[i] & SplitOnly) == 0).ToList());
    }

    /// <summary>Flag of a compound whose spaced form is standard too (به ویژه): only its joined form is split.</summary>
    public const int SplitOnly = 1 << 30;

    /// <summary>Flag of a compound whose joined form is standard too (پنجشنبه): only its spaced form is joined.</summary>
    public const int JoinOnly = 1 << 29;

    /// <summary>The lexicon, loaded on first use.</summary>
    public static ZwnjLexicon Instance => Holder.Value;

    /// <summary>Nouns X whose plural is X+ها.</summary>
    public WordSet Plural { get; }

    /// <summary>Adjectives X with X+تر and X+ترین.</summary>
    public WordSet Comparative { get; }

    /// <summary>Words ending in ه.</summary>
    public WordSet Heh { get; }

    /// <summary>Verb forms that can follow می/نمی.</summary>
    public WordSet Verb { get; }

    /// <summary>Words starting with می/نمی that are words of their own (میز، میدان، میلیون).</summary>
    public WordSet MiBlock { get; }

    /// <summary>Words ending in هی whose ی belongs to the word (ماهی، آگاهی).</summary>
    public WordSet HehYeBlock { get; }

    /// <summary>Words starting with به that are words of their own (بهار، بهتر، بهداشت).</summary>
    public WordSet BeBlock { get; }

    /// <summary>Words starting with کم that are words of their own (کمک، کمیته، کمبود، کمیاب): کم is not split off.</summary>
    public WordSet KamBlock { get; }

    /// <summary>Words ending in ها/های/هایی that are no plural (انتها، انتهای).</summary>
    public WordSet HaBlock { get; }

    /// <summary>Words ending in شان that are words of their own (پریشان، نشان).</summary>
    public WordSet ShanBlock { get; }

    /// <summary>ه-words read as word + ای rather than a shorter noun + های (حرفه‌ای، منطقه‌ای).</summary>
    public WordSet HehEzafe { get; }

    /// <summary>Nouns without a plural in ها in the dictionary (broken plurals such as منابع، nouns such as تنش، حقوق).</summary>
    public WordSet Noun { get; }

    /// <summary>Words that start with a number word and are words of their own (یکسان، هفتاد، پنجره): never split.</summary>
    public WordSet NumeralBlock { get; }

    /// <summary>Derived words that standard orthography writes on (دانشجو، رایزنی، شاهزاده): no second part is split off.</summary>
    public WordSet Lexicalized { get; }

    /// <summary>Compounds written with a ZWNJ, by their joined form; the value is a bit mask of ZWNJ positions (below bit 29) and flags.</summary>
    public WordSet Compounds { get; }

    /// <summary>The compounds whose joined form is split (no <see cref="JoinOnly"/> flag), by their joined form: the repair
    /// gate's ending table holds them.</summary>
    public IReadOnlyList<string> CompoundsToSplit { get; }

    /// <summary>The compounds whose spaced form is joined (no <see cref="SplitOnly"/> flag), for the repair gate's shape filter.</summary>
    public WordSet CompoundsToJoin { get; }

    private static List<string> Get(Dictionary<string, List<string>> sections, string name)
        => sections.TryGetValue(name, out var list) ? list : [];

    private static ZwnjLexicon Load()
    {
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        using var stream = typeof(ZwnjLexicon).Assembly.GetManifestResourceStream("PersianNews.Core.Normalization.Lexicon.lexicon.txt.gz")
            ?? throw new InvalidOperationException("The embedded ZWNJ lexicon is missing from the assembly.");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        List<string>? current = null;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '@')
            {
                current = [];
                sections[line[1..]] = current;
                continue;
            }

            current?.Add(line);
        }

        return new ZwnjLexicon(sections);
    }

    private static class Holder
    {
        // The CLR runs a static initializer once, under a lock: loading is lazy and thread-safe without Lazy<T>.
        public static readonly ZwnjLexicon Value = Load();
    }
}

/// <summary>
/// An immutable set of short words with an optional int value each, looked up by span without allocating: the words
/// live in one char array and an open-addressing table holds their indices.
/// </summary>
internal sealed class WordSet
{
    private readonly char[] _chars;
    private readonly int[] _starts;
    private readonly int[] _values;
    private readonly int[] _table;
    private readonly int _mask;

    // A 4096-bit filter on the first two letters (MayStartWith).
    private readonly ulong[] _filter = new ulong[64];

    // A filter on the first two letters, the last two letters and the length, about 16 bits per word (at least 65536, so a small set such as the compounds rejects nearly every word): most
    // words of running text are rejected by one bit test, before any hashing. Every lookup starts here.
    private readonly ulong[] _shape;
    private readonly int _shapeShift;

    private WordSet(char[] chars, int[] starts, int[] values, int[] table)
    {
        _chars = chars;
        _starts = starts;
        _values = values;
        _table = table;
        _mask = table.Length - 1;
        int bits = 16;
        while (bits < 20 && (1 << bits) < values.Length * 16)
        {
            bits++;
        }

        _shape = new ulong[(1 << bits) >> 6];
        _shapeShift = 32 - bits;
    }

    public int Count => _starts.Length - 1;

    /// <summary>The <paramref name="i"/>th word of the set and its value (the order it was created in).</summary>
    public (string Word, int Value) this[int i] => (new string(_chars, _starts[i], _starts[i + 1] - _starts[i]), _values[i]);

    public static WordSet Create(IReadOnlyList<string> words, IReadOnlyList<int>? values = null)
    {
        int total = 0;
        foreach (string w in words)
        {
            total += w.Length;
        }

        var chars = new char[total];
        var starts = new int[words.Count + 1];
        var vals = new int[words.Count];
        int p = 0;
        for (int i = 0; i < words.Count; i++)
        {
            starts[i] = p;
            words[i].CopyTo(chars.AsSpan(p));
            p += words[i].Length;
            vals[i] = values is null ? 1 : values[i];
        }

        starts[words.Count] = p;
        int size = 16;
        while (size < words.Count * 2)
        {
            size <<= 1;
        }

        var table = new int[size];
        var set = new WordSet(chars, starts, vals, table);
        for (int i = 0; i < words.Count; i++)
        {
            var w = chars.AsSpan(starts[i], starts[i + 1] - starts[i]);
            if (set.IndexOf(w) >= 0)
            {
                continue;
            }

            int h = Hash(w);
            int slot = h & set._mask;
            while (table[slot] != 0)
            {
                slot = (slot + 1) & set._mask;
            }

            table[slot] = Entry(h, i);
            if (w.Length >= 2)
            {
                int f = FilterBit(w[0], w[1]);
                set._filter[f >> 6] |= 1UL << (f & 63);
                int s = set.ShapeBit(w[0], w[1], w[^2], w[^1], w.Length);
                set._shape[s >> 6] |= 1UL << (s & 63);
            }
        }

        return set;
    }

    /// <summary>Whether some word of the set may start with these two letters (a cheap filter before a lookup).</summary>
    public bool MayStartWith(char a, char b)
    {
        int f = FilterBit(a, b);
        return (_filter[f >> 6] & (1UL << (f & 63))) != 0;
    }

    /// <summary>Whether the set holds <paramref name="word"/>.</summary>
    public bool Contains(ReadOnlySpan<char> word) => IndexOf(word) >= 0;

    /// <summary>The value stored with <paramref name="word"/>, or 0 when the set does not hold it.</summary>
    public int ValueOf(ReadOnlySpan<char> word)
    {
        int i = IndexOf(word);
        return i < 0 ? 0 : _values[i];
    }

    /// <summary>The value stored with the concatenation of <paramref name="first"/> and <paramref name="second"/>, or 0.</summary>
    public int ValueOf(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        if (first.Length + second.Length < 2 || first.IsEmpty)
        {
            return 0;
        }

        int length = first.Length + second.Length;
        char beforeLast = second.Length >= 2 ? second[^2] : second.Length == 1 ? first[^1] : first[^2];
        if (!MayHold(first[0], first.Length > 1 ? first[1] : second[0], beforeLast, second.IsEmpty ? first[^1] : second[^1], length))
        {
            return 0;
        }

        int h = Hash(second, Seed(first));
        int fingerprint = h & FingerprintMask;
        int slot = h & _mask;
        while (true)
        {
            int e = _table[slot];
            if (e == 0)
            {
                return 0;
            }

            if ((e & FingerprintMask) == fingerprint)
            {
                int i = (e & IndexMask) - 1;
                int start = _starts[i];
                var entry = _chars.AsSpan(start, _starts[i + 1] - start);
                if (entry.Length == first.Length + second.Length && entry.StartsWith(first) && entry[first.Length..].SequenceEqual(second))
                {
                    return _values[i];
                }
            }

            slot = (slot + 1) & _mask;
        }
    }

    private int IndexOf(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return -1;
        }

        if (!MayHold(word[0], word[1], word[^2], word[^1], word.Length))
        {
            return -1;
        }

        int h = Hash(word);
        int fingerprint = h & FingerprintMask;
        int slot = h & _mask;
        while (true)
        {
            int e = _table[slot];
            if (e == 0)
            {
                return -1;
            }

            if ((e & FingerprintMask) == fingerprint)
            {
                int i = (e & IndexMask) - 1;
                int start = _starts[i];
                if (_chars.AsSpan(start, _starts[i + 1] - start).SequenceEqual(word))
                {
                    return i;
                }
            }

            slot = (slot + 1) & _mask;
        }
    }

    private static int FilterBit(char a, char b) => ((a * 31) + b) & 4095;

    // A table entry: the word's index + 1 in the low 20 bits, and the top 12 bits of its hash, so a probe compares
    // characters only when the fingerprints agree (the characters live elsewhere in memory).
    private const int IndexMask = (1 << 20) - 1;
    private const int FingerprintMask = ~IndexMask;

    private static int Entry(int hash, int index)
        => index + 1 <= IndexMask ? (hash & FingerprintMask) | (index + 1) : throw new InvalidOperationException("A word set holds at most 2^20 - 2 words.");

    /// <summary>Whether the set may hold a word of this shape (a cheap filter before a lookup; no false negatives).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayHold(char first, char second, char beforeLast, char last, int length)
        => MayHold(first | ((ulong)second << 16) | ((ulong)beforeLast << 32) | ((ulong)last << 48), length);

    /// <summary>Whether the set may hold a word of this shape: its first two and last two letters packed sixteen bits
    /// each (first in the low bits), and its length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayHold(ulong letters, int length)
    {
        // The hash keeps the index in range: no bounds check.
        int s = ShapeBit(letters, length);
        return (Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_shape), s >> 6) & (1UL << (s & 63))) != 0;
    }

    // Multiplicative hashing of the word's shape; the top bits index the filter.
    private int ShapeBit(char first, char second, char beforeLast, char last, int length)
        => ShapeBit(first | ((ulong)second << 16) | ((ulong)beforeLast << 32) | ((ulong)last << 48), length);

    private int ShapeBit(ulong letters, int length)
        => (int)((letters + (uint)length) * 0x9E3779B97F4A7C15UL >> (32 + _shapeShift));

    private static int Hash(ReadOnlySpan<char> s) => Hash(s, 2166136261);

    private static uint Seed(ReadOnlySpan<char> s)
    {
        // FNV-1a: deterministic and cheap for the short words looked up here; a word can be hashed in two pieces.
        uint h = 2166136261;
        foreach (char c in s)
        {
            h = (h ^ c) * 16777619;
        }

        return h;
    }

    private static int Hash(ReadOnlySpan<char> s, uint seed)
    {
        uint h = seed;
        foreach (char c in s)
        {
            h = (h ^ c) * 16777619;
        }

        return (int)(h ^ (h >> 15));
    }
}
