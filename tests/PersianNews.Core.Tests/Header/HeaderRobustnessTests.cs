namespace PersianNews.Core.Tests.Header;

/// <summary>Hostile or degenerate input: the header stage never throws and never loses its spans.</summary>
public sealed class HeaderRobustnessTests
{
    public static TheoryData<string> Hostile => new()
    {
        { new string('ب', 200_000) },
        { string.Concat(Enumerable.Repeat("به گزارش ", 20_000)) },
        { string.Concat(Enumerable.Repeat("کد خبر: 1 ", 20_000)) },
        { string.Concat(Enumerable.Repeat("ایرنا- ", 20_000)) },
        { string.Concat(Enumerable.Repeat("«", 100_000)) },
        { string.Concat(Enumerable.Repeat("تاریخ انتشار: ", 20_000)) },
        { string.Concat(Enumerable.Repeat("1 ", 50_000)) },
        { string.Concat(Enumerable.Repeat("منبع:\n", 20_000)) },
        { "به گزارش" },
        { "ه گزارش" },
        { "ایرنا" },
        { "-" },
        { "خبرنگار:" },
        { "نگارش از" },
        { "@" },
        { "به گزارش ایسنا به نقل از" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Parse_HostileInput_NeverThrowsAndKeepsSpansInRange(string text)
    {
        var article = PersianNewsParser.Default.Parse(text);
        Assert.DoesNotContain(article.Diagnostics, d => d.Code == DiagnosticCode.InternalError);
        foreach (var p in article.Paragraphs)
        {
            Assert.Equal(p.Text, text.Substring(p.Start, p.Length));
        }

        foreach (var d in article.Diagnostics)
        {
            Assert.InRange(d.Start + d.Length, 0, text.Length);
        }
    }
}
