using PersianNews.Cli.Evaluation;

namespace PersianNews.Core.Tests.Corpus;

/// <summary>Parses the shared corpus (and the seed) with the default parser and scores it against the gold, once per test run.</summary>
internal static class CorpusEvaluation
{
    private static readonly Lazy<EvalReport> LazyReport = new(Evaluate, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string GoldDir => Path.Combine(TestPaths.Corpus, "gold");

    public static EvalReport Report => LazyReport.Value;

    public static GoldFile ReadGold(string fileName) => GoldFile.Parse(File.ReadAllText(Path.Combine(GoldDir, fileName)));

    public static PredictedArticle Parse(string articlePath)
        => PredictedArticle.From(PersianNewsParser.Default.Parse(File.ReadAllText(articlePath)) with { Source = articlePath });

    public static string? FindArticle(string file)
    {
        string[] dirs = [Path.Combine(TestPaths.Corpus, "articles"), Path.GetDirectoryName(TestPaths.Seed)!];
        return dirs.Select(d => Path.Combine(d, file)).FirstOrDefault(File.Exists);
    }

    private static EvalReport Evaluate()
    {
        var golds = Directory.GetFiles(GoldDir, "*.json")
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .Select(f => ReadGold(f!));
        return GoldScorer.Default.Score(golds.Select(g => (g, FindArticle(g.File) is { } path ? Parse(path) : null)));
    }
}
