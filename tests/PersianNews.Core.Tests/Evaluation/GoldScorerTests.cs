using System.Globalization;
using PersianNews.Cli.Evaluation;

namespace PersianNews.Core.Tests.Evaluation;

/// <summary>The C# scorer applies corpus/README.md's rules exactly as tools/score.py does.</summary>
public sealed class GoldScorerTests
{
    private static EvalReport ScoreSyntheticSet()
    {
        var predictions = SyntheticGoldSet.PredictionsJsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(PredictedArticle.Parse)
            .ToDictionary(p => Path.GetFileName(p.Source!), StringComparer.Ordinal);
        var items = SyntheticGoldSet.GoldFiles
            .Select(g => GoldFile.Parse(g.Json))
            .Select(g => (g, predictions.GetValueOrDefault(g.File)));
        return GoldScorer.Default.Score(items);
    }

    [Fact]
    public void Score_SyntheticSet_GivesHandComputedMetrics()
    {
        var m = ScoreSyntheticSet().Metrics;

        Assert.Equal(3, m.Articles);
        Assert.Equal(1, m.Missing);
        Assert.Equal(0.5, m.OutletAccuracy, 12);
        Assert.Equal(1.0, m.OutletFalsePositiveRate, 12);
        Assert.Equal(0.5, m.DateAccuracy, 12);
        Assert.Equal(1.0, m.DateFalsePositiveRate, 12);
        Assert.Equal(2.0 / 3, m.ReporterF1, 12);
        Assert.Equal(0.5, m.ReporterPrecision, 12);
        Assert.Equal(1.0, m.ReporterRecall, 12);
        Assert.Equal(0.8, m.SourceF1, 12);
        Assert.Equal(0.8, m.QuotePrecision, 12);
        Assert.Equal(0.8, m.QuoteRecall, 12);
        Assert.Equal(0.8, m.QuoteF1, 12);
        Assert.Equal(0.6, m.QuoteF1Strict, 12);
        Assert.Equal(0.4, m.DirectF1, 12);
        Assert.Equal(0.5, m.SpeakerAccuracy, 12);
        Assert.Equal(0.75, m.KindAccuracy, 12);
        Assert.Equal(5, m.GoldQuotes);
        Assert.Equal(5, m.PredictedQuotes);
    }

    [Fact]
    public void Score_SyntheticSet_PrintsScorePySummaryLine()
    {
        Assert.Equal(
            "outlet 0.50 (fp 1.00) | date 0.50 (fp 1.00) | reporters F1 0.67 | sources F1 0.80 | quotes P 0.80 R 0.80 F1 0.80 (strict 0.60) | direct F1 0.40 | speaker 0.50 | kind 0.75",
            ScoreSyntheticSet().Metrics.SummaryLine());
    }

    [Fact]
    public void Score_SyntheticSet_RecordsWhichQuotesMatched()
    {
        var a = ScoreSyntheticSet().Files[0];

        Assert.Equal("a.txt gold=3 pred=4 matched=3", a.ByFileLine());
        Assert.Equal([3], a.UnmatchedPredicted);
        Assert.Empty(a.UnmatchedGold);
        // Both exact pairs score 1.0; the later gold quote is taken first (Python's reverse tuple sort).
        Assert.Equal(
            [new QuoteMatch(2, 2, false, false), new QuoteMatch(0, 0, true, true), new QuoteMatch(1, 1, false, true)],
            a.Matches);
    }

    [Fact]
    public void MatchQuotes_EqualScores_TakesHigherIndexesFirstLikePythonReverseSort()
    {
        // Python sorts (score, i, j) tuples in reverse: among equal scores the later gold quote wins.
        var pairs = GoldScorer.MatchQuotes(["الف ب", "الف ب"], ["الف ب"], GoldScorer.DefaultThreshold);

        Assert.Equal([(1, 0)], pairs);
    }

    [Fact]
    public void MatchQuotes_DuplicateQuotes_AreMatchedOneToOne()
    {
        var pairs = GoldScorer.MatchQuotes(["الف ب ج", "الف ب ج"], ["الف ب ج", "الف ب ج"], GoldScorer.DefaultThreshold);

        Assert.Equal([(1, 1), (0, 0)], pairs);
    }

