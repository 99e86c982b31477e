using PersianNews.Cli.Evaluation;

namespace PersianNews.Core.Tests.Corpus;

/// <summary>
/// The seed article against its gold answer, with the matching rules of corpus/README.md (the same scorer as
/// <c>persian-news eval</c>): header fields right, every gold quote found, no quote invented, speakers and kinds right.
/// </summary>
public sealed class SeedGoldTests
{
    private static readonly FileScore Score = GoldScorer.Default.ScoreFile(
        CorpusEvaluation.ReadGold(Path.ChangeExtension(Path.GetFileName(TestPaths.Seed), ".json")),
        CorpusEvaluation.Parse(TestPaths.Seed));

    private static IReadOnlyList<GoldQuote> GoldQuotes => Score.Gold.Quotes ?? [];

    private static IReadOnlyList<PredictedQuote> PredictedQuotes => Score.Prediction!.Quotes ?? [];

    [Fact]
    public void Seed_Outlet_MatchesGold() => Assert.True(Score.OutletRight, $"predicted outlet: {Score.Prediction?.Outlet}");

    [Fact]
    public void Seed_Date_MatchesGold() => Assert.True(Score.DateRight, $"predicted date: {Score.Prediction?.Date}");

    [Fact]
    public void Seed_Reporters_MatchGoldExactly()
    {
        Assert.Equal(Score.Counts.ReporterGold, Score.Counts.ReporterMatched);
        Assert.Equal(Score.Counts.ReporterGold, Score.Counts.ReporterPredicted);
    }

    [Fact]
    public void Seed_Sources_MatchGoldExactly()
    {
        Assert.Equal(Score.Counts.SourceGold, Score.Counts.SourceMatched);
        Assert.Equal(Score.Counts.SourceGold, Score.Counts.SourcePredicted);
    }

    [Fact]
    public void Seed_Quotes_EveryGoldQuoteIsFound()
        => Assert.True(Score.UnmatchedGold.Count == 0, "gold quotes not found:\n" + string.Join("\n", Score.UnmatchedGold.Select(i => $"  [{i}] {GoldQuotes[i].Kind}: {GoldQuotes[i].Text}")));

    [Fact]
    public void Seed_Quotes_NoneInvented()
        => Assert.True(Score.UnmatchedPredicted.Count == 0, "predicted quotes the gold does not have:\n" + string.Join("\n", Score.UnmatchedPredicted.Select(j => $"  [{j}] {PredictedQuotes[j].Kind}: {PredictedQuotes[j].Text}")));

    [Fact]
    public void Seed_Quotes_SpeakersAreRight()
    {
        var wrong = Score.Matches.Where(m => !m.SpeakerRight)
            .Select(m => $"  gold [{m.GoldIndex}] {GoldQuotes[m.GoldIndex].Speaker} <> predicted {PredictedQuotes[m.PredictedIndex].Speaker?.ToString() ?? "(no speaker)"}").ToList();

        Assert.NotEmpty(Score.Matches);
        Assert.True(wrong.Count == 0, "wrong speakers:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void Seed_Quotes_KindsAreRight()
    {
        var wrong = Score.Matches.Where(m => !m.KindRight)
            .Select(m => $"  gold [{m.GoldIndex}] {GoldQuotes[m.GoldIndex].Kind} <> predicted {PredictedQuotes[m.PredictedIndex].Kind}: {GoldQuotes[m.GoldIndex].Text}").ToList();

        Assert.NotEmpty(Score.Matches);
        Assert.True(wrong.Count == 0, "wrong kinds:\n" + string.Join("\n", wrong));
    }
}
