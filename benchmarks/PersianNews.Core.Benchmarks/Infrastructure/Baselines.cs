using System.Buffers;
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
    /// Persian normalization the way most code does it (hazm-style): one <see cref="string.Replace(string, string)"/> or
    /// regular expression per rule, each a pass over the text and a new string. Same rules as
    /// <see cref="PersianNormalizer"/>: letters, diacritics, kashida, invisible marks, spaces, half-space cleanup and the
    /// common half-space repairs (می, ها, تر).
    /// </summary>
    public static string NaiveNormalize(string s)
    {
        s = s.Replace('ي', 'ی').Replace('ى', 'ی').Replace('ك', 'ک').Replace('ة', 'ه');
        s = Diacritics().Replace(s, string.Empty);
        s = s.Replace("\u0640", string.Empty, StringComparison.Ordinal);
        s = Invisible().Replace(s, string.Empty);
        s = s.Replace('\u00A0', ' ').Replace('\u00AC', '\u200C').Replace('\u00AD', '\u200C');
        s = Spaces().Replace(s, " ");
        s = TrailingSpaces().Replace(s, "\n");
        s = ZwnjRuns().Replace(s, "\u200C");
        s = ZwnjBesideSpace().Replace(s, " ");
        s = ZwnjAfterNonJoining().Replace(s, "$1");
        s = MiPrefix().Replace(s, "$1\u200C");
        s = HaSuffix().Replace(s, "$1\u200C$2");
        s = TarSuffix().Replace(s, "$1\u200C$2");
        return s;
    }

    [GeneratedRegex("[\u064B-\u0652\u0670]")]
    private static partial Regex Diacritics();

    [GeneratedRegex("[\uFEFF\u200D\u200E\u200F\u200B\u202A-\u202E\u2066-\u2069]")]
    private static partial Regex Invisible();

    [GeneratedRegex("[ \t]{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(" +\n")]
    private static partial Regex TrailingSpaces();

    [GeneratedRegex("\u200C{2,}")]
    private static partial Regex ZwnjRuns();

    [GeneratedRegex(" ?\u200C ?(?=\\s)|(?<=\\s)\u200C")]
    private static partial Regex ZwnjBesideSpace();

    [GeneratedRegex("([اآأإدذرزژوؤ])\u200C")]
    private static partial Regex ZwnjAfterNonJoining();

    [GeneratedRegex("(?<![\\w\u200C])(ن?می)[ ]?(?=[\u0600-\u06FF]{2,})")]
    private static partial Regex MiPrefix();

    [GeneratedRegex("([\u0600-\u06FF]{2,})[ ]?(ها|های|هایی|هایم|هایت|هایش|هایمان|هایتان|هایشان)(?![\\w\u200C])")]
    private static partial Regex HaSuffix();

    [GeneratedRegex("([\u0600-\u06FF]{2,})[ ]?(تر|ترین)(?![\\w\u200C])")]
    private static partial Regex TarSuffix();
}
