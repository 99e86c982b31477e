using System.Text;
using System.Text.Json;

namespace PersianNews.Core.Tests.Header;

/// <summary>
/// Header quality on the shared corpus, scored the way <c>../shared/tools/score.py</c> scores it (orthography-folded
/// names; an outlet is right when a predicted name contains or equals a gold alias, generic words aside). The floors
/// are the project's targets; a regression fails the build.
/// </summary>
public sealed class HeaderCorpusQualityTests
{
    private static readonly string[] Generic = ["خبرگزاری", "روزنامه", "پایگاه خبری", "پایگاه اطلاع رسانی", "سایت", "شبکه", "بخش فارسی", "فارسی"];

    private static readonly Lazy<Scores> Measured = new(Measure);

    [Fact]
    public void Corpus_Outlet_AccuracyAtLeast097AndNoneInvented()
    {
        var s = Measured.Value;
        Assert.True(s.OutletTotal > 50, $"only {s.OutletTotal} gold outlets read");
        Assert.True(s.OutletRight >= 0.97 * s.OutletTotal, $"outlet accuracy {s.OutletRight}/{s.OutletTotal}; misses: {string.Join(", ", s.Misses)}");
        Assert.True(s.OutletInvented == 0, $"outlets invented: {string.Join(", ", s.Invented)}");
    }

    [Fact]
    public void Corpus_Reporters_F1AtLeast09() => AssertF1(Measured.Value.Reporters, "reporters");

    [Fact]
    public void Corpus_Sources_F1AtLeast09() => AssertF1(Measured.Value.Sources, "sources");

    private static void AssertF1((int Tp, int Gold, int Predicted) c, string what)
    {
        double f1 = c.Gold + c.Predicted == 0 ? 1 : 2.0 * c.Tp / (c.Gold + c.Predicted);
        Assert.True(f1 >= 0.9, $"{what} F1 {f1:F2} (tp {c.Tp}, gold {c.Gold}, predicted {c.Predicted})");
    }

    private sealed class Scores
    {
        public int OutletTotal { get; set; }

        public int OutletRight { get; set; }

        public int OutletInvented { get; set; }

        public List<string> Misses { get; } = [];

        public List<string> Invented { get; } = [];

        public (int Tp, int Gold, int Predicted) Reporters { get; set; }

        public (int Tp, int Gold, int Predicted) Sources { get; set; }
    }

    private static Scores Measure()
    {
        var scores = new Scores();
        string gold = Path.Combine(TestPaths.Corpus, "gold");
        foreach (string goldFile in Directory.EnumerateFiles(gold, "*.json").Order(StringComparer.Ordinal))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(goldFile));
            var g = doc.RootElement;
            string file = g.GetProperty("file").GetString()!;
            string path = Path.Combine(TestPaths.Corpus, "articles", file);
            if (!File.Exists(path))
            {
                path = Path.Combine(TestPaths.Shared, "seeds", file);
            }

            var article = PersianNewsParser.Default.Parse(File.ReadAllText(path));
            if (g.GetProperty("outlet").ValueKind == JsonValueKind.Object)
            {
                scores.OutletTotal++;
                var keys = g.GetProperty("outlet").GetProperty("aliases").EnumerateArray().Select(a => OutletKey(a.GetString()!)).Where(k => k.Length > 0).ToList();
                var predicted = article.Outlet is { } o ? new[] { OutletKey(o.Name), OutletKey(o.Text) }.Where(k => k.Length > 0).ToList() : [];
                if (keys.Any(x => predicted.Any(y => x == y || (Math.Min(x.Length, y.Length) >= 3 && (x.Contains(y, StringComparison.Ordinal) || y.Contains(x, StringComparison.Ordinal))))))
                {
                    scores.OutletRight++;
                }
                else
                {
                    scores.Misses.Add(file);
                }
            }
            else if (article.Outlet is not null)
            {
                scores.OutletInvented++;
                scores.Invented.Add(file);
            }

            scores.Reporters = Add(scores.Reporters, Names(g, "reporters", article.Reporters.Select(r => r.Name)));
            scores.Sources = Add(scores.Sources, Names(g, "sources", article.Sources.Select(r => r.Name)));
        }

        return scores;
    }

    private static (int, int, int) Add((int Tp, int Gold, int Predicted) a, (int Tp, int Gold, int Predicted) b) => (a.Tp + b.Tp, a.Gold + b.Gold, a.Predicted + b.Predicted);

    private static (int Tp, int Gold, int Predicted) Names(JsonElement g, string field, IEnumerable<string> predicted)
    {
        var gold = g.GetProperty(field).EnumerateArray().Select(x => Norm(x.GetProperty("name").GetString()!)).Where(x => x.Length > 0).ToList();
        var pred = predicted.Select(Norm).Where(x => x.Length > 0).ToList();
        int tp = gold.Count(x => pred.Any(y => x.Contains(y, StringComparison.Ordinal) || y.Contains(x, StringComparison.Ordinal)));
        return (tp, gold.Count, pred.Count);
    }

    private static string OutletKey(string s)
    {
        string n = Norm(s);
        foreach (string generic in Generic)
        {
            n = n.Replace(Norm(generic), " ", StringComparison.Ordinal);
        }

        return n.Replace(" ", string.Empty, StringComparison.Ordinal);
    }

    /// <summary>The scorer's folding: letter variants, digits, diacritics, half-spaces; word tokens joined by a space.</summary>
    private static string Norm(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char ch in s.Normalize(NormalizationForm.FormC))
        {
            char c = ch switch
            {
                'ي' or 'ى' or 'ئ' => 'ی',
                'ك' => 'ک',
                'ة' or 'ۀ' or 'ھ' => 'ه',
                'أ' or 'إ' or 'ٱ' => 'ا',
                'ؤ' => 'و',
                >= '۰' and <= '۹' => (char)('0' + (ch - '۰')),
                >= '٠' and <= '٩' => (char)('0' + (ch - '٠')),
                _ => ch,
            };
            if (c is (>= '\u064B' and <= '\u065F') or '\u0670' or 'ـ' || (c >= '\u06D6' && c <= '\u06ED'))
            {
                continue;
            }

            sb.Append(char.IsLetterOrDigit(c) || c == '_' ? c : ' ');
        }

        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
