using System.Buffers;

namespace PersianNews.Core;

/// <summary>Tables and predicates of Persian orthography shared by every stage.</summary>
internal static class PersianLetters
{
    public const char Zwnj = '\u200C';
    public const char Zwj = '\u200D';
    public const char Kashida = '\u0640';
    public const char Nbsp = '\u00A0';

    /// <summary>Letters that never join the next letter: no half-space is needed or allowed after them.</summary>
    public static readonly SearchValues<char> NonJoining = SearchValues.Create("اآأإٱدذرزژوؤةۀ");

    /// <summary>Maps an Arabic letter form to the Persian one; returns the letter unchanged otherwise.</summary>
    public static char ToPersianLetter(char c) => c switch
    {
        'ي' or 'ى' or 'ٸ' or 'ې' or 'ۍ' or 'ی' => 'ی',
        'ك' or 'ڪ' => 'ک',
        'ھ' or 'ہ' or 'ە' => 'ه',
        'ٱ' => 'ا',
        >= '\uFB50' and <= '\uFEFC' => FromPresentationForm(c),
        _ => c,
    };

    private static char FromPresentationForm(char c) => PresentationForms[c - '\uFB50'];

    // Arabic Presentation Forms-A/B carry the base letter in their compatibility decomposition; the table is built
    // once so the hot path is an array lookup.
    private static readonly char[] PresentationForms = BuildPresentationForms();

    private static char[] BuildPresentationForms()
    {
        var table = new char['\uFEFC' - '\uFB50' + 1];
        for (int i = 0; i < table.Length; i++)
        {
            char c = (char)('\uFB50' + i);
            table[i] = c;
            try
            {
                string d = c.ToString().Normalize(System.Text.NormalizationForm.FormKC);
                if (d.Length == 1 && d[0] < '\uFB50')
                {
                    table[i] = ToPersianLetter(d[0]);
                }
            }
            catch (ArgumentException)
            {
                // Unassigned code points have no decomposition: keep them.
            }
        }

        return table;
    }

    /// <summary>Arabic harakat, tanwin, sukun, superscript alef (shadda is handled apart).</summary>
    public static bool IsDiacritic(char c) => c is (>= '\u064B' and <= '\u0650') or '\u0652' or '\u0670' or (>= '\u0653' and <= '\u0655');

    public const char Shadda = '\u0651';

    /// <summary>Invisible format characters that carry no meaning in Persian running text.</summary>
    public static bool IsInvisible(char c) => c is '\uFEFF' or Zwj or '\u200E' or '\u200F' or '\u200B' or '\u2060'
        or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u061C';

    /// <summary>Persian and Arabic letters (not digits or punctuation).</summary>
    public static bool IsPersianLetter(char c) => c is (>= '\u0621' and <= '\u063A') or (>= '\u0641' and <= '\u064A')
        or (>= '\u0671' and <= '\u06D3') or '\u06D5' or '\u06EE' or '\u06EF' or (>= '\u06FA' and <= '\u06FC') or '\u06FF';

    public static bool IsNonJoining(char c) => NonJoining.Contains(c);

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
