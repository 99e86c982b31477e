using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace PersianNews.Core.Benchmarks.Guard;

/// <summary>
/// The CI guard (<c>-- --guard</c>): exact allocations per operation against the budgets in
/// benchmarks/allocation-budgets.json, the issue's allocation target (bytes allocated per article against the bytes of
/// the strings in the result), and Parse throughput against the vectorized scan measured in the same run. Exit code 0
/// when every budget holds, 1 otherwise. <c>--update-budgets</c> rewrites the file from this run's measurements.
/// </summary>
public static class BenchGuard
{
    /// <summary>Allowed growth over the measured count: 5% plus 1 KiB per operation.</summary>
    public const double MarginFactor = 1.05;

    /// <summary>The fixed part of the margin, in bytes.</summary>
    public const long MarginBytes = 1024;

    /// <summary>
    /// Parse must run at no less than this fraction of the scan's throughput. Generous on purpose: at 0.1.0 Parse runs
    /// at about 1/600 to 1/800 of a vectorized scan on the 2-core CI machine, so the floor catches a quadratic rescan or
    /// per-character allocation (10× and worse), not machine noise. Tighten it as the hot path gets faster.
    /// </summary>
    public const double MinThroughputFraction = 1.0 / 3000;

    /// <summary>The issue's target: bytes allocated per article ≤ 1.5 × result-string bytes + this fixed overhead.</summary>
    public const long TargetOverheadBytes = 4096;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Runs the guard and returns the process exit code.</summary>
    public static int Run(string[] args)
    {
        var clock = Stopwatch.StartNew();
        bool update = args.Contains("--update-budgets");
        string root = BenchmarkTexts.RepoRoot;
        string budgetsPath = Path.Combine(root, "benchmarks", "allocation-budgets.json");
        var report = new StringBuilder();
        var failures = new List<string>();

        Console.WriteLine("== benchmark guard: exact allocations per operation (GC.GetAllocatedBytesForCurrentThread, warm) ==");
        var measured = MeasureAllocations(report);
        if (update)
        {
            WriteBudgets(budgetsPath, measured);
            Console.WriteLine($"budgets written to {budgetsPath} (measured × {MarginFactor.ToString(Inv)} + {MarginBytes} B)");
        }

        CheckBudgets(budgetsPath, measured, failures, report);
        CheckAllocationTarget(report);
        CheckThroughput(failures, report, args.Contains("--no-throughput"));

        report.AppendLine(CultureInfo.InvariantCulture, $"Guard time: {clock.Elapsed.TotalSeconds:0} s.");
        if (args.Contains("--export"))
        {
            string results = Path.Combine(root, "benchmarks", "results");
            Directory.CreateDirectory(results);
            File.WriteAllText(Path.Combine(results, "guard.md"), "# Benchmark guard\n\n" + Environment() + "\n" + report);
        }

        Console.WriteLine();
        Console.WriteLine(report);
        if (failures.Count == 0)
        {
            Console.WriteLine("benchmark guard PASSED");
            return 0;
        }

        foreach (string failure in failures)
        {
            Console.Error.WriteLine("benchmark guard FAILED: " + failure);
        }

        return 1;
    }

    private static string Environment() => string.Create(Inv,
        $"Machine: {System.Environment.ProcessorCount} logical cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, " +
        $"{System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture}; runtime .NET {System.Environment.Version}; " +
        $"BenchmarkDotNet {typeof(BenchmarkRunner).Assembly.GetName().Version}.\n");

