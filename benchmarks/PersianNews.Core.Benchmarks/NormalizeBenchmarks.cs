using BenchmarkDotNet.Attributes;

namespace PersianNews.Core.Benchmarks;

/// <summary>
/// Normalization of the whole corpus (all articles concatenated, ~350 K chars, one operation): our one-pass normalizer
/// into a preallocated buffer (with and without the offset map, and without half-space repair), against the
/// memory-speed limit (the bare vectorized IndexOfAny scan every benchmark class uses as its baseline) and what most
/// code does (a chain of Regex.Replace and string.Replace calls for the same rules). The throughput columns divide the
/// corpus size by the mean time.
/// </summary>
[MemoryDiagnoser]
[ThroughputColumns]
public class NormalizeBenchmarks
{
    private string _text = string.Empty;
    private char[] _destination = [];
    private int[] _map = [];
    private PersianNormalizer _noRepair = PersianNormalizer.Default;

    /// <summary>The text set: the corpus, concatenated into one text.</summary>
    [Params(BenchmarkTexts.CorpusSet)]
    public string Input { get; set; } = BenchmarkTexts.CorpusSet;

    [GlobalSetup]
    public void Setup()
    {
        _text = string.Concat(BenchmarkTexts.Get(Input).Texts);
        _destination = new char[PersianNormalizer.GetMaxNormalizedLength(_text.Length)];
        _map = new int[_destination.Length];
        _noRepair = new PersianNormalizer(PersianNormalizerOptions.Default with { RepairZwnj = false });
        PersianNormalizer.Default.TryNormalize(_text, _destination, out _);
    }

    [Benchmark(Baseline = true, Description = "scan: IndexOfAny over the text")]
    public int Scan() => Baselines.Scan(_text);

    [Benchmark(Description = "TryNormalize (all rules)")]
    public int TryNormalize()
    {
        PersianNormalizer.Default.TryNormalize(_text, _destination, out int written);
        return written;
    }

    [Benchmark(Description = "TryNormalize + offset map")]
    public int TryNormalizeWithMap()
    {
        PersianNormalizer.Default.TryNormalize(_text, _destination, _map, out int written);
        return written;
    }

    [Benchmark(Description = "TryNormalize, no ZWNJ repair")]
    public int TryNormalizeNoRepair()
    {
        _noRepair.TryNormalize(_text, _destination, out int written);
        return written;
    }

    [Benchmark(Description = "naive Regex/Replace chain")]
    public string Naive() => Baselines.NaiveNormalize(_text);
}
