namespace PersianNews.Core.Tests.Dates;

/// <summary>
/// The forms in which Persian news pages print a date, each read in all three digit systems: text → Gregorian day,
/// calendar, time, and how much of the text the date covers.
/// </summary>
public sealed class PersianDateParserTests
{
    private const int Whole = -1;

    // text, Gregorian day, calendar written, time (or null), characters consumed (Whole = the whole text).
    private static readonly (string Text, string Day, CalendarKind Calendar, string? Time, int Consumed)[] ValidForms =
    [
        // ISO fields and timestamps, as scrapers store them.
        ("2025-09-04", "2025-09-04", CalendarKind.Gregorian, null, Whole),
        ("date 2025-09-04", "2025-09-04", CalendarKind.Gregorian, null, Whole),
        ("date: 2025-09-04 خبرگزاری", "2025-09-04", CalendarKind.Gregorian, null, "date: 2025-09-04".Length),
        ("2026-07-19T18:22:38+00:00", "2026-07-19", CalendarKind.Gregorian, "18:22", Whole),
        ("2026-07-19T18:22:38.125+03:30 ", "2026-07-19", CalendarKind.Gregorian, "18:22", "2026-07-19T18:22:38.125+03:30".Length),
        ("2026-07-19T06:05Z", "2026-07-19", CalendarKind.Gregorian, "06:05", Whole),
        ("2025-09-04 18:22", "2025-09-04", CalendarKind.Gregorian, "18:22", Whole),

        // Jalali numeric, year first or day first, with / - . separators.
        ("۱۴۰۴/۰۶/۱۳", "2025-09-04", CalendarKind.Persian, null, Whole),
        ("۱۴۰۴-۰۶-۱۳", "2025-09-04", CalendarKind.Persian, null, Whole),
        ("۱۴۰۴.۶.۱۳", "2025-09-04", CalendarKind.Persian, null, Whole),
        ("۱۳/۰۶/۱۴۰۴", "2025-09-04", CalendarKind.Persian, null, Whole),
        ("۱۳۹۹/۱۲/۳۰", "2021-03-20", CalendarKind.Persian, null, Whole),
        ("۱۴۰۴/۰۶/۱۳ - ۱۰:۲۵", "2025-09-04", CalendarKind.Persian, "10:25", Whole),
        ("سه‌شنبه ۱۴۰۴/۰۶/۱۱", "2025-09-02", CalendarKind.Persian, null, Whole),
        ("۱۴۰۴/۰۶/۱۳ ه.ش", "2025-09-04", CalendarKind.Persian, null, Whole),

        // Jalali with month names, "ماه" and "سال".
        ("۱۳ شهریور ۱۴۰۴", "2025-09-04", CalendarKind.Persian, null, Whole),
        ("۱۳ شهریورماه ۱۴۰۴", "2025-09-04", CalendarKind.Persian, null, Whole),
        ("۱۳ شهریور‌ماه ۱۴۰۴", "2025-09-04", CalendarKind.Persian, null, Whole),
        ("۱۳ شهریور ماه سال ۱۴۰۴", "2025-09-04", CalendarKind.Persian, null, Whole),
        ("۱۳ شهریور ۱۴۰۴ هجری شمسی", "2025-09-04", CalendarKind.Persian, null, Whole),
        ("۱۳ شــهریور ۱۴۰۴", "2025-09-04", CalendarKind.Persian, null, Whole),
        ("۱۳ شهریور ۱۴۰۴، تهران", "2025-09-04", CalendarKind.Persian, null, "۱۳ شهریور ۱۴۰۴".Length),
        ("۱ فروردین ۱۴۰۴", "2025-03-21", CalendarKind.Persian, null, Whole),
        ("۱۷ اردیبهشت ۱۳۹۸", "2019-05-07", CalendarKind.Persian, null, Whole),
        ("۱۷ ارديبهشت ۱۳۹۸", "2019-05-07", CalendarKind.Persian, null, Whole),
        ("۱۷ اردی‌بهشت ۱۳۹۸", "2019-05-07", CalendarKind.Persian, null, Whole),
        ("۲۹ خرداد ۱۴۰۰", "2021-06-19", CalendarKind.Persian, null, Whole),
        ("۱۲ تیر ۱۳۹۹", "2020-07-02", CalendarKind.Persian, null, Whole),
        ("۲ مرداد ۱۴۰۰", "2021-07-24", CalendarKind.Persian, null, Whole),
        ("۷ مهر ۱۴۰۲", "2023-09-29", CalendarKind.Persian, null, Whole),
        ("۱۰ آبان ۱۴۰۲", "2023-11-01", CalendarKind.Persian, null, Whole),
        ("۱ آذر ۱۴۰۲", "2023-11-22", CalendarKind.Persian, null, Whole),
        ("۴ دی ۱۳۹۸", "2019-12-25", CalendarKind.Persian, null, Whole),
        ("۲۲ بهمن ۱۴۰۲", "2024-02-11", CalendarKind.Persian, null, Whole),
        ("۳۰ اسفند ۱۴۰۳", "2025-03-20", CalendarKind.Persian, null, Whole),
        ("۱۳ سنبله ۱۴۰۴", "2025-09-04", CalendarKind.Persian, null, Whole),
        ("۱۳/شهریور/۱۴۰۴", "2025-09-04", CalendarKind.Persian, null, Whole),
        ("۱۳-شهریور-۱۴۰۴", "2025-09-04", CalendarKind.Persian, null, Whole),
        ("۱۲ اسد ۱۴۰۳", "2024-08-02", CalendarKind.Persian, null, Whole),
        ("۱۲ ثور ۱۴۰۳", "2024-05-01", CalendarKind.Persian, null, Whole),
        ("۱۲ امرداد ۱۴۰۳", "2024-08-02", CalendarKind.Persian, null, Whole),
        ("۲ فبروری ۲۰۲۴", "2024-02-02", CalendarKind.Gregorian, null, Whole),
        ("۲ ژوئیه ۲۰۲۴", "2024-07-02", CalendarKind.Gregorian, null, Whole),

        // Weekday before the date, every spelling.
        ("پنجشنبه ۱۳ شهریور ۱۴۰۴", "2025-09-04", CalendarKind.Persian, null, Whole),
        ("پنج‌شنبه ۱۳ شهریور ۱۴۰۴", "2025-09-04", CalendarKind.Persian, null, Whole),
        ("پنج شنبه، ۱۳ شهریور ۱۴۰۴", "2025-09-04", CalendarKind.Persian, null, Whole),
        ("جمعه، ۰۵ شهریور ۱۴۰۰", "2021-08-27", CalendarKind.Persian, null, Whole),
        ("چهارشنبه ۴ دی ۱۳۹۸ - ۱۲:۳۷", "2019-12-25", CalendarKind.Persian, "12:37", Whole),
        ("چهار‌شنبه ۴ دی ۱۳۹۸", "2019-12-25", CalendarKind.Persian, null, Whole),
        ("يکشنبه 23 خرداد 1400 - 23:01", "2021-06-13", CalendarKind.Persian, "23:01", Whole),
        ("يكشنبه ۲۳ خرداد ۱۴۰۰", "2021-06-13", CalendarKind.Persian, null, Whole),
        ("یک‌شنبه ۲۳ خرداد ۱۴۰۰", "2021-06-13", CalendarKind.Persian, null, Whole),
        ("دوشنبه ۸ دی ۱۳۹۸", "2019-12-29", CalendarKind.Persian, null, Whole),
        ("سه شنبه ۹ دی ۱۳۹۸", "2019-12-30", CalendarKind.Persian, null, Whole),
        ("شنبه / ۹ اسفند ۱۳۹۹ / ۱۷:۰۷", "2021-02-27", CalendarKind.Persian, "17:07", Whole),

        // A time before or after the date.
        ("۲۲:۳۶ - ۱۳ اسفند ۱۳۹۹", "2021-03-03", CalendarKind.Persian, "22:36", Whole),
        ("۲۹ خرداد ۱۴۰۰ - ۲۰:۳۸", "2021-06-19", CalendarKind.Persian, "20:38", Whole),
        ("12 تیر 1399, 07:50", "2020-07-02", CalendarKind.Persian, "07:50", Whole),
        ("۱۸ خرداد ۱۴۰۰ - ۱۵:۳۴ - اخبار سیاسی", "2021-06-08", CalendarKind.Persian, "15:34", "۱۸ خرداد ۱۴۰۰ - ۱۵:۳۴".Length),
        ("۱۳ شهریور ۱۴۰۴ ساعت ۱۰:۲۰", "2025-09-04", CalendarKind.Persian, "10:20", Whole),
        ("۱۳ شهریور ۱۴۰۴ - ۰۸:۲۰ ب.ظ", "2025-09-04", CalendarKind.Persian, "20:20", Whole),
        ("۱۳ شهریور ۱۴۰۴ - ۱۲:۱۵ ق.ظ", "2025-09-04", CalendarKind.Persian, "00:15", Whole),
        ("۱۰:۱۸:۳۰ | پنجشنبه ۱۳ شهریور ۱۴۰۴", "2025-09-04", CalendarKind.Persian, "10:18", Whole),
        ("۲ مرداد ۱۴۰۰ - ۲۴ ژوئیه ۲۰۲۱", "2021-07-24", CalendarKind.Persian, null, "۲ مرداد ۱۴۰۰".Length),

        // Gregorian with Persian month names and their variants.
        ("۴ سپتامبر ۲۰۲۵", "2025-09-04", CalendarKind.Gregorian, null, Whole),
        ("۱ ژانویه ۲۰۲۵", "2025-01-01", CalendarKind.Gregorian, null, Whole),
        ("۱ ژانویهٔ ۲۰۲۵", "2025-01-01", CalendarKind.Gregorian, null, Whole),
        ("۱ ژانویۀ ۲۰۲۵", "2025-01-01", CalendarKind.Gregorian, null, Whole),
        ("۱۴ فوریه ۲۰۲۴", "2024-02-14", CalendarKind.Gregorian, null, Whole),
        ("۱۴ فبریه ۲۰۲۴", "2024-02-14", CalendarKind.Gregorian, null, Whole),
        ("۳ مارس ۲۰۲۰", "2020-03-03", CalendarKind.Gregorian, null, Whole),
        ("۱ آوریل ۲۰۲۳", "2023-04-01", CalendarKind.Gregorian, null, Whole),
        ("۱ آپریل ۲۰۲۳", "2023-04-01", CalendarKind.Gregorian, null, Whole),
        ("۵ مه ۲۰۲۱", "2021-05-05", CalendarKind.Gregorian, null, Whole),
        ("۵ می ۲۰۲۱", "2021-05-05", CalendarKind.Gregorian, null, Whole),
        ("۲۱ ژوئن ۲۰۲۱", "2021-06-21", CalendarKind.Gregorian, null, Whole),
        ("۲۱ جون ۲۰۲۱", "2021-06-21", CalendarKind.Gregorian, null, Whole),
        ("۲۴ ژوئیه ۲۰۲۱", "2021-07-24", CalendarKind.Gregorian, null, Whole),
        ("۲۴ جولای ۲۰۲۱", "2021-07-24", CalendarKind.Gregorian, null, Whole),
        ("۱۵ اوت ۲۰۲۱", "2021-08-15", CalendarKind.Gregorian, null, Whole),
        ("۱۵ آگوست ۲۰۲۱", "2021-08-15", CalendarKind.Gregorian, null, Whole),
        ("۱۰ اکتبر ۲۰۲۲", "2022-10-10", CalendarKind.Gregorian, null, Whole),
        ("۱۱ نوامبر ۲۰۲۲", "2022-11-11", CalendarKind.Gregorian, null, Whole),
        ("۳۱ دسامبر ۲۰۲۰ میلادی", "2020-12-31", CalendarKind.Gregorian, null, Whole),
        ("پنجشنبه ۴ سپتامبر ۲۰۲۵ - ۱۸:۲۲", "2025-09-04", CalendarKind.Gregorian, "18:22", Whole),

        // English month names, as scraped metadata prints them.
        ("4 September 2025", "2025-09-04", CalendarKind.Gregorian, null, Whole),
        ("September 4, 2025", "2025-09-04", CalendarKind.Gregorian, null, Whole),
        ("Thursday, Sep 4, 2025 10:20", "2025-09-04", CalendarKind.Gregorian, "10:20", Whole),
        ("Published: Sept. 4 2025", "2025-09-04", CalendarKind.Gregorian, null, Whole),

        // Gregorian numeric: day first (Euronews), month first only when the day-first reading cannot exist.
        ("۲۷/۰۲/۲۰۲۱", "2021-02-27", CalendarKind.Gregorian, null, Whole),
        ("۲۵/۰۸/۲۰۲۱", "2021-08-25", CalendarKind.Gregorian, null, Whole),
        ("۰۸/۲۵/۲۰۲۱", "2021-08-25", CalendarKind.Gregorian, null, Whole),
        ("۰۵/۰۵/۲۰۲۱", "2021-05-05", CalendarKind.Gregorian, null, Whole),
        ("۲۰۲۱/۰۲/۲۷", "2021-02-27", CalendarKind.Gregorian, null, Whole),

        // Hijri lunar with month names, converted with the Umm al-Qura tables.
        ("۱۲ ربیع‌الاول ۱۴۴۷", "2025-09-04", CalendarKind.Hijri, null, Whole),
        ("۱۲ ربیع الاول ۱۴۴۷", "2025-09-04", CalendarKind.Hijri, null, Whole),
        ("۱۲ ربیع الأول ۱۴۴۷ ه.ق", "2025-09-04", CalendarKind.Hijri, null, Whole),
        ("۱۲ ربیع‌الاول ۱۴۴۷ هـ.ق", "2025-09-04", CalendarKind.Hijri, null, Whole),
        ("۱۰ محرم ۱۴۴۷ قمری", "2025-07-05", CalendarKind.Hijri, null, Whole),
        ("۱ رمضان ۱۴۴۶", "2025-03-01", CalendarKind.Hijri, null, Whole),
        ("۱ شوال ۱۴۴۶", "2025-03-30", CalendarKind.Hijri, null, Whole),
        ("۱۰ ذی‌الحجه ۱۴۴۵", "2024-06-16", CalendarKind.Hijri, null, Whole),
        ("۱۰ ذیحجه ۱۴۴۵", "2024-06-16", CalendarKind.Hijri, null, Whole),
        ("۱۰ ذي الحجة ۱۴۴۵", "2024-06-16", CalendarKind.Hijri, null, Whole),
        ("۱ ربیع‌الثانی ۱۴۴۷", ExpectedHijri(1447, 4, 1), CalendarKind.Hijri, null, Whole),
        ("۱ ربیع‌الآخر ۱۴۴۷", ExpectedHijri(1447, 4, 1), CalendarKind.Hijri, null, Whole),
        ("۱ جمادی‌الاول ۱۴۴۷", ExpectedHijri(1447, 5, 1), CalendarKind.Hijri, null, Whole),
        ("۱ جمادی‌الاولی ۱۴۴۷", ExpectedHijri(1447, 5, 1), CalendarKind.Hijri, null, Whole),
        ("۱ جمادی‌الثانی ۱۴۴۷", ExpectedHijri(1447, 6, 1), CalendarKind.Hijri, null, Whole),
        ("۱ جمادی‌الآخره ۱۴۴۷", ExpectedHijri(1447, 6, 1), CalendarKind.Hijri, null, Whole),
        ("۲۷ رجب ۱۴۴۷", ExpectedHijri(1447, 7, 27), CalendarKind.Hijri, null, Whole),
        ("۱۵ شعبان ۱۴۴۶", ExpectedHijri(1446, 8, 15), CalendarKind.Hijri, null, Whole),
        ("۱ صفر ۱۴۴۷", ExpectedHijri(1447, 2, 1), CalendarKind.Hijri, null, Whole),
        ("۱ ذی‌القعده ۱۴۴۶", ExpectedHijri(1446, 11, 1), CalendarKind.Hijri, null, Whole),
        ("۱ ذیقعده ۱۴۴۶", ExpectedHijri(1446, 11, 1), CalendarKind.Hijri, null, Whole),
        ("۱۴۴۷/۰۳/۱۲ ه.ق", "2025-09-04", CalendarKind.Hijri, null, Whole),
        ("۱۲/۰۳/۱۴۴۷ قمری", "2025-09-04", CalendarKind.Hijri, null, Whole),

        // A label before the date is read too (the date's own span starts after it).
        ("تاریخ انتشار: ۱۳ شهریور ۱۴۰۴", "2025-09-04", CalendarKind.Persian, null, Whole),
        ("  به روز شده در: ۲۷/۰۲/۲۰۲۱", "2021-02-27", CalendarKind.Gregorian, null, Whole),
    ];

