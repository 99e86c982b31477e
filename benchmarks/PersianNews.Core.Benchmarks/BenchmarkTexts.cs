namespace PersianNews.Core.Benchmarks;

/// <summary>The texts benchmarks run on: the seed and the corpus, read from ../shared beside the checkout.</summary>
public static class BenchmarkTexts
{
    public static string Shared { get; } = FindShared();

    public static string Seed => File.ReadAllText(Path.Combine(Shared, "seeds", "000_4c47832c54e4f7d9.txt"));

    public static string[] Corpus => Directory.GetFiles(Path.Combine(Shared, "corpus", "articles"), "*.txt")
        .Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

    private static string FindShared()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            string candidate = Path.Combine(dir.FullName, "..", "shared");
            if (File.Exists(Path.Combine(dir.FullName, "PersianNews.Core.sln")) && Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }

            dir = dir.Parent;
        }

        throw new InvalidOperationException("../shared (the corpus beside the checkout) was not found above " + AppContext.BaseDirectory);
    }
}
