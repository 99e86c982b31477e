using System.Collections.Concurrent;
using System.Text;

namespace PersianNews.Core.Benchmarks;

/// <summary>A named set of texts a benchmark runs over, with its size (for the throughput columns).</summary>
/// <param name="Name">The set's name, the value of the benchmarks' <c>Input</c> parameter.</param>
/// <param name="Texts">The texts; one benchmark operation processes all of them.</param>
/// <param name="Articles">How many articles the texts hold (a stream holds several articles in one text).</param>
public sealed record TextSet(string Name, string[] Texts, int Articles)
{
    /// <summary>UTF-16 code units in all texts.</summary>
    public long Chars { get; } = Texts.Sum(t => (long)t.Length);

    /// <summary>UTF-8 bytes of all texts (the size of the files on disk).</summary>
    public long Utf8Bytes { get; } = Texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
}

/// <summary>The texts benchmarks run on: the seed and the corpus, read from ../shared beside the checkout.</summary>
public static class BenchmarkTexts
{
    /// <summary>The seed article alone.</summary>
    public const string SeedSet = "seed";

    /// <summary>Every article of ../shared/corpus/articles, one text each.</summary>
    public const string CorpusSet = "corpus";

    /// <summary>The corpus four times over (288 articles): enough work per operation to amortize starting threads.</summary>
    public const string Corpus4Set = "corpus×4";

    /// <summary>The corpus articles concatenated (blank line between) into one text of at least 1 MiB of UTF-8.</summary>
    public const string Stream1MSet = "1MB";

    /// <summary>The corpus articles concatenated into one text of at least 16 MiB of UTF-8.</summary>
    public const string Stream16MSet = "16MB";

    private static readonly ConcurrentDictionary<string, TextSet> Sets = new(StringComparer.Ordinal);

    /// <summary>The folder ../shared beside the checkout.</summary>
    public static string Shared { get; } = FindShared();

    /// <summary>The repository root (the folder of PersianNews.Core.sln).</summary>
    public static string RepoRoot { get; } = FindRoot();

    /// <summary>The seed article.</summary>
    public static string Seed => File.ReadAllText(Path.Combine(Shared, "seeds", "000_4c47832c54e4f7d9.txt"));

    /// <summary>The corpus articles in ordinal file-name order.</summary>
    public static string[] Corpus => Directory.GetFiles(Path.Combine(Shared, "corpus", "articles"), "*.txt")
        .Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

    /// <summary>A text set by name (cached; the same texts in the benchmark process and in the column's host process).</summary>
    public static TextSet Get(string name) => Sets.GetOrAdd(name, static n => n switch
    {
        SeedSet => new TextSet(n, [Seed], 1),
        CorpusSet => new TextSet(n, Corpus, Corpus.Length),
        Corpus4Set => Repeat(n, Corpus, 4),
        Stream1MSet => Stream(n, 1 << 20),
        Stream16MSet => Stream(n, 16 << 20),
        _ => throw new ArgumentException($"Unknown text set '{n}'.", nameof(name)),
    });

    private static TextSet Repeat(string name, string[] texts, int times)
        => new(name, Enumerable.Repeat(texts, times).SelectMany(t => t).ToArray(), texts.Length * times);

    private static TextSet Stream(string name, int minUtf8Bytes)
    {
        string[] corpus = Corpus;
        var sb = new StringBuilder();
        long bytes = 0;
        int articles = 0;
        while (bytes < minUtf8Bytes)
        {
            string text = corpus[articles % corpus.Length];
            sb.Append(text).Append("\n\n");
            bytes += Encoding.UTF8.GetByteCount(text) + 2;
            articles++;
        }

        return new TextSet(name, [sb.ToString()], articles);
    }

    private static string FindShared() => Path.GetFullPath(Path.Combine(FindRoot(), "..", "shared"));

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PersianNews.Core.sln")) && Directory.Exists(Path.Combine(dir.FullName, "..", "shared")))
            {
                return dir.FullName;
            }

            dir = dir.Parent;
        }

        throw new InvalidOperationException("../shared (the corpus beside the checkout) was not found above " + AppContext.BaseDirectory);
    }
}
