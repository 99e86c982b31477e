using BenchmarkDotNet.Attributes;

namespace PersianNews.Core.Benchmarks;

/// <summary>
/// Quote extraction alone: contexts are normalized, header-parsed and split into body paragraphs once in setup, and
/// each operation runs the quote extractor over them.
/// </summary>
public class QuoteBenchmarks : TextBenchmark
{
    private readonly QuoteExtractor _quotes = new(CueLexicon.Create(PersianNewsOptions.Default.AdditionalCues));
    private Prepared[] _prepared = [];

    internal sealed record Prepared(ParseContext Context, Line[] Paragraphs, int Diagnostics);

    /// <inheritdoc/>
    protected override void Prepare() => _prepared = Texts.Select(PrepareText).ToArray();

    private static readonly HeaderParser Header = new(OutletRegistry.Create(PersianNewsOptions.Default.AdditionalOutlets), CueLexicon.Create(PersianNewsOptions.Default.AdditionalCues));

    /// <summary>Builds the context of a text up to (not including) quote extraction, as the parser does.</summary>
    internal static Prepared PrepareText(string text)
    {
        var ctx = new ParseContext(text, text.Length, new PersianNormalizer(PersianNewsOptions.Default.Normalization));
        Header.Parse(ctx);
        BodyBuilder.Build(ctx, out var paragraphs);
        return new Prepared(ctx, paragraphs, ctx.Diagnostics.Count);
    }

    /// <inheritdoc/>
    public override void Cleanup()
    {
        foreach (var p in _prepared)
        {
            p.Context.Dispose();
        }
    }

    /// <summary>Extracts the quotes of every prepared text.</summary>
    [Benchmark]
    public int Quotes()
    {
        int n = 0;
        foreach (var p in _prepared)
        {
            n += Extract(_quotes, p);
        }

        return n;
    }

    /// <summary>Runs the extractor once; diagnostics it adds are dropped so repeated runs see the same context.</summary>
    internal static int Extract(QuoteExtractor extractor, Prepared p)
    {
        int n = extractor.Extract(p.Context, p.Paragraphs).Count;
        if (p.Context.Diagnostics.Count > p.Diagnostics)
        {
            p.Context.Diagnostics.RemoveRange(p.Diagnostics, p.Context.Diagnostics.Count - p.Diagnostics);
        }

        return n;
    }
}
