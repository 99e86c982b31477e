using System.Globalization;

namespace PersianNews.Core.Tests.Dates;

/// <summary><see cref="PublicationDate"/> as an <see cref="ISpanParsable{TSelf}"/> and <see cref="ISpanFormattable"/> value.</summary>
public sealed class PublicationDateFormatTests
{
    public static TheoryData<string, string, string> Formats => new()
    {
        { "۱۳ شهریور ۱۴۰۴", "2025-09-04", "1404/06/13" },
        { "پنجشنبه ۱۳ شهریور ۱۴۰۴ - ۱۰:۲۰", "2025-09-04 10:20", "1404/06/13" },
        { "۴ سپتامبر ۲۰۲۵", "2025-09-04", "2025/09/04" },
        { "۲۷/۰۲/۲۰۲۱", "2021-02-27", "2021/02/27" },
        { "۱۲ ربیع‌الاول ۱۴۴۷", "2025-09-04", "1447/03/12" },
        { "2026-07-19T18:22:38+00:00", "2026-07-19 18:22", "2026/07/19" },
        { "۳۰ اسفند ۱۴۰۳", "2025-03-20", "1403/12/30" },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void ToString_IsoAndWrittenCalendar_FormatTheDate(string text, string iso, string written)
    {
        var date = PublicationDate.Parse(text, CultureInfo.InvariantCulture);
        Assert.Equal(iso, date.ToString());
        Assert.Equal(iso, date.ToString("o", null));
        Assert.Equal(written, date.ToString("c", CultureInfo.GetCultureInfo("fa-IR")));
        Assert.Equal(iso, $"{date}");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void ParseThroughISpanParsable_AnyForm_GivesTheSameDateAsTryParse(string text, string iso, string written)
    {
        _ = written;
        var viaInterface = ParseVia<PublicationDate>(text);
        Assert.True(PersianDateParser.TryParse(text, out var direct, out _));
        Assert.Equal(direct, viaInterface);
        Assert.StartsWith(iso[..10], viaInterface.ToString(), StringComparison.Ordinal);
        Assert.True(TryParseVia<PublicationDate>(text, out var tried));
        Assert.Equal(direct, tried);
    }

    [Fact]
    public void Parse_NoDate_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => PublicationDate.Parse("بدون تاریخ"));
        Assert.Throws<FormatException>(() => PublicationDate.Parse("۳۱ اسفند ۱۴۰۳".AsSpan()));
        Assert.Throws<ArgumentNullException>(() => PublicationDate.Parse((string)null!));
        Assert.False(PublicationDate.TryParse((string?)null, null, out _));
    }

    [Fact]
    public void TryFormat_DestinationTooShort_ReturnsFalse()
    {
        var date = PublicationDate.Parse("۱۳ شهریور ۱۴۰۴");
        Span<char> small = stackalloc char[5];
        Assert.False(date.TryFormat(small, out _, "c", null));
        Assert.False(date.TryFormat(small, out _, default, null));
        Span<char> enough = stackalloc char[16];
        Assert.True(date.TryFormat(enough, out int written, "c", null));
        Assert.Equal("1404/06/13", enough[..written].ToString());
    }

    private static T ParseVia<T>(string s) where T : ISpanParsable<T> => T.Parse(s.AsSpan(), CultureInfo.InvariantCulture);

    private static bool TryParseVia<T>(string s, out T? result) where T : ISpanParsable<T> => T.TryParse(s.AsSpan(), null, out result);
}
