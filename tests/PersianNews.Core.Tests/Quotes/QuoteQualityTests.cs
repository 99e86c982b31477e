using PersianNews.Core.Tests.Corpus;

namespace PersianNews.Core.Tests.Quotes;

/// <summary>
/// Quote quality on the shared corpus, scored like <c>persian-news eval</c> / score.py: floors just under the figures
/// this stage measures, so a regression in quote extraction fails on its own, whatever the other fields do.
/// </summary>
public sealed class QuoteQualityTests
{
    private static EvalMetricsView Measured => new(CorpusEvaluation.Report.Metrics);

    [Fact]
    public void Corpus_AllQuotes_F1AboveFloor() => Assert.True(Measured.M.QuoteF1 >= 0.92, Measured.ToString());

    [Fact]
    public void Corpus_StrictMatches_F1AboveFloor() => Assert.True(Measured.M.QuoteF1Strict >= 0.90, Measured.ToString());

    [Fact]
    public void Corpus_DirectQuotes_F1AboveFloor() => Assert.True(Measured.M.DirectF1 >= 0.95, Measured.ToString());

    [Fact]
    public void Corpus_MatchedQuotes_KindRightAboveFloor() => Assert.True(Measured.M.KindAccuracy >= 0.97, Measured.ToString());

    [Fact]
    public void Corpus_MatchedQuotes_SpeakerRightAboveFloor() => Assert.True(Measured.M.SpeakerAccuracy >= 0.80, Measured.ToString());

    private sealed record EvalMetricsView(PersianNews.Cli.Evaluation.EvalMetrics M)
    {
        public override string ToString() => M.SummaryLine();
    }
}
