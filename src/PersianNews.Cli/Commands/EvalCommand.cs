using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using PersianNews.Cli.Evaluation;
using PersianNews.Core;

namespace PersianNews.Cli.Commands;

/// <summary>
/// <c>persian-news eval</c>: measure the parser (or any JSONL of the parse contract) against gold annotations with the
/// rules of <c>corpus/README.md</c>; every figure agrees with <c>tools/score.py</c>.
/// </summary>
public static class EvalCommand
{
    /// <summary>Builds the <c>eval</c> verb.</summary>
    /// <param name="stdout">Where the report goes.</param>
    /// <param name="stderr">Where unreadable inputs are reported.</param>
    /// <returns>The command.</returns>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var gold = new Option<string>("--gold")
        {
            Description = "Directory of gold annotation files (*.json, the format of corpus/README.md).",
            Required = true,
        };
        var articles = new Option<string[]>("--articles")
        {
            Description = "Directory holding the articles the gold files name (their \"file\"); repeat it to search several directories, in order. The articles are parsed with the default parser.",
            Arity = ArgumentArity.OneOrMore,
        };
        var predictions = new Option<string?>("--predictions")
        {
            Description = "Score an existing JSONL file (the output of 'persian-news parse --format jsonl') instead of parsing; each line's \"source\" file name is matched to a gold \"file\".",
        };
        var byFile = new Option<bool>("--by-file") { Description = "Also print one line per gold file: FILE gold=N pred=N matched=N (quotes)." };
        var json = new Option<bool>("--json") { Description = "Print the metrics as one JSON object (score.py's keys) instead of the table." };

        var command = new Command(
            "eval",
            "Score the parser against gold annotations: outlet and date accuracy (and how often one is invented), reporter, source and quote precision/recall/F1, strict and direct-quote F1, speaker and kind accuracy. " +
            "Prints a table and score.py's one-line summary. Exit codes: 0 scored, 1 some gold file or article could not be read (it counts as missing), 2 usage error.")
        {
            gold, articles, predictions, byFile, json,
        };

        command.SetAction(result =>
        {
            string[] articleDirs = result.GetValue(articles) ?? [];
            string? predictionFile = result.GetValue(predictions);
            if ((articleDirs.Length == 0) == (predictionFile is null))
            {
                throw new UsageException("eval: give either --articles <dir> (repeatable) or --predictions <file.jsonl>.");
            }

            return Run(result.GetValue(gold)!, articleDirs, predictionFile, result.GetValue(byFile), result.GetValue(json), stdout, stderr);
        });

