using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace PersianNews.Core.Benchmarks;

/// <summary>
/// A throughput column: the size of the text one operation processes, divided by the mean time. The size comes from
/// the benchmark's <c>Input</c> parameter (a <see cref="TextSet"/> name), so every class that takes an <c>Input</c>
/// gets the columns by adding <see cref="ThroughputColumnsAttribute"/>.
/// </summary>
public abstract class ThroughputColumn(string name, string legend) : IColumn
{
    /// <summary>The parameter that names the text set.</summary>
    public const string InputParameter = "Input";

    /// <inheritdoc/>
    public string Id => GetType().Name;

    /// <inheritdoc/>
    public string ColumnName => name;

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory => 0;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend => legend;

    /// <summary>The text set a benchmark case runs over, or <see langword="null"/> when it has no <c>Input</c>.</summary>
    public static TextSet? TextSetOf(BenchmarkCase benchmarkCase)
        => benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == InputParameter)?.Value is string name ? BenchmarkTexts.Get(name) : null;

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return mean is > 0 && TextSetOf(benchmarkCase) is { } set ? Compute(set, mean.Value).ToString(Format, CultureInfo.InvariantCulture) : "-";
    }

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;

    /// <summary>The column's value for a text set and a mean operation time in nanoseconds.</summary>
    public abstract double Compute(TextSet set, double meanNanoseconds);

    /// <summary>How values are printed.</summary>
    protected virtual string Format => "N1";

    /// <inheritdoc/>
    public override string ToString() => ColumnName;
}

/// <summary>Megabytes (10^6) of UTF-8 input per second.</summary>
public sealed class MegabytesPerSecondColumn() : ThroughputColumn("MB/s", "UTF-8 input megabytes (10^6 bytes) processed per second")
{
    /// <inheritdoc/>
    public override double Compute(TextSet set, double meanNanoseconds) => set.Utf8Bytes / 1e6 / (meanNanoseconds / 1e9);
}

/// <summary>Millions of UTF-16 characters per second.</summary>
public sealed class MegacharsPerSecondColumn() : ThroughputColumn("M chars/s", "Millions of input UTF-16 characters processed per second")
{
    /// <inheritdoc/>
    public override double Compute(TextSet set, double meanNanoseconds) => set.Chars / 1e6 / (meanNanoseconds / 1e9);
}

/// <summary>Nanoseconds per article of input.</summary>
public sealed class NanosecondsPerArticleColumn() : ThroughputColumn("ns/article", "Mean time divided by the number of articles in the input")
{
    /// <inheritdoc/>
    public override double Compute(TextSet set, double meanNanoseconds) => meanNanoseconds / set.Articles;

    /// <inheritdoc/>
    protected override string Format => "N0";
}

/// <summary>Adds the MB/s, M chars/s and ns/article columns to a benchmark class with an <c>Input</c> parameter.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class ThroughputColumnsAttribute() : ColumnConfigBaseAttribute(new MegabytesPerSecondColumn(), new MegacharsPerSecondColumn(), new NanosecondsPerArticleColumn());
