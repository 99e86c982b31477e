using System.Runtime.Intrinsics;

namespace PersianNews.Core;

/// <summary>
/// A trie of Persian words and phrases matched in place over text, without allocating. Matching folds the letter
/// variants that news text mixes (Arabic ي/ك, أ/إ/آ, ۀ/ة, ؤ/ئ), skips diacritics and kashida, and treats a run of
/// spaces, no-break spaces and half-spaces (ZWNJ) between two parts of a phrase as one joint that may also be absent:
/// "می‌گویند", "می گویند" and "میگویند" all match the phrase "می گویند". A match must start and end at word
/// boundaries.
/// </summary>
internal sealed class PhraseTrie
{
    private const char Joint = '\u0001';

    private readonly List<Dictionary<char, int>?> _children = [null];
    private readonly List<int> _values = [-1];

    // Letters below this bound have a slot in the dense root table of each trie.
    private const int DenseLimit = 0x800;

    // The first two letters of a phrase, when both are in the Arabic block, are checked against a bit table first.
    private const int PairBase = 0x600;

    // Characters below this bound (Latin, Arabic script and the half-space U+200C) are folded and classed by table.
    private const int TableLimit = 0x2100;

    private static readonly char[] FoldTable = BuildFoldTable();
    private static readonly bool[] WordCharTable = BuildWordCharTable();
    private static readonly bool[] SpaceTable = BuildSpaceTable();
    private Compiled? _compiled;

    /// <summary>How many nodes the trie holds (for tests and diagnostics).</summary>
    public int NodeCount => _values.Count;

    /// <summary>Adds a phrase; words (and the parts of a word written with a half-space) are separated by a space or
    /// ZWNJ. An earlier value for the same phrase is kept.</summary>
    public void Add(string phrase, int value)
    {
        var folded = new System.Text.StringBuilder(phrase.Length);
        bool joint = false;
        foreach (char raw in phrase)
        {
            if (IsJointChar(raw))
            {
                joint = folded.Length > 0;
                continue;
            }

            char c = Fold(raw);
            if (c == '\0')
            {
                continue;
            }

            if (joint)
            {
                folded.Append(Joint);
                joint = false;
            }

            folded.Append(c);
        }

        if (folded.Length > 0)
        {
            AddVariants(folded.ToString(), 0, 0, value);
        }
    }

    // Every joint may be written or left out, so each phrase is stored in both spellings of each joint.
    private static char[] BuildFoldTable()
    {
        var table = new char[TableLimit];
        for (int c = 0; c < TableLimit; c++)
        {
            table[c] = FoldSlow((char)c);
        }

        return table;
    }

    private static bool[] BuildWordCharTable()
    {
        var table = new bool[TableLimit];
        for (int c = 0; c < TableLimit; c++)
        {
            table[c] = IsWordCharSlow((char)c);
        }

        return table;
    }

    private static bool[] BuildSpaceTable()
    {
        var table = new bool[TableLimit];
        for (int c = 0; c < TableLimit; c++)
        {
            table[c] = IsSpaceSlow((char)c);
        }

        return table;
    }

    private void AddVariants(string key, int index, int node, int value)
    {
        for (int i = index; i < key.Length; i++)
        {
            if (key[i] == Joint)
            {
                AddVariants(key, i + 1, node, value);
            }

            node = Child(node, key[i]);
        }

        if (_values[node] < 0)
        {
            _values[node] = value;
        }

        _compiled = null;
    }

    private int Child(int node, char c)
    {
        var map = _children[node] ??= [];
        if (!map.TryGetValue(c, out int next))
        {
            next = _values.Count;
            _values.Add(-1);
            _children.Add(null);
            map[c] = next;
        }

        return next;
    }

    /// <summary>
    /// Finds the longest phrase that starts at <paramref name="start"/> (which must be a word start) and ends at a word
    /// boundary no later than <paramref name="limit"/>.
    /// </summary>
    /// <returns>Whether a phrase matched; <paramref name="value"/> is its value and <paramref name="end"/> the
    /// exclusive end of the match in <paramref name="text"/>.</returns>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool TryMatch(string text, int start, int limit, out int value, out int end)
    {
        // Most calls start at a word no phrase starts with, or whose first two letters none does: the tables reject
        // those at the call site, as the walk below would at its first step, without the call.
        if (Volatile.Read(ref _compiled) is { DenseRoot: true } trie && start < limit)
        {
            char first = text[start];
            char c = Fold(first);
            if (c != '\0' && !IsJointChar(first)
                && (c >= DenseLimit || trie.Root[c] < 0 || (start + 1 < limit && NoPair(trie.Pairs, c, text[start + 1]))))
            {
                value = -1;
                end = start;
                return false;
            }
        }

        if (!Walk(text, start, limit, out value, out end))
        {
            return false;
        }

        if (NotBefore is { } notBefore && FollowedBy(notBefore, text, end))
        {
            value = -1;
            end = start;
            return false;
        }

        return true;
    }

