using System.Buffers;
using System.Runtime.CompilerServices;

namespace PersianNews.Core;

/// <summary>Tables and predicates of Persian orthography shared by every stage.</summary>
internal static class PersianLetters
{
    public const char Zwnj = '\u200C';
    public const char Zwj = '\u200D';
    public const char Kashida = '\u0640';
    public const char Nbsp = '\u00A0';
    public const char Shadda = '\u0651';
    public const char HamzaAbove = '\u0654';
    public const char MaddahAbove = '\u0653';

    /// <summary>Heh with yeh above (ezafe after a silent heh), the one form this library writes it in.</summary>
    public const char HehYeh = '\u06C0';

    /// <summary>Letters that never join the next letter: no half-space is needed or allowed after them.</summary>
    public static readonly SearchValues<char> NonJoining = SearchValues.Create("اآأإٱدذرزژوؤةۀ");

    /// <summary>
    /// Persian letters already in their standard form: a run of them is copied as is by the vectorized fast path.
    /// (Arabic ي ك ى ة, presentation forms, diacritics, kashida, digits, spaces and marks are not in it.)
    /// </summary>
    public static readonly SearchValues<char> PlainLetters = SearchValues.Create(
        "ءآأؤإئابتثجحخدذرزسشصضطظعغفقلمنهوپچژکگی\u06C0");

    /// <summary>
    /// The letters the normalizer copies in runs, as a table over U+0000..U+06FF: the standard letters
    /// (<see cref="PlainLetters"/>) and the Arabic ي ى ك ة, mapped to the letter written (here ی ی ک ه); '\0' for
    /// every other character. A run letter only ever becomes one letter, whatever else the options say.
    /// </summary>
    public static readonly char[] RunLettersNormalized = BuildRunLetters(normalize: true);

    /// <summary><see cref="RunLettersNormalized"/> when letters are kept as written (ي ى ك ة map to themselves).</summary>
    public static readonly char[] RunLettersKept = BuildRunLetters(normalize: false);

    private static char[] BuildRunLetters(bool normalize)
    {
        var table = new char[0x700];
        for (int c = 0; c < table.Length; c++)
        {
            if (PlainLetters.Contains((char)c))
            {
                table[c] = (char)c;
            }
            else if (c is 'ي' or 'ى' or 'ك' or 'ة')
            {
                table[c] = normalize ? ToPersianLetter((char)c) : (char)c;
            }
        }

        return table;
    }

    /// <summary>Maps an Arabic letter form to the Persian one; returns the letter unchanged otherwise.</summary>
    /// <remarks>
    /// ة (teh marbuta) becomes ه, as Persian spells Arabic loanwords (علامه، مکه); ۀ stays ۀ, and ه followed by a
    /// combining hamza above (U+0654) is composed into ۀ by the normalizer, so the ezafe after a silent heh has one
    /// spelling (the two are not canonically equal: ۀ decomposes to U+06D5 + U+0654).
    /// </remarks>
    public static char ToPersianLetter(char c) => c switch
    {
        'ي' or 'ى' or 'ٸ' or 'ې' or 'ۍ' or 'ی' or 'ێ' => 'ی',
        'ك' or 'ڪ' or 'ګ' => 'ک',
        'ھ' or 'ہ' or 'ە' or 'ة' => 'ه',
        'ٱ' or 'ٲ' or 'ٳ' => 'ا',
        'ٶ' => 'ؤ',
        'ٹ' => 'ت',
        >= '\uFB50' and <= '\uFEFC' => FromPresentationForm(c),
        _ => c,
    };

    private static char FromPresentationForm(char c) => PresentationForms.ToBase(c);

    /// <summary>The alef of a lam-alef ligature (U+FEF5..U+FEFC), or '\0' for any other character.</summary>
    public static char LamAlefAlef(char c) => c switch
    {
        '\uFEF5' or '\uFEF6' => 'آ',
        '\uFEF7' or '\uFEF8' => 'أ',
        '\uFEF9' or '\uFEFA' => 'إ',
        '\uFEFB' or '\uFEFC' => 'ا',
        _ => '\0',
    };

    /// <summary>Arabic harakat, tanwin, sukun, superscript alef and Quranic marks (shadda is handled apart).</summary>
    public static bool IsDiacritic(char c) => c is (>= '\u064B' and <= '\u0650') or '\u0652' or (>= '\u0653' and <= '\u065F') or '\u0670'
        or (>= '\u06D6' and <= '\u06DC') or (>= '\u06DF' and <= '\u06E4') or '\u06E7' or '\u06E8' or (>= '\u06EA' and <= '\u06ED');

    /// <summary>Invisible format characters that carry no meaning in Persian running text (the normalizer keeps a ZWJ
    /// inside an emoji sequence).</summary>
    public static bool IsInvisible(char c) => c is '\uFEFF' or Zwj or '\u200E' or '\u200F' or '\u200B' or '\u2060' or '\u180E'
        or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u061C';

    /// <summary>Space characters other than the ASCII space that become one (NBSP, en/em spaces, ...).</summary>
    public static bool IsOtherSpace(char c) => c is Nbsp or '\t' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' or '\u3000';

    // One byte per code point of the Arabic block: bit 1 letter, bit 2 letter that joins the next one.
    private static readonly byte[] ArabicBlock = BuildArabicBlock();

    private static byte[] BuildArabicBlock()
    {
        var table = new byte[256];
        for (int i = 0; i < 256; i++)
        {
            char c = (char)(0x0600 + i);
            bool letter = c is (>= '\u0621' and <= '\u063A') or (>= '\u0641' and <= '\u064A')
                or (>= '\u0671' and <= '\u06D3') or '\u06D5' or '\u06EE' or '\u06EF' or (>= '\u06FA' and <= '\u06FC') or '\u06FF';
            table[i] = (byte)((letter ? 1 : 0) | (letter && !IsNonJoining(c) ? 2 : 0));
        }

        return table;
    }

    /// <summary>Persian and Arabic letters (not digits or punctuation).</summary>
    public static bool IsPersianLetter(char c) => (uint)(c - 0x0600) < 256 && (ArabicBlock[c - 0x0600] & 1) != 0;

    public static bool IsNonJoining(char c) => c is 'ا' or 'آ' or 'أ' or 'إ' or 'ٱ' or 'د' or 'ذ' or 'ر' or 'ز' or 'ژ' or 'و' or 'ؤ' or 'ة' or 'ۀ';

    /// <summary>A Persian letter that joins the next letter (a half-space after it is visible and meaningful).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsJoiningLetter(char c) => (uint)(c - 0x0600) < 256 && (ArabicBlock[c - 0x0600] & 2) != 0;

    /// <summary>0-9 in any of the three digit systems.</summary>
    public static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '۰' and <= '۹' => c - '۰',
        >= '٠' and <= '٩' => c - '٠',
        _ => -1,
    };

    public static bool IsDigit(char c) => DigitValue(c) >= 0;

    /// <summary>Letter or digit in any script, or ZWNJ: a character that can be part of a word.</summary>
    public static bool IsWordChar(char c) => c == Zwnj || char.IsLetterOrDigit(c) || IsDiacritic(c) || c == Shadda || c == Kashida;
}
