namespace PersianNews.Core.Tests.Header;

/// <summary>
/// Who published the text, as Persian news writing names it: the opening attribution, the dateline, a byline, a page
/// header, a headline signature, a promo line or a channel signature. An outlet only spoken to, quoted or reported on
/// is not the publisher.
/// </summary>
public sealed class OutletRecognitionTests
{
    private const string Body = "وزیر نیرو روز دوشنبه گفت که ذخایر سدهای کشور ده درصد بیشتر از پارسال است و تابستان بدون خاموشی خواهد گذشت.";

    /// <summary>Text → expected outlet id (null for an outlet the registry does not know) and the outlet text as written.</summary>
    public static TheoryData<string, string?, string> Recognized => new()
    {
        { "به گزارش ایسنا، " + Body, "isna", "ایسنا" },
        { "به گزارش خبرگزاری دانشجویان ایران، " + Body, "isna", "خبرگزاری دانشجویان ایران" },
        { "به گزارش «ایسنا» " + Body, "isna", "ایسنا" },
        { "به گزارش گروه سیاسی خبرگزاری تسنیم، " + Body, "tasnim", "خبرگزاری تسنیم" },
        { "به گزارش خبرنگار اقتصادی مهر، " + Body, "mehr", "مهر" },
        { "به گزارش خبرگزاری فارس از تبریز، " + Body, "fars", "خبرگزاری فارس" },
        { "به گزارش خبرنگار حوزه فناوری باشگاه خبرنگاران جوان، " + Body, "yjc", "باشگاه خبرنگاران جوان" },
        { "به گزارش باشگاه خبرنگاران، " + Body, "yjc", "باشگاه خبرنگاران" },
        { "ه گزارش ایرنا، " + Body, "irna", "ایرنا" },
        { "زارش خبرگزاری تسنیم، " + Body, "tasnim", "خبرگزاری تسنیم" },
        { "گزارش ایسنا، " + Body, "isna", "ایسنا" },
        { "تهران- ایرنا- " + Body, "irna", "ایرنا" },
        { "اصفهان - ایرنا - " + Body, "irna", "ایرنا" },
        { "ایسنا/مشهد - " + Body, "isna", "ایسنا" },
        { "تسنیم - " + Body, "tasnim", "تسنیم" },
        { "فارس: " + Body, "fars", "فارس" },
        { "همشهری آنلاین: " + Body, "hamshahri", "همشهری آنلاین" },
        { "اعتمادآنلاین| " + Body, "etemad", "اعتمادآنلاین" },
        { "خبرگزاری مهر – " + Body, "mehr", "خبرگزاری مهر" },
        { "سرویس اقتصاد مشرق - " + Body, "mashregh", "مشرق" },
        { "گروه بین‌الملل تسنیم - " + Body, "tasnim", "تسنیم" },
        { "باشگاه خبرنگاران جوان؛ مریم احمدی - " + Body, "yjc", "باشگاه خبرنگاران جوان" },
        { Body + " استانبول/ خبرگزاری آناتولی\n" + Body, "anadolu", "خبرگزاری آناتولی" },
        { "گزارش بخش دری صدای آمریکا - " + Body, "voa-persian", "بخش دری صدای آمریکا" },
        { "نگارش از یورونیوز فارسی • " + Body, "euronews-persian", "یورونیوز فارسی" },
        { Body + " العالم - " + Body, "alalam", "العالم" },
        { "به گزارش ایرنا به نقل از رویترز، " + Body, "irna", "ایرنا" },
        { "سایت خوان روزنامه دنیای اقتصاد تاریخ انتشار : " + Body, "donya-e-eqtesad", "روزنامه دنیای اقتصاد" },
        { "ذخایر سدهای کشور افزایش یافت - ایرنا\n" + Body + "\n" + Body, "irna", "ایرنا" },
        { "ذخایر سدهای کشور افزایش یافت | خبرگزاری مهر\n" + Body + "\n" + Body, "mehr", "خبرگزاری مهر" },
        { "خبرگزاری هرانا –" + Body, "hrana", "خبرگزاری هرانا" },
        { Body + "\nدویچه وله فارسی را در اینستاگرام دنبال کنید\n" + Body, "dw-persian", "دویچه وله فارسی" },
        { Body + " به کانال تلگرام یورونیوز فارسی بپیوندید " + Body, "euronews-persian", "یورونیوز فارسی" },
        { Body + "\nصدای آمریکا یک سازمان بین المللی خبری است.\n" + Body, "voa-persian", "صدای آمریکا" },
        { Body + "\nhttps://iranintl.com/202607285887", "iran-international", "https://iranintl.com/202607285887" },
        { Body + "\n@iranintltvsport", "iran-international", "@iranintltvsport" },
        { "معاون وزیر در گفت‌وگو با خبرنگار ایلنا، " + Body, "ilna", "ایلنا" },
        { "به گزارش لنگرخبر، " + Body, "langarkhabar", "لنگرخبر" },
        { "به گزارش خبرگزاری صدا و سیما، " + Body, "irib-news", "خبرگزاری صدا و سیما" },
        { "به گزارش ايرنا، " + Body, "irna", "ايرنا" },
        { "به گزارش مهر، ۱۵ مهر ماه روز ملی روستا است.", "mehr", "مهر" },
        { "رادیو فردا: " + Body, "radio-farda", "رادیو فردا" },
        { "به گزارش سرویس بین‌الملل پایگاه خبری تحلیلی انتخاب، " + Body, "entekhab", "پایگاه خبری تحلیلی انتخاب" },
        { "خبرگزاری مهر، گروه بین‌الملل: " + Body, "mehr", "خبرگزاری مهر" },
        { "به گزارش ایسنا و به نقل از روابط عمومی وزارت نیرو، " + Body, "isna", "ایسنا" },
        { "ایسنا/خوزستان " + Body, "isna", "ایسنا" },
        { "ایسنا: تابستان بدون خاموشی است\n" + Body + "\n" + Body, "isna", "ایسنا" },
        { "به گزارش Euronews، " + Body, "euronews-persian", "Euronews" },
        { "تهران (پانا) - " + Body, "pana", "پانا" },
        { "به گزارش خبر ورزشی، " + Body, "khabarvarzeshi", "خبر ورزشی" },
        { "کابل (پژواک، ۱۲ قوس ۱۴۰۳): " + Body, "pajhwok", "پژواک" },   // the date in the bracket, as Afghan agencies write it
        { "هرات (باختر ۱۴۰۳/۰۹/۱۲) - " + Body, "bakhtar", "باختر" },
        { "پژواک، ۱۲ قوس ۱۴۰۳: " + Body, "pajhwok", "پژواک" },
        { "به گزارش tasnimnews.com، " + Body, "tasnim", "tasnimnews.com" },
        { "isna.ir - " + Body, "isna", "isna.ir" },
        { "به گزارش www.farsnews.ir، " + Body, "fars", "www.farsnews.ir" },
        { "به گزارش ایسنا (خبرگزاری دانشجویان ایران)، " + Body, "isna", "ایسنا" },
        { "به گزارش BBC فارسی، " + Body, "bbc-persian", "BBC فارسی" },
        { "به گزارش Mehr News، " + Body, "mehr", "Mehr News" },
        { "مشهد (ایرنا): " + Body, "irna", "ایرنا" },
        { "به گزارش برنا، " + Body, "borna", "برنا" },
        { "زلزله‌ای به بزرگی پنج ریشتر بم را لرزاند. به گزارش ایرنا خسارتی گزارش نشده است.", "irna", "ایرنا" },
        { "کابل (پژواک) – " + Body, "pajhwok", "پژواک" },
        { "آژانس خبری پژواک - " + Body, "pajhwok", "آژانس خبری پژواک" },
        { "به گزارش طلوع‌نیوز، " + Body, "tolonews", "طلوع‌نیوز" },
        { "به گزارش خبرگزاری باختر، " + Body, "bakhtar", "خبرگزاری باختر" },
        { "به گزارش روزنامه هشت صبح، " + Body, "hasht-e-subh", "روزنامه هشت صبح" },
        { "دوشنبه (خاور) - " + Body, "khovar", "خاور" },
        { "به گزارش خبرگزاری آسوشیتدپرس، " + Body, "ap", "خبرگزاری آسوشیتدپرس" },
        { "به گزارش العربیه فارسی، " + Body, "alarabiya-farsi", "العربیه فارسی" },
        { "رادیو آزادی: " + Body, "radio-azadi", "رادیو آزادی" },
        { "کابل (افغانستان اینترنشنال) - " + Body, "afintl", "افغانستان اینترنشنال" },
        { "به گزارش ایمنا، " + Body, "imna", "ایمنا" },
        { "به گزارش خبرنگار اقتصادی تین نیوز، " + Body, "tinn", "تین نیوز" },
    };