    [Fact]
    public void MatchQuotes_OverlapBelowHalfOfEitherText_IsNoMatch()
    {
        // 2 shared tokens cover 2/5 of the gold text: below the threshold even though they cover all of the prediction.
        Assert.Empty(GoldScorer.MatchQuotes(["یک دو سه چهار پنج"], ["یک دو"], GoldScorer.DefaultThreshold));
        Assert.Single(GoldScorer.MatchQuotes(["یک دو سه چهار"], ["یک دو"], GoldScorer.DefaultThreshold));
    }

    public static TheoryData<string, string> FoldedTexts => new()
    {
        { "ي ك ة ۀ أ إ ٱ ؤ ئ ھ", "ی ک ه ه ا ا ا و ی ه" },
        { "می‌گوید", "می گوید" },                      // ZWNJ separates tokens
        { "سلام\u00a0دنیا\u200fو\u200eما", "سلام دنیا و ما" },
        { "کتـــاب", "کتاب" },                          // kashida removed
        { "کِتابٌ", "کتاب" },                            // diacritics removed
        { "۱۲۳ ٤٥٦ 789", "123 456 789" },
        { "«سلام»، گفت: «خوب!»", "سلام گفت خوب" },      // punctuation is not a token
        { "a_b c-d", "a_b c d" },                       // '_' is a word character, '-' is not
        { "\u0627\u0653\u0628", "\u0622\u0628" },       // NFC composes alef + madda into آ (which stays آ)
        { "", "" },
    };

    [Theory]
    [MemberData(nameof(FoldedTexts))]
    public void Norm_OrthographicVariants_FoldLikeScorePy(string text, string expected)
        => Assert.Equal(expected, ScoreText.Norm(text));

    [Fact]
    public void Norm_Null_IsEmpty() => Assert.Equal(string.Empty, ScoreText.Norm(null));

    [Theory]
    [InlineData("خبرگزاری ایسنا", "ایسنا")]
    [InlineData("روزنامه همشهری", "همشهری")]
    [InlineData("بی‌بی‌سی فارسی", "بیبیسی")]
    [InlineData("پایگاه اطلاع‌رسانی دولت", "دولت")]
    [InlineData("خبرگزاری", "")]
    public void OutletKey_GenericWords_AreIgnored(string name, string expected)
        => Assert.Equal(expected, ScoreText.OutletKey(name));

    [Theory]
    [InlineData("امانوئل مکرون", "مکرون", null, true)]          // one contains the other
    [InlineData("مکرون", "امانوئل مکرون", null, true)]
    [InlineData("امانوئل مکرون", null, "مکرون", true)]          // no name: the mention counts
    [InlineData("مارک روته", null, "او", false)]
    [InlineData("سخنگوی دولت", "سخنگوی وزارت نفت", null, false)] // Jaccard 1/4
    [InlineData("علی احمد رضا", "علی احمد حسن", null, true)]     // Jaccard 2/4 = 0.5
    public void SpeakerMatches_SharedWords_DecideLikeScorePy(string gold, string? name, string? text, bool expected)
        => Assert.Equal(expected, GoldScorer.SpeakerMatches(gold, new PredictedSpeaker(name, text)));

    [Fact]
    public void SpeakerMatches_NoSpeaker_IsWrong() => Assert.False(GoldScorer.SpeakerMatches("مکرون", null));

    [Theory]
    [InlineData(1404, 6, 13, "2025-09-04")]
    [InlineData(1399, 12, 30, "2021-03-20")]
    [InlineData(1403, 12, 30, "2025-03-20")]
    [InlineData(1300, 1, 1, "1921-03-21")]
    public void JalaliToGregorian_KnownDays_AreRight(int y, int m, int d, string expected)
        => Assert.Equal(expected, GoldCalendar.JalaliToGregorian(y, m, d));