    public static TheoryData<string, string, CalendarKind, string?, int> Valid
    {
        get
        {
            var data = new TheoryData<string, string, CalendarKind, string?, int>();
            foreach (var (text, day, calendar, time, consumed) in ValidForms)
            {
                foreach (char zero in DateText.DigitSystems)
                {
                    string t = DateText.InDigits(text, zero);
                    data.Add(t, day, calendar, time, consumed == Whole ? t.Length : consumed);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Valid))]
    public void TryParse_PrintedDate_ReadsGregorianDayCalendarTimeAndLength(string text, string day, CalendarKind calendar, string? time, int consumed)
    {
        Assert.True(PersianDateParser.TryParse(text, out var date, out int read), text);
        Assert.Equal(DateOnly.ParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), date.Value);
        Assert.Equal(calendar, date.Calendar);
        Assert.Equal(time, date.Time?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(consumed, read);
        Assert.Equal(text.Substring(date.Start, date.Length), date.Text);
        Assert.Equal(read, date.Start + date.Length);
    }

    public static TheoryData<string> Impossible => Digits(
        "۳۱ اسفند ۱۴۰۳",
        "۳۰ اسفند ۱۴۰۴",
        "۱۴۰۴/۱۳/۰۱",
        "۱۴۰۴/۰۰/۱۰",
        "۳۲ شهریور ۱۴۰۴",
        "۰ مهر ۱۴۰۴",
        "۳۱ مهر ۱۴۰۴",
        "۳۰/۰۲/۲۰۲۱",
        "۳۲/۱۳/۲۰۲۱",
        "2025-02-29",
        "2025-13-01",
        "0000-00-00",
        "date 0000-00-00",
        "۳۱ آوریل ۲۰۲۳",
        "۱ محرم ۱۲۰۰",
        "۱ محرم ۱۶۰۰",
        "۳۰ ربیع‌الاول ۱۹۰۰ ه.ق",
        "۱ مهر ۹۹۹۹",
        "تاریخ انتشار: ۳۱ اسفند ۱۴۰۳");

    [Theory]
    [MemberData(nameof(Impossible))]
    public void TryParse_ImpossibleDate_ReturnsFalseWithoutThrowing(string text)
    {
        Assert.False(PersianDateParser.TryParse(text, out var date, out int consumed));
        Assert.Null(date);
        Assert.Equal(0, consumed);
    }

    [Theory]
    [MemberData(nameof(Impossible))]
    public void TryLocate_ImpossibleDate_ReportsInvalidDateOverItsText(string text)
    {
        string line = "خبر فوری " + text + " پایان";
        Assert.False(DateLocator.TryLocate(line, 0, line.Length, out DateMatch match));
        Assert.Equal(DiagnosticCode.InvalidDate, match.Issue);
        Assert.Equal("خبر فوری ".Length, match.Start);
        Assert.Equal(line.Length - " پایان".Length, match.End);
    }

    public static TheoryData<string> NotDates => Digits(
        "",
        "   ",
        "۱۳ شهریور",
        "روز ۱۳ شهریور",
        "شهریور ۱۴۰۴",
        "۱۲۳۴۵",
        "۱۴۰۴-۱۴۰۵",
        "192.168.1.1",
        "1.2.3.2021",
        "۱/۲/۲۰۲۱/۵",
        "شنبه",
        "شنبه ۱۳",
        "۱۷:۰۷",
        "۲۵:۱۰ - ۱۳ شهریور",
        "کد خبر: ۱۲۳۴۵۶",
        "۲۵ درصد ۱۴۰۰",
        "۱۲۳ شهریور ۱۴۰۴",
        "۱۳ شهریور ۱۴",
        "۱۳/شهریور ۱۴۰۴",
        "۱۳-شهریور/۱۴۰۴",
        "۱۳ دیروز ۱۴۰۴",
        "دیشب",
        "تاریخ انتشار:",
        "date",
        "۱۳/۰۶/۱۴۰",
        "۱۴۰۴/۶-۱۳",
        "may 5 people",
        "Sun 2025");

    [Theory]
    [MemberData(nameof(NotDates))]
    public void TryParse_TextThatIsNotADate_ReturnsFalse(string text)
    {
        Assert.False(PersianDateParser.TryParse(text, out var date, out int consumed));
        Assert.Null(date);
        Assert.Equal(0, consumed);
    }

    [Theory]
    [MemberData(nameof(NotDates))]
    public void TryLocate_TextThatIsNotADate_FindsNothingAndReportsNothing(string text)
    {
        Assert.False(DateLocator.TryLocate(text, 0, text.Length, out DateMatch match));
        Assert.Null(match.Issue);
        Assert.Equal(0, match.Start);
        Assert.Equal(0, match.End);
    }

    public static TheoryData<string, string> Ambiguous => new()
    {
        { "۰۵/۰۸/۲۰۲۱", "2021-08-05" },
        { "05.08.2021", "2021-08-05" },
        { "٠٣-٠٤-٢٠٢٢", "2022-04-03" },
        { "تاریخ: ۱۱/۱۲/۲۰۲۴", "2024-12-11" },
    };

    [Theory]
    [MemberData(nameof(Ambiguous))]
    public void TryLocate_DayAndMonthBothPossible_TakesDayFirstAndReportsAmbiguousDate(string text, string day)
    {
        Assert.True(DateLocator.TryLocate(text, 0, text.Length, out DateMatch match));
        Assert.Equal(DiagnosticCode.AmbiguousDate, match.Issue);
        Assert.Equal(DateOnly.ParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), match.Date!.Value);
        Assert.True(PersianDateParser.TryParse(text, out var parsed, out _));
        Assert.Equal(match.Date.Value, parsed.Value);
    }