    /// <summary>
    /// "OUTLET/PROVINCE" datelines name provinces of two or three words ("خراسان رضوی", "سیستان و بلوچستان"): the whole
    /// name is the dateline, so the body starts with the lead's subject → the body's first paragraph.
    /// </summary>
    public static TheoryData<string> DatelineProvinces => new()
    {
        "ایسنا/خراسان رضوی " + Body,
        "ایسنا/آذربایجان شرقی " + Body,
        "ایرنا/سیستان و بلوچستان - " + Body,
        "ایسنا/ کهگیلویه و بویراحمد " + Body,
        "ایسنا/استان مرکزی " + Body,
        "ایسنا/مشهد " + Body,
    };

    [Theory]
    [MemberData(nameof(DatelineProvinces))]
    public void Parse_DatelineWithProvinceOfSeveralWords_CutsTheWholeProvince(string text)
    {
        var article = PersianNewsParser.Default.Parse(text);
        Assert.Equal(Body, article.Paragraphs[0].Text);
        Assert.Equal("وزیر نیرو", Assert.Single(article.Quotes).Speaker?.Name);
    }

    /// <summary>The outlet's desk after its dateline and a dash ("گروه اقتصاد:", "سرویس بین‌الملل -") is header, not
    /// the lead; a sentence that starts with "گروه" after the dateline stays.</summary>
    public static TheoryData<string, string> DeskAfterDashedDateline => new()
    {
        { "خبرگزاری مهر - گروه اقتصاد: " + Body, Body },
        { "تهران - ایرنا - سرویس بین‌الملل: " + Body, Body },
        { "خبرگزاری مهر - سرویس سیاسی - " + Body, Body },
        { "خبرگزاری مهر - گروه تروریستی داعش در سوریه حمله کرد. " + Body, "گروه تروریستی داعش در سوریه حمله کرد. " + Body },
    };

