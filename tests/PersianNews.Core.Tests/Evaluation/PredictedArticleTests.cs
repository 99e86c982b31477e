using System.Text.Json;
using PersianNews.Cli.Evaluation;
using PersianNews.Core.Serialization;

namespace PersianNews.Core.Tests.Evaluation;

/// <summary>
/// <c>eval --articles</c> scores the parsed article in memory; <c>eval --predictions</c> and score.py read its JSON.
/// Both views must be the same, or the two paths (and score.py) would disagree.
/// </summary>
public sealed class PredictedArticleTests
{
    public static TheoryData<string> Articles()
    {
        var data = new TheoryData<string> { TestPaths.Seed };
        foreach (string f in Directory.GetFiles(Path.Combine(TestPaths.Corpus, "articles"), "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(f);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void From_ParsedArticle_EqualsReadingItsJsonContract(string path)
    {
        var article = PersianNewsParser.Default.Parse(File.ReadAllText(path)) with { Source = path };

        var inMemory = PredictedArticle.From(article);
        var fromJson = PredictedArticle.Parse(NewsJson.Serialize(article));

        Assert.Equal(Json(fromJson), Json(inMemory));
    }

    private static string Json(PredictedArticle p) => JsonSerializer.Serialize(p, EvaluationJsonContext.Default.PredictedArticle);
}
