using PersianNews.Core.Serialization;

namespace PersianNews.Core.Tests.Quotes;

/// <summary>
/// Articles as a scraper leaves them, wrapped in HTML (headings, paragraphs, links, emphasis, comments, scripts), parse
/// like the same articles written clean, and every span points into the marked-up original. The articles are our own.
/// </summary>
public sealed class MarkupArticleTests
{
    public static TheoryData<string, string> CleanAndMarkedUp => new()
    {
        {
            "وزیر نیرو: ذخایر سدها بیشتر شد\nتهران- ایرنا- علی احمدی، وزیر نیرو روز دوشنبه گفت: «ذخایر سدهای کشور ۱۰ درصد بیشتر از پارسال است.»\nوی افزود که مصرف آب در تهران باید کاهش یابد.\nبه گفته مریم رضایی، معاون وزیر، طرح\u200Cهای آبرسانی تا پایان سال تمام می\u200Cشود.",
            "<div class=\"news\"><h1>وزیر نیرو: ذخایر سدها بیشتر شد</h1>\n<p>تهران- <a href=\"https://www.irna.ir\">ایرنا</a>- <b>علی احمدی</b>، وزیر نیرو روز دوشنبه گفت: «ذخایر سدهای کشور ۱۰ درصد بیشتر از پارسال است.»</p><p>وی افزود که مصرف آب در <span class=\"city\">تهران</span> باید کاهش یابد.</p><!-- ad --><script>var x = 1;</script><p>به گفته <strong>مریم رضایی</strong>، معاون وزیر، طرح\u200Cهای آبرسانی تا پایان سال تمام می\u200Cشود.</p></div>"
        },
        {
            "کد خبر: ۴۵۶۷۸۹\nتاریخ انتشار: ۱۴۰۳/۰۲/۱۵ - ۱۰:۳۰\nنرخ تورم در فروردین کاهش یافت\nبه گزارش ایسنا، رئیس مرکز آمار ایران امروز در نشست خبری اعلام کرد که نرخ تورم ماهانه در فروردین به ۲ درصد رسیده است.\nحسن محمدی افزود: «کاهش قیمت کالاهای اساسی مهم\u200Cترین عامل این تغییر بوده است.»\nاو همچنین تأکید کرد که آمار اردیبهشت هفته آینده منتشر می\u200Cشود.\nکارشناسان اقتصادی اما معتقدند این کاهش موقتی است.\nانتهای پیام/",
            "<div class=\"news-header\"><span class=\"code\">کد خبر: ۴۵۶۷۸۹</span><br/><span class=\"date\">تاریخ انتشار: ۱۴۰۳/۰۲/۱۵ - ۱۰:۳۰</span></div>\n<h1 class=\"title\">نرخ تورم در فروردین کاهش یافت</h1>\n<div class=\"body\"><p>به گزارش <a href=\"https://www.isna.ir\">ایسنا</a>، <strong>رئیس مرکز آمار ایران</strong> امروز در نشست خبری اعلام کرد که نرخ تورم ماهانه در فروردین به ۲&nbsp;درصد رسیده است.</p>\n<p><b>حسن محمدی</b> افزود: «کاهش قیمت کالاهای اساسی <em>مهم\u200Cترین</em> عامل این تغییر بوده است.»</p><p>او همچنین تأکید کرد که آمار اردیبهشت هفته آینده منتشر می\u200Cشود.</p>\n<p>کارشناسان اقتصادی اما معتقدند این کاهش موقتی است.</p><p>انتهای پیام/</p></div>"
        },
        {
            "خبرگزاری مهر؛ گروه بین\u200Cالملل - سخنگوی وزارت امور خارجه گفت: «گفت\u200Cوگوها با طرف اروپایی ادامه دارد.»\nناصر کریمی، سخنگوی وزارت امور خارجه در نشست هفتگی خود افزود که هیئت ایرانی هفته آینده به ژنو می\u200Cرود.\nوی درباره تحریم\u200Cها گفت: «هیچ توافقی بدون لغو تحریم\u200Cها پذیرفته نیست.»\nبه گفته این مقام، نشست بعدی در ماه آینده برگزار می\u200Cشود.",
            "<article><p><a href=\"https://www.mehrnews.com\">خبرگزاری مهر</a>؛ گروه بین\u200Cالملل - سخنگوی وزارت امور خارجه گفت: «گفت&zwnj;وگوها با طرف اروپایی ادامه دارد.»</p>\n<p><strong>ناصر کریمی</strong>، سخنگوی وزارت امور خارجه در نشست هفتگی خود افزود که هیئت ایرانی هفته آینده به ژنو می\u200Cرود.</p>\n<figure><img src=\"/img/a.jpg\" alt=\"نشست خبری\"></figure>\n<p>وی درباره <a href=\"/tag/sanctions\" title=\"تحریم > ۲\">تحریم\u200Cها</a> گفت: &laquo;هیچ توافقی بدون لغو تحریم\u200Cها پذیرفته نیست.&raquo;</p><p>به گفته این مقام، نشست بعدی در ماه آینده برگزار می\u200Cشود.</p></article>"
        },
    };

