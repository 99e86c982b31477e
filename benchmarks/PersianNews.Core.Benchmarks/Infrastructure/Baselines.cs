using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace PersianNews.Core.Benchmarks;

/// <summary>The baselines every benchmark class compares against.</summary>
public static partial class Baselines
{
    // Characters a news parser must stop at (line breaks, guillemets, the colon before speech): rare enough that the
    // vectorized search runs at memory speed, so this is the floor no parser over the same text can beat.
    private static readonly SearchValues<char> Structural = SearchValues.Create("\n«»:");

    /// <summary>A bare vectorized scan of the text: counts the structural characters (the memory-speed limit).</summary>
    public static int Scan(string text)
    {
        int count = 0;
        var rest = text.AsSpan();
        int i;
        while ((i = rest.IndexOfAny(Structural)) >= 0)
        {
            count++;
            rest = rest[(i + 1)..];
        }

        return count;
    }

    /// <summary>
    /// Persian normalization the way most code does it (hazm-style): a chain of <see cref="string.Replace(string, string)"/>
    /// calls and regular expressions, each making a new string. Same job as <see cref="PersianNormalizer"/>: Arabic
    /// letters and digits to Persian, diacritics and tatweel removed, spaces collapsed, half-spaces repaired.
    /// </summary>
    public static string NaiveNormalize(string text)
    {
        var sb = new StringBuilder(text)
            .Replace('ي', 'ی').Replace('ى', 'ی').Replace('ك', 'ک').Replace('ۀ', 'ه').Replace('ة', 'ه')
            .Replace('٠', '۰').Replace('١', '۱').Replace('٢', '۲').Replace('٣', '۳').Replace('٤', '۴')
            .Replace('٥', '۵').Replace('٦', '۶').Replace('٧', '۷').Replace('٨', '۸').Replace('٩', '۹')
            .Replace("\u0640", string.Empty).Replace("\u200F", string.Empty).Replace("\u200E", string.Empty);
        string s = sb.ToString();
        s = Diacritics().Replace(s, string.Empty);
        s = ManySpaces().Replace(s, " ");
        s = SpacedZwnj().Replace(s, "\u200C");
        s = MiPrefix().Replace(s, "$1\u200C");
        s = PluralSuffix().Replace(s, "\u200C$1");
        return s;
    }

    [GeneratedRegex("[\u064B-\u0652\u0670]")]
    private static partial Regex Diacritics();

    [GeneratedRegex("[ \t\u00A0]{2,}")]
    private static partial Regex ManySpaces();

    [GeneratedRegex(" *\u200C+ *")]
    private static partial Regex SpacedZwnj();

    [GeneratedRegex(@"\b(ن?می) (?=\w)")]
    private static partial Regex MiPrefix();

    [GeneratedRegex(@" (ها|های|هایی|ترین|تر)\b")]
    private static partial Regex PluralSuffix();
}