    [Fact]
    public void JalaliToGregorian_EveryDayOf1300To1450_AgreesWithPersianCalendar()
    {
        var calendar = new PersianCalendar();
        int checkedDays = 0;
        var disagreements = new List<string>();
        for (int y = 1300; y <= 1450; y++)
        {
            for (int m = 1; m <= 12; m++)
            {
                int days = calendar.GetDaysInMonth(y, m);
                for (int d = 1; d <= days; d++)
                {
                    string expected = calendar.ToDateTime(y, m, d, 0, 0, 0, 0).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    string actual = GoldCalendar.JalaliToGregorian(y, m, d);
                    checkedDays++;
                    if (actual != expected)
                    {
                        disagreements.Add($"{y}/{m}/{d}: {actual} vs PersianCalendar {expected}");
                    }
                }
            }
        }

        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements.Take(20)));
        Assert.Equal(55152, checkedDays);
    }

    [Theory]
    [InlineData(1447, 3, 12, "2025-09-04")]
    [InlineData(1446, 1, 1, "2024-07-07")]
    [InlineData(1445, 12, 29, "2024-07-05")]
    [InlineData(1, 1, 1, "0622-07-18")]
    public void HijriToGregorian_TabularCalendar_MatchesScorePy(int y, int m, int d, string expected)
        => Assert.Equal(expected, GoldCalendar.HijriToGregorian(y, m, d));

    [Theory]
    [InlineData("2025-09-04", "2025-09-04")]
    [InlineData("20250904", "2025-09-04")]
    [InlineData("2025-W36-4", "2025-09-04")]
    [InlineData("2025W364", "2025-09-04")]
    [InlineData("2025-W36", "2025-09-01")]
    [InlineData("2020-W53", "2020-12-28")]
    [InlineData("2025090412", "2025-09-04")]   // Python 3.11 does not look past the date
    [InlineData("20250904é", "2025-09-04")]    // ten UTF-8 bytes
    [InlineData("2024-02-29", "2024-02-29")]
    [InlineData("2025-09-04x", null)]
    [InlineData("2021-W53", null)]
    [InlineData("2025-0904", null)]
    [InlineData("٢٠٢٥-09-04", null)]
    [InlineData("0000-01-01", null)]
    [InlineData("2025-02-29", null)]
    public void TryFromIsoFormat_Python311Forms_ReadLikePython(string text, string? expected)
    {
        bool ok = GoldCalendar.TryFromIsoFormat(text, out DateOnly date);

        Assert.Equal(expected is not null, ok);
        if (ok)
        {
            Assert.Equal(expected, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    [Theory]
    [InlineData(0.125, "0.12")]    // an exact tie rounds half to even, as Python's '%.2f' does
    [InlineData(0.375, "0.38")]
    [InlineData(0.155, "0.15")]    // the binary value is just below the tie
    [InlineData(2.0 / 3, "0.67")]
    [InlineData(0.995, "0.99")]
    [InlineData(1.0, "1.00")]
    [InlineData(0.0, "0.00")]
    public void Fixed_TwoDecimals_FormatsLikePython(double value, string expected)
        => Assert.Equal(expected, PythonFormat.Fixed(value, 2));

    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(0.0, "0.0")]
    [InlineData(2.0 / 3, "0.6666666666666666")]
    [InlineData(1e-05, "1e-05")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(1e16, "1e+16")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    public void Repr_Floats_FormatLikePython(double value, string expected)
        => Assert.Equal(expected, PythonFormat.Repr(value));

    [Fact]
    public void UnicodeNfc_DecomposedArabicAndLatin_Compose()
    {
        Assert.Equal("\u0622", UnicodeNfc.Normalize("\u0627\u0653"));
        Assert.Equal("\u0626", UnicodeNfc.Normalize("\u064A\u0654"));
        Assert.Equal("\u00E9", UnicodeNfc.Normalize("e\u0301"));
        Assert.Equal("\uAC01", UnicodeNfc.Normalize("\u1100\u1161\u11A8")); // Hangul LVT
        Assert.Equal("a\u0323\u0301", UnicodeNfc.Normalize("a\u0301\u0323").Normalize(System.Text.NormalizationForm.FormD));
    }

    [Fact]
    public void PredictedArticle_EmptyOutletObject_CountsAsNoOutlet()
    {
        // score.py: `p.get('outlet') or None`: an empty object is falsy.
        var p = PredictedArticle.Parse("""{"source":"b.txt","outlet":{},"date":{}}""");

        Assert.Null(p.Outlet);
        Assert.Null(p.Date);
    }

    [Fact]
    public void GoldScorer_ThresholdOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>("threshold", () => new GoldScorer(0));
        Assert.Throws<ArgumentOutOfRangeException>("threshold", () => new GoldScorer(1.5));
    }
}