    // What the article says, as normalized text (the marked-up original's spans hold the tags between the words).
    private static string[] Fields(NewsArticle a)
    {
        static string N(string? s) => s is null ? "-" : PersianNormalizer.Default.Normalize(s);
        return
        [
            $"outlet {a.Outlet?.Id} date {a.Date?.Value:yyyy-MM-dd} title {N(a.Title?.Text)} reporters {string.Join("|", a.Reporters.Select(r => r.Name))} sources {string.Join("|", a.Sources.Select(s => s.Name))}",
            .. a.Paragraphs.Select(p => "paragraph " + N(p.Text)),
            .. a.Quotes.Select(q => $"quote {q.Kind} {N(q.Text)} cue {N(q.Cue?.Text)} speaker {q.Speaker?.Name} as {N(q.Speaker?.Text)}"),
            .. a.Diagnostics.Select(d => $"diagnostic {d.Code} {N(a.Text.Substring(d.Start, d.Length))}"),
        ];
    }

    [Theory]
    [MemberData(nameof(CleanAndMarkedUp))]
    public void Parse_ArticleWrappedInMarkup_GivesTheFieldsOfTheCleanArticle(string clean, string markedUp)
    {
        var expected = PersianNewsParser.Default.Parse(clean);
        var actual = PersianNewsParser.Default.Parse(markedUp);
        Assert.NotEmpty(expected.Quotes);
        Assert.Equal(Fields(expected), Fields(actual));
    }

    [Theory]
    [MemberData(nameof(CleanAndMarkedUp))]
    public void Parse_ArticleWrappedInMarkup_SpansPointIntoTheOriginal(string clean, string markedUp)
    {
        _ = clean;
        var article = PersianNewsParser.Default.Parse(markedUp);
        Assert.Empty(Robustness.ArticleInvariantChecker.Check(markedUp, article));
        foreach (var q in article.Quotes)
        {
            // A quote, its cue and its speaker start and end at words, never inside a tag.
            Assert.DoesNotMatch("^[<>/]|[<]$", q.Text);
            Assert.DoesNotMatch("^[<>/]|[<]$", q.Speaker?.Text ?? "");
        }
    }

    [Fact]
    public void Parse_SpeakerInBoldAfterALink_SpeakerSpanIsTheNameAsWritten()
    {
        const string Text = "<p>به گزارش <a href=\"https://www.isna.ir/news/1\">ایسنا</a>، <b>علی احمدی</b>، وزیر نیرو گفت: «ذخایر سدها بیشتر شده است.»</p>";
        var article = PersianNewsParser.Default.Parse(Text);
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("isna", article.Outlet?.Id);
        Assert.Equal("علی احمدی", quote.Speaker?.Name);
        Assert.StartsWith("علی احمدی", Text.Substring(quote.Speaker!.Start, quote.Speaker.Length), StringComparison.Ordinal);
        Assert.Equal("ذخایر سدها بیشتر شده است", Text.Substring(quote.Start, quote.Length));
    }

    [Fact]
    public void Parse_TagsInsideNames_NamesAreTextAndSpansCoverTheOriginal()
    {
        const string Text = "<p>به گزارش ایسنا به نقل از <b>خبرگزاری</b> <i>رویترز</i>، <b>علی</b> احمدی، وزیر نیرو گفت: «ذخایر سدها بیشتر شده است.»</p>";
        var article = PersianNewsParser.Default.Parse(Text);
        var source = Assert.Single(article.Sources);
        Assert.Equal("خبرگزاری رویترز", source.Name);
        Assert.Equal("خبرگزاری</b> <i>رویترز", Text.Substring(source.Start, source.Length));
        var speaker = Assert.Single(article.Quotes).Speaker;
        Assert.Equal("علی احمدی", speaker?.Name);
        Assert.StartsWith("علی</b> احمدی", speaker!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ParagraphsWrittenOnOneLine_AreSplitAtBlockTags()
    {
        const string Text = "<p>بند نخست خبر است.</p><p>بند دوم خبر است.</p><div>بند سوم خبر است.</div>سطر چهارم<br>سطر پنجم";
        var article = PersianNewsParser.Default.Parse(Text);
        Assert.Equal(["بند نخست خبر است.", "بند دوم خبر است.", "بند سوم خبر است.", "سطر چهارم", "سطر پنجم"], article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Parse_TagsSwitchedOff_ReadsMarkupAsText()
    {
        const string Text = "<p>بند نخست خبر است.</p><p>بند دوم خبر است.</p>";
        var parser = new PersianNewsParser(PersianNewsOptions.Default with { Normalization = PersianNormalizerOptions.Default with { StripHtmlTags = false } });
        Assert.Single(parser.Parse(Text).Paragraphs);
    }

    [Fact]
    public void ParseCli_KeepHtml_ReadsMarkupAsText()
    {
        const string Text = "<p>بند نخست خبر است.</p><p>بند دوم خبر است.</p>";
        var stripped = new StringWriter();
        var kept = new StringWriter();
        Assert.Equal(0, PersianNews.Cli.Cli.Run(["parse", "-"], new StringReader(Text), stripped, new StringWriter()));
        Assert.Equal(0, PersianNews.Cli.Cli.Run(["parse", "--keep-html", "-"], new StringReader(Text), kept, new StringWriter()));
        Assert.Equal(2, NewsJson.Deserialize(stripped.ToString())!.Paragraphs.Count);
        Assert.Single(NewsJson.Deserialize(kept.ToString())!.Paragraphs);
    }
}
