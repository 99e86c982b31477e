using BenchmarkDotNet.Attributes;

namespace PersianNews.Core.Benchmarks;

/// <summary>
/// A <see cref="TextBenchmark"/> whose stage includes normalization, so it also shows what most code spends on
/// normalizing alone, the naive way (<see cref="Baselines.NaiveNormalize"/>), before it has parsed anything.
/// </summary>
public abstract class NormalizingTextBenchmark : TextBenchmark
{
    /// <summary>Only normalizes, the naive way.</summary>
    [Benchmark]
    public int NaiveNormalize()
    {
        int n = 0;
        foreach (string text in Texts)
        {
            n += Baselines.NaiveNormalize(text).Length;
        }

        return n;
    }
}
