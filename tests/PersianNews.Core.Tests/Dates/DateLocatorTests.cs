namespace PersianNews.Core.Tests.Dates;

/// <summary>
/// Finding dates inside header lines: where they start, what their label says, and what the header stage needs to tell
/// a publication date from an update time, a scrape time or the date of an event in a sentence.
/// </summary>
public sealed class DateLocatorTests
{
    // line, text of the whole match (label + date), text of the date itself, label, Gregorian day.
    public static TheoryData<string, string, string, string, string> Located => new()
    {
        { "کد خبر : ۱۰۹۳۸۷ تاریخ انتشار : چهارشنبه ۴ دی ۱۳۹۸ - ۱۲:۳۷ به گزارش خبرنگار ما", "تاریخ انتشار : چهارشنبه ۴ دی ۱۳۹۸ - ۱۲:۳۷", "چهارشنبه ۴ دی ۱۳۹۸ - ۱۲:۳۷", nameof(DateLabel.Publication), "2019-12-25" },
        { "تاریخ انتشار: ۱۷ اردیبهشت ۱۳۹۸ - ۱۸:۲۳ در نشست امروز", "تاریخ انتشار: ۱۷ اردیبهشت ۱۳۹۸ - ۱۸:۲۳", "۱۷ اردیبهشت ۱۳۹۸ - ۱۸:۲۳", nameof(DateLabel.Publication), "2019-05-07" },
        { "نگارش از یورونیوز فارسی • به روز شده در: ۲۷/۰۲/۲۰۲۱ وزیر خارجه", "به روز شده در: ۲۷/۰۲/۲۰۲۱", "۲۷/۰۲/۲۰۲۱", nameof(DateLabel.Update), "2021-02-27" },
        { "به‌روز شده در ۲۷/۰۲/۲۰۲۱", "به‌روز شده در ۲۷/۰۲/۲۰۲۱", "۲۷/۰۲/۲۰۲۱", nameof(DateLabel.Update), "2021-02-27" },
        { "آخرین به‌روزرسانی: ۱۴۰۴/۰۶/۱۴ ۰۹:۱۰", "آخرین به‌روزرسانی: ۱۴۰۴/۰۶/۱۴ ۰۹:۱۰", "۱۴۰۴/۰۶/۱۴ ۰۹:۱۰", nameof(DateLabel.Update), "2025-09-05" },
        { "به‌روزرسانی: ۱۴۰۴/۰۶/۱۴", "به‌روزرسانی: ۱۴۰۴/۰۶/۱۴", "۱۴۰۴/۰۶/۱۴", nameof(DateLabel.Update), "2025-09-05" },
        { "تاریخ: ۱۳ شهریور ۱۴۰۴", "تاریخ: ۱۳ شهریور ۱۴۰۴", "۱۳ شهریور ۱۴۰۴", nameof(DateLabel.Publication), "2025-09-04" },
        { "تاريخ انتشار :۱۳ شهریور ۱۴۰۴", "تاريخ انتشار :۱۳ شهریور ۱۴۰۴", "۱۳ شهریور ۱۴۰۴", nameof(DateLabel.Publication), "2025-09-04" },
        { "date 2025-09-04 باشگاه خبرنگاران جوان؛ نام خبرنگار -", "date 2025-09-04", "date 2025-09-04", nameof(DateLabel.Publication), "2025-09-04" },
        { "تاریخ دسترسی: ۲۰ آذر ۱۴۰۴", "تاریخ دسترسی: ۲۰ آذر ۱۴۰۴", "۲۰ آذر ۱۴۰۴", nameof(DateLabel.Other), "2025-12-11" },
        { "عکس از بازار تهران۲ مرداد ۱۴۰۰ - ۲۴ ژوئیه ۲۰۲۱منبع تصویر", "۲ مرداد ۱۴۰۰", "۲ مرداد ۱۴۰۰", nameof(DateLabel.None), "2021-07-24" },
        { "اخبار ورزشی شنبه / ۹ اسفند ۱۳۹۹ / ۱۷:۰۷ دسته‌بندی: ورزش", "شنبه / ۹ اسفند ۱۳۹۹ / ۱۷:۰۷", "شنبه / ۹ اسفند ۱۳۹۹ / ۱۷:۰۷", nameof(DateLabel.None), "2021-02-27" },
        { "Published: 2025-09-04T10:00:00Z", "Published: 2025-09-04T10:00:00Z", "2025-09-04T10:00:00Z", nameof(DateLabel.Publication), "2025-09-04" },
    };

