using BenchmarkDotNet.Attributes;

namespace PersianNews.Core.Benchmarks;

/// <summary>
/// The header stage (date, outlet, byline, credits, title, clutter). It needs a <see cref="ParseContext"/>, so the class
/// also measures the context alone (normalize + offset map + lines): the header's own cost is the difference.
/// </summary>
public class HeaderBenchmarks : NormalizingTextBenchmark
{
    private readonly PersianNormalizer _normalizer = new(PersianNewsOptions.Default.Normalization);
    private readonly HeaderParser _header = new(OutletRegistry.Create(PersianNewsOptions.Default.AdditionalOutlets), CueLexicon.Create(PersianNewsOptions.Default.AdditionalCues));

    /// <summary>Builds the parse context of every text.</summary>
    [Benchmark]
    public int Context()
    {
        int n = 0;
        foreach (string text in Texts)
        {
            using var ctx = new ParseContext(text, text.Length, _normalizer);
            n += ctx.Lines.Length;
        }

        return n;
    }

    /// <summary>Builds the context and runs the header stage on every text.</summary>
    [Benchmark]
    public int ContextAndHeader()
    {
        int n = 0;
        foreach (string text in Texts)
        {
            using var ctx = new ParseContext(text, text.Length, _normalizer);
            _header.Parse(ctx);
            n += ctx.Diagnostics.Count;
        }

        return n;
    }
}