    [Theory]
    [InlineData("۲۷/۰۲/۲۰۲۱")]
    [InlineData("۰۸/۲۵/۲۰۲۱")]
    [InlineData("۰۵/۰۵/۲۰۲۱")]
    [InlineData("۱۳/۰۶/۱۴۰۴")]
    [InlineData("۰۵/۰۶/۱۴۰۴")]
    public void TryLocate_OnlyOneReadingExists_ReportsNoAmbiguity(string text)
    {
        Assert.True(DateLocator.TryLocate(text, 0, text.Length, out DateMatch match));
        Assert.Null(match.Issue);
    }

    [Fact]
    public void TryParse_Timestamp_KeepsTheOffsetAndThePrintedTime()
    {
        Assert.True(PersianDateParser.TryParse("2026-07-19T18:22:38+03:30", out var date, out _));
        Assert.Equal(new TimeOnly(18, 22), date.Time);
        Assert.Equal(new TimeSpan(3, 30, 0), date.UtcOffset);
        Assert.True(PersianDateParser.TryParse("2026-07-19T18:22:38Z", out date, out _));
        Assert.Equal(TimeSpan.Zero, date.UtcOffset);
        Assert.True(PersianDateParser.TryParse("۱۳ شهریور ۱۴۰۴ - ۱۰:۲۰", out date, out _));
        Assert.Null(date.UtcOffset);
    }