    /// <summary>
    /// Words that, written right after a match (after a space or a half-space), make it part of a longer word rather
    /// than a phrase of its own: "قاضی زاده" is the surname قاضی‌زاده written with a space, not the title "قاضی".
    /// </summary>
    public PhraseTrie? NotBefore { get; init; }

    private static bool FollowedBy(PhraseTrie words, string text, int end)
    {
        int p = end;
        while (p < text.Length && IsJointChar(text[p]))
        {
            p++;
        }

        return p > end && p < text.Length && words.Walk(text, p, text.Length, out _, out _);
    }

    // TryMatch past the tables' first test: the word boundary, then the walk through the trie.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private bool Walk(string text, int start, int limit, out int value, out int end)
    {
        value = -1;
        end = start;
        if (start >= limit || (start > 0 && IsWordChar(text[start - 1])))
        {
            return false;
        }

        var trie = Volatile.Read(ref _compiled) ?? Compile();
        int[] values = trie.Values;
        int node = 0;
        int i = start;

        // The first letter goes through a dense table: most word starts begin no phrase, and are rejected here.
        char first = text[i];
        if (trie.DenseRoot && !IsJointChar(first))
        {
            char c = Fold(first);
            if (c != '\0')
            {
                if (c >= DenseLimit || (node = trie.Root[c]) < 0)
                {
                    return false;
                }

                i++;
                if (values[node] >= 0 && (i >= limit || !IsWordChar(text[i]) || EndsAtHalfSpace(text, i, limit)))
                {
                    value = values[node];
                    end = i;
                }
                else if (i < limit && NoPair(trie.Pairs, c, text[i]))
                {
                    // Most words that share a first letter with a phrase already differ at the second.
                    return false;
                }
            }
        }

        int[] edgeStart = trie.EdgeStart;
        char[] edgeChar = trie.EdgeChar;
        int[] edgeTarget = trie.EdgeTarget;
        while (i < limit)
        {
            char raw = text[i];
            if (IsJointChar(raw))
            {
                int j = i;
                while (j < limit && IsJointChar(text[j]))
                {
                    j++;
                }

                int jn = trie.JointChild[node];
                if (jn < 0)
                {
                    break;
                }

                node = jn;
                i = j;
                continue;
            }

            char c = Fold(raw);
            if (c == '\0')
            {
                i++;
                continue;
            }

            int next = -1;
            for (int k = edgeStart[node], ke = edgeStart[node + 1]; k < ke; k++)
            {
                if (edgeChar[k] == c)
                {
                    next = edgeTarget[k];
                    break;
                }
            }

            if (next < 0)
            {
                break;
            }

            node = next;
            i++;
            if (values[node] >= 0 && (i >= limit || !IsWordChar(text[i]) || EndsAtHalfSpace(text, i, limit)))
            {
                value = values[node];
                end = i;
            }
        }

        return value >= 0;
    }

    // The dictionaries the trie is built with are flattened on first use into arrays: per node a run of (letter,
    // child) edges, the child behind a joint, and a dense table for the root's letters.
    private Compiled Compile()
    {
        int n = _values.Count;
        var edgeStart = new int[n + 1];
        var jointChild = new int[n];
        var chars = new List<char>();
        var targets = new List<int>();
        for (int node = 0; node < n; node++)
        {
            edgeStart[node] = chars.Count;
            jointChild[node] = -1;
            if (_children[node] is not { } map)
            {
                continue;
            }

            foreach (var (c, child) in map)
            {
                if (c == Joint)
                {
                    jointChild[node] = child;
                    continue;
                }

                chars.Add(c);
                targets.Add(child);
            }
        }

        edgeStart[n] = chars.Count;
        var root = new int[DenseLimit];
        Array.Fill(root, -1);
        bool rootComplete = true;
        if (_children[0] is { } rootMap)
        {
            foreach (var (c, child) in rootMap)
            {
                if (c == Joint)
                {
                    continue;
                }

                if (c < DenseLimit)
                {
                    root[c] = child;
                }
                else
                {
                    rootComplete = false;
                }
            }
        }

        bool wordsOnly = true;
        foreach (char c in chars)
        {
            wordsOnly &= IsWordChar(c);
        }

        // A phrase that starts outside the dense range (a user's cue): that trie takes the general path throughout.
        // Threads that race here build equal arrays; the published one is complete before it is seen.
        int[] values = _values.ToArray();
        char[] edgeChar = [.. chars];
        int[] edgeTarget = [.. targets];
        var compiled = new Compiled(values, edgeStart, edgeChar, edgeTarget, jointChild, root, rootComplete, wordsOnly,
            BuildPairs(root, values, edgeStart, edgeChar, jointChild), BuildTriples(root, values, edgeStart, edgeChar, edgeTarget, jointChild));
        Volatile.Write(ref _compiled, compiled);
        return compiled;
    }