    [Theory]
    [MemberData(nameof(DeskAfterDashedDateline))]
    public void Parse_DeskAfterDashedDateline_IsKeptOutOfTheBody(string text, string firstParagraph)
        => Assert.Equal(firstParagraph, PersianNewsParser.Default.Parse(text).Paragraphs[0].Text);

    /// <summary>
    /// The outlet's name alone, its dateline alone or its "نگارش از" byline on a line of its own, above or below the
    /// headline: text → expected outlet id, the outlet as written and the title (null when there is none).
    /// </summary>
    public static TheoryData<string, string, string, string?> MastheadLines => new()
    {
        { "رادیو فردا\n" + Body, "radio-farda", "رادیو فردا", null },
        { "بی‌بی‌سی فارسی\nذخایر سدها افزایش یافت\n" + Body, "bbc-persian", "بی‌بی‌سی فارسی", "ذخایر سدها افزایش یافت" },
        { "تهران - ایسنا\n" + Body, "isna", "ایسنا", null },
        { "نگارش از یورونیوز فارسی\n" + Body, "euronews-persian", "یورونیوز فارسی", null },
        { "ورزش سه\nسرمربی: تیم آماده است\n" + Body, "varzesh3", "ورزش سه", "سرمربی: تیم آماده است" },
        { "ذخایر سدها افزایش یافت\nنگارش از یورونیوز فارسی\n" + Body, "euronews-persian", "یورونیوز فارسی", "ذخایر سدها افزایش یافت" },
        { "Tasnim News Agency\n" + Body, "tasnim", "Tasnim News Agency", null },   // the Latin name in the masthead
        { "Mehr News Agency\nذخایر سدها افزایش یافت\n" + Body, "mehr", "Mehr News Agency", "ذخایر سدها افزایش یافت" },
    };

