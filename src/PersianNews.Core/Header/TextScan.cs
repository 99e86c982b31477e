namespace PersianNews.Core;

/// <summary>Small allocation-free scanning helpers over normalized text, shared by the header stage.</summary>
internal static class TextScan
{
    // One bit per UTF-16 code unit, from PersianLetters.IsWordChar: that asks the Unicode tables for every character
    // outside Latin-1, and the header asks it at almost every word boundary.
    private static readonly uint[] WordCharBits = BuildWordCharBits();

    /// <summary><see cref="PersianLetters.IsWordChar"/> by table lookup.</summary>
    public static bool IsWordChar(char c) => (WordCharBits[c >> 5] & (1u << (c & 31))) != 0;

    private static uint[] BuildWordCharBits()
    {
        var bits = new uint[(char.MaxValue + 1) / 32];
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (PersianLetters.IsWordChar((char)c))
            {
                bits[c >> 5] |= 1u << (c & 31);
            }
        }

        return bits;
    }

    /// <summary>
    /// A superset test of where one of a few words can start, 32 positions at a time with byte permutations (AVX-512
    /// VBMI): the words with the k-th distinct first character belong to group k mod 8, and a group's bit is set at
    /// the low six bits of its words' first, second and third characters (at every entry of the third table for a
    /// two-letter word, which anything can follow); a position whose three lookups share no group starts none of the
    /// words. Immutable.
    /// </summary>
    private readonly struct TrigramFilter
    {
        private readonly System.Runtime.Intrinsics.Vector512<byte> _first;
        private readonly System.Runtime.Intrinsics.Vector512<byte> _second;
        private readonly System.Runtime.Intrinsics.Vector512<byte> _third;

        /// <param name="words">Words of two characters or more.</param>
        public TrigramFilter(IEnumerable<string> words)
        {
            var first = new byte[64];
            var second = new byte[64];
            var third = new byte[64];
            var firsts = new List<char>();
            foreach (string word in words)
            {
                int k = firsts.IndexOf(word[0]);
                if (k < 0)
                {
                    k = firsts.Count;
                    firsts.Add(word[0]);
                }

                byte bit = (byte)(1 << (k % 8));
                first[word[0] & 63] |= bit;
                second[word[1] & 63] |= bit;
                for (int c = 0; c < 64; c++)
                {
                    if (word.Length == 2 || (word[2] & 63) == c)
                    {
                        third[c] |= bit;
                    }
                }
            }

            _first = System.Runtime.Intrinsics.Vector512.Create(first);
            _second = System.Runtime.Intrinsics.Vector512.Create(second);
            _third = System.Runtime.Intrinsics.Vector512.Create(third);
        }

        /// <summary>All ones at each of the 32 positions whose characters (<paramref name="c1"/>, and the next two in
        /// <paramref name="c2"/>, <paramref name="c3"/>) may start one of the words.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public System.Runtime.Intrinsics.Vector512<ushort> Hits(
            System.Runtime.Intrinsics.Vector512<ushort> c1, System.Runtime.Intrinsics.Vector512<ushort> c2, System.Runtime.Intrinsics.Vector512<ushort> c3)
        {
            var groups = System.Runtime.Intrinsics.X86.Avx512Vbmi.PermuteVar64x8(_first, System.Runtime.Intrinsics.Vector512.AsByte(c1))
                & System.Runtime.Intrinsics.X86.Avx512Vbmi.PermuteVar64x8(_second, System.Runtime.Intrinsics.Vector512.AsByte(c2))
                & System.Runtime.Intrinsics.X86.Avx512Vbmi.PermuteVar64x8(_third, System.Runtime.Intrinsics.Vector512.AsByte(c3));
            return ~System.Runtime.Intrinsics.Vector512.Equals(
                System.Runtime.Intrinsics.Vector512.AsUInt16(groups) & System.Runtime.Intrinsics.Vector512.Create((ushort)0x00FF),
                System.Runtime.Intrinsics.Vector512<ushort>.Zero);
        }
    }

    /// <summary>
    /// A set of words that can only be matched where one of them is written exactly (the first words of phrases), for
    /// scans that would otherwise try every phrase at every word: a bitmap of the words' first two characters (keyed
    /// on their low bytes, so a superset) rejects almost every position with one lookup, and a hit is checked against
    /// the words with those two characters. Immutable; shared by every thread.
    /// </summary>
    public sealed class AnchorSet
    {
        private readonly ulong[] _bits = new ulong[65536 / 64];
        private readonly bool[] _first = new bool[256];

        // The words by the low byte of their first character.
        private readonly string[][] _byFirst = new string[256][];

        // The words' distinct first characters, and for each the second characters that follow it (flattened), as
        // vectors of the character, built once.
        private readonly System.Runtime.Intrinsics.Vector256<ushort>[] _firstVectors;
        private readonly int[] _secondCounts;
        private readonly System.Runtime.Intrinsics.Vector256<ushort>[] _secondVectors;

        /// <param name="words">Words of two characters or more, with no space.</param>
        public AnchorSet(IEnumerable<string> words)
        {
            foreach (string word in words.Distinct(StringComparer.Ordinal))
            {
                if (word.Length < 2 || word.Contains(' ', StringComparison.Ordinal))
                {
                    throw new ArgumentException("Every anchor needs two characters or more and no space.", nameof(words));
                }

                int key = Key(word[0], word[1]);
                _bits[key >> 6] |= 1UL << (key & 63);
                _first[word[0] & 0xFF] = true;
                _byFirst[word[0] & 0xFF] = [.. _byFirst[word[0] & 0xFF] ?? [], word];
            }

            var byFirst = words.Distinct(StringComparer.Ordinal).GroupBy(w => w[0]).ToArray();
            var seconds = byFirst.Select(g => g.Select(w => (ushort)w[1]).Distinct().ToArray()).ToArray();
            _firstVectors = byFirst.Select(g => System.Runtime.Intrinsics.Vector256.Create((ushort)g.Key)).ToArray();
            _secondCounts = seconds.Select(a => a.Length).ToArray();
            _secondVectors = seconds.SelectMany(a => a).Select(c => System.Runtime.Intrinsics.Vector256.Create(c)).ToArray();

            _filter = new TrigramFilter(byFirst.SelectMany(g => g));
        }

        // See TrigramFilter: a superset test of the first three characters, 32 positions at a time.
        private readonly TrigramFilter _filter;

        /// <summary>
        /// The first position q in [<paramref name="p"/>, <paramref name="end"/>) (p &gt; 0) where one of the words can
        /// start a word: the character before q is not an Arabic-script letter (or is one of ٪ ٫ ٬ ٭) and q holds
        /// the first two characters of one of the words; or <paramref name="end"/>. A superset of the word starts
        /// where a word is written: the caller checks a hit in full. Sixteen positions are tested at once.
        /// </summary>
        public int NextCandidate(string t, int p, int end)
        {
            if (System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated && System.Runtime.Intrinsics.X86.Avx512Vbmi.IsSupported && ArabicRangeIsWords)
            {
                p = NextCandidate64(t, p, end, out bool found);
                if (found)
                {
                    return p;
                }
            }

            if (System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated && ArabicRangeIsWords)
            {
                ref ushort text = ref System.Runtime.CompilerServices.Unsafe.As<char, ushort>(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(t.AsSpan()));
                var lettersFirst = System.Runtime.Intrinsics.Vector256.Create((ushort)ArabicLettersFirst);
                var lettersSpan = System.Runtime.Intrinsics.Vector256.Create((ushort)(ArabicLettersLast - ArabicLettersFirst));
                var signsFirst = System.Runtime.Intrinsics.Vector256.Create((ushort)ArabicSignsFirst);
                var signsSpan = System.Runtime.Intrinsics.Vector256.Create((ushort)(ArabicSignsLast - ArabicSignsFirst));
                for (; p + 17 <= end; p += 16)
                {
                    var prev = System.Runtime.Intrinsics.Vector256.LoadUnsafe(ref text, (nuint)(p - 1));
                    var first = System.Runtime.Intrinsics.Vector256.LoadUnsafe(ref text, (nuint)p);
                    var second = System.Runtime.Intrinsics.Vector256.LoadUnsafe(ref text, (nuint)(p + 1));
                    var pairs = System.Runtime.Intrinsics.Vector256<ushort>.Zero;
                    var firsts = _firstVectors;
                    var seconds = _secondVectors;
                    for (int k = 0, j = 0; k < firsts.Length; k++)
                    {
                        var follow = System.Runtime.Intrinsics.Vector256<ushort>.Zero;
                        for (int n = _secondCounts[k]; n > 0; n--, j++)
                        {
                            follow |= System.Runtime.Intrinsics.Vector256.Equals(second, seconds[j]);
                        }

                        pairs |= System.Runtime.Intrinsics.Vector256.Equals(first, firsts[k]) & follow;
                    }

                    var boundary = System.Runtime.Intrinsics.Vector256.GreaterThan(prev - lettersFirst, lettersSpan)
                        | System.Runtime.Intrinsics.Vector256.LessThanOrEqual(prev - signsFirst, signsSpan);
                    uint mask = System.Runtime.Intrinsics.Vector256.ExtractMostSignificantBits(pairs & boundary);
                    if (mask != 0)
                    {
                        return p + System.Numerics.BitOperations.TrailingZeroCount(mask);
                    }
                }
            }

            for (; p < end; p++)
            {
                char before = t[p - 1];
                bool boundary = before is < ArabicLettersFirst or > ArabicLettersLast or (>= ArabicSignsFirst and <= ArabicSignsLast)
                    || !ArabicRangeIsWords;
                if (boundary && StartsAt(t, p, end))
                {
                    return p;
                }
            }

            return end;
        }

        /// <summary>
        /// <see cref="NextCandidate"/> 32 positions at a time, where a byte permutation is at hand: the low six bits of
        /// each character and of the two after it look up the groups of first characters they can belong to, and a
        /// word start whose lookups share a group is tested with <see cref="StartsAt"/>. A block may read past
        /// <paramref name="end"/> (never past the string: it stops, not found, where fewer than 34 characters of the
        /// string are left, and the caller goes on from there); its positions from <paramref name="end"/> on are
        /// dropped, so a line's last block costs one step too.
        /// </summary>
        private int NextCandidate64(string t, int p, int end, out bool found)
        {
            ref ushort text = ref System.Runtime.CompilerServices.Unsafe.As<char, ushort>(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(t.AsSpan()));
            var lettersFirst = System.Runtime.Intrinsics.Vector512.Create((ushort)ArabicLettersFirst);
            var lettersSpan = System.Runtime.Intrinsics.Vector512.Create((ushort)(ArabicLettersLast - ArabicLettersFirst));
            var signsFirst = System.Runtime.Intrinsics.Vector512.Create((ushort)ArabicSignsFirst);
            var signsSpan = System.Runtime.Intrinsics.Vector512.Create((ushort)(ArabicSignsLast - ArabicSignsFirst));
            for (; p < end && p <= t.Length - 34; p += 32)
            {
                var prev = System.Runtime.Intrinsics.Vector512.LoadUnsafe(ref text, (nuint)(p - 1));
                var first = System.Runtime.Intrinsics.Vector512.LoadUnsafe(ref text, (nuint)p);
                var second = System.Runtime.Intrinsics.Vector512.LoadUnsafe(ref text, (nuint)(p + 1));
                var third = System.Runtime.Intrinsics.Vector512.LoadUnsafe(ref text, (nuint)(p + 2));
                var pairs = _filter.Hits(first, second, third);
                var boundary = System.Runtime.Intrinsics.Vector512.GreaterThan(prev - lettersFirst, lettersSpan)
                    | System.Runtime.Intrinsics.Vector512.LessThanOrEqual(prev - signsFirst, signsSpan);
                ulong mask = System.Runtime.Intrinsics.Vector512.ExtractMostSignificantBits(pairs & boundary);
                if (end - p < 32)
                {
                    mask &= (1UL << (end - p)) - 1;
                }

                while (mask != 0)
                {
                    int q = p + System.Numerics.BitOperations.TrailingZeroCount(mask);
                    if (StartsAt(t, q, end))
                    {
                        found = true;
                        return q;
                    }

                    mask &= mask - 1;
                }
            }

            found = false;
            return p;
        }

        /// <summary>The literal first word of <paramref name="phrase"/> (up to its first space).</summary>
        public static string FirstWord(string phrase)
            => phrase.IndexOf(' ', StringComparison.Ordinal) is int sp and >= 0 ? phrase[..sp] : phrase;

        /// <summary>Whether one of the words is written at <paramref name="p"/> (before <paramref name="end"/>).</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public bool StartsAt(string t, int p, int end)
        {
            if (!_first[t[p] & 0xFF] || p + 1 >= end)
            {
                return false;
            }

            int key = Key(t[p], t[p + 1]);
            return (_bits[key >> 6] & (1UL << (key & 63))) != 0 && Verify(t, p, end);
        }

        private bool Verify(string t, int p, int end)
        {
            foreach (string w in _byFirst[t[p] & 0xFF])
            {
                if (w[0] == t[p] && w[1] == t[p + 1] && w.Length <= end - p && string.CompareOrdinal(t, p, w, 0, w.Length) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static int Key(char a, char b) => ((a & 0xFF) << 8) | (b & 0xFF);
    }

    /// <summary>
    /// Where a phrase can start, as a word to search for: its first word, or, when that is a two-letter word written
    /// everywhere ("به"), its second word, from which the start is found by stepping back over the spaces
    /// (<see cref="PhraseAt"/> matches "به" + spaces + the second word, and a space in a phrase takes every space).
    /// </summary>
    public readonly record struct Anchor(string Search, string? Lead)
    {
        /// <summary>The anchors of phrases, without duplicates.</summary>
        public static Anchor[] Of(IEnumerable<string> phrases) => phrases.Select(For).Distinct().ToArray();

        private static Anchor For(string phrase)
        {
            string[] words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return words.Length > 1 && words[0].Length <= 2 ? new Anchor(words[1], words[0]) : new Anchor(words[0], null);
        }
    }

    /// <summary>
    /// The anchors of a few phrases (see <see cref="Anchor"/>), with what one pass over the text needs to find the
    /// next of them all at once. Immutable; shared by every thread.
    /// </summary>
    public sealed class AnchorSearch
    {
        private readonly TrigramFilter _filter;

        public AnchorSearch(IEnumerable<string> phrases)
        {
            Anchors = Anchor.Of(phrases);

            if (Anchors.Any(a => a.Search.Length < 2))
            {
                return;
            }

            _filter = new TrigramFilter(Anchors.Select(a => a.Search));

            // Going through the search words in text order, the first phrase found is the first that starts only when
            // no search word can be written inside another phrase's lead or the spaces after it.
            SinglePass = System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated && System.Runtime.Intrinsics.X86.Avx512Vbmi.IsSupported
                && !Anchors.Any(a => IsSpace(a.Search[0]) || Anchors.Any(b => b.Lead is { } lead
                    && Enumerable.Range(0, lead.Length).Any(k => a.Search.StartsWith(lead[k..], StringComparison.Ordinal) || lead[k..].StartsWith(a.Search, StringComparison.Ordinal))));
        }

        public Anchor[] Anchors { get; }

        /// <summary>Whether <see cref="Next"/> can be used (else each anchor is searched for on its own).</summary>
        public bool SinglePass { get; }

        /// <summary>
        /// The first place at or after <paramref name="p"/> where one of the phrases starts (its lead, or its search
        /// word), its search word ending by <paramref name="end"/>; or <paramref name="end"/>. One pass: each position
        /// whose first three characters pass the byte-table filter (32 positions at a time) is checked against every
        /// anchor. A block may read past <paramref name="end"/> (never past the string); its positions from
        /// <paramref name="end"/> on are dropped.
        /// </summary>
        public int Next(string t, int p, int end)
        {
            int from = p;
            ref ushort text = ref System.Runtime.CompilerServices.Unsafe.As<char, ushort>(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(t.AsSpan()));
            for (; p < end && p <= t.Length - 34; p += 32)
            {
                var first = System.Runtime.Intrinsics.Vector512.LoadUnsafe(ref text, (nuint)p);
                var second = System.Runtime.Intrinsics.Vector512.LoadUnsafe(ref text, (nuint)(p + 1));
                var third = System.Runtime.Intrinsics.Vector512.LoadUnsafe(ref text, (nuint)(p + 2));
                var hits = _filter.Hits(first, second, third);
                ulong mask = System.Runtime.Intrinsics.Vector512.ExtractMostSignificantBits(hits);
                if (end - p < 32)
                {
                    mask &= (1UL << (end - p)) - 1;
                }

                while (mask != 0)
                {
                    int start = StartAt(t, p + System.Numerics.BitOperations.TrailingZeroCount(mask), from, end);
                    if (start >= 0)
                    {
                        return start;
                    }

                    mask &= mask - 1;
                }
            }

            for (; p < end; p++)
            {
                int start = StartAt(t, p, from, end);
                if (start >= 0)
                {
                    return start;
                }
            }

            return end;
        }

        /// <summary>The earliest start (at or after <paramref name="from"/>) of a phrase whose search word is written at
        /// <paramref name="q"/> and ends by <paramref name="end"/>, or -1.</summary>
        private int StartAt(string t, int q, int from, int end)
        {
            int best = -1;
            foreach (var anchor in Anchors)
            {
                string search = anchor.Search;
                if (t[q] != search[0] || search.Length > end - q || string.CompareOrdinal(t, q, search, 0, search.Length) != 0)
                {
                    continue;
                }

                int start = q;
                if (anchor.Lead is { } lead)
                {
                    int b = q;
                    while (b > 0 && IsSpace(t[b - 1]))
                    {
                        b--;
                    }

                    start = b - lead.Length;
                    if (start < from || string.CompareOrdinal(t, start, lead, 0, lead.Length) != 0)
                    {
                        continue;
                    }
                }

                if (best < 0 || start < best)
                {
                    best = start;
                }
            }

            return best;
        }
    }

    /// <summary>
    /// The next place at or after a position where one of a few phrases can start (see <see cref="Anchor"/>),
    /// remembered until the scan passes it, so a forward scan costs one search per occurrence: one pass for all the
    /// phrases (<see cref="AnchorSearch.Next"/>), or where that is not at hand a vectorized search per anchor.
    /// </summary>
    public ref struct AnchorCursor
    {
        private readonly string _t;
        private readonly int _end;
        private readonly AnchorSearch _search;
        private readonly Span<int> _next;
        private int _nextAny;

        /// <param name="t">The text.</param>
        /// <param name="end">Where the scan ends.</param>
        /// <param name="search">The phrases' anchors.</param>
        /// <param name="next">Scratch space, one slot per anchor.</param>
        public AnchorCursor(string t, int end, AnchorSearch search, Span<int> next)
        {
            _t = t;
            _end = end;
            _search = search;
            _next = next[..search.Anchors.Length];
            _next.Fill(-1);
            _nextAny = -1;
        }

        /// <summary>The first place at or after <paramref name="p"/> where a phrase can start, or the end.</summary>
        public int Next(int p)
        {
            if (_search.SinglePass)
            {
                if (_nextAny < p)
                {
                    _nextAny = p < _end ? _search.Next(_t, p, _end) : _end;
                }

                return _nextAny;
            }

            var anchors = _search.Anchors;
            int min = _end;
            for (int k = 0; k < anchors.Length; k++)
            {
                if (_next[k] < p)
                {
                    _next[k] = Find(anchors[k], p);
                }

                min = Math.Min(min, _next[k]);
            }

            return min;
        }

        private readonly int Find(Anchor anchor, int p)
        {
            for (int from = p; from < _end;)
            {
                int rel = _t.AsSpan(from, _end - from).IndexOf(anchor.Search, StringComparison.Ordinal);
                if (rel < 0)
                {
                    break;
                }

                int q = from + rel;
                if (anchor.Lead is not { } lead)
                {
                    return q;
                }

                int b = q;
                while (b > 0 && IsSpace(_t[b - 1]))
                {
                    b--;
                }

                int start = b - lead.Length;
                if (start >= p && string.CompareOrdinal(_t, start, lead, 0, lead.Length) == 0)
                {
                    return start;
                }

                from = q + 1;
            }

            return _end;
        }
    }

    /// <summary>
    /// The next place at or after a position where a character of up to three sets is written (a set of ASCII
    /// characters, and up to five other characters in each of two strings, each with a vectorized search),
    /// remembered until the scan passes it.
    /// </summary>
    public ref struct CharCursor
    {
        private readonly string _t;
        private readonly int _end;
        private readonly System.Buffers.SearchValues<char> _ascii;
        private readonly string? _b;
        private readonly string? _c;
        private int _na;
        private int _nb;
        private int _nc;

        public CharCursor(string t, int end, System.Buffers.SearchValues<char> ascii, string? b, string? c)
        {
            _t = t;
            _end = end;
            _ascii = ascii;
            _b = b;
            _c = c;
            _na = _nb = _nc = -1;
        }

        /// <summary>The first place at or after <paramref name="p"/> holding one of the characters, or the end.</summary>
        public int Next(int p)
        {
            if (_na < p)
            {
                int rel = p < _end ? _t.AsSpan(p, _end - p).IndexOfAny(_ascii) : -1;
                _na = rel < 0 ? _end : p + rel;
            }

            int min = _na;
            if (_b is not null)
            {
                min = Math.Min(min, Find(_b, ref _nb, p));
            }

            if (_c is not null)
            {
                min = Math.Min(min, Find(_c, ref _nc, p));
            }

            return min;
        }

        private readonly int Find(string values, ref int next, int p)
        {
            if (next < p)
            {
                int rel = p < _end ? _t.AsSpan(p, _end - p).IndexOfAny(values) : -1;
                next = rel < 0 ? _end : p + rel;
            }

            return next;
        }
    }

    // Arabic-script letters, marks and Arabic-Indic digits: word characters all, except the four signs ٪ ٫ ٬ ٭
    // (U+066A..U+066D) inside the range.
    private const char ArabicLettersFirst = '\u0621';
    private const char ArabicLettersLast = '\u06D3';
    private const char ArabicSignsFirst = '\u066A';
    private const char ArabicSignsLast = '\u066D';

    /// <summary>Whether the claim above holds (checked once against the word-character table rather than trusted).</summary>
    public static bool ArabicRangeIsWords { get; } = CheckArabicRange();

    private static bool CheckArabicRange()
    {
        for (char c = ArabicLettersFirst; c <= ArabicLettersLast; c++)
        {
            if (c is >= ArabicSignsFirst and <= ArabicSignsLast)
            {
                continue;
            }

            if (!IsWordChar(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The next digit (any digit system) at or after a position: one vectorized range search per digit system, each
    /// remembered until the scan passes it.
    /// </summary>
    public ref struct DigitCursor
    {
        private readonly string _t;
        private readonly int _end;
        private int _latin;
        private int _persian;
        private int _arabic;

        public DigitCursor(string t, int end)
        {
            _t = t;
            _end = end;
            _latin = _persian = _arabic = -1;
        }

        /// <summary>The first digit at or after <paramref name="p"/>, or -1.</summary>
        public int Next(int p)
        {
            int min = Math.Min(Find(ref _latin, p, '0', '9'), Math.Min(Find(ref _persian, p, '۰', '۹'), Find(ref _arabic, p, '٠', '٩')));
            return min >= _end ? -1 : min;
        }

        private readonly int Find(ref int next, int p, char lo, char hi)
        {
            if (next < p)
            {
                int rel = p < _end ? _t.AsSpan(p, _end - p).IndexOfAnyInRange(lo, hi) : -1;
                next = rel < 0 ? _end : p + rel;
            }

            return next;
        }
    }

    public static bool IsSpace(char c) => c is ' ' or '\t' or PersianLetters.Nbsp or PersianLetters.Zwnj;

    public static bool IsDash(char c) => c is '-' or '–' or '—' or '_' or 'ـ' or '−';

    public static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '؟' or '…';

    /// <summary>Punctuation that closes an attribution clause ("به گزارش ایسنا،").</summary>
    public static bool IsClauseDelimiter(char c) => c is '،' or ',' or '؛' or ';' or ':';

    public static bool IsQuoteMark(char c) => c is '«' or '»' or '"' or '“' or '”' or '\'';

    public static int SkipSpaces(string t, int p, int end)
    {
        while (p < end && IsSpace(t[p]))
        {
            p++;
        }

        return p;
    }

    public static int TrimEnd(string t, int start, int end)
    {
        while (end > start && IsSpace(t[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>The end of the word at <paramref name="p"/> (letters, digits, half-spaces).</summary>
    public static int WordEnd(string t, int p, int end)
    {
        while (p < end && t[p] != ' ' && t[p] != '\t' && t[p] != PersianLetters.Nbsp && (TextScan.IsWordChar(t[p]) || t[p] == '\u200C'))
        {
            p++;
        }

        return p;
    }

    /// <summary>The start of the next word after the token at <paramref name="p"/>.</summary>
    public static int NextWord(string t, int p, int end)
    {
        while (p < end && t[p] != ' ' && t[p] != '\t' && t[p] != PersianLetters.Nbsp)
        {
            p++;
        }

        return SkipSpaces(t, p, end);
    }

    /// <summary>Whether <paramref name="word"/> is written at <paramref name="p"/> and ends at a word boundary.</summary>
    public static bool WordAt(string t, int p, int end, string word)
    {
        if (p < 0 || p + word.Length > end || string.CompareOrdinal(t, p, word, 0, word.Length) != 0)
        {
            return false;
        }

        int after = p + word.Length;
        return after >= end || !TextScan.IsWordChar(t[after]) || word[^1] == ' ';
    }

    /// <summary>Whether the text at <paramref name="p"/> starts with <paramref name="phrase"/>, where a space in the
    /// phrase matches a space, a half-space or nothing ("هم‌رسانی" / "هم رسانی" / "همرسانی").</summary>
    public static bool PhraseAt(string t, int p, int end, string phrase, out int phraseEnd)
    {
        int i = p;
        foreach (char a in phrase)
        {
            if (a == ' ')
            {
                while (i < end && IsSpace(t[i]))
                {
                    i++;
                }

                continue;
            }

            if (i >= end || t[i] != a)
            {
                phraseEnd = p;
                return false;
            }

            i++;
        }

        phraseEnd = i;
        return true;
    }

    /// <summary>Index of <paramref name="phrase"/> in [start, end) (plain ordinal), or -1.</summary>
    public static int IndexOf(string t, int start, int end, string phrase)
    {
        if (end - start < phrase.Length || start < 0)
        {
            return -1;
        }

        int i = t.AsSpan(start, end - start).IndexOf(phrase, StringComparison.Ordinal);
        return i < 0 ? -1 : start + i;
    }

    public static int CountWords(string t, int start, int end)
    {
        int words = 0;
        for (int i = SkipSpaces(t, start, end); i < end; i = NextWord(t, i, end))
        {
            words++;
        }

        return words;
    }

    public static bool HasDigit(string t, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (PersianLetters.IsDigit(t[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether [start, end) holds only letters, half-spaces and spaces (a name, not a sentence).</summary>
    public static bool IsLettersOnly(string t, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            char c = t[i];
            if (!(char.IsLetter(c) || IsSpace(c) || c == '.' || PersianLetters.IsDiacritic(c)))
            {
                return false;
            }
        }

        return end > start;
    }

    /// <summary>Whether a sentence ends inside [start, end): a period, "!" or "?" followed by a space.</summary>
    public static bool HasSentenceEnd(string t, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (IsSentenceEnd(t[i]) && i + 1 < end && IsSpace(t[i + 1]) && t[i] != '…')
            {
                return true;
            }
        }

        return false;
    }
}
