using System.Text.Json;

namespace PersianNews.Core.Tests.Evaluation;

/// <summary><c>persian-news eval</c>: scoring from the command line, its output and exit codes.</summary>
public sealed class EvalCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("persian-news-eval-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string GoldDir()
    {
        string gold = Path.Combine(_dir, "gold");
        Directory.CreateDirectory(gold);
        foreach (var (name, json) in SyntheticGoldSet.GoldFiles)
        {
            File.WriteAllText(Path.Combine(gold, name), json);
        }

        return gold;
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = global::PersianNews.Cli.Cli.Run(args, new StringReader(string.Empty), stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Eval_Predictions_PrintsTableAndScorePySummary()
    {
        string predictions = Path.Combine(_dir, "p.jsonl");
        File.WriteAllText(predictions, SyntheticGoldSet.PredictionsJsonl);

        var (code, output, _) = Run("eval", "--gold", GoldDir(), "--predictions", predictions, "--by-file");

        Assert.Equal(0, code);
        Assert.Contains("a.txt gold=3 pred=4 matched=3\n", output, StringComparison.Ordinal);
        Assert.Contains("c.txt gold=1 pred=0 matched=0\n", output, StringComparison.Ordinal);
        Assert.Contains("quotes     0.8000  0.8000  0.8000", output, StringComparison.Ordinal);
        Assert.EndsWith(
            "outlet 0.50 (fp 1.00) | date 0.50 (fp 1.00) | reporters F1 0.67 | sources F1 0.80 | quotes P 0.80 R 0.80 F1 0.80 (strict 0.60) | direct F1 0.40 | speaker 0.50 | kind 0.75\n",
            output.ReplaceLineEndings("\n"),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_Json_PrintsScorePyMetricsObject()
    {
        string predictions = Path.Combine(_dir, "p.jsonl");
        File.WriteAllText(predictions, SyntheticGoldSet.PredictionsJsonl);

        var (code, output, _) = Run("eval", "--gold", GoldDir(), "--predictions", predictions, "--json");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(3, root.GetProperty("articles").GetInt32());
        Assert.Equal(1, root.GetProperty("missing").GetInt32());
        Assert.Equal(0.8, root.GetProperty("quote_f1").GetDouble(), 12);
        Assert.Equal(0.6, root.GetProperty("quote_f1_strict").GetDouble(), 12);
        Assert.Equal(0.75, root.GetProperty("kind_acc").GetDouble(), 12);
        Assert.Contains("\n \"outlet_acc\": 0.5,\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_ArticlesInSeveralDirectories_AreFoundAndParsed()
    {
        string gold = Path.Combine(_dir, "gold");
        Directory.CreateDirectory(gold);
        File.WriteAllText(Path.Combine(gold, "x.json"), """
            { "file": "x.txt", "outlet": { "aliases": ["ایرنا", "خبرگزاری جمهوری اسلامی"], "evidence": "ایرنا" },
              "sources": [], "date": null, "reporters": [],
              "quotes": [ { "kind": "direct", "speaker": "وزیر نیرو", "speakerText": "وزیر نیرو", "cue": "گفت",
                            "text": "ذخایر سدهای کشور ۱۰ درصد بیشتر از پارسال است." } ] }
            """);
        string first = Path.Combine(_dir, "first");
        string second = Path.Combine(_dir, "second");
        Directory.CreateDirectory(first);
        Directory.CreateDirectory(second);
        File.WriteAllText(Path.Combine(second, "x.txt"), "تهران- ایرنا- وزیر نیرو روز دوشنبه گفت: «ذخایر سدهای کشور ۱۰ درصد بیشتر از پارسال است.»");

        var (code, output, error) = Run("eval", "--gold", gold, "--articles", first, "--articles", second, "--json");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(0, doc.RootElement.GetProperty("missing").GetInt32());
        Assert.Equal(1.0, doc.RootElement.GetProperty("outlet_acc").GetDouble());
    }

    [Fact]
    public void Eval_ArticleNotFound_CountsAsMissingAndExitsWithOne()
    {
        string articles = Path.Combine(_dir, "articles");
        Directory.CreateDirectory(articles);

        var (code, output, error) = Run("eval", "--gold", GoldDir(), "--articles", articles, "--json");

        Assert.Equal(1, code);
        Assert.Contains("a.txt: not found", error, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(3, doc.RootElement.GetProperty("missing").GetInt32());
    }

    [Fact]
    public void Eval_InvalidPredictionLine_IsReportedAndExitsWithOne()
    {
        string predictions = Path.Combine(_dir, "p.jsonl");
        File.WriteAllText(predictions, SyntheticGoldSet.PredictionA + "\n{not json\n");

        var (code, _, error) = Run("eval", "--gold", GoldDir(), "--predictions", predictions);

        Assert.Equal(1, code);
        Assert.Contains("p.jsonl:2", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_NeitherArticlesNorPredictions_IsUsageError()
        => Assert.Equal(2, Run("eval", "--gold", GoldDir()).Code);

    [Fact]
    public void Eval_BothArticlesAndPredictions_IsUsageError()
        => Assert.Equal(2, Run("eval", "--gold", GoldDir(), "--articles", _dir, "--predictions", Path.Combine(_dir, "p.jsonl")).Code);

    [Fact]
    public void Eval_MissingGoldDirectory_IsUsageError()
    {
        var (code, _, error) = Run("eval", "--gold", Path.Combine(_dir, "nope"), "--articles", _dir);

        Assert.Equal(2, code);
        Assert.Contains("--gold", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_NoGoldOption_IsUsageError() => Assert.Equal(2, Run("eval", "--articles", _dir).Code);
}
