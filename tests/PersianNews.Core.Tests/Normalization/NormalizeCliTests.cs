using System.Text;
using PersianNews.Cli.Commands;

namespace PersianNews.Core.Tests.Normalization;

public sealed class NormalizeCliTests
{
    private const string Z = "\u200C";

    [Fact]
    public void Stream_TextLongerThanOneBlock_EqualsWholeTextNormalization()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 4000; i++)
        {
            sb.Append("وزیر  كار ميگويد که تضمینهای لازم داده شده است ").Append(i).Append(".\r\n  می کنند\n");
        }

        string text = sb.ToString();
        var output = new StringWriter();
        NormalizeCommand.Stream(PersianNormalizer.Default, new StringReader(text), output);
        Assert.Equal(PersianNormalizer.Default.Normalize(text), output.ToString());
    }

    [Theory]
    [InlineData(new[] { "normalize", "-" }, "می\u200Cکنند «بله»")]
    [InlineData(new[] { "normalize", "--no-html-entities", "-" }, "می&zwnj;کنند &laquo;بله&raquo;")]
    public void Normalize_HtmlReferencesOnStandardInput_DecodedUnlessSwitchedOff(string[] args, string expected)
    {
        var stdout = new StringWriter();
        int code = PersianNews.Cli.Cli.Run(args, new StringReader("می&zwnj;کنند &laquo;بله&raquo;"), stdout, new StringWriter());
        Assert.Equal(0, code);
        Assert.Equal(expected, stdout.ToString());
    }

    [Theory]
    [InlineData(new[] { "normalize", "-" }, "بند اول\nبند دوم")]
    [InlineData(new[] { "normalize", "--keep-html", "-" }, "<p>بند اول</p><p>بند <b>دوم</b></p>")]
    public void Normalize_HtmlTagsOnStandardInput_RemovedUnlessKept(string[] args, string expected)
    {
        var stdout = new StringWriter();
        int code = PersianNews.Cli.Cli.Run(args, new StringReader("<p>بند اول</p><p>بند <b>دوم</b></p>"), stdout, new StringWriter());
        Assert.Equal(0, code);
        Assert.Equal(expected, stdout.ToString());
    }

    [Fact]
    public void Stream_TagOverLinesAtABlockEnd_EqualsWholeTextNormalization()
    {
        // A tag that goes on over lines is not cut where a block of standard input ends.
        var sb = new StringBuilder();
        for (int i = 0; i < 3000; i++)
        {
            sb.Append("<div\n  class=\"news\"\n  id=\"n").Append(i).Append("\">وزیر كار ميگويد که تضمینهای لازم داده شده است</div>\n");
        }

        string text = sb.ToString();
        var output = new StringWriter();
        NormalizeCommand.Stream(PersianNormalizer.Default, new StringReader(text), output);
        Assert.Equal(PersianNormalizer.Default.Normalize(text), output.ToString());
    }

    [Fact]
    public void EvalZwnjCompare_IdenticalText_CountsEveryHalfSpaceAsFound()
    {
        string original = $"آنها می{Z}گویند که تضمین{Z}های رئیس{Z}جمهور کافی است.";
        var (tp, fp, fn, over) = EvalZwnjCommand.Compare(original, original);
        Assert.Equal((3, 0, 0, 0), (tp, fp, fn, over));
    }

    [Fact]
    public void EvalZwnjCompare_HalfSpaceWhereTheOriginalWasSloppy_IsNotCounted()
    {
        // The original wrote a space where standard orthography wants a half-space.
        var (tp, fp, fn, over) = EvalZwnjCommand.Compare("آنها می کنند و کتاب ها", $"آنها می{Z}کنند و کتاب{Z}ها");
        Assert.Equal((0, 0, 0, 0), (tp, fp, fn, over));
    }

    [Fact]
    public void EvalZwnjCompare_OverJoin_IsAFalsePositive()
    {
        var (tp, fp, fn, over) = EvalZwnjCommand.Compare($"کار انجام شده و می{Z}رود", $"کار انجام{Z}شده و میرود");
        Assert.Equal((0, 1, 1, 1), (tp, fp, fn, over));
    }

    [Fact]
    public void EvalZwnj_DirectoryOfArticles_ScoresBothDamageModes()
    {
        string dir = Directory.CreateTempSubdirectory("eval-zwnj").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "a.txt"),
                $"دولت می{Z}گوید برنامه{Z}های تازه{Z}ای دارد و رئیس{Z}جمهور آن را تأیید کرده{Z}است. کارشناسان می{Z}گویند تضمین{Z}ها کافی نیست.");
            var report = EvalZwnjCommand.Evaluate(dir, ["delete", "space"], 5, PersianNormalizer.Default);
            Assert.Equal(1, report.Articles);
            Assert.All(report.Modes, m => Assert.True(m.F1 > 0.5, $"{m.Mode}: F1 {m.F1}"));
            Assert.StartsWith("articles 1, errors 0 | delete: P ", report.Format(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
