namespace PersianNews.Core.Tests.Robustness;

/// <summary>
/// Inputs the fuzzer (fuzz/, SharpFuzz + AFL++) found to crash or hang, kept as regression tests. Each input is the
/// fuzzer's file decoded as the harness decodes it, written as a C# literal.
/// </summary>
public sealed class FuzzRegressionTests
{
    /// <summary>Found by the date target: a Gregorian date in year 0000 passed the checks and made DateOnly throw.</summary>
    public static TheoryData<string> DateCrashes => new()
    {
        "15 ت 202400000000000000000000000-05-04\uFFFDا\uFFFD000000000\uFFFDد\uFFFD",
        "1500\uFFFD00000-05-04\u007F\u0000\u0000\u0000@د\uFFFD",
        "11 ױ\uFFFD\uFFFD0000-05-04\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD00\u001C00000\u0001\u0001\u0001\u0001Q0000\uFFFD\u0000\u0001\u0000\u0000\uFFFD\uFFFD\uFFFD\uFFFD",
        "0000-05-04",
        "Date: 0000-01-01",
    };

    [Theory]
    [MemberData(nameof(DateCrashes))]
    public void DateParserTryParse_FuzzCrashAtEveryOffset_NeverThrows(string text)
    {
        for (int offset = 0; offset <= text.Length; offset++)
        {
            var span = text.AsSpan(offset);
            if (PersianDateParser.TryParse(span, out var date, out int consumed))
            {
                Assert.True(date.Start >= 0 && date.Start + date.Length <= consumed && consumed <= span.Length);
                Assert.Equal(date.Text, span.Slice(date.Start, date.Length).ToString());
            }
        }
    }

    [Theory]
    [MemberData(nameof(DateCrashes))]
    public void Parse_FuzzDateCrashAsArticle_KeepsTheArticleContract(string text)
    {
        ArticleInvariants.ParseValid(text);
        ArticleInvariants.ParseValid(text + "\nوزیر گفت: «کار ادامه دارد».");
    }

    [Theory]
    [InlineData("0000-05-04")]
    [InlineData("۰۰۰۰-۰۵-۰۴")]
    public void DateParserTryParse_YearZero_IsNoDate(string text)
        => Assert.False(PersianDateParser.TryParse(text, out _, out _));

    /// <summary>
    /// Found by the parser target on a merge of all feature branches (norm, header, quotes, dates): an infinite loop in
    /// quote scanning (QuoteScanner.ScanParagraph → MentionParser.Parse → PhraseTrie.TryMatch). A hang guard, not a
    /// speed measurement: the bound only turns a loop that never ends into a failure instead of a stuck test run.
    /// </summary>
    public static TheoryData<string> Hangs => new()
    {
        // Reduced by hand from the fuzz inputs below: a hyphen inside the speaker's title ("سازمان-هواشناسی").
        "رئیس سازمان-هواشناسی گفت: «بارش ادامه دارد».",
        "به گزارش ایسنا، رئیس سازمان-هواشناسی گفت: «بارش ادامه دارد». ",
        "تکد خبر: ۱۲۳۴۵۶\r\nتاریخ انتشار: ۱۴۰۳\uFFFDان\r\n\uFFFD/۰۲/۱۵ - ۱۰:۳۰\r\nعنوان خبر درباره بارش باران\r\nبه گزارش ایسنا، رئیس سازمان-هواشناسی گفت: «بارش\u200Cها ادامه دارد». ",
        "خبرنگار:تکد خبر: ۱۲۳۴۵۶\r\nثاریخ انتشا\uFFFD\uFFFD\u0003 ۱۴۰۳/۰۲/۱۵ - ۱ۆ ؠا\uFFFD\uFFFD\u0003 ۱۴۰۳/۰۲/۱۵ - ۱۰\r\nعنواٰ:۳بر دره بارش باران\r\nبه گرارش ایسنا، رئیس سا۵ -زمان هواشناسی گفت: «بار\uFFFDم",
        "\uFFFD6666666/\u000B666\u001A¢\u0006\uFFFD\u000E\uFFFD\uFFFD6.-66666\u2013\uFFFD\uFFFD6-6\uFFFD\u0000\u0001\u0000666-6\uFFFD\u0000\u0001\u0000\u0000\uFFFD\u0006\uFFFD\u000E\uFFFD\uFFFD6.رئیس-6666\uFFFDʸ¢\u001C\uFFFD\u000E\uFFFD\uFFFD6.-66\uFFFD¢",
    };

    [Theory]
    [MemberData(nameof(Hangs))]
    public async Task Parse_FuzzHang_FinishesAndKeepsTheArticleContract(string text)
    {
        var parse = Task.Run(() => PersianNewsParser.Default.Parse(text));

        var done = await Task.WhenAny(parse, Task.Delay(TimeSpan.FromSeconds(60)));

        Assert.True(done == parse, "Parse did not finish within a minute on an 80-character input (a loop that never ends)");
        ArticleInvariants.AssertValid(text, await parse);
    }
}