        return command;
    }

    /// <summary>Runs the evaluation and prints the report.</summary>
    /// <param name="goldDir">The gold directory; a missing one is a usage error.</param>
    /// <param name="articleDirs">Directories to find the articles in (empty when <paramref name="predictionFile"/> is given).</param>
    /// <param name="predictionFile">A JSONL file of predictions, or <see langword="null"/> to parse the articles.</param>
    /// <param name="byFile">Whether to print per-file lines.</param>
    /// <param name="json">Whether to print JSON instead of the table.</param>
    /// <param name="stdout">Report output.</param>
    /// <param name="stderr">Error output.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string goldDir, IReadOnlyList<string> articleDirs, string? predictionFile, bool byFile, bool json, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(goldDir);
        ArgumentNullException.ThrowIfNull(articleDirs);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (!Directory.Exists(goldDir))
        {
            throw new UsageException($"eval: --gold: no such directory: {goldDir}");
        }

        foreach (string dir in articleDirs)
        {
            if (!Directory.Exists(dir))
            {
                throw new UsageException($"eval: --articles: no such directory: {dir}");
            }
        }

        int failed = 0;
        var golds = ReadGold(goldDir, stderr, ref failed);

        Dictionary<string, PredictedArticle>? predicted = null;
        if (predictionFile is not null)
        {
            predicted = ReadPredictions(predictionFile, stderr, ref failed);
        }

        var items = new List<(GoldFile, PredictedArticle?)>(golds.Count);
        foreach (var g in golds)
        {
            PredictedArticle? p;
            if (predicted is not null)
            {
                p = predicted.GetValueOrDefault(g.File);
            }
            else
            {
                p = ParseArticle(g.File, articleDirs, stderr, ref failed);
            }

            items.Add((g, p));
        }

        var report = GoldScorer.Default.Score(items);
        if (json)
        {
            stdout.WriteLine(byFile ? WithFiles(report) : report.Metrics.ToPythonJson());
        }
        else
        {
            if (byFile)
            {
                foreach (var f in report.Files)
                {
                    stdout.WriteLine(f.ByFileLine());
                }

                stdout.WriteLine();
            }

            stdout.Write(FormatTable(report, goldDir));
            stdout.WriteLine(report.Metrics.SummaryLine());
        }

        stdout.Flush();
        return failed == 0 ? Cli.Success : Cli.InputFailed;
    }

    /// <summary>The readable table: one row per field with precision, recall, F1, accuracy, false-positive rate and the counts behind them.</summary>
    /// <param name="report">The report.</param>
    /// <param name="goldDir">The gold directory, named in the heading.</param>
    /// <returns>The table, ending with an empty line.</returns>
    public static string FormatTable(EvalReport report, string goldDir)
    {
        ArgumentNullException.ThrowIfNull(report);
        var m = report.Metrics;
        var c = report.Counts;
        var sb = new StringBuilder();
        sb.Append(Invariant($"{c.Articles} gold files in {goldDir}, {c.Missing} without a prediction\n\n"));
        sb.Append(Row("field", "P", "R", "F1", "accuracy", "fp rate", "counts"));
        sb.Append(Row("outlet", null, null, null, m.OutletAccuracy, m.OutletFalsePositiveRate,
            Invariant($"{c.OutletRight}/{c.OutletGold} right; invented for {c.OutletInvented}/{c.OutletNone} without one")));
        sb.Append(Row("date", null, null, null, m.DateAccuracy, m.DateFalsePositiveRate,
            Invariant($"{c.DateRight}/{c.DateGold} right; invented for {c.DateInvented}/{c.DateNone} without one")));
        sb.Append(Row("reporters", m.ReporterPrecision, m.ReporterRecall, m.ReporterF1, null, null,
            Invariant($"{c.ReporterMatched} of {c.ReporterGold} gold found; {c.ReporterPredicted} predicted")));
        sb.Append(Row("sources", m.SourcePrecision, m.SourceRecall, m.SourceF1, null, null,
            Invariant($"{c.SourceMatched} of {c.SourceGold} gold found; {c.SourcePredicted} predicted")));
        sb.Append(Row("quotes", m.QuotePrecision, m.QuoteRecall, m.QuoteF1, null, null,
            Invariant($"{c.QuoteMatched} matched; {c.QuoteGold} gold; {c.QuotePredicted} predicted")));
        sb.Append(Row("quotes≥0.9", Ratio(c.StrictMatched, c.QuotePredicted), Ratio(c.StrictMatched, c.QuoteGold), m.QuoteF1Strict, null, null,
            Invariant($"{c.StrictMatched} matched with overlap ≥ 0.9")));
        sb.Append(Row("direct", m.DirectPrecision, m.DirectRecall, m.DirectF1, null, null,
            Invariant($"{c.DirectMatched} matched; {c.DirectGold} gold; {c.DirectPredicted} predicted")));
        sb.Append(Row("speaker", null, null, null, m.SpeakerAccuracy, null, Invariant($"{c.SpeakerRight}/{c.QuoteMatched} matched quotes")));
        sb.Append(Row("kind", null, null, null, m.KindAccuracy, null, Invariant($"{c.KindRight}/{c.QuoteMatched} matched quotes")));
        sb.Append('\n');
        return sb.ToString();

        static double Ratio(int tp, int n) => n != 0 ? (double)tp / n : 1.0;

        static string Row(string field, object? p, object? r, object? f1, object? acc, object? fp, string counts)
        {
            static string Cell(object? v) => v switch
            {
                null => "-",
                double d => PythonFormat.Fixed(d, 4),
                _ => v.ToString() ?? string.Empty,
            };

            return $"{field,-11}{Cell(p),-8}{Cell(r),-8}{Cell(f1),-8}{Cell(acc),-10}{Cell(fp),-9}{counts}\n";
        }
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static string WithFiles(EvalReport report)
    {
        string metrics = report.Metrics.ToPythonJson();
        var sb = new StringBuilder(metrics, 0, metrics.Length - 2, metrics.Length + (report.Files.Count * 64));
        sb.Append(",\n \"files\": [");
        for (int i = 0; i < report.Files.Count; i++)
        {
            var f = report.Files[i];
            sb.Append(i == 0 ? "\n  " : ",\n  ")
              .Append(Invariant($"{{\"file\": {JsonSerializer.Serialize(f.Gold.File, EvaluationJsonContext.Default.String)}, \"gold\": {f.Counts.QuoteGold}, \"pred\": {f.Counts.QuotePredicted}, \"matched\": {f.Counts.QuoteMatched}}}"));
        }

        return sb.Append("\n ]\n}").ToString();
    }

    private static List<GoldFile> ReadGold(string goldDir, TextWriter stderr, ref int failed)
    {
        // score.py: sorted(f for f in os.listdir(gold) if f.endswith('.json')).
        var paths = Directory.GetFiles(goldDir).Where(f => f.EndsWith(".json", StringComparison.Ordinal)).ToList();
        paths.Sort((a, b) => string.CompareOrdinal(Path.GetFileName(a), Path.GetFileName(b)));
        var golds = new List<GoldFile>(paths.Count);
        foreach (string path in paths)
        {
            var input = InputReader.ReadFile(path);
            if (input.Text is null)
            {
                stderr.WriteLine($"persian-news: {path}: {input.Error}");
                failed++;
                continue;
            }

            try
            {
                golds.Add(GoldFile.Parse(input.Text));
            }
            catch (JsonException ex)
            {
                stderr.WriteLine($"persian-news: {path}: not a gold file: {ex.Message}");
                failed++;
            }
        }

        return golds;
    }

    private static Dictionary<string, PredictedArticle> ReadPredictions(string path, TextWriter stderr, ref int failed)
    {
        var predictions = new Dictionary<string, PredictedArticle>(StringComparer.Ordinal);
        var input = InputReader.ReadFile(path);
        if (input.Text is null)
        {
            stderr.WriteLine($"persian-news: {path}: {input.Error}");
            failed++;
            return predictions;
        }

        int lineNumber = 0;
        foreach (string raw in input.Text.Split('\n'))
        {
            lineNumber++;
            string line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            try
            {
                var p = PredictedArticle.Parse(line);
                predictions[Path.GetFileName(p.Source ?? string.Empty)] = p;
            }
            catch (JsonException ex)
            {
                stderr.WriteLine($"persian-news: {path}:{lineNumber}: not a parse result: {ex.Message}");
                failed++;
            }
        }

        return predictions;
    }

    private static PredictedArticle? ParseArticle(string file, IReadOnlyList<string> dirs, TextWriter stderr, ref int failed)
    {
        foreach (string dir in dirs)
        {
            string path = Path.Combine(dir, file);
            if (!File.Exists(path))
            {
                continue;
            }

            var input = InputReader.ReadFile(path);
            if (input.Text is null)
            {
                stderr.WriteLine($"persian-news: {path}: {input.Error}");
                failed++;
                return null;
            }

            var article = PersianNewsParser.Default.Parse(input.Text) with { Source = path };
            return PredictedArticle.From(article);
        }

        stderr.WriteLine($"persian-news: {file}: not found in {string.Join(", ", dirs)}");
        failed++;
        return null;
    }
}
