using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using PersianNews.Core.Testing;

namespace PersianNews.Core.Benchmarks;

/// <summary>
/// Linear time: parsing 1, 4, 16 and 64 Mi characters of normal news text and of adversarial text. The "Time/MB"
/// column (mean time divided by the size) must stay flat as the size grows; a super-linear stage shows as a
/// growing Time/MB. Slow (minutes): run with a short job, e.g.
/// <c>dotnet run -c Release -- --filter *InputSizeScaling* --warmupCount 1 --iterationCount 3 --launchCount 1</c>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class InputSizeScalingBenchmarks
{
    /// <summary>One "MB" here is 2^20 UTF-16 characters.</summary>
    public const int Mega = 1 << 20;

    private PersianNewsParser _parser = PersianNewsParser.Default;
    private string _text = string.Empty;

    /// <summary>The kinds of text.</summary>
    public enum TextKind
    {
        /// <summary>The corpus articles, concatenated and repeated.</summary>
        NormalCorpus,

        /// <summary>A stream of «.</summary>
        GuillemetStream,

        /// <summary>"گفت: «" repeated: every position opens a direct quote that never closes.</summary>
        SaidColonOpenQuote,

        /// <summary>Words of 1 Mi letters each.</summary>
        OneMegabyteWords,

        /// <summary>"ها " repeated: a ZWNJ-repair candidate at every word.</summary>
        PluralSuffix,

        /// <summary>Digits of three systems and slashes: date-like tokens everywhere.</summary>
        DigitsAndSlashes,

        /// <summary>A new person quoted every 40 characters, then a pronoun: the speaker tables grow with the input.</summary>
        DistinctSpeakers,

        /// <summary>"او گفت که ... و افزود که" with no sentence end: a reported clause every few words.</summary>
        IndirectCuesWithoutSentenceEnd,
    }

    [Params(1, 4, 16, 64)]
    public int SizeMB { get; set; }

    [ParamsAllValues]
    public TextKind Kind { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        int length = SizeMB * Mega;
        _parser = new PersianNewsParser(PersianNewsOptions.Default with { MaxInputLength = Math.Max(length, PersianNewsOptions.DefaultMaxInputLength) });
        _text = Create(Kind, length);
    }

    [Benchmark(Description = "Parse")]
    public NewsArticle Parse() => _parser.Parse(_text);

    /// <summary>Builds a text of exactly <paramref name="length"/> characters.</summary>
    public static string Create(TextKind kind, int length) => kind switch
    {
        TextKind.NormalCorpus => Fill(string.Join("\n\n", BenchmarkTexts.Corpus) + "\n\n", length),
        TextKind.GuillemetStream => new string('«', length),
        TextKind.SaidColonOpenQuote => Fill("گفت: «", length),
        TextKind.OneMegabyteWords => Fill(new string('ب', Mega - 1) + " ", length),
        TextKind.PluralSuffix => Fill("ها ", length),
        TextKind.DigitsAndSlashes => Fill("۱۴۰۳/۰۲/۱۵/2024/05/04/١٤٠٢/", length),
        TextKind.DistinctSpeakers => MadeUpNames.Numbered(i => $"{MadeUpNames.GivenNames[i % MadeUpNames.GivenNames.Length]} {MadeUpNames.Surname(i)} گفت: «کار ادامه دارد.» او افزود که بله. ", length),
        TextKind.IndirectCuesWithoutSentenceEnd => Fill("او گفت که کار ادامه دارد و افزود که ", length),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static string Fill(string unit, int length)
    {
        var sb = new StringBuilder(length);
        while (sb.Length + unit.Length <= length)
        {
            sb.Append(unit);
        }

        return sb.Append(unit.AsSpan(0, length - sb.Length)).ToString();
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new TimePerMegabyteColumn());
    }

    /// <summary>Mean time divided by <see cref="SizeMB"/>.</summary>
    private sealed class TimePerMegabyteColumn : IColumn
    {
        public string Id => nameof(TimePerMegabyteColumn);

        public string ColumnName => "Time/MB";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Statistics;

        public int PriorityInCategory => 10;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Time;

        public string Legend => "Mean time per 2^20 characters of input (flat = linear time)";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var stats = summary[benchmarkCase]?.ResultStatistics;
            object? size = benchmarkCase.Parameters[nameof(SizeMB)];
            if (stats is null || size is not int mb || mb <= 0)
            {
                return "NA";
            }

            return (stats.Mean / mb / 1e6).ToString("0.00", CultureInfo.InvariantCulture) + " ms";
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
