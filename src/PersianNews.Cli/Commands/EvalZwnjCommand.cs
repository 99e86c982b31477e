using System.CommandLine;
using System.Globalization;
using System.Text;
using PersianNews.Core;

namespace PersianNews.Cli.Commands;

/// <summary>
/// <c>persian-news eval-zwnj</c>: measures half-space (ZWNJ) repair on real text. Each article with at least
/// <c>--min-zwnj</c> ZWNJs is damaged (every ZWNJ deleted, or replaced by a space), normalized, and the ZWNJ positions
/// of the output are compared with the original's, the same way as the reference script <c>zwnj_eval.py</c>: letters
/// are compared through a projection that folds letter variants, digits and diacritics, separators are compared inside
/// aligned runs only, and a ZWNJ where the original was sloppy but standard orthography wants one is not counted.
/// </summary>
public static class EvalZwnjCommand
{
    private const char Zw = '\u200C';

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var dir = new Argument<string>("dir") { Description = "Directory of UTF-8 *.txt articles with their half-spaces." };
        var mode = new Option<string>("--mode") { Description = "delete, space or both (default).", DefaultValueFactory = _ => "both" };
        mode.AcceptOnlyFromAmong("delete", "space", "both");
        var minZwnj = new Option<int>("--min-zwnj") { Description = "Skip articles with fewer ZWNJs than this (default 5).", DefaultValueFactory = _ => 5 };
        var command = new Command("eval-zwnj", "Damage the half-spaces of real articles (deleted, or replaced by spaces), normalize, and print precision, recall and F1 of the repaired ZWNJ positions.")
        {
            dir, mode, minZwnj,
        };
        command.SetAction(result =>
        {
            string path = result.GetValue(dir)!;
            if (!Directory.Exists(path))
            {
                stderr.WriteLine($"persian-news: {path}: no such directory");
                return Cli.InputFailed;
            }

            string m = result.GetValue(mode) ?? "both";
            string[] modes = m == "both" ? ["delete", "space"] : [m];
            var report = Evaluate(path, modes, result.GetValue(minZwnj), PersianNormalizer.Default);
            stdout.WriteLine(report.Format());
            stdout.Flush();
            return Cli.Success;
        });
        return command;
    }

    /// <summary>The figures of one evaluation.</summary>
    public sealed record Report(int Articles, IReadOnlyList<ModeResult> Modes)
    {
        public string Format()
        {
            var sb = new StringBuilder();
            sb.Append(CultureInfo.InvariantCulture, $"articles {Articles}, errors 0 |");
            for (int i = 0; i < Modes.Count; i++)
            {
                var r = Modes[i];
                sb.Append(CultureInfo.InvariantCulture, $" {r.Mode}: P {r.Precision:F3} R {r.Recall:F3} F1 {r.F1:F3} over-join {r.OverJoin}");
                if (i + 1 < Modes.Count)
                {
                    sb.Append(" |");
                }
            }

            sb.Append('\n');
            sb.Append(CultureInfo.InvariantCulture, $"ZWNJ F1 min {Modes.Min(r => r.F1):F3}");
            return sb.ToString();
        }
    }

    /// <summary>Counts of one damage mode.</summary>
    public sealed record ModeResult(string Mode, int TruePositives, int FalsePositives, int FalseNegatives, int OverJoin)
    {
        public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

        public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }

    public static Report Evaluate(string dir, IReadOnlyList<string> modes, int minZwnj, PersianNormalizer normalizer)
    {
        var files = Directory.GetFiles(dir, "*.txt");
        Array.Sort(files, StringComparer.Ordinal);
        var totals = modes.Select(_ => new int[4]).ToArray();
        int used = 0;
        foreach (string f in files)
        {
            string t = File.ReadAllText(f, Encoding.UTF8);
            if (t.Count(c => c == Zw) < minZwnj)
            {
                continue;
            }

            used++;
            for (int k = 0; k < modes.Count; k++)
            {
                string damaged = t.Replace(Zw.ToString(), modes[k] == "delete" ? string.Empty : " ", StringComparison.Ordinal);
                var (tp, fp, fn, over) = Compare(t, normalizer.Normalize(damaged));
                totals[k][0] += tp;
                totals[k][1] += fp;
                totals[k][2] += fn;
                totals[k][3] += over;
            }
        }

        return new Report(used, modes.Select((m, k) => new ModeResult(m, totals[k][0], totals[k][1], totals[k][2], totals[k][3])).ToArray());
    }

    // --- the scoring of zwnj_eval.py -------------------------------------------------------------------------------

    private static readonly HashSet<string> Suffixes = ["ها", "های", "هایی", "هایم", "هایت", "هایش", "هایمان", "هایتان", "هایشان", "تر", "تری", "ترین"];
    private static readonly HashSet<string> Prefixes = ["می", "نمی"];
    private static readonly HashSet<string> CliticsAfterHeh = ["ام", "ای", "ایم", "اید", "اند", "اش", "ات"];
    private static readonly HashSet<(string, string)> Compounds =
    [
        ("ثبت", "نام"), ("رییس", "جمهور"), ("بین", "المللی"), ("پیش", "بینی"), ("آتش", "بس"), ("حجت", "الاسلام"),
        ("آیت", "الله"), ("نام", "نویسی"), ("حمل", "ونقل"), ("علی", "رغم"), ("هم", "اکنون"), ("برنامه", "ریزی"),
        ("گمانه", "زنی"), ("نایب", "رییس"), ("گفت", "وگو"), ("پنج", "شنبه"), ("سه", "شنبه"), ("چهار", "شنبه"),
        ("اصلاح", "طلب"), ("نرم", "افزار"), ("نرم", "افزاری"), ("سخن", "گو"), ("هیات", "مدیره"), ("هییت", "مدیره"),
    ];

    /// <summary>Compares the ZWNJ positions of <paramref name="output"/> with those of <paramref name="original"/>.</summary>
    public static (int TruePositives, int FalsePositives, int FalseNegatives, int OverJoin) Compare(string original, string output)
    {
        var (lo, go) = Project(original);
        var (lp, gp) = Project(output);
        int tp = 0, fp = 0, fn = 0, over = 0;
        foreach (var (a, b, n) in MatchingBlocks(lo, lp))
        {
            for (int k = 1; k < n; k++)
            {
                char g = go[a + k], p = gp[b + k];
                if (g == 'z' && p == 'z')
                {
                    tp++;
                }
                else if (g == 'z')
                {
                    fn++;
                }
                else if (p == 'z')
                {
                    string bef = ChunkBefore(lo, go, a + k), aft = ChunkAfter(lo, go, a + k);
                    if (g == 's' && (Prefixes.Contains(bef) || Suffixes.Contains(aft) || Compounds.Contains((bef, aft))
                        || (bef.EndsWith('ه') && CliticsAfterHeh.Contains(aft))))
                    {
                        continue;
                    }

                    fp++;
                    if (g == 's')
                    {
                        over++;
                    }
                }
            }
        }

        return (tp, fp, fn, over);
    }

    private static string ChunkBefore(int[] letters, char[] labels, int k)
    {
        int i = k - 1;
        while (i > 0 && labels[i] == '\0')
        {
            i--;
        }

        return Runes(letters, i, k);
    }

    private static string ChunkAfter(int[] letters, char[] labels, int k)
    {
        int j = k + 1;
        while (j < letters.Length && labels[j] == '\0')
        {
            j++;
        }

        return Runes(letters, k, j);
    }

    private static string Runes(int[] letters, int from, int to)
    {
        var sb = new StringBuilder();
        for (int i = from; i < to; i++)
        {
            sb.Append(char.ConvertFromUtf32(letters[i]));
        }

        return sb.ToString();
    }

    /// <summary>Letters (code points) and, for each, the separator before it: '\0' none, 'z' ZWNJ, 's' anything else.</summary>
    private static (int[] Letters, char[] Labels) Project(string s)
    {
        var letters = new List<int>(s.Length);
        var labels = new List<char>(s.Length);
        char sep = '\0';
        foreach (var rune in Fold(s).EnumerateRunes())
        {
            int v = rune.Value;
            if (v == Zw)
            {
                sep = sep is '\0' or 'z' ? 'z' : sep;
            }
            else if (IsAlnum(rune))
            {
                letters.Add(v);
                labels.Add(sep);
                sep = '\0';
            }
            else
            {
                sep = 's';
            }
        }

        return (letters.ToArray(), labels.ToArray());
    }

    private static string Fold(string s)
    {
        // NFC is not available under invariant globalization; the compositions that matter for Persian (hamza and
        // madda written apart) are done by hand, which is what NFC does for them.
        var sb = new StringBuilder(s.Length);
        foreach (char c0 in s)
        {
            char c = c0;
            if (c is '\u0653' or '\u0654' or '\u0655' && sb.Length > 0)
            {
                char prev = sb[^1];
                char composed = (prev, c) switch
                {
                    ('ا', '\u0653') => 'آ',
                    ('ا', '\u0654') => 'أ',
                    ('ا', '\u0655') => 'إ',
                    ('و', '\u0654') => 'ؤ',
                    ('ي', '\u0654') => 'ئ',
                    ('ە', '\u0654') => 'ۀ',
                    _ => '\0',
                };
                if (composed != '\0')
                {
                    sb[^1] = Folded(composed);
                    continue;
                }
            }

            if (c is (>= '\u064B' and <= '\u065F') or '\u0670' or (>= '\u06D6' and <= '\u06ED'))
            {
                continue;
            }

            c = Folded(c);
            if (c != '\uFFFF')
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static char Folded(char c) => c switch
    {
        'ي' or 'ى' or 'ئ' => 'ی',
        'ك' => 'ک',
        'ة' or 'ۀ' or 'ھ' => 'ه',
        'أ' or 'إ' => 'ا',
        'ؤ' => 'و',
        '\u00A0' => ' ',
        '\u200F' or '\u200E' or 'ـ' or '\u200D' => '\uFFFF',
        >= '۰' and <= '۹' => (char)('0' + (c - '۰')),
        >= '٠' and <= '٩' => (char)('0' + (c - '٠')),
        _ => c,
    };

    private static bool IsAlnum(System.Text.Rune r)
    {
        // Python's str.isalnum: letters (L*) and numerics (Nd, Nl, No).
        var cat = System.Text.Rune.GetUnicodeCategory(r);
        return cat is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
    }

    /// <summary>difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks(), without the sentinel.</summary>
    private static List<(int A, int B, int Size)> MatchingBlocks(int[] a, int[] b)
    {
        var b2j = new Dictionary<int, List<int>>();
        for (int j = 0; j < b.Length; j++)
        {
            if (!b2j.TryGetValue(b[j], out var list))
            {
                b2j[b[j]] = list = [];
            }

            list.Add(j);
        }

        var blocks = new List<(int, int, int)>();
        var queue = new Stack<(int, int, int, int)>();
        queue.Push((0, a.Length, 0, b.Length));
        while (queue.Count > 0)
        {
            var (alo, ahi, blo, bhi) = queue.Pop();
            var (i, j, k) = LongestMatch(a, b, b2j, alo, ahi, blo, bhi);
            if (k > 0)
            {
                blocks.Add((i, j, k));
                if (alo < i && blo < j)
                {
                    queue.Push((alo, i, blo, j));
                }

                if (i + k < ahi && j + k < bhi)
                {
                    queue.Push((i + k, ahi, j + k, bhi));
                }
            }
        }

        blocks.Sort();
        var merged = new List<(int, int, int)>();
        int i1 = 0, j1 = 0, k1 = 0;
        foreach (var (i2, j2, k2) in blocks)
        {
            if (i1 + k1 == i2 && j1 + k1 == j2)
            {
                k1 += k2;
            }
            else
            {
                if (k1 > 0)
                {
                    merged.Add((i1, j1, k1));
                }

                (i1, j1, k1) = (i2, j2, k2);
            }
        }

        if (k1 > 0)
        {
            merged.Add((i1, j1, k1));
        }

        return merged;
    }

    private static (int, int, int) LongestMatch(int[] a, int[] b, Dictionary<int, List<int>> b2j, int alo, int ahi, int blo, int bhi)
    {
        int besti = alo, bestj = blo, bestsize = 0;
        var j2len = new Dictionary<int, int>();
        var newj2len = new Dictionary<int, int>();
        for (int i = alo; i < ahi; i++)
        {
            newj2len.Clear();
            if (b2j.TryGetValue(a[i], out var js))
            {
                foreach (int j in js)
                {
                    if (j < blo)
                    {
                        continue;
                    }

                    if (j >= bhi)
                    {
                        break;
                    }

                    int k = (j2len.TryGetValue(j - 1, out int prev) ? prev : 0) + 1;
                    newj2len[j] = k;
                    if (k > bestsize)
                    {
                        besti = i - k + 1;
                        bestj = j - k + 1;
                        bestsize = k;
                    }
                }
            }

            (j2len, newj2len) = (newj2len, j2len);
        }

        while (besti > alo && bestj > blo && a[besti - 1] == b[bestj - 1])
        {
            besti--;
            bestj--;
            bestsize++;
        }

        while (besti + bestsize < ahi && bestj + bestsize < bhi && a[besti + bestsize] == b[bestj + bestsize])
        {
            bestsize++;
        }

        return (besti, bestj, bestsize);
    }
}