    /// <summary>The guarded operations: one operation processes every text of the named set.</summary>
    private static IEnumerable<(string Name, Action Operation)> Operations()
    {
        var parser = PersianNewsParser.Default;
        var normalizer = new PersianNormalizer(PersianNewsOptions.Default.Normalization);
        var header = new HeaderParser(OutletRegistry.Create(PersianNewsOptions.Default.AdditionalOutlets), CueLexicon.Create(PersianNewsOptions.Default.AdditionalCues));
        var quotes = new QuoteExtractor(CueLexicon.Create(PersianNewsOptions.Default.AdditionalCues));
        string[] seed = BenchmarkTexts.Get(BenchmarkTexts.SeedSet).Texts;
        string[] corpus = BenchmarkTexts.Get(BenchmarkTexts.CorpusSet).Texts;
        string[] stream = BenchmarkTexts.Get(BenchmarkTexts.Stream1MSet).Texts;
        string[] normalized = corpus.Select(normalizer.Normalize).ToArray();
        var prepared = corpus.Select(QuoteBenchmarks.PrepareText).ToArray();

        yield return ("normalize/corpus", () => Each(corpus, t => normalizer.Normalize(t)));
        yield return ("dates/corpus", () => Each(normalized, t => DateBenchmarks.FindDates(t)));
        yield return ("context/corpus", () => Each(corpus, t =>
        {
            using var ctx = new ParseContext(t, t.Length, normalizer);
        }));
        yield return ("header/corpus", () => Each(corpus, t =>
        {
            using var ctx = new ParseContext(t, t.Length, normalizer);
            header.Parse(ctx);
        }));
        yield return ("quotes/corpus", () => Each(prepared, p => QuoteBenchmarks.Extract(quotes, p)));
        yield return ("parse/seed", () => Each(seed, t => parser.Parse(t)));
        yield return ("parse/corpus", () => Each(corpus, t => parser.Parse(t)));
        yield return ("parse/1MB", () => Each(stream, t => parser.Parse(t)));
    }

    private static void Each<T>(T[] items, Action<T> action)
    {
        foreach (var item in items)
        {
            action(item);
        }
    }

    private static Dictionary<string, long> MeasureAllocations(StringBuilder report)
    {
        var measured = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (name, operation) in Operations())
        {
            long max = AllocationMeter.BytesPerOperation(operation, out long min, warmupSeconds: 1);
            measured[name] = max;
            Console.WriteLine(string.Create(Inv, $"  {name,-18} {max,14:N0} B/op{(min == max ? string.Empty : $" (varied: min {min:N0})")}"));
        }