    [Fact]
    public void TryParse_LabelBeforeDate_DateSpanExcludesTheLabel()
    {
        const string text = "تاریخ انتشار : ۱۳ شهریور ۱۴۰۴";
        Assert.True(PersianDateParser.TryParse(text, out var date, out int consumed));
        Assert.Equal("۱۳ شهریور ۱۴۰۴", date.Text);
        Assert.Equal(text.IndexOf('۱', StringComparison.Ordinal), date.Start);
        Assert.Equal(text.Length, consumed);
    }

    [Fact]
    public void TryParse_DateField_FieldNameIsPartOfTheDate()
    {
        Assert.True(PersianDateParser.TryParse(" date 2025-09-04 ", out var date, out int consumed));
        Assert.Equal("date 2025-09-04", date.Text);
        Assert.Equal(1, date.Start);
        Assert.Equal(16, consumed);
    }

    [Fact]
    public void TryParse_WeekdayThatDoesNotFallOnTheDate_StillReadsTheDate()
    {
        const string text = "جمعه ۱۳ شهریور ۱۴۰۴";
        Assert.True(PersianDateParser.TryParse(text, out var date, out _));
        Assert.Equal(new DateOnly(2025, 9, 4), date.Value);
        Assert.True(DateLocator.TryLocate(text, 0, text.Length, out DateMatch match));
        Assert.True((match.Traits & DateTraits.WeekdayMismatch) != 0);
    }

