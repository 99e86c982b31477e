using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace PersianNews.Core;

/// <summary>
/// One left-to-right pass of <see cref="PersianNormalizer"/> over a span: copies runs of standard Persian letters with
/// a vectorized search, rewrites everything else one character at a time, and repairs half-spaces word by word as each
/// word ends (<see cref="EndWord"/>). It looks back at most one word (and never further than
/// <see cref="MaxRepairWord"/> characters), so the time is linear in the input whatever the input is.
/// </summary>
internal ref struct NormalizingWriter
{
    /// <summary>Words longer than this are left as written by the half-space repair (no Persian word is that long).</summary>
    public const int MaxRepairWord = 40;

    /// <summary>Switches the repairs' shape gates off on this thread (the rules then run on every word, and the shared
    /// <see cref="RepairCache"/> is not consulted): the gate-equivalence and cache tests compare the output both ways.
    /// Read once per writer.</summary>
    [ThreadStatic]
    internal static bool GatesOff;

    private readonly bool _gates;

    private readonly PersianNormalizerOptions _o;
    private readonly ZwnjLexicon? _lex;
    private readonly ReadOnlySpan<char> _src;
    private readonly Span<char> _dst;
    private readonly Span<int> _map;
    private readonly bool _hasMap;
    private readonly char[] _letters;
    private int _len;
    private bool _overflow;

    // HTML tags: where the ends of script, style and comment blocks are (made at the first tag), and the output
    // length just after a line break written for a block tag (-1: none), which a line break right after replaces.
    private HtmlRawEnds? _raw;
    private int _tagBreak;

    private bool _pendingZwnj;
    private int _pendingZwnjSource;

    // The Persian word being written (start in the output), and the previous one for the spaced-damage joins.
    private int _wordStart;
    private bool _wordHasZwnj;
    private int _prevStart;
    private int _prevEnd;
    private int _prevSegStart;

    // Digits: the current whitespace-delimited token and whether it is a code (Latin, URL, e-mail, hashtag).
    private int _tokenStart;
    private int _tokenClassEnd;
    private bool _tokenIsCode;
    private bool _numberHasDot;

    /// <summary>Entries of the memo <see cref="PersianNormalizer"/> passes in (a power of two).</summary>
    public const int MemoSize = 512;

    // What the repair rules answered for text seen before in this output (words of running text repeat): a
    // direct-mapped table, each entry the text's offset in the output, its length, the answer and 24 bits of its hash;
    // a hit compares the text itself. The rules read only the text they are given, so the answer holds again.
    private readonly Span<ulong> _memo;

    // The same answers across calls and threads (words the joined-word rules leave alone, spaced-join answers):
    // consulted after the memo, for words whose neighbourhood in the buffer the gates may read.
    private readonly RepairCache? _cache;

    public NormalizingWriter(PersianNormalizerOptions options, ReadOnlySpan<char> source, Span<char> destination, Span<int> map, Span<ulong> memo = default)
    {
        _memo = memo;
        _cache = options.RepairZwnj && !memo.IsEmpty ? RepairCache.ThreadOverride ?? RepairCache.Shared : null;
        _o = options;
        _lex = options.RepairZwnj ? ZwnjLexicon.Instance : null;
        _src = source;
        _dst = destination;
        _map = map;
        _hasMap = !map.IsEmpty;
        _letters = options.NormalizeLetters ? PersianLetters.RunLettersNormalized : PersianLetters.RunLettersKept;
        _wordStart = -1;
        _prevStart = -1;
        _prevEnd = -1;
        _tokenClassEnd = -1;
        _tagBreak = -1;
        _gates = !GatesOff;
    }

    /// <summary>Normalizes the whole source; returns the number of characters written, or -1 when the buffer is too short.</summary>
    public int Run()
    {
        var src = _src;
        var letters = _letters;
        int i = 0;
        while (i < src.Length && !_overflow)
        {
            char c = src[i];
            if (c < letters.Length && letters[c] != '\0')
            {
                BeginLetter();
                i = CopyLetters(i);
                continue;
            }

            if (c == ' ')
            {
                Space(i);
            }
            else if (c == '<' && _o.StripHtmlTags && Tag(i, out int tagLength))
            {
                i += tagLength;
                continue;
            }
            else if (c == '&' && _o.DecodeHtmlEntities && HtmlEntities.TryDecode(src[i..], 0, _o.StripHtmlTags, out char decoded, out int length))
            {
                // A tag escaped as "&lt;p&gt;" (an RSS description's markup) is a tag.
                if (decoded == '<' && _o.StripHtmlTags && Tag(i, out tagLength))
                {
                    i += tagLength;
                    continue;
                }

                // The decoded character stands where its reference starts.
                if (decoded == ' ')
                {
                    Space(i);
                }
                else
                {
                    Slow(decoded, i);
                }

                if (char.IsWhiteSpace(decoded))
                {
                    _tokenStart = i + length;
                }

                i += length;
                continue;
            }
            else
            {
                Slow(c, i);
            }

            i++;
        }

        _pendingZwnj = false;
        EndWord();
        if (_len == _tagBreak)
        {
            // A closing block tag at the end adds no line.
            _len--;
        }

        if (_o.CollapseSpaces)
        {
            while (_len > 0 && _dst[_len - 1] == ' ')
            {
                _len--;
            }
        }

        return _overflow ? -1 : _len;
    }

    /// <summary>Copies the run of letters that starts at <paramref name="start"/> (standard Persian letters, and ي ى ك ة
    /// written as ی ی ک ه when letters are normalized); returns where it ends.</summary>
    /// <remarks>Words are short (four to six letters on average): sixteen characters are classified, translated and
    /// stored at once, and the run's end is the first zero bit of the letter mask, so a word costs no branch on its
    /// length. The store may write past the run; what follows overwrites it.</remarks>
    private int CopyLetters(int start)
    {
        var src = _src;
        var dst = _dst;
        int len = _len;
        int j = start;
        if (Vector256.IsHardwareAccelerated)
        {
            ref ushort s = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(src));
            ref ushort d = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(dst));
            bool normalize = _o.NormalizeLetters;
            while (j <= src.Length - Vector256<ushort>.Count && len <= dst.Length - Vector256<ushort>.Count)
            {
                var v = Vector256.LoadUnsafe(ref s, (nuint)j);
                uint spaces = Vector256.Equals(v, Vector256.Create((ushort)' ')).ExtractMostSignificantBits();
                uint bits = RunLetters(ref v, normalize);
                v.StoreUnsafe(ref d, (nuint)len);
                if (_hasMap)
                {
                    // The map is at least as long as the destination.
                    ref int m = ref MemoryMarshal.GetReference(_map);
                    var at = Vector256.Create(j) + Iota;
                    at.StoreUnsafe(ref m, (nuint)len);
                    (at + Vector256.Create(Vector256<int>.Count)).StoreUnsafe(ref m, (nuint)(len + Vector256<int>.Count));
                }

                int run = BitOperations.TrailingZeroCount(~bits);
                j += run;
                len += run;
                if (run < Vector256<ushort>.Count)
                {
                    _len = len;
                    if (((spaces >> run) & (bits >> (run + 1)) & 1) == 0)
                    {
                        return j;
                    }

                    // One space and a letter follow (most words): Space and BeginLetter's work is done here and the
                    // next word copied without going back to Run (4% of the whole normalization on the corpus). No
                    // half-space is held back inside a run, and after EndWord the word's last letter is still the
                    // output's last character (the repairs insert only inside it), so the space is never collapsed.
                    EndWord();
                    len = _len;
                    if (len > dst.Length - Vector256<ushort>.Count - 1)
                    {
                        return j;
                    }

                    Unsafe.Add(ref d, len) = ' ';
                    if (_hasMap)
                    {
                        _map[len] = j;
                    }

                    _len = ++len;
                    StartToken(++j);
                    StartWord();
                }
            }
        }

        var letters = _letters;
        char c;
        if (j == src.Length || (c = src[j]) >= letters.Length || letters[c] == '\0')
        {
            // A vectorized block ended the run exactly at its end.
            _len = len;
            return j;
        }

        int end = Math.Min(src.Length, j + (dst.Length - len));
        if (end <= j)
        {
            _len = len;
            _overflow = true;
            return j;
        }

        do
        {
            dst[len] = letters[c];
            if (_hasMap)
            {
                _map[len] = j;
            }

            len++;
            j++;
        }
        while (j < end && (c = src[j]) < letters.Length && letters[c] != '\0');

        _len = len;
        if (j == end && j < src.Length && (c = src[j]) < letters.Length && letters[c] != '\0')
        {
            _overflow = true;
        }

        return j;
    }

    private static readonly Vector256<int> Iota = Vector256.Create(0, 1, 2, 3, 4, 5, 6, 7);

    // The run letters of the Arabic block by the two nibbles of their low byte: each high nibble that holds one gets a
    // bit, and a low nibble's entry has the bits of the high nibbles it makes a letter with (exact, one bit each).
    private static readonly Vector256<byte> LetterHighNibbles = NibbleTable(high: true);
    private static readonly Vector256<byte> LetterLowNibbles = NibbleTable(high: false);

    private static Vector256<byte> NibbleTable(bool high)
    {
        var table = new byte[32];
        int classes = 0;
        for (int h = 0; h < 16; h++)
        {
            bool any = false;
            for (int l = 0; l < 16; l++)
            {
                char c = (char)(0x0600 + (h << 4) + l);
                if (PersianLetters.RunLettersNormalized[c] != '\0')
                {
                    any = true;
                    table[high ? h : l] |= (byte)(high ? 0 : 1 << classes);
                }
            }

            if (any)
            {
                if (high)
                {
                    table[h] = (byte)(1 << classes);
                }

                classes++;
            }
        }

        if (classes > 8)
        {
            throw new InvalidOperationException("The run letters take more than eight high nibbles.");
        }

        table.AsSpan(0, 16).CopyTo(table.AsSpan(16));
        return Vector256.Create(table);
    }

    /// <summary>The letter mask of a block (bit k: character k is a run letter, as <see cref="PersianLetters.RunLettersNormalized"/>
    /// says), with ي ى ك ة translated in place when <paramref name="normalize"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint RunLetters(ref Vector256<ushort> v, bool normalize)
    {
        Vector256<ushort> letters;
        if (Avx2.IsSupported)
        {
            // The Arabic block, and there the low byte's two nibbles looked up in two tables of classes (one bit per
            // high nibble that holds letters): ten instructions instead of nine comparisons.
            var m = Avx2.Shuffle(LetterLowNibbles, (v & Vector256.Create((ushort)0x0F)).AsByte())
                & Avx2.Shuffle(LetterHighNibbles, ((v >> 4) & Vector256.Create((ushort)0x0F)).AsByte());
            letters = Vector256.Equals(v & Vector256.Create((ushort)0xFF00), Vector256.Create((ushort)0x0600))
                & ~Vector256.Equals(m.AsUInt16(), Vector256<ushort>.Zero);
        }
        else
        {
            // U+0621..U+064A without U+063B..U+0640 (rare Arabic letters and the kashida), and the Persian letters
            // پ چ ژ ک گ ۀ ی.
            var d = v - Vector256.Create((ushort)0x0621);
            letters = Vector256.LessThan(d, Vector256.Create((ushort)0x2A))
                & ~Vector256.LessThan(d - Vector256.Create((ushort)0x1A), Vector256.Create((ushort)6));
            letters |= Vector256.Equals(v, Vector256.Create((ushort)'پ')) | Vector256.Equals(v, Vector256.Create((ushort)'چ'))
                | Vector256.Equals(v, Vector256.Create((ushort)'ژ')) | Vector256.Equals(v, Vector256.Create((ushort)'ک'))
                | Vector256.Equals(v, Vector256.Create((ushort)'گ')) | Vector256.Equals(v, Vector256.Create((ushort)'ی'))
                | Vector256.Equals(v, Vector256.Create((ushort)PersianLetters.HehYeh));
        }

        if (normalize)
        {
            var yeh = Vector256.Equals(v, Vector256.Create((ushort)'ي')) | Vector256.Equals(v, Vector256.Create((ushort)'ى'));
            v = Vector256.ConditionalSelect(yeh, Vector256.Create((ushort)'ی'), v);
            v = Vector256.ConditionalSelect(Vector256.Equals(v, Vector256.Create((ushort)'ك')), Vector256.Create((ushort)'ک'), v);
            v = Vector256.ConditionalSelect(Vector256.Equals(v, Vector256.Create((ushort)'ة')), Vector256.Create((ushort)'ه'), v);
        }

        return letters.ExtractMostSignificantBits();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Put(char c, int sourceIndex)
    {
        if (_len >= _dst.Length)
        {
            _overflow = true;
            return;
        }

        _dst[_len] = c;
        if (_hasMap)
        {
            _map[_len] = sourceIndex;
        }

        _len++;
    }

    /// <summary>A Persian letter follows: a held-back half-space is kept when it joins two letters; a word starts.</summary>
    private void BeginLetter()
    {
        if (_pendingZwnj)
        {
            _pendingZwnj = false;
            if (_wordStart >= 0 && PersianLetters.IsJoiningLetter(_dst[_len - 1]))
            {
                Put(PersianLetters.Zwnj, _pendingZwnjSource);
                _wordHasZwnj = true;
            }
        }

        if (_wordStart < 0)
        {
            StartWord();
        }
    }

    private void StartWord()
    {
        _wordStart = _len;
        _wordHasZwnj = false;
    }

    /// <summary>A whitespace-delimited token starts at <paramref name="start"/> (for the digit rules).</summary>
    private void StartToken(int start)
    {
        _tokenStart = start;
        _numberHasDot = false;
    }

    /// <summary>A space, the most frequent character after the letters: a word ends.</summary>
    private void Space(int i)
    {
        _pendingZwnj = false;
        EndWord();
        StartToken(i + 1);
        if (_o.CollapseSpaces && (_len == 0 || _dst[_len - 1] is ' ' or '\n' or '\r'))
        {
            return;
        }

        Put(' ', i);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Slow(char c, int i)
    {
        var o = _o;
        if (c < PlainNonLetters.Length && PlainNonLetters[c])
        {
            // Punctuation, digits and line breaks (most of what comes here): none of the rewriting rules below applies.
            EndWordWith(c, i);
            return;
        }

        if (c is '\u00AC' or '\u00AD')
        {
            c = PersianLetters.Zwnj;
        }

        if (c == PersianLetters.Zwnj)
        {
            if (!o.CleanZwnj)
            {
                Put(c, i);
                _wordHasZwnj = true;
                return;
            }

            // Held back until the next character shows whether the half-space joins two letters.
            if (!_pendingZwnj)
            {
                _pendingZwnj = true;
                _pendingZwnjSource = i;
            }

            return;
        }

        if (c == '\t' && o.CollapseSpaces)
        {
            c = ' ';
        }

        if (o.RemoveInvisibleCharacters)
        {
            if (PersianLetters.IsOtherSpace(c))
            {
                c = ' ';
            }
            else if (c == PersianLetters.Zwj)
            {
                // A ZWJ inside an emoji sequence (after a surrogate pair or a variation selector) means something.
                if (_len > 0 && (char.IsLowSurrogate(_dst[_len - 1]) || _dst[_len - 1] == '\uFE0F'))
                {
                    EndWord();
                    Put(c, i);
                }

                return;
            }
            else if (PersianLetters.IsInvisible(c))
            {
                return;
            }
        }

        if (o.RemoveKashida && c == PersianLetters.Kashida)
        {
            // A kashida standing alone after a space elongates no letter: typists use it as a dash
            // ("گروه استان‌ها ـ رئیس ..."), and it stays one.
            if (_wordStart < 0 && _len > 0 && _dst[_len - 1] == ' ')
            {
                Put('-', i);
            }

            return;
        }

        if (o.NormalizeLetters && c is PersianLetters.HamzaAbove or PersianLetters.MaddahAbove && _wordStart >= 0 && !_pendingZwnj)
        {
            // A combining hamza or madda written apart from its letter: compose (ه + ٔ → ۀ, ی + ٔ → ئ, ا + ٓ → آ).
            char prev = _dst[_len - 1];
            char composed = c == PersianLetters.HamzaAbove
                ? prev switch { 'ه' => PersianLetters.HehYeh, 'ی' => 'ئ', 'و' => 'ؤ', 'ا' => 'أ', _ => '\0' }
                : prev == 'ا' ? 'آ' : '\0';
            if (composed != '\0')
            {
                _dst[_len - 1] = composed;
                return;
            }
        }

        if (o.RemoveDiacritics && (PersianLetters.IsDiacritic(c) || (o.RemoveShadda && c == PersianLetters.Shadda)))
        {
            return;
        }

        if (o.NormalizeLetters)
        {
            char alef = PersianLetters.LamAlefAlef(c);
            if (alef != '\0')
            {
                // The lam-alef ligature is two letters: both map to the ligature's offset.
                BeginLetter();
                Put('ل', i);
                Put(alef, i);
                return;
            }

            c = PersianLetters.ToPersianLetter(c);
        }

        if (PersianLetters.IsPersianLetter(c))
        {
            BeginLetter();
            Put(c, i);
            return;
        }

        if (PersianLetters.IsDiacritic(c) || c is PersianLetters.Shadda or PersianLetters.Kashida)
        {
            // Kept marks stay inside their word.
            Put(c, i);
            return;
        }

        EndWordWith(c, i);
    }

    /// <summary>Anything but a letter or a mark ends the word (a held-back half-space before it is dropped) and is
    /// written, a space collapsed and a digit converted as the options say.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EndWordWith(char c, int i)
    {
        var o = _o;
        _pendingZwnj = false;
        EndWord();

        if (char.IsWhiteSpace(c))
        {
            StartToken(i + 1);
            if (c == ' ')
            {
                if (o.CollapseSpaces && (_len == 0 || _dst[_len - 1] is ' ' or '\n' or '\r'))
                {
                    return;
                }
            }
            else if (o.CollapseSpaces && c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085' or '\f' or '\v')
            {
                if (_len == _tagBreak)
                {
                    // The line break written for a block tag ("</p>\n") is this one.
                    _len--;
                    _tagBreak = -1;
                }

                // Trailing spaces do not survive the end of a line (collapsed, there is at most one).
                if (_len > 0 && _dst[_len - 1] == ' ')
                {
                    _len--;
                }

                // The other mandatory line breaks (NEL, LS, PS, form feed, vertical tab) are written as LF.
                if (c is not ('\n' or '\r'))
                {
                    c = '\n';
                }
            }

            Put(c, i);
            return;
        }

        if (o.Digits != DigitTarget.Keep)
        {
            c = ConvertNumberChar(c, i);
        }

        Put(c, i);
    }

    // The characters below U+0700 that none of Slow's rewriting rules reads, whatever the options (no letter, mark,
    // invisible character or other space): they go straight to EndWordWith.
    private static readonly bool[] PlainNonLetters = BuildPlainNonLetters();

    private static bool[] BuildPlainNonLetters()
    {
        var plain = new bool[0x700];
        for (int k = 0; k < plain.Length; k++)
        {
            char c = (char)k;
            plain[k] = c is not ('\u00AC' or '\u00AD' or '\t' or PersianLetters.Zwnj or PersianLetters.Zwj or PersianLetters.Kashida
                    or PersianLetters.HamzaAbove or PersianLetters.MaddahAbove or PersianLetters.Shadda)
                && !PersianLetters.IsOtherSpace(c) && !PersianLetters.IsInvisible(c) && !PersianLetters.IsDiacritic(c)
                && PersianLetters.LamAlefAlef(c) == '\0' && PersianLetters.ToPersianLetter(c) == c && !PersianLetters.IsPersianLetter(c);
        }

        return plain;
    }

    private char ConvertNumberChar(char c, int i)
    {
        int v = PersianLetters.DigitValue(c);
        if (v >= 0)
        {
            return IsCodeToken(i) ? c : (char)((_o.Digits == DigitTarget.Persian ? '۰' : '0') + v);
        }

        bool between = _len > 0 && PersianLetters.IsDigit(_dst[_len - 1]) && i + 1 < _src.Length && PersianLetters.IsDigit(_src[i + 1]);
        if (!between)
        {
            if (c is not (',' or '٬' or '٫' or '.' or ':' or '/' or '-'))
            {
                _numberHasDot = false;
            }

            return c;
        }

        if (IsCodeToken(i))
        {
            return c;
        }

        if (_o.Digits == DigitTarget.Persian)
        {
            if (c == '.')
            {
                // One dot between digits is a decimal point (۳٫۵); a second one makes it a date or a version: keep.
                bool dotted = _numberHasDot || NextNumberHasDot(i + 1);
                _numberHasDot = true;
                return dotted ? c : '٫';
            }

            if (c == ',' && IsThousandsGroup(i + 1))
            {
                return '٬';
            }

            return c;
        }

        return c switch { '٫' => '.', '٬' => ',', _ => c };
    }

    /// <summary>Removes the HTML tag at <paramref name="i"/> if one starts there: a block tag ends the line (one line
    /// break however many block tags and line breaks meet), any other tag leaves nothing.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool Tag(int i, out int length)
    {
        var kind = HtmlTags.Read(_src, i, _o.DecodeHtmlEntities, _raw ??= new HtmlRawEnds(), out length);
        if (kind == HtmlTagKind.None)
        {
            return false;
        }

        if (kind == HtmlTagKind.Block)
        {
            _pendingZwnj = false;
            EndWord();
            StartToken(i + length);
            if (_len > 0 && _dst[_len - 1] is not ('\n' or '\r' or '\u2028' or '\u2029' or '\u0085'))
            {
                if (_o.CollapseSpaces && _dst[_len - 1] == ' ')
                {
                    _len--;
                }

                Put('\n', i);
                if (!_overflow)
                {
                    _tagBreak = _len;
                }
            }
        }

        return true;
    }

    private readonly bool NextNumberHasDot(int j)
    {
        int limit = Math.Min(_src.Length - 1, j + 8);
        while (j < limit && PersianLetters.IsDigit(_src[j]))
        {
            j++;
        }

        return j < limit && _src[j] == '.' && PersianLetters.IsDigit(_src[j + 1]);
    }

    private readonly bool IsThousandsGroup(int j)
        => j + 3 <= _src.Length && PersianLetters.IsDigit(_src[j]) && PersianLetters.IsDigit(_src[j + 1]) && PersianLetters.IsDigit(_src[j + 2])
            && (j + 3 == _src.Length || !PersianLetters.IsDigit(_src[j + 3]));

    /// <summary>Whether the whitespace-delimited token around <paramref name="i"/> is a code whose digits stay as written:
    /// it has a Latin letter (Image2.jpg, COVID-19, URLs) or an @ or # (e-mail addresses, hashtags, handles).</summary>
    private bool IsCodeToken(int i)
    {
        if (i >= _tokenClassEnd)
        {
            // Classified once per token: each character is scanned at most once more.
            bool code = false;
            int j = _tokenStart;
            while (j < _src.Length && !char.IsWhiteSpace(_src[j]))
            {
                char t = _src[j];
                if (t is '<' or '&' && _o.StripHtmlTags)
                {
                    // A tag is not part of the token ("<b>۱۲</b>" is a number); a block tag ends it.
                    var kind = HtmlTags.Read(_src, j, _o.DecodeHtmlEntities, null, out int tagLength);
                    if (kind == HtmlTagKind.Block)
                    {
                        break;
                    }

                    if (kind == HtmlTagKind.Inline)
                    {
                        j += tagLength;
                        continue;
                    }
                }

                if (t == '&' && _o.DecodeHtmlEntities && HtmlEntities.TryDecode(_src[j..], 0, _o.StripHtmlTags, out char decoded, out int length))
                {
                    // A character reference is the character it stands for ("۱۲&nbsp;هزار" is two tokens).
                    if (char.IsWhiteSpace(decoded))
                    {
                        break;
                    }

                    t = decoded;
                    j += length - 1;
                }

                code |= char.IsAsciiLetter(t) || t is '@' or '#' or '_';
                j++;
            }

            _tokenIsCode = code;
            _tokenClassEnd = j;
        }

        return _tokenIsCode;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Half-space repair, run on each Persian word of the output as it ends.
    // ---------------------------------------------------------------------------------------------------------------

    private static readonly string[] HaSuffixes = ["هایشان", "هایتان", "هایمان", "هایش", "هایت", "هایم", "هایی", "هاست", "های", "ها"];
    private static readonly string[] ComparativeSuffixes = ["ترین", "تری", "تر"];
    private static readonly string[] Preverbs = ["بر", "در", "باز", "فرا", "فرو", "وا"];

    // Second parts written after a silent heh with a half-space (برنامه‌ریزی، نتیجه‌گیری، تجزیه‌طلب، عهده‌دار،
    // علاقه‌مند، روزنامه‌نگار، همه‌گیر، کوتاه‌مدت): a final-form ه inside a word always needs one.
    private static readonly string[] HehCompoundHeads = ["گیری", "گذاری", "ریزی", "سازی", "کننده", "کنندگان", "رسانی", "برداری", "زنی", "بندی", "گرایی", "شناسی", "نویسی", "طلب", "طلبان", "طلبی", "دار",
        "مند", "مندی", "مندان", "وار", "ساز", "سازان", "گیر", "نگار", "نگاران", "نگاری", "شناس", "شناسان", "مدت", "داری", "گذار", "گذاران",
        "روی", "رویی", "کشی", "جویی", "بردار", "برداران"];

    // Second parts written apart after any joining letter of a known word (موفقیت‌آمیز، تجمع‌کنندگان، امکان‌پذیر).
    private static readonly string[] CompoundHeads = ["آمیز", "آور", "آوری", "انگیز", "آلود", "آلوده", "کننده", "کنندگان", "شدگان", "رسانی", "پذیر", "پذیری"];

    // Productive second parts of compounds (the Academy's rule: the parts of a compound word are written apart with a
    // half-space when the first ends in a joining letter): نشان‌دهنده، غنی‌سازی، آرمان‌گرایی، قانون‌شکنی، روان‌شناسی،
    // اجتناب‌ناپذیر، جمهوری‌خواه، and the surname parts خطیب‌زاده، احمدی‌نژاد، فردوسی‌پور. Split off a joined word only
    // after a known first part of three letters or more, and never off a lexicalized word (دانشجو، رایزنی).
    private static readonly string[] ProductiveHeads = ["دهنده", "دهندگان", "گیرنده", "گیرندگان", "شونده", "شوندگان", "ناپذیر", "ناپذیری",
        "سازی", "سازان", "زدایی", "زدای", "گرایی", "گرا", "گرای", "گرایان", "نگری", "شناس", "شناسی", "شناسان", "پرست", "پرستی", "پرستان",
        "طلب", "طلبی", "طلبان", "خواه", "خواهی", "خواهان", "محور", "محوری", "نشین", "نشینان", "نشینی", "شکنی", "شکن", "افروز", "افروزی",
        "افروزان", "ورزی", "ورزانه", "جویانه", "ستیز", "ستیزی", "بخش", "زنی", "گیری", "گذاری", "گذار", "گذاران", "بندی", "زاده", "نژاد", "پور",
        "گیر", "ساز", "خوار", "خواری", "خواران", "بگیر", "بگیران", "شده", "کرده", "افتاده", "الله", "درمانی", "گزینی"];

    // Number words that start a compound (هفت‌تپه، پنج‌ساله، سه‌جانبه) and the number words written after them (یک‌هزار).
    private static readonly string[] NumeralHeads = ["یک", "سه", "پنج", "شش", "هفت", "هشت", "چهل", "بیست", "شصت"];
    private static readonly string[] LargeNumbers = ["هزار", "میلیون", "میلیارد"];

    // Second parts that never stand alone as words, so a space before them was a half-space (امکان پذیر، نشان دهنده).
    private static readonly string[] SpacedBoundHeads = ["پذیر", "پذیری", "ناپذیر", "ناپذیری", "انگیز", "دهنده", "دهندگان", "زدایی", "گرایی", "گرایان",
        "گرا", "گرای", "نگری", "شناسی", "شناسان", "پرست", "پرستی", "پرستان", "طلبان", "نشینان", "شکنی", "افروزان", "افروزی", "ورزی", "ورزانه",
        "جویانه", "ستیزی", "گذاران", "شوندگان", "گیرندگان", "خواران", "بگیران", "پور", "زدای", "نشین", "نشینی", "مند", "مندی", "مندان", "گزینی"];

    // Clitics split off a joined word after a silent heh; ام، ات، مان، تان are left alone there (الهام، توجهات، متهمان).
    private static readonly string[] JoinedHehClitics = ["اند", "ایم", "اید", "اش", "شان"];

    // Second parts that news writes after a half-space rather than a space (موفقیت‌آمیز، تجمع‌کنندگان، اطلاع‌رسانی).
    private static readonly string[] SpacedCompoundHeads = ["آمیز", "کننده", "کنندگان", "شدگان", "رسانی", "گیری"];

    // Second parts joined across a space after a silent heh (تجزیه طلب، عهده دار، برنامه ریزی → برنامه‌ریزی، گله داری): after a
    // silent ه a compound is written with a half-space, and these parts (unlike روی، گیر، گذار) hardly follow such a
    // word as a word of their own. سازی، بندی، گذاری stay apart: news writes those compounds spaced too (سرمایه گذاری).
    private static readonly string[] HehSpacedHeads = ["طلب", "طلبان", "طلبی", "دار", "ریزی", "برداری", "گرایی", "شناسی", "شناسان", "نویسی",
        "نگار", "نگاران", "نگاری", "داری", "رویی", "کشی", "جویی", "برداران"];

    // Adverbs of time and place that form a comparative in تر written with a half-space (پیش‌تر، عقب‌تر، پایین‌تر); the
    // dictionary lists no ترین for them, so they are not in its comparative class.
    private static readonly string[] ComparableAdverbs = ["پیش", "عقب", "پایین", "نزدیک"];

    // Verb endings after a past participle (آمده‌ام، رفته‌اید).
    private static readonly string[] ParticipleClitics = ["ایم", "اید", "اند", "ام", "ای"];

    // Clitics joined to a word after a silent heh across a space (حرفه ای، شده اند).
    private static readonly string[] SpacedHehClitics = ["اند", "ایم", "اید", "ای", "ام", "اش", "ات", "شان"];

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void EndWord()
    {
        int ws = _wordStart;
        if (ws < 0)
        {
            return;
        }

        _wordStart = -1;
        if (_lex is null || _len - ws > MaxRepairWord)
        {
            _prevStart = -1;
            return;
        }

        // The gates read a few characters before and after the word; at the edges of the buffer the rules just run.
        bool gated = _gates && ws >= 8 && _len <= _dst.Length - 8;
        bool hasZwnj = _wordHasZwnj;
        if (!hasZwnj && (!gated || MayRepairJoined(ws)) && !Recall(ws, MemoJoined, out _, out uint h))
        {
            // The shared cache reads up to three characters past the word (there when gated).
            bool cacheable = gated & _len - ws <= RepairCache.Capacity & _cache is not null;
            if (!cacheable || !_cache!.TryGet(ref _dst[ws], _len - ws, h, RepairCache.Joined, out ulong cuts))
            {
                cuts = JoinedCuts(ws);
                if (cacheable)
                {
                    _cache!.Add(ref _dst[ws], _len - ws, h, RepairCache.Joined, cuts);
                }
            }

            if (cuts == 0)
            {
                // Only a word left as it is is remembered (its text is still the same at its offset).
                Remember(ws, h, false);
            }
            else
            {
                Cut(ws, cuts);
                hasZwnj = true;
            }
        }

        int start = ws;
        if (_prevStart >= 0 && _prevEnd == ws - 1 && _dst[ws - 1] == ' ' && _len - _prevStart <= MaxRepairWord
            && (!gated || MayJoinSpaced(ws, hasZwnj ? ws + _dst[ws.._len].IndexOf(PersianLetters.Zwnj) : _len)) && JoinsSpaced(ws, hasZwnj, gated))
        {
            _dst[ws - 1] = PersianLetters.Zwnj;
            start = _prevStart;
        }

        int lastZwnj = hasZwnj ? _dst[ws.._len].LastIndexOf(PersianLetters.Zwnj) : -1;
        _prevSegStart = lastZwnj >= 0 ? ws + lastZwnj + 1 : ws;
        _prevStart = start;
        _prevEnd = _len;
    }

    /// <summary><see cref="SpacedJoin"/>, remembered by the text of the two words and the space between (all it reads).</summary>
    private bool JoinsSpaced(int ws, bool hasZwnj, bool gated)
    {
        if (Recall(_prevStart, MemoSpaced, out bool joins, out uint h))
        {
            return joins;
        }

        // The shared cache reads up to three characters past the word (there when gated); whether the word has a
        // half-space is part of its key, as SpacedJoin is told.
        bool cacheable = gated & _len - _prevStart <= RepairCache.Capacity & _cache is not null;
        uint kind = hasZwnj ? RepairCache.SpacedWithZwnj : RepairCache.Spaced;
        if (cacheable && _cache!.TryGet(ref _dst[_prevStart], _len - _prevStart, h, kind, out ulong answer))
        {
            joins = answer != 0;
        }
        else
        {
            joins = SpacedJoin(ws, hasZwnj);
            if (cacheable)
            {
                _cache!.Add(ref _dst[_prevStart], _len - _prevStart, h, kind, joins ? 1UL : 0);
            }
        }

        Remember(_prevStart, h, joins);
        return joins;
    }

    internal const uint MemoJoined = 0x9E3779B9;
    internal const uint MemoSpaced = 0x85EBCA6B;

    /// <summary>The memo's hash of the output from <paramref name="start"/> to the end, for one kind of question.</summary>
    private readonly uint MemoHash(int start, uint kind) => TextHash(_dst[start.._len], kind);

    /// <summary>The memo's hash of a text for one kind of question (<see cref="MemoJoined"/>, <see cref="MemoSpaced"/>).</summary>
    internal static uint TextHash(ReadOnlySpan<char> text, uint kind)
    {
        uint h = kind;
        foreach (char c in text)
        {
            h = (h ^ c) * 16777619;
        }

        return h ^ (h >> 15);
    }

    /// <summary>Whether the memo holds the answer for the output from <paramref name="start"/> to the end; gives its hash
    /// either way.</summary>
    private readonly bool Recall(int start, uint kind, out bool answer, out uint h)
    {
        answer = false;
        h = 0;
        if (_memo.IsEmpty)
        {
            return false;
        }

        h = MemoHash(start, kind);
        ulong e = _memo[(int)(h & (MemoSize - 1))];
        int length = _len - start;
        if (e == 0 || (uint)(e >> 40) != (h >> 8) || (int)((e >> 32) & 63) != length)
        {
            return false;
        }

        int at = (int)(uint)e;
        if (!_dst.Slice(at, length).SequenceEqual(_dst[start.._len]))
        {
            return false;
        }

        answer = (e & (1UL << 38)) != 0;
        return true;
    }

    /// <summary>Remembers the answer for the output from <paramref name="start"/> to the end, of hash
    /// <paramref name="h"/> (<see cref="Recall"/> computed it).</summary>
    private readonly void Remember(int start, uint h, bool answer)
    {
        if (_memo.IsEmpty)
        {
            return;
        }

        _memo[(int)(h & (MemoSize - 1))] = (uint)start | ((ulong)(_len - start) << 32) | (answer ? 1UL << 38 : 0) | (1UL << 39) | ((ulong)(h >> 8) << 40);
    }

    /// <summary>
    /// A cheap necessary condition for <see cref="SpacedJoin"/>, from the two words' lengths and first and last letters,
    /// computed without branches: most word pairs fail it, and the lexicon is not consulted for them. Every rule of
    /// <see cref="SpacedJoin"/> must be admitted here (a word list it reads belongs in <see cref="SpacedWords"/>; the
    /// gate-equivalence tests over the corpus catch one that is not). The word is taken up to
    /// <paramref name="wordEnd"/>, its first half-space: no listed word has one, so a word with a half-space can only
    /// join on its first part (the rules that read the whole word then fail). Reads two characters from each word's
    /// start; the caller checks that the buffer has them.
    /// </summary>
    private readonly bool MayJoinSpaced(int ws, int wordEnd)
    {
        ref char d = ref MemoryMarshal.GetReference(_dst);
        int wn = wordEnd - ws;
        int plLength = _prevEnd - _prevSegStart;
        char last = Unsafe.Add(ref d, _prevEnd - 1);

        // After a non-joining letter (a third of all words, at random) no rule joins: computed without a branch.
        bool joining = (plLength >= 2) & PersianLetters.IsJoiningLetter(last);

        uint w01 = Unsafe.ReadUnaligned<uint>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref d, ws)));
        char w0 = (char)w01;
        uint tail;
        if (wn >= 2)
        {
            tail = Unsafe.ReadUnaligned<uint>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref d, wordEnd - 2)));
        }
        else
        {
            // A one-letter word: no second letter, and the compound's letter before last is the previous word's last.
            // (Not read across the space: a load spanning two recent stores waits for both to reach the cache.)
            w01 = w0;
            tail = last | ((uint)w0 << 16);
        }

        char wLast = (char)(tail >> 16);
        int pn = _prevEnd - _prevStart;

        // Most words are neither a listed word nor the part of a listed compound after a half-space: then only the
        // word before (a prefix word) can make a join, and the rest is not computed.
        int key = TailKey3(w0, (char)(w01 >> 16), wLast);
        if (((At(SpacedGate.Parts, key) >> Math.Min(wn, 15)) & 1) == 0)
        {
            return joining & last == 'ی' & pn <= 5 && IsPrefixWord(ref d, pn);
        }

        // A suffix, clitic or bound part after any word; a clitic or a head after ه. The table holds, by first two and
        // last letter, a mask of the lengths of the listed words for each group.
        ulong lengths = At(SpacedWords, key) >> Math.Min(wn, 15);
        bool after = (lengths & (last == 'ه' ? 0x0001_0001_0001_0001UL : 0x0000_0000_0001_0001UL)) != 0;

        // A listed compound written apart that is joined (not a split-only one).
        uint s01 = Unsafe.ReadUnaligned<uint>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref d, _prevSegStart)));
        bool compound = (plLength < 29) & _lex!.CompoundsToJoin.MayHold(s01 | ((ulong)tail << 32), plLength + wn);

        // می، نمی، بی, or a preverb + می (برمی، بازمی) before: a short word in ی, looked at only then.
        return (joining & (after | compound)) || (joining & last == 'ی' & pn <= 5 && IsPrefixWord(ref d, pn));
    }

    /// <summary>Whether the previous word (of <paramref name="pn"/> letters, ending in ی) is می، نمی، بی or a preverb + می.</summary>
    private readonly bool IsPrefixWord(ref char d, int pn)
    {
        uint p01 = Unsafe.ReadUnaligned<uint>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref d, _prevStart)));
        return (pn == 2 & (p01 == Pack('م', 'ی') | p01 == Pack('ب', 'ی'))) | (pn == 3 & p01 == Pack('ن', 'م'))
            | (pn >= 4 & Unsafe.Add(ref d, _prevEnd - 2) == 'م'
                & (p01 == Pack('ب', 'ر') | p01 == Pack('د', 'ر') | p01 == Pack('و', 'ا') | p01 == Pack('ب', 'ا') | p01 == Pack('ف', 'ر')));
    }

    private static uint Pack(char a, char b) => a | ((uint)b << 16);

    // The words SpacedJoin joins on, by their first two letters ('\0' for a one-letter word) and last letter: four
    // masks of the words' lengths (bit k: a word of k letters, 15 for longer ones), sixteen bits each: suffixes and
    // clitics after any word, bound and compound heads after any word, then the clitics and heads after ه.
    private static readonly ulong[] SpacedWords = BuildSpacedWords();

    private static ulong[] BuildSpacedWords()
    {
        var words = new ulong[4096];
        void Add(IEnumerable<string> list, int group)
        {
            foreach (string w in list)
            {
                words[TailKey3(w[0], w.Length > 1 ? w[1] : '\0', w[^1])] |= 1UL << ((16 * group) + Math.Min(w.Length, 15));
            }
        }

        Add(HaSuffixes.Concat(ComparativeSuffixes).Concat(["اش", "شان", "مان", "تان", "اند"]), 0);
        Add(SpacedCompoundHeads.Concat(SpacedBoundHeads), 1);
        Add(SpacedHehClitics.Append("ی"), 2);
        Add(HehSpacedHeads, 3);
        return words;
    }

    // By the same key as SpacedWords, the lengths of every word SpacedJoin joins on (the four groups) and of every part
    // after a half-space of a listed compound that is joined (a compound is joined on its part after the space):
    // bit k for a word of k letters, 15 for longer ones. Built with the lexicon, on first use.
    private static class SpacedGate
    {
        public static readonly ushort[] Parts = BuildSpacedParts(ZwnjLexicon.Instance.Compounds);
    }

    private static ushort[] BuildSpacedParts(WordSet compounds)
    {
        var parts = new ushort[4096];
        for (int i = 0; i < SpacedWords.Length; i++)
        {
            ulong m = SpacedWords[i];
            parts[i] = (ushort)(m | (m >> 16) | (m >> 32) | (m >> 48));
        }

        for (int i = 0; i < compounds.Count; i++)
        {
            var (c, mask) = compounds[i];
            if ((mask & ZwnjLexicon.SplitOnly) != 0)
            {
                continue;
            }

            for (int k = 1; k < Math.Min(29, c.Length); k++)
            {
                if ((mask & (1 << k)) != 0)
                {
                    string w = c[k..];
                    parts[TailKey3(w[0], w.Length > 1 ? w[1] : '\0', w[^1])] |= (ushort)(1 << Math.Min(w.Length, 15));
                }
            }
        }

        return parts;
    }

    /// <summary>
    /// A cheap necessary condition for <see cref="JoinedCuts"/> to cut the word at <paramref name="ws"/>, computed
    /// without branches from its first five and last four letters: most words of running text fail it, and the lexicon
    /// is not consulted for them. Every rule of <see cref="JoinedCuts"/> must be admitted here (a rule added there
    /// needs its start in <see cref="RepairStarts"/> or its ending in <see cref="JoinedGate.Endings"/>; the gate-equivalence
    /// tests over the corpus catch one that is not). Reads up to four characters beyond the word's end (letters
    /// there only make it pass more); the caller checks that the buffer has them.
    /// </summary>
    private readonly bool MayRepairJoined(int ws)
    {
        ref char d = ref MemoryMarshal.GetReference(_dst);
        int n = _len - ws;
        if (n < JoinedGate.ShortestWord)
        {
            // Shorter than every start and ending in the tables (three-letter words, most of them function words).
            return false;
        }

        ulong first = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref d, ws)));

        // The last four letters; a shorter word's are taken from its first ones, padded with zeros (no ending of four
        // letters fits it): a load across the word's start would span the stores of the space and the word, and wait
        // for both to reach the cache.
        ulong last = n >= 4 ? Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref d, _len - 4))) : first << 16;

        // Prefixes: می، نمی، بی، به، کم، a number word, and a preverb (بر، در، باز، فرا، فرو، وا) + می at letter 2 or 3.
        int start = At(RepairStarts, Key16((uint)first) >> 4);
        bool prefix = n >= (start & 15) || ((start & PreverbStart) != 0 && n >= 7 && IsPreverbMi(ref d, ws, first));

        // Suffixes, clitics, endings and second parts, and the listed compounds whose joined form is split (a join-only
        // one leaves the word to the prefix and suffix rules), by the word's last two, three and four letters: the table
        // holds the shortest word each ending is cut from (a compound's own length).
        byte[] endings = JoinedGate.Endings;
        bool ending = (n >= At(endings, Key16((last >> 32) + 2) >> 3)) | (n >= At(endings, Key16((last >> 16) + 3) >> 3))
            | (n >= At(endings, Key16(last + 4) >> 3));

        return prefix | ending;
    }

    /// <summary>Whether می follows at letter 2 or 3 (after a preverb: برمی، بازمی); looked at only after a preverb's start.</summary>
    private static bool IsPreverbMi(ref char d, int ws, ulong first)
    {
        uint mi = Pack('م', 'ی');
        return (uint)(first >> 32) == mi | ((uint)(first >> 48) == (mi & 0xFFFF) & Unsafe.Add(ref d, ws + 4) == 'ی');
    }

    private const byte PreverbStart = 16;
    private const int NoWord = 15;

    // The first two letters of the words the prefix rules act on: می، نمی، بی، به، کم، the number words, and the preverbs;
    // the low four bits hold the shortest word a prefix rule acts on with that start (15: none).
    private static readonly byte[] RepairStarts = BuildRepairStarts();

    private static byte[] BuildRepairStarts()
    {
        var starts = new byte[4096];
        starts.AsSpan().Fill(NoWord);
        void Add(string p, int shortest)
        {
            ref byte b = ref starts[Key16(p[0] | ((uint)p[1] << 16)) >> 4];
            b = (byte)((b & ~15) | Math.Min(b & 15, shortest));
        }

        // PrefixCut needs four letters (نمی five), بی and به privative/preposition five, a number word three more.
        Add("می", 4);
        Add("نمی", 5);
        Add("بی", 5);
        Add("به", 5);
        Add("کم", 5);
        foreach (string num in NumeralHeads)
        {
            Add(num, num.Length + 3);
        }

        foreach (string p in Preverbs)
        {
            // The gate looks for می at letter 2 or 3, where it follows every preverb; a longer one passes on its start.
            if (p.Length is 2 or 3)
            {
                starts[Key16(p[0] | ((uint)p[1] << 16)) >> 4] |= PreverbStart;
            }
            else
            {
                Add(p, p.Length + 5);
            }
        }

        return starts;
    }

    // Every ending a suffix rule or a second part acts on (SuffixCut, PluralCut, CliticAfterNounCut, CompoundHeadCut,
    // SecondPartCut): the suffixes and clitics after a ه with their ه, تر/تری/ترین, شان, اش after ی, اند, the
    // possessives after ات, and the heads with the ه before them where they need one; hashed with their length by the
    // last two, three or four letters (longer endings by their last four) into 8192 entries, each the length of the
    // shortest word a rule cuts that ending from (byte.MaxValue: none). The compounds the lexicon splits are endings
    // of their own length. Built with the lexicon, on first use.
    private static class JoinedGate
    {
        public static readonly byte[] Endings = BuildRepairEndings(ZwnjLexicon.Instance.CompoundsToSplit);

        // The shortest word the gate passes: the least length in the start and ending tables (a preverb + می needs
        // seven letters), and never less than three (no rule cuts a shorter word).
        public static readonly int ShortestWord = Math.Max(3, Math.Min(Math.Min(RepairStarts.Min(b => b & 15), 7), (int)Endings.Min()));
    }

    private static byte[] BuildRepairEndings(IEnumerable<string> compounds)
    {
        // SuffixCut finds a ه suffix at letter 2 or later; a comparative needs three letters before it and five in
        // all; the compound heads and second parts need two or three letters before them and five in all.
        var endings = HaSuffixes.Select(e => (e, e.Length + 2))
            .Concat(JoinedHehClitics.Concat(ParticipleClitics).Select(c => ("ه" + c, c.Length + 3)))
            .Concat([("هی", 4), ("هام", 5), ("شان", 6), ("یاش", 5), ("اند", 6), ("اتمان", 8), ("اتتان", 8), ("اتشان", 8)])
            .Concat(ComparativeSuffixes.Select(e => (e, Math.Max(5, e.Length + 3))))
            .Concat(HehCompoundHeads.Select(h => ("ه" + h, Math.Max(5, h.Length + 3))))
            .Concat(CompoundHeads.Select(h => (h, Math.Max(5, h.Length + 2))))
            .Concat(ProductiveHeads.Select(h => (h, Math.Max(5, h.Length + 3))))
            .Concat(compounds.Select(c => (c, c.Length)));
        var shortest = new byte[8192];
        shortest.AsSpan().Fill(byte.MaxValue);
        foreach (var (e, length) in endings)
        {
            int k = Math.Min(e.Length, 4);
            if (k < 2)
            {
                // A one-letter ending: the gate would have to pass every word.
                shortest.AsSpan().Fill(0);
                break;
            }

            ulong packed = 0;
            for (int i = 0; i < k; i++)
            {
                packed |= (ulong)e[e.Length - k + i] << (16 * i);
            }

            int key = Key16(packed + (ulong)k) >> 3;
            shortest[key] = (byte)Math.Min(shortest[key], length);
        }

        return shortest;
    }

    // Multiplicative hashing of up to four letters packed into a ulong: the top sixteen bits of the product, after the
    // high letters are folded onto the low ones (letters of one Unicode block differ only in their low byte).
    private static int Key16(ulong letters) => (int)(((letters ^ (letters >> 28)) * 0x9E3779B97F4A7C15UL) >> 48);

    /// <summary>A gate table's entry at an index its hash keeps in range (no bounds check).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T At<T>(T[] table, int index) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(table), index);

    private static int TailKey3(char a, char b, char c) => Key16(a | ((ulong)b << 16) | ((ulong)c << 32)) >> 4;

    /// <summary>Whether the word at <paramref name="ws"/> joins the previous word across one space (the space becomes a
    /// half-space).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly bool SpacedJoin(int ws, bool hasZwnj)
    {
        var lex = _lex!;
        ReadOnlySpan<char> w = _dst[ws.._len];
        int firstZwnj = hasZwnj ? w.IndexOf(PersianLetters.Zwnj) : -1;
        ReadOnlySpan<char> wf = firstZwnj < 0 ? w : w[..firstZwnj];
        ReadOnlySpan<char> p = _dst[_prevStart.._prevEnd];
        ReadOnlySpan<char> pl = _dst[_prevSegStart.._prevEnd];
        if (pl.Length < 2 || wf.IsEmpty)
        {
            return false;
        }

        char last = pl[^1];
        if (!PersianLetters.IsJoiningLetter(last))
        {
            // After a non-joining letter no half-space is possible; the space is left as written (joining the suffix
            // on would change what the word before reads as, and normalizing twice must change nothing more).
            return false;
        }

        if (p.Length <= 3 && (p is "می" or "نمی"))
        {
            return lex.Verb.Contains(wf);
        }

        if (p.Length >= 4 && p.Length <= 6 && p.EndsWith("می") && (IsOneOf(p[..^2], Preverbs) || (p.Length == 5 && p[2] == 'ن' && IsOneOf(p[..2], Preverbs))))
        {
            // A preverb with می (or نمی) written before a spaced verb: برمی گردد، درمی آید، برنمی دارد.
            return lex.Verb.Contains(wf);
        }

        char w0 = w[0];
        if (w.Length <= 6 && w0 == 'ه' && IsOneOf(w, HaSuffixes))
        {
            return true;
        }

        if (w.Length <= 4 && w0 == 'ت' && IsOneOf(w, ComparativeSuffixes))
        {
            // ترین never stands alone; تر (wet) may, so a comparative needs a known word before it.
            return w is "ترین" || lex.Comparative.Contains(pl) || IsKnownStem(lex, pl) || IsOneOf(pl, ComparableAdverbs);
        }

        if (w is "اش" && last == 'ی')
        {
            // The possessive after a word ending in ی: نظامی‌اش.
            return true;
        }

        if (last == 'ه')
        {
            if (w.Length <= 3 && (IsOneOf(w, SpacedHehClitics) || w is "ی"))
            {
                return true;
            }

            if (IsOneOf(wf, HehSpacedHeads) && IsSilentHeh(lex, pl))
            {
                // تجزیه‌طلب، عهده‌دار، برنامه‌ریزی، گله‌داری: after a silent ه these heads take a half-space.
                return true;
            }
        }

        if (w is "شان")
        {
            return true;
        }

        if (p.Length == 2 && p is "بی")
        {
            return wf.Length >= 3 && (IsKnownStem(lex, wf) || IsRelationalAdjective(lex, wf) || IsAbstractOfHeh(lex, wf));
        }

        if (wf.Length >= 4 && wf[0] is 'آ' or 'ک' or 'ش' or 'ر' or 'گ' && IsOneOf(wf, SpacedCompoundHeads) && IsKnownStem(lex, pl))
        {
            // After a word the lexicon does not know the compound list still decides (هم رسانی → هم‌رسانی).
            return true;
        }

        if (SpacedSecondPart(lex, pl, w, wf))
        {
            return true;
        }

        if (pl.Length < 29)
        {
            int mask = lex.Compounds.ValueOf(pl, wf);
            return (mask & ZwnjLexicon.SplitOnly) == 0 && (mask & (1 << pl.Length)) != 0;
        }

        return false;
    }

    /// <summary>Second parts joined to the word before across a space: parts that never stand alone (امکان پذیر →
    /// امکان‌پذیر), the possessive after an Arabic plural (مشکلات مان → مشکلات‌مان) and the verb اند after a noun
    /// (مخالف اند; after a silent heh it is one of the heh clitics). Parts that also stand alone as words (سازی، بندی،
    /// گذاری، زاده) stay apart: the spaced compound is standard too.</summary>
    private static bool SpacedSecondPart(ZwnjLexicon lex, ReadOnlySpan<char> pl, ReadOnlySpan<char> w, ReadOnlySpan<char> wf)
    {
        if (wf.Length >= 3 && IsOneOf(wf, SpacedBoundHeads))
        {
            return IsKnownStem(lex, pl);
        }

        if (w is "مان" or "تان")
        {
            // The possessive never stands alone: after a plural in ان (هموطنان‌مان) or an Arabic plural in ات
            // (مشکلات‌مان) it is written on with a half-space. After a singular it is left alone: the dictionary also
            // lists names (توماس مان).
            return pl.Length >= 5 && (pl.EndsWith("ات") || pl.EndsWith("ان")) && IsKnownStem(lex, pl[..^2]);
        }

        if (w is "اند")
        {
            // اند standing alone is the verb "(they) are": written on to the noun or adjective before it.
            return pl.Length >= 3 && (lex.Plural.Contains(pl) || (pl.Length >= 5 && pl.EndsWith("ان") && IsKnownStem(lex, pl[..^2])));
        }

        return false;
    }

    private static bool IsOneOf(ReadOnlySpan<char> w, string[] list)
    {
        foreach (string s in list)
        {
            // Length and first letter first: most candidates fail there, without a call.
            if (s.Length == w.Length && (w.IsEmpty || s[0] == w[0]) && w.SequenceEqual(s))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word ending in a silent ه (خانه، علاقه), not a pronounced one (ماه، شکوه، گروه): the dictionary writes
    /// ی on to a pronounced ه (ماهی، گروهی) and never on to a silent one (خانه‌ای).</summary>
    private static bool IsSilentHeh(ZwnjLexicon lex, ReadOnlySpan<char> x)
        => lex.Heh.Contains(x) && lex.HehYeBlock.ValueOf(x, "ی") == 0;

    private static bool IsKnownStem(ZwnjLexicon lex, ReadOnlySpan<char> x)
        => lex.Plural.Contains(x) || lex.Comparative.Contains(x) || lex.Heh.Contains(x) || lex.Noun.Contains(x);

    /// <summary>Where the half-spaces a word lost go (میکنند، تضمینهای، رئیسجمهور): at most a prefix, a compound and a
    /// suffix boundary; bit k of the answer for a half-space before the word's letter k (none after a non-joining
    /// letter). Reads only the word; <see cref="Cut"/> puts them in.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly ulong JoinedCuts(int ws)
    {
        var lex = _lex!;
        ReadOnlySpan<char> w = _dst[ws.._len];
        int n = w.Length;
        if (n < 3)
        {
            return 0;
        }

        Span<int> cuts = stackalloc int[8];
        int count = 0;

        int prefix = PrefixCut(lex, w);
        int stemEnd = n;
        if (prefix > 0)
        {
            cuts[count++] = prefix;
        }
        else
        {
            int suffix = SuffixCut(lex, w);
            if (suffix > 0)
            {
                cuts[count++] = suffix;
                stemEnd = suffix;
            }

            var stem = w[..stemEnd];
            int mask = 0;
            if (lex.Compounds.MayStartWith(w[0], w[1]))
            {
                mask = lex.Compounds.ValueOf(stem);
                if (mask == 0 && stemEnd != n && (mask = lex.Compounds.ValueOf(w)) != 0)
                {
                    // The entry spells the whole word (نه‌تنها, گفت‌وگوها): what looked like a suffix is part of it.
                    count = 0;
                    suffix = -1;
                    stemEnd = n;
                    stem = w;
                }

                int h = LastHeh(w);
                if (mask == 0 && suffix < 0 && h >= 4 && IsOneOf(w[h..], HaSuffixes) && (mask = lex.Compounds.ValueOf(w[..h])) != 0)
                {
                    // A compound with a plural suffix the suffix rule could not place (برنامهریزیها).
                    suffix = h;
                    stemEnd = h;
                    stem = w[..h];
                    cuts[count++] = h;
                }

                if (mask == 0 && suffix < 0 && n >= 6 && w.EndsWith("های") && (mask = lex.Compounds.ValueOf(w[..^2])) != 0)
                {
                    // A compound in silent ه with the clitic ای, the compound unknown to the dictionary (زمینلرزهای).
                    suffix = n - 2;
                    stemEnd = n - 2;
                    stem = w[..^2];
                    cuts[count++] = n - 2;
                }

                if (mask == 0 && suffix < 0 && h >= 4 && n - h <= 4 && w[h + 1] == 'ا' && IsOneOf(w[(h + 1)..], JoinedHehClitics)
                    && (mask = lex.Compounds.ValueOf(w[..(h + 1)])) != 0)
                {
                    // A compound in silent ه with the clitic اش، اند، ایم or اید, the compound unknown to the dictionary
                    // (پایاننامهاش → پایان‌نامه‌اش).
                    suffix = h + 1;
                    stemEnd = h + 1;
                    stem = w[..(h + 1)];
                    cuts[count++] = h + 1;
                }
            }

            if ((mask & ZwnjLexicon.JoinOnly) != 0)
            {
                mask = 0;
                stem = [];
            }

            if (mask != 0)
            {
                for (int k = 1; k < Math.Min(29, n) && count < cuts.Length; k++)
                {
                    if ((mask & (1 << k)) != 0 && k != suffix)
                    {
                        cuts[count++] = k;
                    }
                }
            }
            else
            {
                int head = CompoundHeadCut(lex, stem);
                if (head < 0)
                {
                    head = SecondPartCut(lex, stem);
                }

                if (head > 0)
                {
                    cuts[count++] = head;
                }
                else if (stem.Length >= 5 && stem.StartsWith("بی") && IsPrivative(lex, stem) && !IsLexicalized(lex, w))
                {
                    cuts[count++] = 2;
                }
                else if (stem.Length >= 5 && stem.StartsWith("به") && !lex.BeBlock.Contains(stem) && !lex.BeBlock.Contains(w)
                    && IsKnownStem(lex, stem[2..]))
                {
                    cuts[count++] = 2;
                }
                else if (stem.Length >= 5 && stem.StartsWith("کم") && IsKamCompound(lex, stem, w))
                {
                    cuts[count++] = 2;
                }
            }
        }

        ulong result = 0;
        foreach (int cut in cuts[..count])
        {
            if (cut > 0 && cut < n && PersianLetters.IsJoiningLetter(w[cut - 1]))
            {
                result |= 1UL << cut;
            }
        }

        return result;
    }

    /// <summary>Puts half-spaces into the word at <paramref name="ws"/> where <see cref="JoinedCuts"/> says, from the
    /// last one back (so the earlier positions still hold).</summary>
    private void Cut(int ws, ulong cuts)
    {
        while (cuts != 0)
        {
            int cut = 63 - BitOperations.LeadingZeroCount(cuts);
            Insert(ws + cut);
            cuts &= ~(1UL << cut);
        }
    }

    private static int PrefixCut(ZwnjLexicon lex, ReadOnlySpan<char> w)
    {
        if (w.Length < 4 || w[0] is not ('م' or 'ن' or 'ب' or 'د' or 'ف' or 'و'))
        {
            return -1;
        }

        int cut = -1;
        if (w.StartsWith("نمی") && w.Length >= 5 && lex.Verb.Contains(w[3..]))
        {
            cut = 3;
        }
        else if (w.StartsWith("می") && lex.Verb.Contains(w[2..]))
        {
            cut = 2;
        }
        else
        {
            foreach (string pv in Preverbs)
            {
                if (w.Length > pv.Length + 4 && w.StartsWith(pv) && w[pv.Length..].StartsWith("می") && lex.Verb.Contains(w[(pv.Length + 2)..]))
                {
                    cut = pv.Length + 2;
                    break;
                }

                // The negative after a two-letter preverb: برنمی‌گردد، درنمی‌آید، وانمی‌دهد (the gate finds its می at letter 3).
                if (pv.Length == 2 && w.Length > 7 && w.StartsWith(pv) && w[2..].StartsWith("نمی") && lex.Verb.Contains(w[5..]))
                {
                    cut = 5;
                    break;
                }
            }
        }

        return cut > 0 && !lex.MiBlock.Contains(w) ? cut : -1;
    }

    /// <summary>بی + a noun is written with a half-space (the Academy's rule: بی‌گناه، بی‌توجهی، بی‌انگیزگی), except in
    /// the lexicalized words standard orthography writes on (بیمار، بیکار، بیچاره; our lexicalized list) and the verb
    /// forms of بین (بینیم، بیند).</summary>
    private static bool IsPrivative(ZwnjLexicon lex, ReadOnlySpan<char> stem)
    {
        var rest = stem[2..];
        if (rest.Length < 3 || IsLexicalized(lex, stem) || lex.Verb.Contains(stem))
        {
            return false;
        }

        if (IsKnownStem(lex, rest))
        {
            return true;
        }

        // The dictionary writes the abstract nouns on (بیتوجهی، بیانگیزگی): their noun must be known.
        return IsRelationalAdjective(lex, rest) || IsAbstractOfHeh(lex, rest);
    }

    /// <summary>کم + a noun or adjective, a compound adjective (or its abstract noun in ی) written with a half-space: کم‌آبی،
    /// کم‌درآمد، کم‌بضاعت، کم‌حوصلگی; not a word of the dictionary that starts with کم (کمک، کمیته، کمبود، کمیاب).</summary>
    private static bool IsKamCompound(ZwnjLexicon lex, ReadOnlySpan<char> stem, ReadOnlySpan<char> w)
    {
        var rest = stem[2..];
        return rest.Length >= 3 && !lex.KamBlock.Contains(stem) && !lex.KamBlock.Contains(w) && !lex.Verb.Contains(stem)
            && (IsKnownStem(lex, rest) || (rest[^1] == 'ی' && IsKnownStem(lex, rest[..^1])) || IsRelationalAdjective(lex, rest) || IsAbstractOfHeh(lex, rest));
    }

    /// <summary>An abstract noun in گی of a word in silent ه (انگیزگی of انگیزه، حوصلگی of حوصله).</summary>
    private static bool IsAbstractOfHeh(ZwnjLexicon lex, ReadOnlySpan<char> x)
        => x.Length >= 4 && x.EndsWith("گی") && lex.Heh.ValueOf(x[..^2], "ه") != 0;

    /// <summary>A word of our lexicalized list, also with the abstract or indefinite ی (بیماری، بیکاری).</summary>
    private static bool IsLexicalized(ZwnjLexicon lex, ReadOnlySpan<char> w)
        => lex.Lexicalized.Contains(w) || (w.Length > 3 && w[^1] == 'ی' && lex.Lexicalized.Contains(w[..^1]));

    /// <summary>Where the last ه of the word's last six letters is (every suffix handled here starts at or right
    /// after one), or -1.</summary>
    private static int LastHeh(ReadOnlySpan<char> w)
    {
        for (int k = w.Length - 2; k >= 0 && k >= w.Length - 6; k--)
        {
            if (w[k] == 'ه')
            {
                return k;
            }
        }

        return -1;
    }

    private static int SuffixCut(ZwnjLexicon lex, ReadOnlySpan<char> w)
    {
        int n = w.Length;
        int k = LastHeh(w);
        if (k >= 2)
        {
            var s = w[k..];
            if (s is "هاست" && IsParticiple(lex, w[..(k + 1)]))
            {
                // نوشته‌است، نداشته‌است: the copula after a past participle, not the plural of a past stem (نوشت‌هاست).
                return k + 1;
            }

            if (IsOneOf(s, HaSuffixes))
            {
                return PluralCut(lex, w, s.Length);
            }

            var clitic = w[(k + 1)..];
            var y = w[..(k + 1)];
            if (IsOneOf(clitic, JoinedHehClitics) && lex.Heh.Contains(y))
            {
                return y.Length;
            }

            if (IsOneOf(clitic, ParticipleClitics) && lex.Verb.Contains(y))
            {
                // After a past participle every clitic is a verb ending: آمده‌ام، رفته‌ای، گفته‌ایم.
                return y.Length;
            }

            if (clitic is "ی" && n >= 4 && lex.Heh.Contains(y) && !lex.HehYeBlock.Contains(w))
            {
                return n - 1;
            }

            if (clitic is "ام" && n >= 5 && lex.HehEzafe.Contains(y))
            {
                // تجربه‌ام: ام after a listed ه-word (not after any ه: الهام، اتهام).
                return y.Length;
            }
        }

        if (n >= 5 && w[^1] is 'ر' or 'ی' or 'ن')
        {
            int t = w.EndsWith("تر") ? n - 2 : w.EndsWith("تری") ? n - 3 : w.EndsWith("ترین") ? n - 4 : -1;
            if (t >= 3)
            {
                var x = w[..t];
                if (PersianLetters.IsJoiningLetter(x[^1]) && !(x is "بیش")
                    && (lex.Comparative.Contains(x) || (t == n - 4 && x.Length >= 4 && IsKnownStem(lex, x)) || IsGradable(lex, x, t == n - 4)))
                {
                    // A superlative may be formed on any known word (جدی‌ترین، پیچیده‌ترین), a comparative only on an
                    // adjective the dictionary knows (not دکتر، دفتر).
                    return t;
                }
            }
        }

        if (n >= 6 && w.EndsWith("شان") && PersianLetters.IsJoiningLetter(w[^4]) && !lex.ShanBlock.Contains(w) && IsKnownStem(lex, w[..^3]))
        {
            // The possessive شان after a known noun: وضعیت‌شان، کنترل‌شان (not پریشان، درخشان).
            return n - 3;
        }

        if (n >= 5 && w.EndsWith("یاش") && (IsKnownStem(lex, w[..^2]) || IsRelationalAdjective(lex, w[..^2])))
        {
            // The possessive اش after a word ending in ی: نظامی‌اش، قبلی‌اش.
            return n - 2;
        }

        return CliticAfterNounCut(lex, w);
    }

    /// <summary>A word a comparative or superlative is formed on beyond the dictionary's adjectives: a relational
    /// adjective in ی (اساسی‌ترین، انسانی‌تر، ابتدایی‌ترین) or in انی (طولانی‌تر، عقلانی‌تر، روحانی‌ترین) or, before ترین, a
    /// short known word (جدی‌ترین، قوی‌ترین).</summary>
    private static bool IsGradable(ZwnjLexicon lex, ReadOnlySpan<char> x, bool superlative)
        => (superlative && x.Length == 3 && lex.Plural.Contains(x)) || ((superlative || x.Length >= 5) && IsRelationalAdjective(lex, x))
            || (x.Length >= 4 && x[^1] == 'ه' && lex.Heh.Contains(x))
            || (x.Length >= 5 && x.EndsWith("انی") && IsKnownStem(lex, x[..^3]));

    /// <summary>A relational adjective: a known word + ی (انسانی، قبلی) or + یی after a vowel (ابتدایی).</summary>
    private static bool IsRelationalAdjective(ZwnjLexicon lex, ReadOnlySpan<char> x)
        => x.Length >= 4 && x[^1] == 'ی'
            && (IsKnownStem(lex, x[..^1]) || (x.Length >= 5 && x[^2] == 'ی' && x[^3] is 'ا' or 'و' && IsKnownStem(lex, x[..^2])));

    /// <summary>Clitics after a noun: the verb اند (حرکت‌اند) and the possessives مان، تان، شان after an Arabic plural in
    /// ات (مشکلات‌مان، مطالبات‌شان), or -1.</summary>
    private static int CliticAfterNounCut(ZwnjLexicon lex, ReadOnlySpan<char> w)
    {
        int n = w.Length;
        if (n < 6 || w[^1] is not ('ن' or 'د'))
        {
            return -1;
        }

        if (w.EndsWith("اند"))
        {
            var x = w[..^3];
            bool verb = lex.Verb.Contains(w) || (w[0] is 'ب' or 'ن' && lex.Verb.Contains(w[1..]));
            bool noun = lex.Plural.Contains(x) || (x.Length >= 5 && x.EndsWith("ان") && IsKnownStem(lex, x[..^2]));
            return x.Length >= 3 && PersianLetters.IsJoiningLetter(x[^1]) && noun && !verb && !lex.Plural.Contains(w)
                ? n - 3 : -1;
        }

        if (n >= 8 && w[^3] is 'م' or 'ت' or 'ش' && w[^2] == 'ا' && w[^4] == 'ت' && w[^5] == 'ا' && !lex.ShanBlock.Contains(w) && IsKnownStem(lex, w[..^5]))
        {
            return n - 3;
        }

        return -1;
    }

    /// <summary>The cut before a plural suffix of <paramref name="suffixLength"/> letters (های، هایشان...), or -1.</summary>
    private static int PluralCut(ZwnjLexicon lex, ReadOnlySpan<char> w, int suffixLength)
    {
        int n = w.Length;
        if (n - suffixLength < 2)
        {
            return -1;
        }

        var x = w[..^suffixLength];
        if (suffixLength >= 3)
        {
            // های، هایم، هایی... may also be a silent ه + ای، ایم، ایی: a word listed as taking ای (حرفه‌ای) or a past
            // participle before a verb ending (کرده‌ایم) keeps its ه.
            var y = w[..^(suffixLength - 1)];
            if ((suffixLength == 3 && (lex.HehEzafe.Contains(y) || IsYehHehNoun(lex, y) || IsPrefixedHehEzafe(lex, y)))
                || (suffixLength == 4 && w[^1] == 'م' && IsParticiple(lex, y)))
            {
                return y.Length;
            }
        }

        if (x is "آن" or "این" or "تن" or "همین" or "همان" || lex.Lexicalized.Contains(w))
        {
            // آنها، اینها، تنها: written on by most of the press, or no plural at all (also a lexicalized word: منتها).
            return -1;
        }

        bool noun = lex.Plural.Contains(x) || (x[^1] == 'ه' && lex.Heh.Contains(x));
        if (noun)
        {
            // After a non-joining letter the plural is written on (روزها، نهادهای): nothing to repair.
            return PersianLetters.IsJoiningLetter(x[^1]) ? x.Length : -1;
        }

        if (suffixLength == 3 && lex.Verb.Contains(w[..^2]))
        {
            return n - 2;
        }

        if (suffixLength == 3 && n >= 5 && lex.Heh.Contains(w[..^2]))
        {
            // خامنه‌ای، هسته‌ای: no noun before های, so the ه belongs to the word and ای is the clitic.
            return n - 2;
        }

        if (x.Length >= 3 && PersianLetters.IsJoiningLetter(x[^1]) && !lex.HaBlock.Contains(w) && !IsKnownStem(lex, w) && !lex.Verb.Contains(x))
        {
            // A noun the lexicon does not know (گروهک، فوتی، a name): its plural is still a plural.
            return x.Length;
        }

        return -1;
    }

    /// <summary>A listed ه-word taking ای after بی، کم or پر (بی‌سابقه‌ای، کم‌سابقه‌ای، پرحادثه‌ای): the compound adjective
    /// takes ای like its noun.</summary>
    private static bool IsPrefixedHehEzafe(ZwnjLexicon lex, ReadOnlySpan<char> y)
        => y.Length >= 6 && (y.StartsWith("بی") || y.StartsWith("کم") || y.StartsWith("پر")) && lex.HehEzafe.Contains(y[2..]);

    /// <summary>A noun in یه (اطلاعیه، اعلامیه، نظریه): before ای its ه stays, for the word without it is a relational
    /// adjective in ی whose plural is rare.</summary>
    private static bool IsYehHehNoun(ZwnjLexicon lex, ReadOnlySpan<char> y)
        => y.Length >= 5 && y[^2] == 'ی' && lex.Heh.Contains(y);

    /// <summary>A past participle, also negated (کرده، نکرده، نگرفته).</summary>
    private static bool IsParticiple(ZwnjLexicon lex, ReadOnlySpan<char> y)
        => lex.Verb.Contains(y) || (y.Length >= 4 && y[0] == 'ن' && y[^1] == 'ه' && lex.Verb.Contains(y[1..]));

    private static readonly bool[] HeadTails = BuildHeadTails();
    // The productive second parts by their last two letters: a word is compared with the one to three parts that end
    // like it, not with all of them.
    private static readonly string[]?[] SecondPartsByTail = BuildByTail(ProductiveHeads);

    private static string[]?[] BuildByTail(string[] heads)
    {
        var byTail = new string[]?[4096];
        foreach (string h in heads)
        {
            int key = TailKey(h[^2], h[^1]);
            byTail[key] = [.. byTail[key] ?? [], h];
        }

        return byTail;
    }

    private static bool[] BuildHeadTails()
    {
        var tails = new bool[4096];
        foreach (string h in HehCompoundHeads.Concat(CompoundHeads))
        {
            tails[TailKey(h[^2], h[^1])] = true;
        }

        return tails;
    }

    private static int TailKey(char a, char b) => ((a * 31) + b) & 4095;

    private static int CompoundHeadCut(ZwnjLexicon lex, ReadOnlySpan<char> stem)
    {
        if (stem.Length < 5 || !HeadTails[TailKey(stem[^2], stem[^1])])
        {
            return -1;
        }

        foreach (string h in HehCompoundHeads)
        {
            if (stem.Length - h.Length >= 3 && stem.EndsWith(h) && stem[^(h.Length + 1)] == 'ه' && IsSilentHeh(lex, stem[..^h.Length]))
            {
                return stem.Length - h.Length;
            }
        }

        foreach (string h in CompoundHeads)
        {
            if (stem.Length - h.Length >= 2 && stem.EndsWith(h) && PersianLetters.IsJoiningLetter(stem[^(h.Length + 1)])
                && IsKnownStem(lex, stem[..^h.Length]))
            {
                return stem.Length - h.Length;
            }
        }

        return -1;
    }

    /// <summary>The cut before a productive second part (غنی‌سازی، آرمان‌گرایی، خطیب‌زاده) or after a number word that
    /// starts a compound (هفت‌تپه، پنج‌ساله، یک‌هزار), or -1.</summary>
    private static int SecondPartCut(ZwnjLexicon lex, ReadOnlySpan<char> stem)
    {
        if (stem.Length < 5)
        {
            return -1;
        }

        string[]? heads = SecondPartsByTail[TailKey(stem[^2], stem[^1])];
        if (heads is not null)
        {
            foreach (string h in heads)
            {
                if (stem.Length - h.Length >= 3 && stem.EndsWith(h))
                {
                    var first = stem[..^h.Length];
                    if (PersianLetters.IsJoiningLetter(first[^1]) && IsKnownStem(lex, first) && !lex.Lexicalized.Contains(stem))
                    {
                        return first.Length;
                    }
                }
            }
        }

        if (stem[0] is 'ی' or 'س' or 'پ' or 'ش' or 'ه' or 'چ' or 'ب')
        {
            foreach (string num in NumeralHeads)
            {
                if (stem.Length - num.Length >= 3 && stem.StartsWith(num))
                {
                    var rest = stem[num.Length..];
                    bool compound = IsOneOf(rest, LargeNumbers) || (!lex.NumeralBlock.Contains(stem) && IsKnownStem(lex, rest));
                    return compound ? num.Length : -1;
                }
            }
        }

        return -1;
    }

    /// <summary>Inserts a half-space at output position <paramref name="at"/>; it maps to the character after it.</summary>
    private void Insert(int at)
    {
        if (_len >= _dst.Length)
        {
            _overflow = true;
            return;
        }

        _dst[at.._len].CopyTo(_dst[(at + 1)..]);
        _dst[at] = PersianLetters.Zwnj;
        if (_hasMap)
        {
            _map[at.._len].CopyTo(_map[(at + 1)..]);
        }

        _len++;
    }
}
