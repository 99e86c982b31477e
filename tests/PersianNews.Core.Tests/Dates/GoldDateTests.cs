using System.Text.Json;

namespace PersianNews.Core.Tests.Dates;

/// <summary>Every publication date printed in the corpus (its gold text) reads as the gold y/m/d in the gold calendar.</summary>
public sealed class GoldDateTests
{
    public static TheoryData<string> GoldFilesWithDate
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (string path in Directory.EnumerateFiles(Path.Combine(TestPaths.Corpus, "gold"), "*.json").Order(StringComparer.Ordinal))
            {
                using var doc = JsonDocument.Parse(File.ReadAllText(path));
                if (doc.RootElement.TryGetProperty("date", out var date) && date.ValueKind == JsonValueKind.Object)
                {
                    data.Add(Path.GetFileName(path));
                }
            }

            return data;
        }
    }

    [Fact]
    public void Corpus_GoldDates_AreAllFound()
        => Assert.True(GoldFilesWithDate.Count >= 10, "the corpus gold has 10 printed dates");

    [Theory]
    [MemberData(nameof(GoldFilesWithDate))]
    public void TryParse_GoldDateText_GivesGoldDay(string goldFile)
    {
        var gold = ReadGold(goldFile);
        Assert.True(PersianDateParser.TryParse(gold.Text, out var date, out _), gold.Text);
        Assert.Equal(gold.Calendar, date.Calendar);
        Assert.Equal((gold.Y, gold.M, gold.D), date.WrittenDate);
    }

    [Theory]
    [MemberData(nameof(GoldFilesWithDate))]
    public void LocateAll_GoldArticle_FindsTheGoldDateWhereItIsPrinted(string goldFile)
    {
        var gold = ReadGold(goldFile);
        string articlePath = Path.Combine(TestPaths.Corpus, "articles", Path.ChangeExtension(goldFile, ".txt"));
        if (!File.Exists(articlePath))
        {
            articlePath = Path.Combine(TestPaths.Shared, "seeds", Path.ChangeExtension(goldFile, ".txt"));
        }

        string normalized = PersianNormalizer.Default.Normalize(File.ReadAllText(articlePath));
        var found = new List<DateMatch>();
        DateLocator.LocateAll(normalized, 0, normalized.Length, found, max: 64);
        Assert.Contains(found, m => m.Date is { } d && d.Calendar == gold.Calendar && d.WrittenDate == (gold.Y, gold.M, gold.D));
    }

    [Fact]
    public void ChoosePublication_WholeCorpusArticles_MeetsTheDateAccuracyFloor()
    {
        // Every date in every article (not only the header) is found and the publication date chosen; an article whose
        // gold has no date must get none. This is the locator's own floor; the header stage narrows where it looks.
        int right = 0, total = 0;
        var wrong = new List<string>();
        foreach (string goldPath in Directory.EnumerateFiles(Path.Combine(TestPaths.Corpus, "gold"), "*.json"))
        {
            string name = Path.GetFileName(goldPath);
            string articlePath = Path.Combine(TestPaths.Corpus, "articles", Path.ChangeExtension(name, ".txt"));
            if (!File.Exists(articlePath))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(File.ReadAllText(goldPath));
            var goldDate = doc.RootElement.GetProperty("date");
            string normalized = PersianNormalizer.Default.Normalize(File.ReadAllText(articlePath));
            var found = new List<DateMatch>();
            DateLocator.LocateAll(normalized, 0, normalized.Length, found, max: 64);
            int k = DateLocator.ChoosePublication(found);
            bool ok;
            if (goldDate.ValueKind != JsonValueKind.Object)
            {
                ok = k < 0;
            }
            else
            {
                var gold = ReadGold(name);
                ok = k >= 0 && found[k].Date!.Calendar == gold.Calendar && found[k].Date!.WrittenDate == (gold.Y, gold.M, gold.D);
            }

            total++;
            if (ok)
            {
                right++;
            }
            else
            {
                wrong.Add(name);
            }
        }

        Assert.True(total >= 70, "the corpus has 72 articles");
        Assert.True(right >= 0.97 * total, $"date accuracy {right}/{total}; wrong: {string.Join(", ", wrong)}");
    }

    private static (string Text, CalendarKind Calendar, int Y, int M, int D) ReadGold(string goldFile)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.Corpus, "gold", goldFile)));
        var date = doc.RootElement.GetProperty("date");
        var calendar = date.GetProperty("calendar").GetString() switch
        {
            "persian" => CalendarKind.Persian,
            "hijri" => CalendarKind.Hijri,
            _ => CalendarKind.Gregorian,
        };
        return (date.GetProperty("text").GetString()!, calendar, date.GetProperty("y").GetInt32(), date.GetProperty("m").GetInt32(), date.GetProperty("d").GetInt32());
    }
}
