namespace PersianNews.Core.Tests.Robustness;

/// <summary>
/// <see cref="PersianNewsOptions.MaxInputLength"/> bounds the work of one parse: up to the limit the text is parsed
/// whole; beyond it the article carries an InputTooLong error covering exactly the unparsed tail, and nothing is
/// read from the tail. The cut never splits a surrogate pair.
/// </summary>
public sealed class InputLimitTests
{
    private const int Limit = 64;

    private static readonly PersianNewsParser Limited = new(PersianNewsOptions.Default with { MaxInputLength = Limit });

    private static string TextOfLength(int length) => HostileTexts.Fill("وزیر گفت: «کار ادامه دارد».\n", length);

    [Fact]
    public void DefaultMaxInputLength_Is16MiCharacters()
    {
        Assert.Equal(16 * 1024 * 1024, PersianNewsOptions.DefaultMaxInputLength);
        Assert.Equal(PersianNewsOptions.DefaultMaxInputLength, PersianNewsOptions.Default.MaxInputLength);
    }

    [Fact]
    public void Parse_TextExactlyAtTheLimit_IsParsedWholeWithoutInputTooLong()
    {
        string text = TextOfLength(Limit);

        var article = ArticleInvariants.ParseValid(text, Limited);

        Assert.DoesNotContain(article.Diagnostics, d => d.Code == DiagnosticCode.InputTooLong);
        Assert.Equal(article.Paragraphs.Count, PersianNewsParser.Default.Parse(text).Paragraphs.Count);
    }

    [Fact]
    public void Parse_TextOneBeyondTheLimit_ReportsInputTooLongForTheLastCharacter()
    {
        string text = TextOfLength(Limit + 1);

        var article = ArticleInvariants.ParseValid(text, Limited);

        var d = Assert.Single(article.Diagnostics, d => d.Code == DiagnosticCode.InputTooLong);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal((Limit, 1), (d.Start, d.Length));
        AssertNothingReadBeyond(article, Limit);
    }

    [Fact]
    public void Parse_SurrogatePairStraddlingTheLimit_CutsBeforeThePair()
    {
        // The pair's high surrogate is the last character within the limit: the whole pair falls outside.
        string text = TextOfLength(Limit - 1) + "😀" + " پایان";
        Assert.True(char.IsHighSurrogate(text[Limit - 1]));

        var article = ArticleInvariants.ParseValid(text, Limited);

        var d = Assert.Single(article.Diagnostics, d => d.Code == DiagnosticCode.InputTooLong);
        Assert.Equal((Limit - 1, text.Length - (Limit - 1)), (d.Start, d.Length));
        AssertNothingReadBeyond(article, Limit - 1);
    }

    [Fact]
    public void Parse_SurrogatePairEndingExactlyAtTheLimit_IsKept()
    {
        string text = TextOfLength(Limit - 2) + "😀" + " پایان";

        var article = ArticleInvariants.ParseValid(text, Limited);

        var d = Assert.Single(article.Diagnostics, d => d.Code == DiagnosticCode.InputTooLong);
        Assert.Equal(Limit, d.Start);
        AssertNothingReadBeyond(article, Limit);
    }

    [Theory]
    [InlineData(1, "😀 متن")]
    [InlineData(1, "«گفت")]
    [InlineData(2, " \n😀")]
    [InlineData(3, "   متن خبر")]
    public void Parse_TinyLimit_KeepsTheArticleContract(int limit, string text)
    {
        var parser = new PersianNewsParser(PersianNewsOptions.Default with { MaxInputLength = limit });

        var article = ArticleInvariants.ParseValid(text, parser);

        Assert.Contains(article.Diagnostics, d => d.Code == DiagnosticCode.InputTooLong);
    }

    [Fact]
    public void Parse_TextBeyondTheDefaultLimit_ReportsInputTooLong()
    {
        string text = TextOfLength(PersianNewsOptions.DefaultMaxInputLength + 1);

        var article = PersianNewsParser.Default.Parse(text);

        var d = Assert.Single(article.Diagnostics, d => d.Code == DiagnosticCode.InputTooLong);
        Assert.Equal(PersianNewsOptions.DefaultMaxInputLength, d.Start);
        AssertNothingReadBeyond(article, PersianNewsOptions.DefaultMaxInputLength);
    }

    private static void AssertNothingReadBeyond(NewsArticle article, int end)
    {
        var spans = article.Paragraphs.Select(p => p.Span)
            .Concat(article.Quotes.Select(q => q.Span))
            .Concat(article.Title is { } t ? [t.Span] : [])
            .Concat(article.Date is { } d ? [d.Span] : []);
        Assert.All(spans, s => Assert.True(s.End <= end, $"span {s} reads beyond {end}"));
    }
}
