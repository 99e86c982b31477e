using System.Text;

namespace PersianNews.Cli.Evaluation;

/// <summary>
/// Unicode Normalization Form C from tables generated out of Python's <c>unicodedata</c>
/// (<see cref="UnicodeNfcTables"/>). The scorer cannot use <see cref="string.Normalize()"/>: under
/// InvariantGlobalization (as the CLI runs) it leaves non-ASCII text unchanged, and with ICU its result depends on the
/// machine's ICU version; score.py's <c>unicodedata.normalize('NFC', s)</c> depends on neither.
/// </summary>
public static class UnicodeNfc
{
    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    private const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    private static readonly Dictionary<int, int[]> Decompositions = BuildDecompositions();
    private static readonly Dictionary<long, int> Compositions = BuildCompositions();

    // Code points that can be the second of a primary composite: they change the NFC form of what precedes them.
    private static readonly HashSet<int> Seconds = BuildSeconds();

    /// <summary>The Unicode version of the tables (the one score.py's Python was built with).</summary>
    public static string UnicodeVersion => UnicodeNfcTables.UnicodeVersion;

    /// <summary>Returns <paramref name="text"/> in Normalization Form C; <see langword="null"/> gives the empty string.
    /// Lone surrogates pass through unchanged.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The NFC form (the same instance when the text is already stable).</returns>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (IsQuickStable(text))
        {
            return text;
        }

        var cps = new List<int>(text.Length + 8);
        for (int i = 0; i < text.Length; i++)
        {
            int cp = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cp = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }

            Decompose(cp, cps);
        }

        Reorder(cps);
        Compose(cps);

        var sb = new StringBuilder(cps.Count);
        foreach (int cp in cps)
        {
            if (cp is >= 0xD800 and <= 0xDFFF)
            {
                sb.Append((char)cp);
            }
            else
            {
                sb.Append(char.ConvertFromUtf32(cp));
            }
        }

        return sb.ToString();
    }

    /// <summary>The canonical combining class of a code point (0 for starters).</summary>
    /// <param name="codePoint">A code point.</param>
    /// <returns>The class, 0..254.</returns>
    public static int CombiningClass(int codePoint)
    {
        int[] r = UnicodeNfcTables.CombiningClassRanges;
        int lo = 0, hi = (r.Length / 3) - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (codePoint < r[mid * 3])
            {
                hi = mid - 1;
            }
            else if (codePoint > r[(mid * 3) + 1])
            {
                lo = mid + 1;
            }
            else
            {
                return r[(mid * 3) + 2];
            }
        }

        return 0;
    }

    // A text whose every code point is a starter that neither decomposes nor combines with what precedes it is
    // already NFC; most news text is, so it is returned as it is.
    private static bool IsQuickStable(string text)
    {
        foreach (char c in text)
        {
            if (c < 0x300)
            {
                continue;
            }

            if (char.IsSurrogate(c) || CombiningClass(c) != 0 || Decompositions.ContainsKey(c) || Seconds.Contains(c)
                || c is >= (char)VBase and < (char)(TBase + TCount) || c is >= (char)SBase and < (char)(SBase + SCount))
            {
                return false;
            }
        }

        return true;
    }

    private static void Decompose(int cp, List<int> output)
    {
        int s = cp - SBase;
        if (s is >= 0 and < SCount)
        {
            output.Add(LBase + (s / NCount));
            output.Add(VBase + (s % NCount / TCount));
            if (s % TCount != 0)
            {
                output.Add(TBase + (s % TCount));
            }

            return;
        }

        if (Decompositions.TryGetValue(cp, out int[]? full))
        {
            output.AddRange(full);
        }
        else
        {
            output.Add(cp);
        }
    }

    // Canonical ordering: a stable sort of each run of non-starters by combining class.
    private static void Reorder(List<int> cps)
    {
        for (int i = 1; i < cps.Count; i++)
        {
            int k = CombiningClass(cps[i]);
            if (k == 0)
            {
                continue;
            }

            int j = i;
            while (j > 0)
            {
                int prev = CombiningClass(cps[j - 1]);
                if (prev <= k)
                {
                    break;
                }

                (cps[j - 1], cps[j]) = (cps[j], cps[j - 1]);
                j--;
            }
        }
    }

    // The canonical composition algorithm of UAX #15.
    private static void Compose(List<int> cps)
    {
        if (cps.Count == 0)
        {
            return;
        }

        int starterPos = 0;
        int starter = cps[0];
        int lastClass = CombiningClass(starter);
        if (lastClass != 0)
        {
            lastClass = 256;
        }

        int write = 1;
        for (int read = 1; read < cps.Count; read++)
        {
            int ch = cps[read];
            int chClass = CombiningClass(ch);
            int composite = ComposePair(starter, ch);
            if (composite >= 0 && (lastClass < chClass || lastClass == 0))
            {
                cps[starterPos] = composite;
                starter = composite;
                continue;
            }

            if (chClass == 0)
            {
                starterPos = write;
                starter = ch;
            }

            lastClass = chClass;
            cps[write++] = ch;
        }

        cps.RemoveRange(write, cps.Count - write);
    }

    private static int ComposePair(int first, int second)
    {
        int l = first - LBase;
        if (l is >= 0 and < LCount)
        {
            int v = second - VBase;
            return v is >= 0 and < VCount ? SBase + (((l * VCount) + v) * TCount) : -1;
        }

        int s = first - SBase;
        if (s is >= 0 and < SCount && s % TCount == 0)
        {
            int t = second - TBase;
            return t is > 0 and < TCount ? first + t : -1;
        }

        return Compositions.TryGetValue(((long)first << 21) | (uint)second, out int c) ? c : -1;
    }

    private static Dictionary<int, int[]> BuildDecompositions()
    {
        int[] d = UnicodeNfcTables.Decompositions;
        var map = new Dictionary<int, int[]>();
        for (int i = 0; i < d.Length;)
        {
            int cp = d[i], n = d[i + 1];
            map[cp] = d.AsSpan(i + 2, n).ToArray();
            i += 2 + n;
        }

        return map;
    }

    private static Dictionary<long, int> BuildCompositions()
    {
        int[] c = UnicodeNfcTables.Compositions;
        var map = new Dictionary<long, int>(c.Length / 3);
        for (int i = 0; i < c.Length; i += 3)
        {
            map[((long)c[i] << 21) | (uint)c[i + 1]] = c[i + 2];
        }

        return map;
    }

    private static HashSet<int> BuildSeconds()
    {
        int[] c = UnicodeNfcTables.Compositions;
        var seconds = new HashSet<int>();
        for (int i = 1; i < c.Length; i += 3)
        {
            seconds.Add(c[i]);
        }

        return seconds;
    }
}