    [Theory]
    [MemberData(nameof(MastheadLines))]
    public void Parse_OutletLineOfItsOwn_IsTheOutletNotTheTitle(string text, string id, string written, string? title)
    {
        var article = PersianNewsParser.Default.Parse(text);
        Assert.Equal(id, article.Outlet?.Id);
        Assert.Equal(written, article.Outlet!.Text);
        Assert.Equal(title, article.Title?.Text);
        Assert.Empty(article.Sources);
        Assert.Equal(Body, Assert.Single(article.Paragraphs).Text);
    }

    /// <summary>An outlet in a recognized pattern that the registry does not know is returned with its name as written.</summary>
    public static TheoryData<string, string> Unknown => new()
    {
        { "به گزارش پایگاه خبری نگاه شمال، " + Body, "پایگاه خبری نگاه شمال" },
        { "خبرگزاری پارس نیوز – " + Body, "خبرگزاری پارس نیوز" },
        { "آژانس خبری نوای غزنی - " + Body, "آژانس خبری نوای غزنی" },
        { "به گزارش سایت رسمی فدراسیون فوتبال به نقل از خبرگزاری خانه ملت، " + Body, "سایت رسمی فدراسیون فوتبال" },
        { "اصفهان (نصف جهان) - " + Body, "نصف جهان" },          // the dateline's bracket names the outlet
        { "رشت (گیلان خبر) – " + Body, "گیلان خبر" },
        { "کابل (Afghan Voice) - " + Body, "Afghan Voice" },
    };

    /// <summary>Texts that never name their publisher: the outlet is a subject, an interlocutor, a month, a province.</summary>
    public static TheoryData<string> NoPublisher => new()
    {
        { Body },
        { "سخنگوی دولت در گفت‌وگو با ایسنا گفت که بودجه سال آینده کسری ندارد و حقوق‌ها به موقع پرداخت می‌شود." },
        { "یکی از کارگران به ایران‌اینترنشنال گفت که دستمزدها سه ماه است پرداخت نشده است." },
        { "مدیرعامل خبرگزاری فارس امروز در نشستی با خبرنگاران از برنامه‌های تازه این خبرگزاری سخن گفت." },
        { "او گفت: «خبرگزاری ایسنا باید پاسخگو باشد.» سپس جلسه را ترک کرد و به تهران بازگشت." },
        { "۱۵ مهر - جشنواره فیلم کوتاه تهران امروز با حضور هنرمندان آغاز شد و تا هفته آینده ادامه دارد." },
        { "در ماه مهر بارش‌ها در استان فارس بیش از سال گذشته بود و کشاورزان از این وضعیت راضی هستند." },
        { "پزشکان می‌گویند ساعت ورزش سه روز در هفته کافی است و بیش از آن لازم نیست." },
        { "در برنامه خبر ورزشی شبکه سه، سرمربی تیم ملی گفت که بازیکنان آماده‌اند و نگرانی وجود ندارد." },
        { "استان فارس - بارش‌ها در شیراز بیش از سال گذشته بود و کشاورزان از این وضعیت راضی هستند." },
        { "گروه حوادث: " + Body },
        { "به گزارش خبرنگار ما، " + Body },
        { "به گزارش رسانه‌های اسرائیلی، " + Body },
        { "صاحب خبرگزاری با خبرگزاری مهر گفت‌وگو کرده و گفته است که " + Body },
        { "ورزش\nبر اساس گزارش‌های رسیده به ایران اینترنشنال، " + Body },
        { "الف- " + Body + "\nب- " + Body },
        { "خبرگزاری فارس، وابسته به سپاه پاسداران، روز دوشنبه گزارش داد که سه نفر بازداشت شده‌اند." },
        { "به گزارش خبرگزاری فارس، وابسته به سپاه، سه نفر بازداشت شدند." },
        { "ایندیپندنت فارسی در گزارشی نوشت که مذاکرات متوقف شده است." },
        { "در گفت‌وگوی اختصاصی با ایسنا، وزیر ارشاد از برگزاری جشنواره فجر خبر داد." },
        { "کیهان در سرمقاله امروز نوشت: دولت باید پاسخگو باشد." },
        { "به گزارش شاهدان عینی خسارتی به خانه‌ها وارد نشد." },
        { "به گزارش منابع محلی، " + Body },
        { "به گزارش شاهدان عینی، " + Body },
        { "به گزارش این خبرگزاری، " + Body },
        { "به گزارش همکارمان، " + Body },
        { "به گزارش مرکز آمار ایران، " + Body },
        { "به گزارش پلیس راهور، " + Body },
        { "ساعت هشت صبح امروز " + Body },
        { "خاور میانه - " + Body },
        { "در باختر کشور بارش‌ها بیشتر از پارسال بود و کشاورزان از این وضعیت راضی هستند." },
        { "امام خمینی (ره) - " + Body },              // a blessing in brackets after a holy name, not a dateline
        { "حضرت علی (ع) - " + Body },
        { "تهران (پایتخت ایران) بارش‌ها بیشتر از پارسال بود و کشاورزان از این وضعیت راضی هستند." },   // no dash after the bracket
        { "تهران (۱۴۰۳) - " + Body },
    };