    [Fact]
    public void TryParse_RawTextWithInvisibleMarks_ReadsTheDate()
    {
        // Bidi marks and a ZWJ, as copied from web pages, do not break the names.
        string text = "\u200Fپنج\u200Cشنبه\u200F ۱۳ شهر\u200Dیور ۱۴۰۴";
        Assert.True(PersianDateParser.TryParse(text, out var date, out _));
        Assert.Equal(new DateOnly(2025, 9, 4), date.Value);
    }

    [Fact]
    public void TryParse_AnyText_NeverThrows()
    {
        const string alphabet = "۰۱۲۳۴۵۶۷۸۹٠١٢٣0123456789/-.:T+Z ‌،,|شهریوراسفندتاریخ انتشاردی مه ربیع الاول يك\u0640\u064Eۀٔ";
        CsCheck.Check.Sample(CsCheck.Gen.String[CsCheck.Gen.Char[alphabet], 0, 60], text =>
        {
            PersianDateParser.TryParse(text, out _, out int consumed);
            Assert.InRange(consumed, 0, text.Length);
            if (DateLocator.TryLocate(text, 0, text.Length, out DateMatch m) || m.Issue is not null)
            {
                Assert.InRange(m.Start, 0, text.Length);
                Assert.InRange(m.End, m.Start, text.Length);
            }
        }, iter: 20_000);
    }

    [Fact]
    public void TryParse_YearsAtTheEdgesOfEachCalendar_NeverThrow()
    {
        foreach (string text in new[] { "9999-12-31", "0001-01-01", "۱ فروردین ۱", "۱۰ دی ۹۳۷۸", "۱ محرم ۱۳۱۸", "۳۰ ذی‌الحجه ۱۵۰۰", "۱ محرم ۱۵۰۱", "۱ محرم ۱۳۱۷" })
        {
            _ = PersianDateParser.TryParse(text, out _, out _);
        }

        Assert.True(PersianDateParser.TryParse("9999-12-31", out var last, out _));
        Assert.Equal(DateOnly.MaxValue, last.Value);
    }

    private static string ExpectedHijri(int y, int m, int d)
        => DateOnly.FromDateTime(new System.Globalization.UmAlQuraCalendar().ToDateTime(y, m, d, 0, 0, 0, 0))
            .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static TheoryData<string> Digits(params string[] texts)
    {
        var data = new TheoryData<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string text in texts)
        {
            foreach (char zero in DateText.DigitSystems)
            {
                string t = DateText.InDigits(text, zero);
                if (seen.Add(t))
                {
                    data.Add(t);
                }
            }
        }

        return data;
    }
}
