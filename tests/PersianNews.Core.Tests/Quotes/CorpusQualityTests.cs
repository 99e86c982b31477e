using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PersianNews.Core.Tests.Quotes;

/// <summary>
/// Quote quality on the shared corpus, matched as ../shared/corpus/README.md describes (token overlap ≥ 0.5 of both
/// texts, best pairs first): floors just under the measured figures, so a regression fails.
/// </summary>
public sealed class CorpusQualityTests
{
    private const double QuoteF1Floor = 0.92;
    private const double DirectF1Floor = 0.94;
    private const double KindFloor = 0.97;
    private const double SpeakerFloor = 0.72;

    private static readonly Lazy<Scores> Measured = new(Measure);

    [Fact]
    public void Corpus_AllQuotes_F1AboveFloor() => Assert.True(Measured.Value.QuoteF1 >= QuoteF1Floor, Measured.Value.ToString());

    [Fact]
    public void Corpus_DirectQuotes_F1AboveFloor() => Assert.True(Measured.Value.DirectF1 >= DirectF1Floor, Measured.Value.ToString());

    [Fact]
    public void Corpus_MatchedQuotes_KindRightAboveFloor() => Assert.True(Measured.Value.Kind >= KindFloor, Measured.Value.ToString());

    [Fact]
    public void Corpus_MatchedQuotes_SpeakerRightAboveFloor() => Assert.True(Measured.Value.Speaker >= SpeakerFloor, Measured.Value.ToString());

    private sealed record Scores(double QuoteF1, double DirectF1, double Kind, double Speaker)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"F1 {QuoteF1:F3}, direct F1 {DirectF1:F3}, kind {Kind:F3}, speaker {Speaker:F3}");
    }

    private static Scores Measure()
    {
        int g = 0, p = 0, tp = 0, dg = 0, dp = 0, dtp = 0, kind = 0, speaker = 0;
        foreach (string goldPath in Directory.GetFiles(Path.Combine(TestPaths.Corpus, "gold"), "*.json"))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(goldPath));
            string file = doc.RootElement.GetProperty("file").GetString()!;
            string articlePath = Path.Combine(TestPaths.Corpus, "articles", file);
            if (!File.Exists(articlePath))
            {
                articlePath = Path.Combine(TestPaths.Shared, "seeds", file);
            }

            var gold = doc.RootElement.GetProperty("quotes").EnumerateArray()
                .Select(q => (Kind: q.GetProperty("kind").GetString()!, Text: q.GetProperty("text").GetString()!, Speaker: q.GetProperty("speaker").GetString()!))
                .ToArray();
            var pred = PersianNewsParser.Default.Parse(File.ReadAllText(articlePath)).Quotes;
            var pairs = Match(gold.Select(q => q.Text).ToArray(), pred.Select(q => q.Text).ToArray());
            g += gold.Length;
            p += pred.Count;
            tp += pairs.Count;
            foreach (var (i, j) in pairs)
            {
                kind += gold[i].Kind == (pred[j].Kind == QuoteKind.Direct ? "direct" : "indirect") ? 1 : 0;
                speaker += SpeakerRight(gold[i].Speaker, pred[j].Speaker) ? 1 : 0;
            }

            var gd = gold.Where(q => q.Kind == "direct").Select(q => q.Text).ToArray();
            var pd = pred.Where(q => q.Kind == QuoteKind.Direct).Select(q => q.Text).ToArray();
            dg += gd.Length;
            dp += pd.Length;
            dtp += Match(gd, pd).Count;
        }

        return new Scores(2.0 * tp / (g + p), 2.0 * dtp / (dg + dp), (double)kind / tp, (double)speaker / tp);
    }

    private static List<(int, int)> Match(string[] gold, string[] pred)
    {
        var gt = gold.Select(Tokens).ToArray();
        var pt = pred.Select(Tokens).ToArray();
        var candidates = new List<(double Score, int I, int J)>();
        for (int i = 0; i < gt.Length; i++)
        {
            for (int j = 0; j < pt.Length; j++)
            {
                int shared = Shared(gt[i], pt[j]);
                if (gt[i].Count > 0 && pt[j].Count > 0 && shared >= 0.5 * gt[i].Count && shared >= 0.5 * pt[j].Count)
                {
                    candidates.Add((2.0 * shared / (gt[i].Count + pt[j].Count), i, j));
                }
            }
        }

        var usedG = new HashSet<int>();
        var usedP = new HashSet<int>();
        var pairs = new List<(int, int)>();
        foreach (var c in candidates.OrderByDescending(c => c.Score).ThenByDescending(c => c.I).ThenByDescending(c => c.J))
        {
            if (usedG.Add(c.I))
            {
                if (usedP.Add(c.J))
                {
                    pairs.Add((c.I, c.J));
                }
                else
                {
                    usedG.Remove(c.I);
                }
            }
        }

        return pairs;
    }

    private static int Shared(List<string> a, List<string> b)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string t in a)
        {
            counts[t] = counts.GetValueOrDefault(t) + 1;
        }

        int shared = 0;
        foreach (string t in b)
        {
            if (counts.GetValueOrDefault(t) > 0)
            {
                counts[t]--;
                shared++;
            }
        }

        return shared;
    }

    private static bool SpeakerRight(string gold, Speaker? pred)
    {
        if (pred is null)
        {
            return false;
        }

        var g = Tokens(gold).ToHashSet(StringComparer.Ordinal);
        var p = Tokens(pred.Name).ToHashSet(StringComparer.Ordinal);
        if (g.Count == 0 || p.Count == 0)
        {
            return false;
        }

        int inter = g.Count(p.Contains);
        return g.IsSubsetOf(p) || p.IsSubsetOf(g) || (double)inter / (g.Count + p.Count - inter) >= 0.5;
    }

    // The scorer's folding: letter variants, digits, diacritics and half-spaces do not count.
    private static List<string> Tokens(string s)
    {
        var sb = new StringBuilder();
        var tokens = new List<string>();
        foreach (char raw in s.Normalize(NormalizationForm.FormC))
        {
            char c = raw switch
            {
                'ي' or 'ى' or 'ئ' => 'ی',
                'ك' => 'ک',
                'ة' or 'ۀ' or 'ھ' => 'ه',
                'أ' or 'إ' or 'ٱ' => 'ا',
                'ؤ' => 'و',
                >= '۰' and <= '۹' => (char)('0' + (raw - '۰')),
                >= '٠' and <= '٩' => (char)('0' + (raw - '٠')),
                _ => raw,
            };
            if (c is (>= '\u064B' and <= '\u065F') or '\u0670' or (>= '\u06D6' and <= '\u06ED') or 'ـ')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                sb.Append(c);
            }
            else if (sb.Length > 0)
            {
                tokens.Add(sb.ToString());
                sb.Clear();
            }
        }

        if (sb.Length > 0)
        {
            tokens.Add(sb.ToString());
        }

        return tokens;
    }
}