    [Theory]
    [MemberData(nameof(Recognized))]
    public void Parse_AttributionPattern_NamesTheOutlet(string text, string? id, string written)
    {
        var article = PersianNewsParser.Default.Parse(text);
        Assert.NotNull(article.Outlet);
        Assert.Equal(id, article.Outlet!.Id);
        Assert.Equal(written, article.Outlet.Text);
        Assert.Equal(written, article.Text.Substring(article.Outlet.Start, article.Outlet.Length));
    }

    [Theory]
    [MemberData(nameof(Unknown))]
    public void Parse_UnknownOutletInPattern_ReturnsNameAsWritten(string text, string name)
    {
        var article = PersianNewsParser.Default.Parse(text);
        Assert.NotNull(article.Outlet);
        Assert.Null(article.Outlet!.Id);
        Assert.Equal(name, article.Outlet.Name);
    }

    [Theory]
    [MemberData(nameof(NoPublisher))]
    public void Parse_OutletNotNamedAsPublisher_HasNoOutlet(string text)
        => Assert.Null(PersianNewsParser.Default.Parse(text).Outlet);

    [Fact]
    public void Parse_DatelineOutlet_IsKeptOutOfTheBody()
    {
        var article = PersianNewsParser.Default.Parse("تهران- ایرنا- " + Body);
        Assert.StartsWith("وزیر نیرو", article.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Contains(article.Diagnostics, d => d.Code == DiagnosticCode.HeaderLine && d.Start == 0);
    }

    [Fact]
    public void Parse_ReportAttribution_StaysInTheBody()
    {
        // The outlet's own "به گزارش X،" stays in the first paragraph (as the gold keeps it): quotes end before it.
        var article = PersianNewsParser.Default.Parse("به گزارش ایسنا، " + Body);
        Assert.StartsWith("به گزارش ایسنا،", article.Paragraphs[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OutletSpokenToFirstThenAttribution_TakesTheAttribution()
    {
        var article = PersianNewsParser.Default.Parse("سخنگو در گفت‌وگو با ایسنا گفت که بودجه کسری ندارد. به گزارش تسنیم، " + Body);
        Assert.Equal("tasnim", article.Outlet?.Id);
    }

    [Fact]
    public void Parse_AdditionalOutletFromOptions_IsRecognized()
    {
        var options = PersianNewsOptions.Default with
        {
            AdditionalOutlets = [new OutletDefinition("negah-shomal", "نگاه شمال", ["نگاه‌شمال"], "Negah Shomal", "negahshomal.ir")],
        };
        var article = new PersianNewsParser(options).Parse("نگاه شمال - " + Body);
        Assert.Equal("negah-shomal", article.Outlet?.Id);
        Assert.Equal("نگاه شمال", article.Outlet?.Name);
    }
}
