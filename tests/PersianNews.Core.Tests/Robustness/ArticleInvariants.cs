using PersianNews.Core;

namespace PersianNews.Core.Tests.Robustness;

/// <summary>xunit assertions of <see cref="ArticleInvariantChecker"/>: reuse in any test that parses text.</summary>
public static class ArticleInvariants
{
    /// <summary>Fails the test when <paramref name="article"/> breaks the parser's contract on <paramref name="text"/>.</summary>
    public static void AssertValid(string text, NewsArticle article)
    {
        var errors = ArticleInvariantChecker.Check(text, article);
        if (errors.Count > 0)
        {
            Assert.Fail(string.Join(Environment.NewLine, errors.Take(20)) + (errors.Count > 20 ? $"{Environment.NewLine}… and {errors.Count - 20} more" : string.Empty));
        }
    }

    /// <summary>Parses <paramref name="text"/> with <paramref name="parser"/> (the default one if null) and asserts the contract.</summary>
    public static NewsArticle ParseValid(string text, PersianNewsParser? parser = null)
    {
        var article = (parser ?? PersianNewsParser.Default).Parse(text);
        AssertValid(text, article);
        return article;
    }
}
