using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Running;
using PersianNews.Core.Benchmarks;
using PersianNews.Core.Benchmarks.Guard;

// `-- --guard`: the CI guard (allocation budgets + throughput floor). Anything else: BenchmarkDotNet's switcher
// (e.g. `-- --filter '*' --job short`); GitHub-flavoured Markdown reports are copied to benchmarks/results/.
if (args.Contains("--guard"))
{
    return BenchGuard.Run(args);
}

var config = DefaultConfig.Instance.AddExporter(MarkdownExporter.GitHub);
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
string results = Path.Combine(BenchmarkTexts.RepoRoot, "benchmarks", "results");
foreach (var summary in summaries)
{
    string reports = Path.Combine(summary.ResultsDirectoryPath);
    if (!Directory.Exists(reports))
    {
        continue;
    }

    Directory.CreateDirectory(results);
    foreach (string file in Directory.GetFiles(reports, "*-report-github.md"))
    {
        string name = Path.GetFileName(file).Replace("PersianNews.Core.Benchmarks.", string.Empty, StringComparison.Ordinal);
        File.Copy(file, Path.Combine(results, name), overwrite: true);
    }
}

return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
