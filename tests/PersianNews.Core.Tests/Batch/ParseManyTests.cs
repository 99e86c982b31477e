using System.Runtime.CompilerServices;
using PersianNews.Core.Serialization;

namespace PersianNews.Core.Tests.Batch;

public sealed class ParseManyTests
{
    private static readonly PersianNewsParser Parser = PersianNewsParser.Default;

    private static string[] CorpusTexts() => Directory.GetFiles(Path.Combine(TestPaths.Corpus, "articles"), "*.txt")
        .Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

    // Every text differs, so an article that comes back in the wrong place is caught.
    private static string Numbered(int i) => $"تهران- ایرنا- سخنگوی شماره {i} روز دوشنبه گفت: «جلسه {i} فردا برگزار می‌شود.»";

    private static IEnumerable<string> Infinite(CountingSource counter)
    {
        for (int i = 0; ; i++)
        {
            counter.Pulled++;
            yield return Numbered(i);
        }
    }

    private sealed class CountingSource
    {
        public int Pulled;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ParseMany_Corpus_GivesTheSequentialResultsInInputOrder(int degree)
    {
        string[] texts = CorpusTexts();
        var expected = texts.Select(t => NewsJson.Serialize(Parser.Parse(t))).ToArray();

        var actual = Parser.ParseMany(texts, degree).Select(a => NewsJson.Serialize(a)).ToArray();

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void ParseMany_ManyShortTexts_KeepsInputOrder()
    {
        var texts = Enumerable.Range(0, 2000).Select(Numbered).ToArray();

        var articles = Parser.ParseMany(texts, 2).ToArray();

        Assert.Equal(texts, articles.Select(a => a.Text));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void ParseMany_EndlessSource_PullsAtMostTheWindowAheadOfTheConsumer(int degree)
    {
        var counter = new CountingSource();
        int window = PersianNewsParser.WindowPerWorker * degree;
        int consumed = 0;
        int maxAhead = 0;

        foreach (var article in Parser.ParseMany(Infinite(counter), degree))
        {
            Assert.Equal(Numbered(consumed), article.Text);
            consumed++;
            maxAhead = Math.Max(maxAhead, Volatile.Read(ref counter.Pulled) - consumed);
            if (consumed == 300)
            {
                break;
            }
        }

        Assert.InRange(maxAhead, 0, window);
    }

    [Fact]
    public void ParseMany_NullItem_BecomesAnEmptyArticleInItsPlace()
    {
        string?[] texts = [Numbered(0), null, Numbered(2)];

        var articles = Parser.ParseMany(texts, 2).ToArray();

        Assert.Equal(3, articles.Length);
        Assert.Equal(Numbered(0), articles[0].Text);
        Assert.Equal(string.Empty, articles[1].Text);
        Assert.Equal(DiagnosticCode.EmptyInput, Assert.Single(articles[1].Diagnostics).Code);
        Assert.Equal(Numbered(2), articles[2].Text);
    }

    [Fact]
    public void ParseMany_NullSource_ThrowsBeforeEnumeration()
        => Assert.Throws<ArgumentNullException>("texts", () => Parser.ParseMany(null!));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void ParseMany_NonPositiveDegree_ThrowsArgumentOutOfRange(int degree)
        => Assert.Throws<ArgumentOutOfRangeException>("maxDegreeOfParallelism", () => Parser.ParseMany([], degree));

    [Fact]
    public void ParseMany_SourceThrows_RethrowsAfterTheArticlesBeforeIt()
    {
        static IEnumerable<string> Failing()
        {
            for (int i = 0; i < 10; i++)
            {
                yield return Numbered(i);
            }

            throw new IOException("disk gone");
        }

        var received = new List<string>();
        var ex = Assert.Throws<IOException>(() =>
        {
            foreach (var article in Parser.ParseMany(Failing(), 2))
            {
                received.Add(article.Text);
            }
        });

        Assert.Equal("disk gone", ex.Message);
        Assert.Equal(Enumerable.Range(0, 10).Select(Numbered), received);
    }

    [Fact]
    public void ParseMany_StoppedEarly_DisposesTheSource()
    {
        bool disposed = false;
        IEnumerable<string> Source()
        {
            try
            {
                for (int i = 0; ; i++)
                {
                    yield return Numbered(i);
                }
            }
            finally
            {
                disposed = true;
            }
        }

        var first = Parser.ParseMany(Source(), 2).Take(5).ToArray();

        Assert.Equal(5, first.Length);
        Assert.True(disposed);
    }

    [Fact]
    public void ParseMany_EmptySource_YieldsNothing()
        => Assert.Empty(Parser.ParseMany([], 2));

    private static async IAsyncEnumerable<string?> ToAsync(IEnumerable<string?> texts, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (string? text in texts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return text;
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task ParseManyAsync_Corpus_GivesTheSequentialResultsInInputOrder(int degree)
    {
        string[] texts = CorpusTexts();
        var expected = texts.Select(t => NewsJson.Serialize(Parser.Parse(t))).ToArray();

        var actual = new List<string>();
        await foreach (var article in Parser.ParseManyAsync(ToAsync(texts), degree))
        {
            actual.Add(NewsJson.Serialize(article));
        }

        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task ParseManyAsync_EndlessSource_PullsAtMostTheWindowAheadOfTheConsumer()
    {
        var counter = new CountingSource();
        int consumed = 0;
        int maxAhead = 0;

        await foreach (var article in Parser.ParseManyAsync(ToAsync(Infinite(counter)), 2))
        {
            Assert.Equal(Numbered(consumed), article.Text);
            consumed++;
            maxAhead = Math.Max(maxAhead, Volatile.Read(ref counter.Pulled) - consumed);
            if (consumed == 200)
            {
                break;
            }
        }

        // The window, plus the one text the source has handed over while the producer waits for a free slot.
        Assert.InRange(maxAhead, 0, (PersianNewsParser.WindowPerWorker * 2) + 1);
    }

    [Fact]
    public async Task ParseManyAsync_Cancelled_ThrowsOperationCanceled()
    {
        using var cts = new CancellationTokenSource();
        int consumed = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var article in Parser.ParseManyAsync(ToAsync(Infinite(new CountingSource())), 2, cts.Token))
            {
                if (++consumed == 20)
                {
                    await cts.CancelAsync();
                }
            }
        });

        Assert.Equal(20, consumed);
    }

    [Fact]
    public async Task ParseManyAsync_NullItem_BecomesAnEmptyArticleInItsPlace()
    {
        var articles = new List<NewsArticle>();
        await foreach (var article in Parser.ParseManyAsync(ToAsync([null, Numbered(1)]), 2))
        {
            articles.Add(article);
        }

        Assert.Equal(DiagnosticCode.EmptyInput, Assert.Single(articles[0].Diagnostics).Code);
        Assert.Equal(Numbered(1), articles[1].Text);
    }

    [Fact]
    public void ParseManyAsync_InvalidArguments_ThrowBeforeEnumeration()
    {
        Assert.Throws<ArgumentNullException>("texts", () => Parser.ParseManyAsync(null!));
        Assert.Throws<ArgumentOutOfRangeException>("maxDegreeOfParallelism", () => Parser.ParseManyAsync(ToAsync([]), 0));
    }
}
