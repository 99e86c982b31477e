using BenchmarkDotNet.Attributes;

namespace PersianNews.Core.Benchmarks;

/// <summary>
/// Whole-article parsing (normalize, header, body, quotes, model) against the memory-speed scan, and against the naive
/// Regex/Replace normalization alone (what most code spends before it has parsed anything).
/// </summary>
public class ParseBenchmarks : NormalizingTextBenchmark
{
    private readonly PersianNewsParser _parser = PersianNewsParser.Default;

    /// <summary>Parses every text of the set.</summary>
    [Benchmark]
    public int Parse()
    {
        int n = 0;
        foreach (string text in Texts)
        {
            n += _parser.Parse(text).Paragraphs.Count;
        }

        return n;
    }
}