    private sealed record Compiled(int[] Values, int[] EdgeStart, char[] EdgeChar, int[] EdgeTarget, int[] JointChild, int[] Root, bool DenseRoot, bool WordsOnly, ulong[] Pairs, ulong[] Triples)
    {
        /// <summary>Per character below <see cref="TableLimit"/>, what a word starting with it needs (see
        /// <see cref="FirstClassOf"/>); built on the first <see cref="IndexOfMatch"/>.</summary>
        public byte[]? FirstClass { get; set; }
    }

    // Per first letter in the Arabic block, a 256-bit set of the second letters (folded, in the same block) that its
    // phrases continue with. A first letter that may end a phrase, be followed by a joint, or continue with a letter
    // outside the block has all bits set, so the table only rejects what the walk would reject at the second letter.
    private static ulong[] BuildPairs(int[] root, int[] values, int[] edgeStart, char[] edgeChar, int[] jointChild)
    {
        var pairs = new ulong[256 * 4];
        for (int c1 = PairBase; c1 < PairBase + 256; c1++)
        {
            int n1 = root[c1];
            if (n1 < 0)
            {
                continue;
            }

            bool full = values[n1] >= 0 || jointChild[n1] >= 0;
            for (int k = edgeStart[n1]; k < edgeStart[n1 + 1] && !full; k++)
            {
                int c2 = edgeChar[k] - PairBase;
                if ((uint)c2 >= 256)
                {
                    full = true;
                    break;
                }

                pairs[((c1 - PairBase) * 4) + (c2 >> 6)] |= 1UL << (c2 & 63);
            }

            if (full)
            {
                pairs.AsSpan((c1 - PairBase) * 4, 4).Fill(ulong.MaxValue);
            }
        }

        return pairs;
    }

    // A hashed bit set of the first three letters of the phrases (all in the Arabic block, a joint between the second
    // and the third written or not). A pair of first letters that may end a phrase, or go on with anything else, marks
    // every third letter, so the set only rejects what the walk would reject by the third letter.
    private const int TripleBits = 1 << 16;

    private static int TripleHash(int c1, int c2, int c3) => ((((c1 * 257) + c2) * 263) + c3) & (TripleBits - 1);

    private static ulong[] BuildTriples(int[] root, int[] values, int[] edgeStart, char[] edgeChar, int[] edgeTarget, int[] jointChild)
    {
        var bits = new ulong[TripleBits / 64];
        for (int c1 = 0; c1 < 256; c1++)
        {
            int n1 = root[PairBase + c1];
            if (n1 < 0)
            {
                continue;
            }

            for (int k = edgeStart[n1]; k < edgeStart[n1 + 1]; k++)
            {
                int c2 = edgeChar[k] - PairBase;
                if ((uint)c2 >= 256)
                {
                    continue;
                }

                int n2 = edgeTarget[k];
                int jn = jointChild[n2];
                bool all = values[n2] >= 0 || (jn >= 0 && (values[jn] >= 0 || jointChild[jn] >= 0));
                for (int pass = 0; pass < 2 && !all; pass++)
                {
                    int node = pass == 0 ? n2 : jn;
                    if (node < 0)
                    {
                        continue;
                    }

                    for (int e = edgeStart[node]; e < edgeStart[node + 1]; e++)
                    {
                        int c3 = edgeChar[e] - PairBase;
                        if ((uint)c3 >= 256)
                        {
                            all = true;
                            break;
                        }

                        int h = TripleHash(c1, c2, c3);
                        bits[h >> 6] |= 1UL << (h & 63);
                    }
                }

                if (all)
                {
                    for (int c3 = 0; c3 < 256; c3++)
                    {
                        int h = TripleHash(c1, c2, c3);
                        bits[h >> 6] |= 1UL << (h & 63);
                    }
                }
            }
        }

        return bits;
    }

