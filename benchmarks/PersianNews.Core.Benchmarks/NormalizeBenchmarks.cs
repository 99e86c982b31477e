using System.Text.RegularExpressions;
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
    public string Naive() => NaiveNormalizer.Normalize(_text);
}

/// <summary>The usual way: one Replace or Regex per rule, each a pass over the text and a new string.</summary>
internal static partial class NaiveNormalizer
{
    public static string Normalize(string s)
    {
        s = s.Replace('ي', 'ی').Replace('ى', 'ی').Replace('ك', 'ک').Replace('ة', 'ه');
        s = Diacritics().Replace(s, string.Empty);
        s = s.Replace("\u0640", string.Empty, StringComparison.Ordinal);
        s = Invisible().Replace(s, string.Empty);
        s = s.Replace('\u00A0', ' ').Replace('\u00AC', '\u200C').Replace('\u00AD', '\u200C');
        s = Spaces().Replace(s, " ");
        s = TrailingSpaces().Replace(s, "\n");
        s = ZwnjRuns().Replace(s, "\u200C");
        s = ZwnjBesideSpace().Replace(s, " ");
        s = ZwnjAfterNonJoining().Replace(s, "$1");
        s = MiPrefix().Replace(s, "$1\u200C");
        s = HaSuffix().Replace(s, "$1\u200C$2");
        s = TarSuffix().Replace(s, "$1\u200C$2");
        return s;
    }

    [GeneratedRegex("[\u064B-\u0652\u0670]")]
    private static partial Regex Diacritics();

    [GeneratedRegex("[\uFEFF\u200D\u200E\u200F\u200B\u202A-\u202E\u2066-\u2069]")]
    private static partial Regex Invisible();

    [GeneratedRegex("[ \t]{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(" +\n")]
    private static partial Regex TrailingSpaces();

    [GeneratedRegex("\u200C{2,}")]
    private static partial Regex ZwnjRuns();

    [GeneratedRegex(" ?\u200C ?(?=\\s)|(?<=\\s)\u200C")]
    private static partial Regex ZwnjBesideSpace();

    [GeneratedRegex("([اآأإدذرزژوؤ])\u200C")]
    private static partial Regex ZwnjAfterNonJoining();

    [GeneratedRegex("(?<![\\w\u200C])(ن?می)[ ]?(?=[\u0600-\u06FF]{2,})")]
    private static partial Regex MiPrefix();

    [GeneratedRegex("([\u0600-\u06FF]{2,})[ ]?(ها|های|هایی|هایم|هایت|هایش|هایمان|هایتان|هایشان)(?![\\w\u200C])")]
    private static partial Regex HaSuffix();

    [GeneratedRegex("([\u0600-\u06FF]{2,})[ ]?(تر|ترین)(?![\\w\u200C])")]
    private static partial Regex TarSuffix();
}
