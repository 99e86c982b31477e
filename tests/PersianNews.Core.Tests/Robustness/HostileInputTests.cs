using PersianNews.Core.Serialization;

namespace PersianNews.Core.Tests.Robustness;

/// <summary>
/// The lenient parser meets everything a scraper produces. Whatever the text, Parse returns an article (no exception,
/// no internal error) whose every span lies inside the input and is exactly the text the element claims.
/// </summary>
public sealed class HostileInputTests
{
    public static TheoryData<HostileText> Kinds => HostileTexts.All();

    /// <summary>Every kind but the 10 Mi-character line, for the checks that repeat the contract (keeps the suite fast).</summary>
    public static TheoryData<HostileText> SmallerKinds => HostileTexts.All(except: HostileText.TenMegabyteSingleLine);

    /// <summary>The smaller kinds but those with tens of thousands of quotes (their JSON round trip measures the
    /// serializer's speed, not the contract the other kinds already check).</summary>
    public static TheoryData<HostileText> JsonKinds => HostileTexts.All(
        except: [HostileText.TenMegabyteSingleLine, HostileText.ThousandsOfDistinctSpeakers, HostileText.ThousandsOfDistinctTitles,
            HostileText.ThousandsOfSurnamesAlone, HostileText.IndirectCuesWithoutSentenceEnd]);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Parse_HostileText_KeepsTheArticleContract(HostileText kind)
    {
        string text = HostileTexts.Create(kind);

        ArticleInvariants.ParseValid(text);
    }

    [Theory]
    [MemberData(nameof(SmallerKinds))]
    public void Parse_HostileTextWithoutQuoteExtraction_KeepsTheArticleContract(HostileText kind)
    {
        var parser = new PersianNewsParser(PersianNewsOptions.Default with { ExtractQuotes = false });
        string text = HostileTexts.Create(kind);

        var article = ArticleInvariants.ParseValid(text, parser);

        Assert.Empty(article.Quotes);
    }

    [Theory]
    [MemberData(nameof(JsonKinds))]
    public void NewsJson_HostileArticle_RoundTripsWithValidSpans(HostileText kind)
    {
        string text = HostileTexts.Create(kind);
        var article = PersianNewsParser.Default.Parse(text);

        string json = NewsJson.Serialize(article);
        var back = NewsJson.Deserialize(json);

        // JSON cannot carry a lone surrogate: it becomes U+FFFD, one code unit for one, so every span stays valid.
        Assert.NotNull(back);
        Assert.Equal(text.Length, back.Text.Length);
        ArticleInvariants.AssertValid(back.Text, back);
        string again = NewsJson.Serialize(back);
        Assert.Equal(again, NewsJson.Serialize(NewsJson.Deserialize(again)!));
        if (!HasLoneSurrogate(text))
        {
            Assert.Equal(json, again);
        }
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    [Theory]
    [MemberData(nameof(SmallerKinds))]
    public void Normalize_HostileText_IsIdempotentAndNeverThrows(HostileText kind)
    {
        string text = HostileTexts.Create(kind);

        string once = PersianNormalizer.Default.Normalize(text);

        Assert.Equal(once, PersianNormalizer.Default.Normalize(once));
    }

    [Theory]
    [InlineData("\uD800")]
    [InlineData("a\uDC00b")]
    [InlineData("\0")]
    [InlineData("«")]
    [InlineData("»")]
    [InlineData(":")]
    [InlineData("\r")]
    [InlineData("\uFEFF")]
    [InlineData("\u200C")]
    [InlineData("گفت: «")]
    [InlineData("«»")]
    [InlineData("x\uD83D")]
    [InlineData("\uDE00x")]
    public void Parse_SingleHostileCharacterOrFragment_KeepsTheArticleContract(string text)
        => ArticleInvariants.ParseValid(text);

    [Fact]
    public void Parse_LoneSurrogates_ReportsInvalidCharactersAtTheFirstOne()
    {
        const string text = "وزیر گفت: «کار \uD800 ادامه \uDC00 دارد».";

        var article = ArticleInvariants.ParseValid(text);

        var d = Assert.Single(article.Diagnostics, d => d.Code == DiagnosticCode.InvalidCharacters);
        Assert.Equal(text.IndexOf('\uD800', StringComparison.Ordinal), d.Start);
    }
}
