using BenchmarkDotNet.Attributes;

namespace PersianNews.Core.Benchmarks.Guard;

/// <summary>The guard's throughput check: whole-article Parse over the corpus against the scan of the same texts.</summary>
[MemoryDiagnoser]
[ThroughputColumns]
public class GuardBenchmarks
{
    private string[] _texts = [];

    /// <summary>The text set.</summary>
    [Params(BenchmarkTexts.CorpusSet)]
    public string Input { get; set; } = BenchmarkTexts.CorpusSet;

    /// <summary>Loads the texts.</summary>
    [GlobalSetup]
    public void Setup() => _texts = BenchmarkTexts.Get(Input).Texts;

    /// <summary>The memory-speed limit.</summary>
    [Benchmark(Baseline = true)]
    public int Scan()
    {
        int n = 0;
        foreach (string text in _texts)
        {
            n += Baselines.Scan(text);
        }

        return n;
    }

    /// <summary>Whole-article parsing, one article after another on one core.</summary>
    [Benchmark]
    public int Parse()
    {
        int n = 0;
        foreach (string text in _texts)
        {
            n += PersianNewsParser.Default.Parse(text).Paragraphs.Count;
        }

        return n;
    }
}