    // Whether the word at i (a word start whose first two letters passed the pair table) starts no phrase by its third
    // letter: text[i] and text[i + 1] are letters of the Arabic block, then an optional joint run and a third letter.
    // Anything else (a mark skipped by the walk, the word's end, another script) is not decided here.
    private static bool NoTriple(ulong[] triples, string text, int i, int limit)
    {
        int j = i + 2;
        while (j < limit && IsJointChar(text[j]))
        {
            j++;
        }

        if (j >= limit)
        {
            return false;
        }

        int c1 = Fold(text[i]) - PairBase;
        int c2 = Fold(text[i + 1]) - PairBase;
        int c3 = Fold(text[j]) - PairBase;
        if ((uint)c1 >= 256 || (uint)c2 >= 256 || (uint)c3 >= 256 || IsJointChar(text[i + 1]))
        {
            return false;
        }

        int h = TripleHash(c1, c2, c3);
        return (triples[h >> 6] & (1UL << (h & 63))) == 0;
    }

    // Whether the folded first letter first and the next character second start no phrase (first has a root child).
    private static bool NoPair(ulong[] pairs, char first, char second)
    {
        int f1 = first - PairBase;
        int f2 = Fold(second) - PairBase;
        return (uint)f1 < 256 && (uint)f2 < 256 && (pairs[(f1 * 4) + (f2 >> 6)] & (1UL << (f2 & 63))) == 0;
    }

    /// <summary>
    /// Whether every phrase is made of word characters (and joints): then a match never runs over a non-word character,
    /// and <see cref="TryMatch"/> with a limit at a non-word character answers as with any later limit.
    /// </summary>
    public bool WordsOnly => (Volatile.Read(ref _compiled) ?? Compile()).WordsOnly;

    /// <summary>
    /// The first word start (a word character after a non-word character) at or after <paramref name="from"/> where
    /// <see cref="TryMatch"/> with <paramref name="limit"/> succeeds, or -1.
    /// </summary>
    public int IndexOfMatch(string text, int from, int limit, out int value, out int end)
    {
        var trie = Volatile.Read(ref _compiled) ?? Compile();
        byte[] first = trie.FirstClass ??= BuildFirstClass(trie);
        ulong[] pairs = trie.Pairs;
        var s = text.AsSpan(0, limit);
        int i = from;
        while ((uint)i < (uint)s.Length)
        {
            if (Vector256.IsHardwareAccelerated && FastWordStarts && i + Vector256<ushort>.Count <= s.Length)
            {
                // Sixteen characters at a time: the word starts among them are found at once (a word character after
                // a non-word one) and only they are looked up, not the words, spaces and marks between one by one.
                // Where a character's class is not known from the vector (another script, a rarer mark), the step
                // below goes on one character or one word at a time.
                uint starts = WordStarts(s, i);
                if (starts != NoWordStarts)
                {
                    while (starts != 0)
                    {
                        int w = i + System.Numerics.BitOperations.TrailingZeroCount(starts);
                        starts &= starts - 1;
                        char wc = s[w];
                        if ((wc < TableLimit ? first[wc] : FirstClassOf(trie, wc)) is var kw && kw != NoStart
                            && (kw == TryAll || w + 1 >= s.Length || (!NoPair(pairs, Fold(wc), s[w + 1]) && !NoTriple(trie.Triples, text, w, limit)))
                            && TryMatchOutOfLine(text, w, limit, out value, out end))
                        {
                            return w;
                        }
                    }

                    i += Vector256<ushort>.Count;
                    continue;
                }
            }

            char c = s[i];
            if (!IsWordChar(c))
            {
                i++;
                continue;
            }

            // A letter that no phrase starts with, or a first two or three letters that none does, is rejected by the
            // tables as TryMatch would, without the call.
            if ((i == 0 || !IsWordChar(text[i - 1]))
                && (c < TableLimit ? first[c] : FirstClassOf(trie, c)) is var k && k != NoStart
                && (k == TryAll || i + 1 >= s.Length || (!NoPair(pairs, Fold(c), s[i + 1]) && !NoTriple(trie.Triples, text, i, limit)))
                && TryMatchOutOfLine(text, i, limit, out value, out end))
            {
                return i;
            }

            // The rest of the word starts nothing.
            i = WordEnd(s, i + 1);
        }

        value = -1;
        end = from;
        return -1;
    }

