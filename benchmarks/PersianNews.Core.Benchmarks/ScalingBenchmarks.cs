using BenchmarkDotNet.Attributes;

namespace PersianNews.Core.Benchmarks;

/// <summary>
/// <see cref="PersianNewsParser.ParseMany(IEnumerable{string}, int)"/> with 1 and 2 workers over the corpus four times
/// over (288 articles per operation): the ratio column is the parallel speedup's inverse.
/// </summary>
[MemoryDiagnoser]
[ThroughputColumns]
public class ScalingBenchmarks
{
    private readonly PersianNewsParser _parser = PersianNewsParser.Default;
    private string[] _texts = [];

    /// <summary>The text set.</summary>
    [Params(BenchmarkTexts.Corpus4Set)]
    public string Input { get; set; } = BenchmarkTexts.Corpus4Set;

    /// <summary>Loads the texts.</summary>
    [GlobalSetup]
    public void Setup() => _texts = BenchmarkTexts.Get(Input).Texts;

    /// <summary>One worker (parses on the calling thread).</summary>
    [Benchmark(Baseline = true)]
    public int OneThread() => Run(1);

    /// <summary>Two workers.</summary>
    [Benchmark]
    public int TwoThreads() => Run(2);

    private int Run(int degree)
    {
        int n = 0;
        foreach (var article in _parser.ParseMany(_texts, degree))
        {
            n += article.Quotes.Count;
        }

        return n;
    }
}
