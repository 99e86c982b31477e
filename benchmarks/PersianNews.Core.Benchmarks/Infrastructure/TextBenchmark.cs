using BenchmarkDotNet.Attributes;

namespace PersianNews.Core.Benchmarks;

/// <summary>
/// The shape every stage benchmark shares: one operation processes every text of the <see cref="Input"/> set (the
/// seed, each corpus article in turn, or a 1 MB / 16 MB stream), the baseline is a bare vectorized scan of the same
/// texts, and the throughput columns are shown.
/// </summary>
[MemoryDiagnoser]
[ThroughputColumns]
public abstract class TextBenchmark
{
    /// <summary>The text set (see <see cref="BenchmarkTexts"/>).</summary>
    [Params(BenchmarkTexts.SeedSet, BenchmarkTexts.CorpusSet, BenchmarkTexts.Stream1MSet, BenchmarkTexts.Stream16MSet)]
    public string Input { get; set; } = BenchmarkTexts.SeedSet;

    /// <summary>The texts of <see cref="Input"/>.</summary>
    protected string[] Texts { get; private set; } = [];

    /// <summary>Loads the texts; derived classes prepare more in <see cref="Prepare"/>.</summary>
    [GlobalSetup]
    public void Setup()
    {
        Texts = BenchmarkTexts.Get(Input).Texts;
        Prepare();
    }

    /// <summary>Releases what <see cref="Prepare"/> made.</summary>
    [GlobalCleanup]
    public virtual void Cleanup()
    {
    }

    /// <summary>Per-class preparation after the texts are loaded.</summary>
    protected virtual void Prepare()
    {
    }

    /// <summary>The memory-speed limit: a vectorized scan of the same texts.</summary>
    [Benchmark(Baseline = true)]
    public int Scan()
    {
        int n = 0;
        foreach (string text in Texts)
        {
            n += Baselines.Scan(text);
        }

        return n;
    }
}
