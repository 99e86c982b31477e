using System.Text;
using PersianNews.Cli;

namespace PersianNews.Core.Tests.Robustness;

/// <summary>
/// The command line on bad input: each unreadable input (missing file, directory without *.txt, invalid UTF-8,
/// binary, empty) is one clear line on stderr naming it, the other inputs are still processed, the exit code is
/// 1 (2 for usage errors), and no stack trace is ever printed.
/// </summary>
public sealed class CliRobustnessTests : IDisposable
{
    private const string Good = "تهران- ایرنا- وزیر نیرو گفت: «ذخایر سدها کافی است».";

    private readonly string _dir = Directory.CreateTempSubdirectory("persian-news-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string WriteText(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    private static (int Code, string Out, string Err) Run(params string[] args) => RunWithStdin(string.Empty, args);

    private static (int Code, string Out, string Err) RunWithStdin(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code = PersianNews.Cli.Cli.Run(args, input, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public enum BadInput
    {
        MissingFile,
        DirectoryWithoutTxt,
        InvalidUtf8,
        BinaryFile,
        EmptyFile,
        WhiteSpaceOnlyFile,
    }

    public static TheoryData<BadInput> BadInputs => new()
    {
        BadInput.MissingFile, BadInput.DirectoryWithoutTxt, BadInput.InvalidUtf8, BadInput.BinaryFile, BadInput.EmptyFile, BadInput.WhiteSpaceOnlyFile,
    };

    private string Create(BadInput kind) => kind switch
    {
        BadInput.MissingFile => Path.Combine(_dir, "missing.txt"),
        BadInput.DirectoryWithoutTxt => Path.GetDirectoryName(Write("empty-dir/readme.md", "# نه متن خبر"u8.ToArray()))!,
        BadInput.InvalidUtf8 => Write("latin1.txt", [0xD8, 0xA8, 0x20, 0xC0, 0xAF, 0xFF, 0xFE, 0x41]),
        BadInput.BinaryFile => Write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]),
        BadInput.EmptyFile => Write("empty.txt", []),
        BadInput.WhiteSpaceOnlyFile => WriteText("blank.txt", " \r\n\t\n"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Parse_BadInput_OneLineNamingItAndExitCodeOne(BadInput kind)
    {
        string path = Create(kind);

        var (code, stdout, stderr) = Run("parse", path);

        Assert.Equal(PersianNews.Cli.Cli.InputFailed, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Single(Lines(stderr), l => l.Contains(path, StringComparison.Ordinal));
        AssertNoStackTrace(stderr);
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Parse_BadInputAmongGoodOnes_StillProcessesTheOthers(BadInput kind)
    {
        string first = WriteText("a.txt", Good);
        string bad = Create(kind);
        string last = WriteText("z.txt", Good + "\nاو افزود که کار ادامه دارد.");

        var (code, stdout, stderr) = Run("parse", "--format", "jsonl", first, bad, last);

        Assert.Equal(PersianNews.Cli.Cli.InputFailed, code);
        string[] json = Lines(stdout);
        Assert.Equal(2, json.Length);
        Assert.Contains("a.txt", json[0], StringComparison.Ordinal);
        Assert.Contains("z.txt", json[1], StringComparison.Ordinal);
        Assert.Single(Lines(stderr), l => l.Contains(bad, StringComparison.Ordinal));
        AssertNoStackTrace(stderr);
    }

    [Fact]
    public void Parse_DirectoryWithBadFiles_ReportsEachAndParsesTheRest()
    {
        WriteText("corpus/01.txt", Good);
        Write("corpus/02.txt", [0xC3, 0x28]);
        Write("corpus/03.txt", []);
        WriteText("corpus/sub/04.txt", Good);

        var (code, stdout, stderr) = Run("parse", Path.Combine(_dir, "corpus"));

        Assert.Equal(PersianNews.Cli.Cli.InputFailed, code);
        Assert.Equal(2, Lines(stdout).Length);
        Assert.Single(Lines(stderr), l => l.Contains("02.txt", StringComparison.Ordinal));
        Assert.Single(Lines(stderr), l => l.Contains("03.txt", StringComparison.Ordinal));
        AssertNoStackTrace(stderr);
    }

    [Fact]
    public void Parse_GoodFileWithBom_ExitsZeroWithoutStderr()
    {
        string path = Write("bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Good)]);

        var (code, stdout, stderr) = Run("parse", path);

        Assert.Equal(PersianNews.Cli.Cli.Success, code);
        AssertNoStackTrace(stderr);
        Assert.DoesNotContain("\uFEFF", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HostileButValidText_ExitsZero()
    {
        string path = WriteText("hostile.txt", HostileTexts.Create(HostileText.NulAndControlCharacters).Replace("\0", "", StringComparison.Ordinal)
            + HostileTexts.Create(HostileText.GuillemetsNestedTenThousandDeep));

        var (code, stdout, stderr) = Run("parse", path);

        Assert.Equal(PersianNews.Cli.Cli.Success, code);
        AssertNoStackTrace(stderr);
        Assert.Single(Lines(stdout));
    }

    [Fact]
    public void Parse_EmptyStandardInput_ReportsItAndExitsOne()
    {
        var (code, _, stderr) = RunWithStdin(string.Empty, "parse", "-");

        Assert.Equal(PersianNews.Cli.Cli.InputFailed, code);
        Assert.NotEmpty(Lines(stderr));
        AssertNoStackTrace(stderr);
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Normalize_BadInput_OneLineNamingItAndExitCodeOne(BadInput kind)
    {
        if (kind is BadInput.EmptyFile or BadInput.WhiteSpaceOnlyFile)
        {
            return; // Normalizing an empty text is well defined: it prints nothing.
        }

        string path = Create(kind);

        var (code, _, stderr) = Run("normalize", path);

        Assert.Equal(PersianNews.Cli.Cli.InputFailed, code);
        Assert.Single(Lines(stderr), l => l.Contains(path, StringComparison.Ordinal));
        AssertNoStackTrace(stderr);
    }

    [Fact]
    public void Parse_JsonlLineWithLoneSurrogateEscape_IsOneFailureAndTheOtherLinesAreParsed()
    {
        // Valid JSON that System.Text.Json will not turn into a string: it used to end the whole run.
        string path = WriteText("surrogates.jsonl", "{\"id\":1,\"text\":\"وزیر گفت: «\\ud800 کار»\"}\n{\"id\":2,\"text\":\"\\udc00\"}\n{\"id\":3,\"text\":\"" + Good.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"}\n");

        var (code, stdout, stderr) = Run("parse", "--input", "jsonl", path);

        Assert.Equal(PersianNews.Cli.Cli.InputFailed, code);
        Assert.Contains(":3\"", Assert.Single(Lines(stdout)), StringComparison.Ordinal);
        Assert.Single(Lines(stderr), l => l.Contains("surrogates.jsonl:1:", StringComparison.Ordinal));
        Assert.Single(Lines(stderr), l => l.Contains("surrogates.jsonl:2:", StringComparison.Ordinal));
        AssertNoStackTrace(stderr);
    }

    public static TheoryData<string, bool> Utf16Inputs => new()
    {
        { "UTF-16LE", false }, { "UTF-16BE", false }, { "UTF-16LE", true }, { "UTF-32LE", true },
    };

    [Theory]
    [MemberData(nameof(Utf16Inputs))]
    public void Parse_FileInAnotherUnicodeEncodingWithBom_IsOneFailureNamingTheEncoding(string encoding, bool jsonl)
    {
        Encoding enc = encoding switch
        {
            "UTF-16LE" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            "UTF-16BE" => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
            _ => new UTF32Encoding(bigEndian: false, byteOrderMark: true),
        };
        string text = jsonl ? "{\"text\":\"وزیر گفت\"}\n{\"text\":\"وزیر گفت\"}\n" : Good;
        string path = Write(jsonl ? "wide.jsonl" : "wide.txt", [.. enc.GetPreamble(), .. enc.GetBytes(text)]);

        var (code, stdout, stderr) = jsonl ? Run("parse", "--input", "jsonl", path) : Run("parse", path);

        Assert.Equal(PersianNews.Cli.Cli.InputFailed, code);
        Assert.Equal(string.Empty, stdout);
        string line = Assert.Single(Lines(stderr), l => l.Contains(path, StringComparison.Ordinal));
        Assert.Contains(encoding, line, StringComparison.Ordinal);
        AssertNoStackTrace(stderr);
    }

    [Fact]
    public void Parse_DirectoryWithALinkLoop_ParsesEachFileOnce()
    {
        WriteText("looped/a.txt", Good);
        WriteText("looped/sub/b.txt", Good);
        try
        {
            Directory.CreateSymbolicLink(Path.Combine(_dir, "looped", "sub", "up"), "..");
            Directory.CreateSymbolicLink(Path.Combine(_dir, "looped", "again"), Path.Combine(_dir, "looped", "sub"));
            Directory.CreateSymbolicLink(Path.Combine(_dir, "looped", "nowhere"), Path.Combine(_dir, "missing"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            return; // No symbolic links here (a Windows account without the right): nothing to test.
        }

        var (code, stdout, stderr) = Run("parse", Path.Combine(_dir, "looped"));

        Assert.Equal(PersianNews.Cli.Cli.Success, code);
        string[] json = Lines(stdout);
        Assert.Equal(2, json.Length);
        Assert.Contains(Path.Combine("looped", "a.txt"), json[0], StringComparison.Ordinal);
        Assert.Contains(Path.Combine("looped", "sub", "b.txt"), json[1], StringComparison.Ordinal);
        AssertNoStackTrace(stderr);
    }

    [Fact]
    public void Parse_StandardInputNotUtf8_IsReportedNotReplaced()
    {
        byte[] windows1256 = [0xE6, 0xD2, 0xED, 0xD1, 0x20, 0xDF, 0xDD, 0xCA];

        var (code, stdout, stderr) = RunWithStandardInput(windows1256, "parse", "-");

        Assert.Equal(PersianNews.Cli.Cli.InputFailed, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("-: not valid UTF-8", stderr, StringComparison.Ordinal);
        AssertNoStackTrace(stderr);
    }

    [Fact]
    public void Parse_JsonlStandardInputWithALineNotUtf8_ReportsThatLineAndParsesTheOthers()
    {
        byte[] input = [.. Encoding.UTF8.GetBytes("{\"text\":\"وزیر گفت\"}\n{\"text\":\""), 0xE6, 0xD2, .. Encoding.UTF8.GetBytes("\"}\n{\"text\":\"او گفت\"}\n")];

        var (code, stdout, stderr) = RunWithStandardInput(input, "parse", "--input", "jsonl", "--quiet", "-");

        Assert.Equal(PersianNews.Cli.Cli.InputFailed, code);
        Assert.Equal(2, Lines(stdout).Length);
        Assert.Contains("-:2: not valid UTF-8", Assert.Single(Lines(stderr)), StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_StandardInputNotUtf8_ReportsItAndExitsOne()
    {
        var (code, _, stderr) = RunWithStandardInput([0xE6, 0xD2, 0xED, 0xD1], "normalize", "-");

        Assert.Equal(PersianNews.Cli.Cli.InputFailed, code);
        Assert.Contains("-: not valid UTF-8", stderr, StringComparison.Ordinal);
        AssertNoStackTrace(stderr);
    }

    [Fact]
    public void Parse_StandardInputWithBom_IsParsedWithoutIt()
    {
        var (code, stdout, _) = RunWithStandardInput([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Good)], "parse", "-");

        Assert.Equal(PersianNews.Cli.Cli.Success, code);
        Assert.Contains("ایرنا", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\uFEFF", stdout, StringComparison.Ordinal);
    }

    // "وزیر گفت: «کار ادامه دارد»." as legacy Persian pages store it: Windows-1256, with Arabic yeh (0xED) for ی.
    private static readonly byte[] Windows1256Quote =
        [0xE6, 0xD2, 0xED, 0xD1, 0x20, 0x90, 0xDD, 0xCA, 0x3A, 0x20, 0xAB, 0x98, 0xC7, 0xD1, 0x20, 0xC7, 0xCF, 0xC7, 0xE3, 0xE5,
         0x20, 0xCF, 0xC7, 0xD1, 0xCF, 0xBB, 0x2E];

    [Fact]
    public void Parse_Windows1256FileWithEncodingOption_IsDecodedAndNormalized()
    {
        string path = Write("legacy.txt", Windows1256Quote);

        var (code, stdout, stderr) = Run("parse", "--encoding", "windows-1256", "--quiet", path);

        Assert.Equal(PersianNews.Cli.Cli.Success, code);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains("\"text\":\"کار ادامه دارد\"", stdout, StringComparison.Ordinal);
        Assert.Contains("وزير گفت", stdout, StringComparison.Ordinal);   // spans and "text" are the input as written
    }

    [Fact]
    public void Parse_Windows1256FileWithoutEncodingOption_FailsWithAHint()
    {
        string path = Write("legacy.txt", Windows1256Quote);

        var (code, _, stderr) = Run("parse", "--quiet", path);

        Assert.Equal(PersianNews.Cli.Cli.InputFailed, code);
        Assert.Contains("--encoding windows-1256", Assert.Single(Lines(stderr)), StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_Windows1256StandardInput_WritesPersianLetters()
    {
        var (code, stdout, stderr) = RunWithStandardInput(Windows1256Quote, "normalize", "--encoding", "cp1256", "-");

        Assert.Equal(PersianNews.Cli.Cli.Success, code);
        Assert.Equal(string.Empty, stderr);
        Assert.Equal("وزیر گفت: «کار ادامه دارد».", stdout);
    }

    [Fact]
    public void Parse_Utf16FileWithEncodingOption_IsParsed()
    {
        var utf16 = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        string path = Write("wide.txt", [.. utf16.GetPreamble(), .. utf16.GetBytes(Good)]);

        var (code, stdout, _) = Run("parse", "--encoding", "utf-16", "--quiet", path);

        Assert.Equal(PersianNews.Cli.Cli.Success, code);
        Assert.Contains("ذخایر سدها کافی است", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\uFEFF", stdout, StringComparison.Ordinal);
    }

    // Standard input as the process has it: bytes behind a StandardInput reader.
    private static (int Code, string Out, string Err) RunWithStandardInput(byte[] bytes, params string[] args)
    {
        using var input = new StandardInput(new MemoryStream(bytes));
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code = PersianNews.Cli.Cli.Run(args, input, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public static TheoryData<string[]> UsageErrors => new()
    {
        Array.Empty<string>(),
        new[] { "parse" },
        new[] { "parse", "--format", "xml", "a.txt" },
        new[] { "parse", "--pretty", "--format" },
        new[] { "parse", "--no-such-option", "a.txt" },
        new[] { "frobnicate", "a.txt" },
        new[] { "normalize", "--digits", "Roman", "a.txt" },
        new[] { "parse", "--encoding", "klingon", "a.txt" },
        new[] { "normalize", "--encoding", "klingon", "a.txt" },
        new[] { "parse", "--input", "jsonl", "--encoding", "windows-1256", "a.jsonl" },
    };

    [Theory]
    [MemberData(nameof(UsageErrors))]
    public void Run_UsageError_ExitsTwoWithoutStackTrace(string[] args)
    {
        var (code, _, stderr) = Run(args);

        Assert.Equal(PersianNews.Cli.Cli.UsageError, code);
        Assert.NotEqual(string.Empty, stderr.Trim());
        AssertNoStackTrace(stderr);
    }

    private static string[] Lines(string s) => s.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static void AssertNoStackTrace(string stderr)
    {
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stderr, StringComparison.Ordinal);
    }
}
