using System.Text;
using System.Text.Json;
using PersianNews.Cli;

namespace PersianNews.Core.Tests.Cli;

public sealed class ParseCommandTests : IDisposable
{
    private const string Article = "تهران- ایرنا- وزیر نیرو روز دوشنبه گفت: «ذخایر سدهای کشور بیشتر شده است.»";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "pn-cli-" + Guid.NewGuid().ToString("N"));

    public ParseCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private sealed record RunResult(int ExitCode, string Stdout, string Stderr)
    {
        public string[] StdoutLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        public string[] ErrorLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    private static RunResult RunWithStdin(string stdin, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int code = PersianNews.Cli.Cli.Run(args, new StringReader(stdin), stdout, stderr);
        return new RunResult(code, stdout.ToString(), stderr.ToString());
    }

    private static RunResult Run(params string[] args) => RunWithStdin(string.Empty, args);

    private string Write(string name, string text) => WriteBytes(name, Encoding.UTF8.GetBytes(text));

    private string WriteBytes(string name, byte[] bytes)
    {
        string path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    // An article whose number shows in its text, so order can be checked from the output.
    private static string Numbered(int i) => $"تهران- ایسنا- سخنگوی دولت در نشست شماره {i} گفت: «جلسه بعدی هفته آینده برگزار می‌شود.»";

    [Fact]
    public void Parse_OneFile_WritesOneJsonObject()
    {
        string path = Write("a.txt", Article);

        var result = Run("parse", "--quiet", "--pretty", path);

        Assert.Equal(PersianNews.Cli.Cli.Success, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.Equal(path, doc.RootElement.GetProperty("source").GetString());
        Assert.Equal("irna", doc.RootElement.GetProperty("outlet").GetProperty("id").GetString());
        Assert.Equal(1, doc.RootElement.GetProperty("quotes").GetArrayLength());
    }

    [Fact]
    public void Parse_MissingFile_NamesItOnStderrKeepsGoingAndExitsOne()
    {
        string good = Write("good.txt", Article);
        string missing = Path.Combine(_dir, "missing.txt");

        var result = Run("parse", "--quiet", missing, good);

        Assert.Equal(PersianNews.Cli.Cli.InputFailed, result.ExitCode);
        string error = Assert.Single(result.ErrorLines);
        Assert.Contains(missing, error, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(Assert.Single(result.StdoutLines));
        Assert.Equal(good, doc.RootElement.GetProperty("source").GetString());
    }

    public static TheoryData<string, byte[]> UnreadableFiles => new()
    {
        { "invalid-utf8.txt", [0xD8, 0xAA, 0xD9, 0x87, 0xFF, 0xFE, 0x20] },
        { "binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00] },
    };

    [Theory]
    [MemberData(nameof(UnreadableFiles))]
    public void Parse_FileThatIsNotUtf8Text_IsOneFailureLineNamingIt(string name, byte[] bytes)
    {
        string bad = WriteBytes(name, bytes);
        string good = Write("good.txt", Article);

        var result = Run("parse", "--quiet", bad, good);

        Assert.Equal(PersianNews.Cli.Cli.InputFailed, result.ExitCode);
        Assert.StartsWith("persian-news: " + bad + ": ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Single(result.StdoutLines);
    }

    [Fact]
    public void Parse_EmptyFile_IsAFailedInputNamedOnStderr()
    {
        // Issue 7: an empty file is a bad input like a missing one: one line naming it, exit code 1, no article.
        string path = Write("empty.txt", string.Empty);

        var result = Run("parse", "--quiet", path);

        Assert.Equal(PersianNews.Cli.Cli.InputFailed, result.ExitCode);
        Assert.StartsWith("persian-news: " + path + ": ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Empty(result.StdoutLines);
    }

    [Fact]
    public void Parse_Directory_WritesJsonlOfItsTextFilesRecursivelyInOrdinalOrder()
    {
        string b = Write("b.txt", Numbered(2));
        string a = Write(Path.Combine("sub", "a.txt"), Numbered(1));
        Write("notes.md", "# نه یک خبر");

        var result = Run("parse", "--quiet", _dir);

        Assert.Equal(PersianNews.Cli.Cli.Success, result.ExitCode);
        var sources = result.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("source").GetString()).ToArray();
        Assert.Equal(new[] { b, a }.Order(StringComparer.Ordinal), sources);
    }

    [Fact]
    public void Parse_DirectoryInParallel_KeepsInputOrder()
    {
        for (int i = 0; i < 60; i++)
        {
            Write($"{i:D3}.txt", Numbered(i));
        }

        var result = Run("parse", "--quiet", "--parallel", "2", _dir);

        Assert.Equal(PersianNews.Cli.Cli.Success, result.ExitCode);
        var texts = result.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()).ToArray();
        Assert.Equal(Enumerable.Range(0, 60).Select(Numbered), texts);
    }

    [Fact]
    public void Parse_JsonlFromStdin_ParsesTheTextFieldAndPassesTheOtherFieldsUnderMeta()
    {
        var lines = Enumerable.Range(0, 40).Select(i => JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["id"] = i,
            ["title"] = "تیتر " + i,
            ["body"] = Numbered(i),
            ["tags"] = new[] { "سیاسی" },
        }));

        var result = RunWithStdin(string.Join("\n", lines) + "\n", "parse", "--quiet", "--input", "jsonl", "--text-field", "body", "--parallel", "2", "-");

        Assert.Equal(PersianNews.Cli.Cli.Success, result.ExitCode);
        Assert.Equal(40, result.StdoutLines.Length);
        for (int i = 0; i < 40; i++)
        {
            var root = JsonDocument.Parse(result.StdoutLines[i]).RootElement;
            Assert.Equal(Numbered(i), root.GetProperty("text").GetString());
            var meta = root.GetProperty("meta");
            Assert.Equal(i, meta.GetProperty("id").GetInt32());
            Assert.Equal("تیتر " + i, meta.GetProperty("title").GetString());
            Assert.Equal("سیاسی", meta.GetProperty("tags")[0].GetString());
            Assert.False(meta.TryGetProperty("body", out _));
            Assert.Equal("isna", root.GetProperty("outlet").GetProperty("id").GetString());
        }
    }

    [Fact]
    public void Parse_JsonlFileWithBadLines_ReportsEachByLineAndKeepsGoing()
    {
        string path = Write("in.jsonl", string.Join("\n",
            JsonSerializer.Serialize(new { text = Numbered(1) }),
            "{ not json",
            string.Empty,
            JsonSerializer.Serialize(new { id = 3 }),
            JsonSerializer.Serialize(new { text = 42 }),
            JsonSerializer.Serialize(new { text = Numbered(6) })));
        string output = Path.Combine(_dir, "out.jsonl");

        var result = Run("parse", "--quiet", "--input", "jsonl", "--output", output, path);

        Assert.Equal(PersianNews.Cli.Cli.InputFailed, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(new[] { path + ":2", path + ":4", path + ":5" },
            result.ErrorLines.Select(l => l["persian-news: ".Length..l.IndexOf(": ", "persian-news: ".Length, StringComparison.Ordinal)]));
        var written = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(new[] { Numbered(1), Numbered(6) }, written.Select(r => r.GetProperty("text").GetString()));
        Assert.Equal(path + ":6", written[1].GetProperty("source").GetString());
    }

    [Fact]
    public void Parse_JsonlLineWithInvalidUtf8_IsReportedByLineAndTheOtherLinesAreParsed()
    {
        byte[] good = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { text = Numbered(1) }) + "\r\n");
        string path = WriteBytes("bad.jsonl", [.. good, 0x7B, 0xFF, 0x7D, 0x0A, .. good]);

        var result = Run("parse", "--quiet", "--input", "jsonl", path);

        Assert.Equal(PersianNews.Cli.Cli.InputFailed, result.ExitCode);
        Assert.Equal(2, result.StdoutLines.Length);
        Assert.StartsWith($"persian-news: {path}:2: ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WithoutQuiet_EndsWithASummaryOfArticlesQuotesDiagnosticsAndFailures()
    {
        string a = Write("a.txt", Article);
        string missing = Path.Combine(_dir, "missing.txt");

        var result = Run("parse", a, missing);

        Assert.Equal(PersianNews.Cli.Cli.InputFailed, result.ExitCode);
        Assert.Equal(3, result.ErrorLines.Length);
        Assert.Contains("1 articles, 1 quotes, 1 failures", result.ErrorLines[1], StringComparison.Ordinal);
        Assert.Contains(nameof(DiagnosticCode.HeaderLine) + " 1", result.ErrorLines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AllowFailures_ReportsTheFailureButExitsZero()
    {
        string good = Write("good.txt", Article);

        var result = Run("parse", "--quiet", "--allow-failures", Path.Combine(_dir, "missing.txt"), good);

        Assert.Equal(PersianNews.Cli.Cli.Success, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Single(result.StdoutLines);
    }

    [Fact]
    public void Parse_EmptyJsonlStdin_WritesNothingAndExitsZero()
    {
        var result = RunWithStdin(string.Empty, "parse", "--quiet", "--input", "jsonl", "-");

        Assert.Equal(PersianNews.Cli.Cli.Success, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public void Parse_OutputFileThatCannotBeCreated_IsAUsageError()
    {
        string path = Write("a.txt", Article);

        var result = Run("parse", "--quiet", "--output", Path.Combine(_dir, "no-such-dir", "out.jsonl"), path);

        Assert.Equal(PersianNews.Cli.Cli.UsageError, result.ExitCode);
        Assert.Contains("--output", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ProgressLine_KnownTotal_ShowsRatesAndEta()
        => Assert.Equal("3 files, 100 articles, 50 articles/s, 2.5 MB/s, ETA 00:00:02",
            PersianNews.Cli.Commands.ParseProgress.Format(3, 100, 5_000_000, TimeSpan.FromSeconds(2), 10_000_000));

    [Fact]
    public void ProgressLine_StdinWithUnknownTotal_ShowsNoEta()
        => Assert.EndsWith("ETA ?", PersianNews.Cli.Commands.ParseProgress.Format(1, 10, 1000, TimeSpan.FromSeconds(1), null), StringComparison.Ordinal);

    public static TheoryData<string[]> UsageErrors => new()
    {
        { ["parse", "--parallel", "0", "x.txt"] },
        { ["parse", "--parallel", "-3", "x.txt"] },
        { ["parse", "--input", "xml", "x.txt"] },
        { ["parse", "--no-such-option", "x.txt"] },
        { ["parse"] },
    };

    [Theory]
    [MemberData(nameof(UsageErrors))]
    public void Parse_BadCommandLine_ExitsTwo(string[] args)
    {
        var result = Run(args);

        Assert.Equal(PersianNews.Cli.Cli.UsageError, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.NotEmpty(result.Stderr);
    }

    [Fact]
    public void Parse_TextFromStdin_WritesOneObjectWithoutSource()
    {
        var result = RunWithStdin(Article, "parse", "--quiet", "-");

        Assert.Equal(PersianNews.Cli.Cli.Success, result.ExitCode);
        var root = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.Equal(JsonValueKind.Null, root.GetProperty("source").ValueKind);
        Assert.Equal(Article, root.GetProperty("text").GetString());
    }
}
