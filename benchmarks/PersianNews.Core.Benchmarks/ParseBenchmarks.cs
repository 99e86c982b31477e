using BenchmarkDotNet.Attributes;

namespace PersianNews.Core.Benchmarks;

/// <summary>Whole-article parsing of the seed article.</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private string _seed = string.Empty;

    [GlobalSetup]
    public void Setup() => _seed = BenchmarkTexts.Seed;

    [Benchmark(Baseline = true, Description = "scan (IndexOfAny «»:)")]
    public int Scan() => _seed.AsSpan().IndexOfAny("«»\u200C") + _seed.AsSpan().LastIndexOfAny("«»:");

    [Benchmark(Description = "Parse seed")]
    public NewsArticle ParseSeed() => PersianNewsParser.Default.Parse(_seed);
}
