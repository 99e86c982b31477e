namespace PersianNews.Core.Tests.Robustness;

/// <summary>
/// Inputs far longer than an article (a page dump with thousands of people, a paragraph with no sentence end) are read
/// with bounded look-ahead and bounded comparisons, and what those bounds leave is still the natural answer: a
/// pronoun means the person named just before it, and a reported clause with no sentence end stops at the clause
/// limit instead of swallowing the rest of the paragraph.
/// </summary>
public sealed class LongInputTests
{
    // QuoteScanner.MaxClauseScan: how far a reported clause is read for its sentence's end.
    private const int ClauseScanLimit = 3000;

    [Fact]
    public void Quotes_IndirectClauseWithNoSentenceEnd_StopsAtTheClauseLimit()
    {
        string text = "وزیر گفت که " + HostileTexts.Fill("برنامه‌های وزارتخانه در سال آینده ادامه خواهد داشت ", 20_000);

        var article = ArticleInvariants.ParseValid(text);

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.InRange(quote.Length, ClauseScanLimit - 100, ClauseScanLimit);
    }

    [Fact]
    public void Quotes_ClauseWithASentenceEndBeforeTheLimit_EndsThere()
    {
        string clause = HostileTexts.Fill("برنامه‌های وزارتخانه ادامه خواهد داشت ", 2_000).TrimEnd('.') + ".";
        string text = "وزیر گفت که " + clause + " " + HostileTexts.Fill("متن دیگری بدون نقطه ", 10_000);

        var article = ArticleInvariants.ParseValid(text);

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(clause.TrimEnd('.').TrimEnd(), quote.Text);
    }

    [Fact]
    public void Speakers_PronounAfterThousandsOfPeople_IsTheOneNamedJustBefore()
    {
        string text = HostileTexts.Create(HostileText.ThousandsOfDistinctSpeakers);

        // (The article contract on this text is checked with the other hostile kinds.)
        var article = PersianNewsParser.Default.Parse(text);

        Assert.True(article.Quotes.Count > 10_000, $"{article.Quotes.Count} quotes");
        int last = article.Quotes.Count - 1;
        while (article.Quotes[last].Speaker?.Text != "او")
        {
            last--;
        }

        var said = article.Quotes[last - 1];
        var added = article.Quotes[last];
        Assert.Equal(QuoteKind.Direct, said.Kind);
        Assert.Equal(QuoteKind.Indirect, added.Kind);
        Assert.Equal(said.Speaker?.Text, said.Speaker?.Name);
        Assert.Equal(said.Speaker?.Name, added.Speaker?.Name);
    }

    [Fact]
    public void Speakers_TitleHolderNamedLaterInAHugeText_StillLinksOnArticleSizedText()
    {
        // The whole-text searches are budgeted per input; an article-sized text stays far inside the budget.
        string text = "سخنگوی وزارت امور خارجه گفت: «مذاکرات ادامه دارد.»\n" + HostileTexts.Fill("کار ادامه دارد. ", 20_000)
                      + "\nناصر کنعانی سخنگوی وزارت امور خارجه در نشست خبری حاضر شد.";

        var article = ArticleInvariants.ParseValid(text);

        var quote = Assert.Single(article.Quotes);
        Assert.Equal("ناصر کنعانی", quote.Speaker?.Name);
    }
}