    // WordStarts' answer for sixteen characters whose classes the vector does not all know.
    private const uint NoWordStarts = uint.MaxValue;

    // The vector's classes: the letters of the Arabic block (without ٪٫٬٭), the Persian digits and the half-space are
    // word characters; the ASCII controls, space and punctuation below '0', the colon, the guillemets and the Arabic
    // comma, semicolon and question mark are not. Checked once against IsWordChar.
    private static readonly bool FastWordStarts = CheckFastWordStarts();

    private static bool CheckFastWordStarts()
    {
        if (!FastWordRanges)
        {
            return false;
        }

        for (int c = 0x6F0; c <= 0x6F9; c++)
        {
            if (!IsWordChar((char)c))
            {
                return false;
            }
        }

        for (int c = 0; c < 0x30; c++)
        {
            if (IsWordChar((char)c))
            {
                return false;
            }
        }

        return !IsWordChar(':') && !IsWordChar('«') && !IsWordChar('»') && !IsWordChar('،') && !IsWordChar('؛') && !IsWordChar('؟');
    }

    /// <summary>
    /// The word starts among s[i .. i + 16) as bits (a word character whose previous character, before i too, is not
    /// one), or <see cref="NoWordStarts"/> when a character's class is not known from the vector.
    /// </summary>
    private static uint WordStarts(ReadOnlySpan<char> s, int i)
    {
        ref ushort start = ref System.Runtime.CompilerServices.Unsafe.As<char, ushort>(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(s));
        var v = Vector256.LoadUnsafe(ref start, (nuint)i);
        var word = Vector256.LessThanOrEqual(v - Vector256.Create((ushort)0x621), Vector256.Create((ushort)(0x669 - 0x621)))
                   | Vector256.LessThanOrEqual(v - Vector256.Create((ushort)0x66E), Vector256.Create((ushort)(0x6D3 - 0x66E)))
                   | Vector256.LessThanOrEqual(v - Vector256.Create((ushort)0x6F0), Vector256.Create((ushort)9))
                   | Vector256.Equals(v, Vector256.Create((ushort)PersianLetters.Zwnj));
        var other = Vector256.LessThan(v, Vector256.Create((ushort)0x30))
                    | Vector256.Equals(v, Vector256.Create((ushort)':'))
                    | Vector256.Equals(v, Vector256.Create((ushort)'«'))
                    | Vector256.Equals(v, Vector256.Create((ushort)'»'))
                    | Vector256.Equals(v, Vector256.Create((ushort)'،'))
                    | Vector256.Equals(v, Vector256.Create((ushort)'؛'))
                    | Vector256.Equals(v, Vector256.Create((ushort)'؟'));
        uint words = word.ExtractMostSignificantBits();
        if ((words | other.ExtractMostSignificantBits()) != 0xFFFF)
        {
            return NoWordStarts;
        }

        uint before = i > 0 && IsWordChar(s[i - 1]) ? 1u : 0u;
        return words & ~((words << 1) | before);
    }

    // What the tables say of a word that starts with a character: no phrase starts with it; the first letters are
    // looked up in the letter-pair and three-letter tables; or only the walk decides (a first letter that is a phrase
    // alone, a joint, a skipped mark, a trie without a dense root).
    private const byte NoStart = 0;
    private const byte CheckPairs = 1;
    private const byte TryAll = 2;

    private static byte[] BuildFirstClass(Compiled trie)
    {
        var table = new byte[TableLimit];
        for (int c = 0; c < TableLimit; c++)
        {
            table[c] = FirstClassOf(trie, (char)c);
        }

        return table;
    }

    private static byte FirstClassOf(Compiled trie, char c)
    {
        if (!trie.DenseRoot || IsJointChar(c))
        {
            return TryAll;
        }

        char f = Fold(c);
        if (f == '\0')
        {
            return TryAll;
        }

        if (f >= DenseLimit || trie.Root[f] < 0)
        {
            return NoStart;
        }

        return trie.Values[trie.Root[f]] >= 0 ? TryAll : CheckPairs;
    }

    // Called out of line so that the scanning loop of IndexOfMatch keeps its state in registers.
    private bool TryMatchOutOfLine(string text, int start, int limit, out int value, out int end)
        => Walk(text, start, limit, out value, out end);

