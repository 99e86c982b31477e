using System.Text.Json;

namespace PersianNews.Core.Tests.Quotes;

/// <summary>The seed article's quotes match its gold answer exactly: all nine, with their speakers, and nothing else.</summary>
public sealed class SeedQuoteTests
{
    private static readonly NewsArticle Seed = PersianNewsParser.Default.Parse(File.ReadAllText(TestPaths.Seed));

    private static readonly JsonElement[] Gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.Corpus, "gold", "000_4c47832c54e4f7d9.json")))
        .RootElement.GetProperty("quotes").EnumerateArray().ToArray();

    [Fact]
    public void Seed_Quotes_MatchGoldInOrder()
    {
        Assert.Equal(Gold.Length, Seed.Quotes.Count);
        for (int i = 0; i < Gold.Length; i++)
        {
            var g = Gold[i];
            var q = Seed.Quotes[i];
            Assert.Equal(g.GetProperty("kind").GetString(), q.Kind == QuoteKind.Direct ? "direct" : "indirect");
            Assert.Equal(g.GetProperty("text").GetString(), q.Text);
            Assert.Equal(g.GetProperty("cue").GetString(), q.Cue?.Text);
            Assert.Equal(g.GetProperty("speaker").GetString(), q.Speaker?.Name);
            Assert.Equal(g.GetProperty("speakerText").GetString(), q.Speaker?.Text);
        }
    }

    [Fact]
    public void Seed_NameScareQuoteAndRefusal_AreNotQuotes()
    {
        Assert.DoesNotContain(Seed.Quotes, q => q.Text.StartsWith("ائتلاف کشورهای داوطلب", StringComparison.Ordinal));
        Assert.DoesNotContain(Seed.Quotes, q => q.Text == "فنی");
        Assert.DoesNotContain(Seed.Quotes, q => q.Text.Contains("خودداری", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed_MacronDirectQuote_HasRoleFromApposition()
        => Assert.Equal("رئیسجمهور فرانسه", Seed.Quotes[3].Speaker?.Role);
}