        return measured;
    }

    private static void WriteBudgets(string path, Dictionary<string, long> measured)
    {
        var budgets = new JsonObject();
        foreach (var (name, bytes) in measured)
        {
            budgets[name] = new JsonObject { ["measured"] = bytes, ["budget"] = (long)Math.Ceiling(bytes * MarginFactor) + MarginBytes };
        }

        var doc = new JsonObject
        {
            ["comment"] = "Bytes allocated per operation (one operation = every text of the set), measured exactly on a warm thread by " +
                "`dotnet run -c Release --project benchmarks/PersianNews.Core.Benchmarks -- --guard`. budget = measured × 1.05 + 1024. " +
                "Regenerate with `-- --guard --update-budgets` after an intended change and commit this file.",
            ["runtime"] = ".NET " + System.Environment.Version.ToString(),
            ["operations"] = budgets,
        };
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        File.WriteAllText(path, doc.ToJsonString(options) + "\n");
    }

    private static void CheckBudgets(string path, Dictionary<string, long> measured, List<string> failures, StringBuilder report)
    {
        report.AppendLine("## Allocations per operation (exact, warm)\n");
        report.AppendLine("| operation | measured B/op | budget B/op | headroom |");
        report.AppendLine("| --- | ---: | ---: | ---: |");
        if (!File.Exists(path))
        {
            failures.Add($"{path} is missing; create it with `-- --guard --update-budgets` and commit it.");
            return;
        }

        var operations = JsonNode.Parse(File.ReadAllText(path))?["operations"]?.AsObject()
            ?? throw new InvalidDataException(path + " has no \"operations\" object.");
        foreach (var (name, bytes) in measured)
        {
            long? budget = operations[name]?["budget"]?.GetValue<long>();
            if (budget is null)
            {
                failures.Add($"{name}: no budget in {path}; add it with `-- --guard --update-budgets`.");
                report.AppendLine(string.Create(Inv, $"| {name} | {bytes:N0} | (none) | |"));
                continue;
            }

            report.AppendLine(string.Create(Inv, $"| {name} | {bytes:N0} | {budget:N0} | {(budget.Value - bytes) * 100.0 / budget.Value:0.0}% |"));
            if (bytes > budget)
            {
                failures.Add(string.Create(Inv,
                    $"{name} allocates {bytes:N0} B per operation, over its budget of {budget:N0} B (+{(bytes - budget.Value) * 100.0 / budget.Value:0.0}%). " +
                    $"Find the new allocation (dotnet run -c Release --project benchmarks/PersianNews.Core.Benchmarks -- --filter '*' --memory), " +
                    $"or if it is intended, run `-- --guard --update-budgets` and commit benchmarks/allocation-budgets.json."));
            }
        }

        report.AppendLine();
    }

    // The issue's target, reported (not enforced): allocated ≤ 1.5 × result strings + a small fixed overhead.
    private static void CheckAllocationTarget(StringBuilder report)
    {
        var parser = PersianNewsParser.Default;
        long allocated = 0, strings = 0;
        int within = 0, count = 0;
        long worstExcess = long.MinValue;
        foreach (string text in BenchmarkTexts.Get(BenchmarkTexts.CorpusSet).Texts)
        {
            long a = AllocationMeter.BytesPerOperation(() => parser.Parse(text), out _, warmups: 1, runs: 1);
            long s = AllocationMeter.StringBytes(parser.Parse(text), text);
            allocated += a;
            strings += s;
            count++;
            worstExcess = Math.Max(worstExcess, a - (long)(1.5 * s) - TargetOverheadBytes);
            if (a <= (1.5 * s) + TargetOverheadBytes)
            {
                within++;
            }
        }

        string line = string.Create(Inv,
            $"Allocation target (issue 6: allocated per article ≤ 1.5 × bytes of the result's strings + {TargetOverheadBytes} B): " +
            $"corpus of {count} articles allocates {allocated / count:N0} B/article for {strings / count:N0} B/article of result strings, " +
            $"ratio {allocated / (double)strings:0.00}; the worst article is {worstExcess:N0} B over its target; " +
            $"{within}/{count} articles meet the target → {(within == count ? "MET" : "NOT MET")} (reported, not enforced).");
        Console.WriteLine(line);
        report.AppendLine("## Allocation target\n");
        report.AppendLine(line);
        report.AppendLine();
    }

    private static void CheckThroughput(List<string> failures, StringBuilder report, bool skip)
    {
        if (skip)
        {
            return;
        }

        Console.WriteLine("== benchmark guard: Parse vs scan throughput (BenchmarkDotNet, in-process, short job) ==");
        string artifacts = Path.Combine(Path.GetTempPath(), "pn-bench-guard-" + System.Environment.ProcessId.ToString(Inv));
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(5)
            .WithIterationTime(TimeInterval.FromMilliseconds(150))
            .WithId("guard");
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddLogger(ConsoleLogger.Default)
            .AddExporter(MarkdownExporter.GitHub)
            .WithArtifactsPath(artifacts)
            .WithOptions(ConfigOptions.DisableLogFile);
        var summary = BenchmarkRunner.Run<GuardBenchmarks>(config);

        double? Mean(string method) => summary.Reports
            .FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method)?.ResultStatistics?.Mean;

        double? scan = Mean(nameof(GuardBenchmarks.Scan));
        double? parse = Mean(nameof(GuardBenchmarks.Parse));
        report.AppendLine("## Throughput (one core, corpus)\n");
        if (scan is null || parse is null)
        {
            failures.Add("the throughput benchmarks did not produce results (see the BenchmarkDotNet log above).");
            return;
        }

        var set = BenchmarkTexts.Get(BenchmarkTexts.CorpusSet);
        double parseChars = set.Chars / 1e6 / (parse.Value / 1e9);
        double scanChars = set.Chars / 1e6 / (scan.Value / 1e9);
        double fraction = scan.Value / parse.Value;
        string line = string.Create(Inv,
            $"Parse {parseChars:0.0} M chars/s ({set.Utf8Bytes / 1e6 / (parse.Value / 1e9):0.0} MB/s, {parse.Value / set.Articles:N0} ns/article); " +
            $"scan {scanChars:0.0} M chars/s; Parse runs at 1/{1 / fraction:0} of the scan (guard: at least 1/{1 / MinThroughputFraction:0}); " +
            $"issue target ≥ 80 M chars/s: {(parseChars >= 80 ? "MET" : "NOT MET")} (reported, not enforced).");
        Console.WriteLine(line);
        report.AppendLine(line);
        report.AppendLine();
        string md = Directory.Exists(Path.Combine(artifacts, "results"))
            ? Directory.GetFiles(Path.Combine(artifacts, "results"), "*-report-github.md").Select(File.ReadAllText).FirstOrDefault() ?? string.Empty
            : string.Empty;
        report.AppendLine(md);
        if (fraction < MinThroughputFraction)
        {
            failures.Add(string.Create(Inv,
                $"Parse throughput {parseChars:0.0} M chars/s is below 1/{1 / MinThroughputFraction:0} of the scan's {scanChars:0.0} M chars/s measured in the same run: the hot path has regressed badly (look for quadratic rescans or per-character allocation)."));
        }

        try
        {
            Directory.Delete(artifacts, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