    // Letters of the Arabic block (without the percent and separator signs ٪٫٬٭ between them) and the half-space are
    // word characters; a run of them is passed over eight at a time.
    private static readonly bool FastWordRanges = CheckFastWordRanges();

    private static bool CheckFastWordRanges()
    {
        for (int c = 0x621; c <= 0x6D3; c++)
        {
            if ((c < 0x66A || c > 0x66D) && !IsWordChar((char)c))
            {
                return false;
            }
        }

        return IsWordChar(PersianLetters.Zwnj);
    }

    /// <summary>The first index at or after <paramref name="i"/> that holds no word character (or the span's length).</summary>
    private static int WordEnd(ReadOnlySpan<char> s, int i)
    {
        if (Vector128.IsHardwareAccelerated && FastWordRanges)
        {
            ref ushort start = ref System.Runtime.CompilerServices.Unsafe.As<char, ushort>(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(s));
            while (i + 8 <= s.Length)
            {
                var v = Vector128.LoadUnsafe(ref start, (nuint)i);
                var word = Vector128.LessThanOrEqual(v - Vector128.Create((ushort)0x621), Vector128.Create((ushort)(0x669 - 0x621)))
                           | Vector128.LessThanOrEqual(v - Vector128.Create((ushort)0x66E), Vector128.Create((ushort)(0x6D3 - 0x66E)))
                           | Vector128.Equals(v, Vector128.Create((ushort)PersianLetters.Zwnj));
                uint other = ~word.ExtractMostSignificantBits() & 0xFF;
                if (other != 0)
                {
                    i += System.Numerics.BitOperations.TrailingZeroCount(other);
                    if (!IsWordChar(s[i]))
                    {
                        return i;
                    }

                    // A word character outside the ranges (a Latin letter, a rarer Arabic-script one).
                    i++;
                    continue;
                }

                i += 8;
            }
        }

        while (i < s.Length && IsWordChar(s[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// Whether a phrase may start with <paramref name="c"/>: false only when <see cref="TryMatch"/> at a word start
    /// holding <paramref name="c"/> is sure to fail, so a caller can skip the call (and the tests before it).
    /// </summary>
    public bool CanStartWith(char c)
    {
        var trie = Volatile.Read(ref _compiled) ?? Compile();
        if (!trie.DenseRoot || IsJointChar(c))
        {
            return true;
        }

        char f = Fold(c);
        return f == '\0' || (f < DenseLimit && trie.Root[f] >= 0);
    }

    /// <summary>Whether the phrase matches the whole of [start, end) (trimmed by the caller).</summary>
    public bool IsWhole(string text, int start, int end, out int value)
        => TryMatch(text, start, end, out value, out int e) && e == end;

    // "گفته‌" followed by a space: a stray half-space at the end of a word is not a join.
    private static bool EndsAtHalfSpace(string text, int i, int limit)
    {
        if (text[i] != PersianLetters.Zwnj)
        {
            return false;
        }

        return i + 1 >= limit || !IsWordChar(text[i + 1]) || text[i + 1] == PersianLetters.Zwnj;
    }

    public static bool IsJointChar(char c) => c is ' ' or PersianLetters.Zwnj or PersianLetters.Nbsp or '\u202F' or '\u2009' or '\t';

    public static bool IsWordChar(char c) => c < TableLimit ? WordCharTable[c] : IsWordCharSlow(c);

    /// <summary>A joint or any white space (what the mention parser skips between words), by table.</summary>
    public static bool IsSpace(char c) => c < TableLimit ? SpaceTable[c] : IsSpaceSlow(c);

    private static bool IsSpaceSlow(char c) => IsJointChar(c) || char.IsWhiteSpace(c);

    private static bool IsWordCharSlow(char c) => PersianLetters.IsWordChar(c) || c == '\u0654';

    /// <summary>Folds a letter to the form the trie stores; returns '\0' for a mark that is skipped.</summary>
    public static char Fold(char c) => c < TableLimit ? FoldTable[c] : FoldSlow(c);

    private static char FoldSlow(char c) => c switch
    {
        'ي' or 'ى' or 'ئ' or 'ی' or 'ې' => 'ی',
        'ك' or 'ڪ' => 'ک',
        'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
        'ۀ' or 'ة' or 'ھ' => 'ه',
        'ؤ' => 'و',
        PersianLetters.Kashida or '\u0654' or '\u0655' or PersianLetters.Shadda => '\0',
        _ when PersianLetters.IsDiacritic(c) => '\0',
        _ => c,
    };
}