    [Theory]
    [MemberData(nameof(Located))]
    public void TryLocate_DateInsideALine_CoversLabelAndDate(string line, string match, string dateText, string label, string day)
    {
        Assert.True(DateLocator.TryLocate(line, 0, line.Length, out DateMatch m));
        Assert.Equal(match, line[m.Start..m.End]);
        Assert.Equal(dateText, line[m.DateStart..m.End]);
        Assert.Equal(dateText, m.Date!.Text);
        Assert.Equal(m.DateStart, m.Date.Start);
        Assert.Equal(label, m.Label.ToString());
        Assert.Equal(day, m.Date.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void TryLocate_OldSignature_GivesTheSameMatch()
    {
        const string line = "خبر • تاریخ انتشار: ۱۳ شهریور ۱۴۰۴";
        Assert.True(DateLocator.TryLocate(line, 0, line.Length, out var date, out int start, out int end, out var issue));
        Assert.Equal(line.IndexOf('ت', StringComparison.Ordinal), start);
        Assert.Equal(line.Length, end);
        Assert.Null(issue);
        Assert.Equal(new DateOnly(2025, 9, 4), date!.Value);
    }

    [Fact]
    public void TryLocate_RangeInsideText_SearchesOnlyThatRange()
    {
        const string text = "۱ مهر ۱۴۰۴\nمتن خبر ۱۳ شهریور ۱۴۰۴ و ۲ مهر ۱۴۰۴";
        int start = text.IndexOf('\n', StringComparison.Ordinal) + 1;
        int end = text.IndexOf(" و ", StringComparison.Ordinal);
        Assert.True(DateLocator.TryLocate(text, start, end, out DateMatch m));
        Assert.Equal(new DateOnly(2025, 9, 4), m.Date!.Value);
        Assert.False(DateLocator.TryLocate(text, end, end, out m));
    }

    public static TheoryData<string> EventDates => new()
    {
        "وزیر نیرو روز پنجشنبه ۱۳ شهریور ۱۴۰۴ گفت",
        "این قانون در ۱۳ شهریور ۱۴۰۴ تصویب شد",
        "این قانون در تاریخ ۱۳ شهریور ۱۴۰۴ تصویب شد",
        "نامه مورخ ۱۴۰۴/۰۶/۱۳ به دست ما رسید",
        "از ۱ مهر ۱۴۰۴ تا ۳۰ مهر ۱۴۰۴",
        "این مراسم امروز (شنبه) ۱۵ شهریورماه ۱۴۰۴ برگزار شد",
        "دیروز سه‌شنبه ۱۱ شهریور ۱۴۰۴ اعلام شد",
        "جلسه مصادف با ۱۲ ربیع‌الاول ۱۴۴۷ برگزار می‌شود",
    };

    [Theory]
    [MemberData(nameof(EventDates))]
    public void TryLocate_DateInsideASentence_IsMarkedAsRunningTextWithoutLabel(string line)
    {
        Assert.True(DateLocator.TryLocate(line, 0, line.Length, out DateMatch m));
        Assert.True(m.InRunningText);
        Assert.Equal(DateLabel.None, m.Label);
        Assert.Equal(-1, DateLocator.ChoosePublication([m]));
    }

    [Fact]
    public void TryLocate_Traits_SayHowTheDateWasWritten()
    {
        const string line = "تاریخ انتشار: پنجشنبه ۱۳ شهریور ۱۴۰۴ - ۱۰:۲۰";
        Assert.True(DateLocator.TryLocate(line, 0, line.Length, out DateMatch m));
        Assert.True(m.HasYear);
        Assert.True(m.HasTime);
        Assert.True(m.HasLabel);
        Assert.False(m.InRunningText);
        Assert.Equal(DateTraits.HasTime | DateTraits.HasWeekday | DateTraits.MonthName | DateTraits.LabelColon, m.Traits);
    }

    [Fact]
    public void LocateAll_InvalidThenValid_FindsBothInOrder()
    {
        const string line = "تاریخ انتشار: ۳۱ اسفند ۱۴۰۳ | به روز شده در: ۱ فروردین ۱۴۰۴";
        var found = new List<DateMatch>();
        Assert.Equal(2, DateLocator.LocateAll(line, 0, line.Length, found));
        Assert.Equal(DiagnosticCode.InvalidDate, found[0].Issue);
        Assert.Null(found[0].Date);
        Assert.Equal("تاریخ انتشار: ۳۱ اسفند ۱۴۰۳", line[found[0].Start..found[0].End]);
        Assert.Equal(new DateOnly(2025, 3, 21), found[1].Date!.Value);
        Assert.Equal(DateLabel.Update, found[1].Label);
        Assert.Equal(1, DateLocator.ChoosePublication(found));
    }

    public static TheoryData<string, string> SeveralDates => new()
    {
        // The labelled publication date wins over an update and a "today" clock, wherever it stands.
        { "امروز: ۸ آذر ۱۴۰۵ | به روز شده در: ۱۴ شهریور ۱۴۰۴ | تاریخ انتشار: ۱۳ شهریور ۱۴۰۴", "2025-09-04" },
        // Unlabelled page clock then the article's own date: the publication is never later than the page clock.
        { "چهارشنبه ۳۱ شهریور ۱۴۰۰ - ۰۹:۴۸ شنبه / ۹ اسفند ۱۳۹۹ / ۱۷:۰۷", "2021-02-27" },
        // An unlabelled header date is preferred to an update.
        { "به روز شده در: ۱۴ شهریور ۱۴۰۴ - ۱۳ شهریور ۱۴۰۴ ۱۰:۰۰", "2025-09-04" },
        // Only an update date: pages that print nothing else.
        { "نگارش از خبرنگار • به روز شده در: ۲۵/۰۸/۲۰۲۱", "2021-08-25" },
        // Two calendars of the same day.
        { "۲ مرداد ۱۴۰۰ - ۲۴ ژوئیه ۲۰۲۱", "2021-07-24" },
    };

    [Theory]
    [MemberData(nameof(SeveralDates))]
    public void ChoosePublication_SeveralDates_PublicationDateWins(string line, string day)
    {
        var found = new List<DateMatch>();
        DateLocator.LocateAll(line, 0, line.Length, found);
        Assert.NotEmpty(found);
        int k = DateLocator.ChoosePublication(found);
        Assert.Equal(day, found[k].Date!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ChoosePublication_OnlyAScrapeDate_ChoosesNothing()
    {
        const string line = "تاریخ دسترسی: ۲۰ آذر ۱۴۰۴";
        var found = new List<DateMatch>();
        DateLocator.LocateAll(line, 0, line.Length, found);
        Assert.Equal(-1, DateLocator.ChoosePublication(found));
    }

    public static TheoryData<string, string> Labels => new()
    {
        { "تاریخ انتشار:", nameof(DateLabel.Publication) },
        { "تاریخ انتشار :", nameof(DateLabel.Publication) },
        { "تاريخ‌انتشار", nameof(DateLabel.Publication) },
        { "تاریخ:", nameof(DateLabel.Publication) },
        { "منتشر شده در", nameof(DateLabel.Publication) },
        { "date", nameof(DateLabel.Publication) },
        { "Published", nameof(DateLabel.Publication) },
        { "به روز شده در:", nameof(DateLabel.Update) },
        { "به‌روز شده در:", nameof(DateLabel.Update) },
        { "بروزرسانی", nameof(DateLabel.Update) },
        { "به‌روزرسانی:", nameof(DateLabel.Update) },
        { "آخرین ویرایش", nameof(DateLabel.Update) },
        { "Last updated:", nameof(DateLabel.Update) },
        { "تاریخ دسترسی:", nameof(DateLabel.Other) },
        { "Retrieved", nameof(DateLabel.Other) },
        { "منبع:", nameof(DateLabel.None) },
        { "تاریخچه", nameof(DateLabel.None) },
        { "", nameof(DateLabel.None) },
    };

    [Theory]
    [MemberData(nameof(Labels))]
    public void ClassifyLabel_LabelAsWritten_GivesItsKind(string label, string kind)
        => Assert.Equal(kind, DateLocator.ClassifyLabel(label).ToString());

    [Fact]
    public void TryLocate_HostileRepetition_FindsNothingAndReturns()
    {
        // 40,000 weekdays, labels and numbers (1 MB) without a date: each word is tried once (linear), nothing is found.
        string text = string.Concat(Enumerable.Repeat("شنبه تاریخ: ۱۲/ ۱۳ ۱۷:۰۷ ", 40_000));
        Assert.False(DateLocator.TryLocate(text, 0, text.Length, out DateMatch m));
        Assert.Null(m.Issue);
        string digits = new('۱', 1_000_000);
        Assert.False(DateLocator.TryLocate(digits, 0, digits.Length, out m));
    }
}
