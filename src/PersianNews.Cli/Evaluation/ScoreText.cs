using System.Globalization;
using System.Text;

namespace PersianNews.Cli.Evaluation;

/// <summary>
/// The orthography-insensitive text comparison of score.py: NFC, Arabic diacritics removed, Arabic/Persian letter
/// variants folded (ي/ى→ی, ك→ک, ة/ۀ/ھ→ه, أ/إ/ٱ→ا, ؤ→و, ئ→ی), ZWNJ/LRM/RLM/NBSP→space, kashida removed, Persian and
/// Arabic-Indic digits→ASCII, then the tokens of Python's <c>\w+</c> (letters, digits of every script, <c>_</c>) joined
/// by single spaces. Not the parser's normalizer on purpose: the scorer must stay independent of the code it scores.
/// </summary>
public static class ScoreText
{
    private static readonly string[] Generic = ["خبرگزاری", "روزنامه", "پایگاه خبری", "پایگاه اطلاع رسانی", "سایت", "شبکه", "بخش فارسی", "فارسی"];
    private static readonly string[] GenericNormalized = [.. Generic.Select(Norm)];

    /// <summary>score.py's <c>norm</c>: the folded tokens of <paramref name="text"/> joined by one space.</summary>
    /// <param name="text">Any text; <see langword="null"/> or empty gives the empty string.</param>
    /// <returns>The normalized text.</returns>
    public static string Norm(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        string nfc = UnicodeNfc.Normalize(text);
        var sb = new StringBuilder(nfc.Length);
        bool inToken = false;
        int i = 0;
        while (i < nfc.Length)
        {
            int cp;
            if (Rune.TryGetRuneAt(nfc, i, out Rune rune))
            {
                cp = rune.Value;
                i += rune.Utf16SequenceLength;
            }
            else
            {
                // A lone surrogate: not a word character (category Cs), so it separates tokens.
                cp = nfc[i];
                i++;
            }

            if (IsDiacritic(cp))
            {
                continue;
            }

            cp = Fold(cp);
            if (cp < 0)
            {
                continue;
            }

            if (IsWord(cp))
            {
                if (!inToken && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(char.ConvertFromUtf32(cp));
                inToken = true;
            }
            else
            {
                inToken = false;
            }
        }

        return sb.ToString();
    }

    /// <summary>score.py's <c>toks</c>: the folded tokens.</summary>
    /// <param name="text">Any text; <see langword="null"/> gives no tokens.</param>
    /// <returns>The tokens in order.</returns>
    public static string[] Tokens(string? text)
    {
        string n = Norm(text);
        return n.Length == 0 ? [] : n.Split(' ');
    }

    /// <summary>score.py's <c>outlet_key</c>: the folded name without generic words (خبرگزاری، روزنامه، سایت، ...) and spaces.</summary>
    /// <param name="name">An outlet name; <see langword="null"/> gives the empty string.</param>
    /// <returns>The key.</returns>
    public static string OutletKey(string? name)
    {
        string s = Norm(name);
        foreach (string g in GenericNormalized)
        {
            s = s.Replace(g, " ", StringComparison.Ordinal);
        }

        return s.Replace(" ", string.Empty, StringComparison.Ordinal);
    }

    /// <summary>The length of a string in code points, as Python's <c>len</c> counts it.</summary>
    /// <param name="s">A string.</param>
    /// <returns>The number of code points (a lone surrogate counts as one).</returns>
    public static int CodePointLength(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }

            n++;
        }

        return n;
    }

    /// <summary>Python's <c>s[:count]</c>: the first <paramref name="count"/> code points.</summary>
    /// <param name="s">A string.</param>
    /// <param name="count">How many code points to keep (non-negative).</param>
    /// <returns>The prefix.</returns>
    public static string CodePointPrefix(string s, int count)
    {
        ArgumentNullException.ThrowIfNull(s);
        int i = 0;
        for (int n = 0; n < count && i < s.Length; n++)
        {
            i += char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
        }

        return s[..i];
    }

    // score.py's DIAC: [\u064b-\u065f\u0670\u06d6-\u06ed].
    private static bool IsDiacritic(int cp) => cp is (>= 0x064B and <= 0x065F) or 0x0670 or (>= 0x06D6 and <= 0x06ED);

    // score.py's MAP then DIG; -1 = deleted (kashida).
    private static int Fold(int cp) => cp switch
    {
        'ي' or 'ى' or 'ئ' => 'ی',
        'ك' => 'ک',
        'ة' or 'ۀ' or 'ھ' => 'ه',
        'أ' or 'إ' or 'ٱ' => 'ا',
        'ؤ' => 'و',
        '\u200c' or '\u200f' or '\u200e' or '\u00a0' => ' ',
        'ـ' => -1,
        >= '۰' and <= '۹' => '0' + (cp - '۰'),
        >= '٠' and <= '٩' => '0' + (cp - '٠'),
        _ => cp,
    };

    // Python's \w for str patterns: str.isalnum() (Unicode categories L* and N*) or '_'. Combining marks are not word
    // characters, so a mark the diacritic list does not remove splits a token, exactly as in score.py.
    private static bool IsWord(int cp)
    {
        if (cp == '_')
        {
            return true;
        }

        if (cp is >= 0xD800 and <= 0xDFFF)
        {
            return false;
        }

        var category = Rune.GetUnicodeCategory(new Rune(cp));
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
    }
}
