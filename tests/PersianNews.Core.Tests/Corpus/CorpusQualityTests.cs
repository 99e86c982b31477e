using System.Globalization;
using System.Text;
using System.Text.Json;
using PersianNews.Cli.Commands;
using PersianNews.Cli.Evaluation;
using Xunit.Abstractions;

namespace PersianNews.Core.Tests.Corpus;

/// <summary>
/// The whole shared corpus, scored like <c>persian-news eval</c> / score.py, stays at or above the floors in
/// quality-floors.json (the issue targets), so a regression in any field fails the build.
/// </summary>
public sealed class CorpusQualityTests(ITestOutputHelper output)
{
    private static readonly string FloorsPath = Path.Combine(TestPaths.RepoRoot, "tests", "PersianNews.Core.Tests", "Corpus", "quality-floors.json");

    [Fact]
    public void Corpus_EveryGoldFile_HasItsArticle()
    {
        var report = CorpusEvaluation.Report;

        Assert.True(report.Metrics.Articles >= 73, $"only {report.Metrics.Articles} gold files found in {CorpusEvaluation.GoldDir}");
        Assert.Equal(0, report.Metrics.Missing);
    }

    [Fact]
    public void Corpus_Metrics_MeetQualityFloors()
    {
        var report = CorpusEvaluation.Report;
        output.WriteLine(EvalCommand.FormatTable(report, CorpusEvaluation.GoldDir));
        output.WriteLine(report.Metrics.SummaryLine());

        var values = report.Metrics.Entries.ToDictionary(e => e.Name, e => e.Value, StringComparer.Ordinal);
        var (min, max) = ReadFloors();
        var lines = new StringBuilder();
        bool failed = false;
        foreach (var (name, bound, isMin) in min.Select(x => (x.Key, x.Value, true)).Concat(max.Select(x => (x.Key, x.Value, false))))
        {
            Assert.True(values.ContainsKey(name), $"quality-floors.json names an unknown metric '{name}'");
            double measured = values[name];
            bool ok = isMin ? measured >= bound : measured <= bound;
            failed |= !ok;
            lines.Append(CultureInfo.InvariantCulture, $"{(ok ? "  ok " : "FAIL ")}{name,-24} measured {measured:F4} {(isMin ? "floor  " : "ceiling")} {bound:F4}\n");
        }

        output.WriteLine(lines.ToString());
        Assert.False(failed, "corpus quality below the floors of quality-floors.json:\n" + lines + report.Metrics.SummaryLine());
    }

    [Fact]
    public void CorpusHalfSpaces_DeletedOrSpacedThenNormalized_MeetZwnjFloors()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(FloorsPath), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var floors = doc.RootElement.GetProperty("zwnj").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble(), StringComparer.Ordinal);
        Assert.NotEmpty(floors);

        var report = EvalZwnjCommand.Evaluate(Path.Combine(TestPaths.Corpus, "articles"), [.. floors.Keys], 5, PersianNormalizer.Default);
        Assert.True(report.Articles >= 50, $"only {report.Articles} articles with half-spaces found");
        var lines = new StringBuilder();
        bool failed = false;
        foreach (var mode in report.Modes)
        {
            bool ok = mode.F1 >= floors[mode.Mode];
            failed |= !ok;
            lines.Append(CultureInfo.InvariantCulture, $"{(ok ? "  ok " : "FAIL ")}{mode.Mode,-7} F1 {mode.F1:F4} floor {floors[mode.Mode]:F4} (TP {mode.TruePositives}, FP {mode.FalsePositives}, FN {mode.FalseNegatives})\n");
        }

        output.WriteLine(lines.ToString());
        Assert.False(failed, "half-space repair below the floors of quality-floors.json:\n" + lines);
    }

    private static (Dictionary<string, double> Min, Dictionary<string, double> Max) ReadFloors()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(FloorsPath), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        static Dictionary<string, double> Section(JsonElement root, string name)
            => root.TryGetProperty(name, out var section)
                ? section.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble(), StringComparer.Ordinal)
                : [];
        var result = (Section(doc.RootElement, "min"), Section(doc.RootElement, "max"));
        Assert.True(result.Item1.Count + result.Item2.Count > 0, "quality-floors.json sets no floor");
        return result;
    }
}
