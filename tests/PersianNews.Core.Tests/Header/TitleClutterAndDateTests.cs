namespace PersianNews.Core.Tests.Header;

/// <summary>Headlines above the lead, page clutter a scraper keeps, and where the publication date is printed.</summary>
public sealed class TitleClutterAndDateTests
{
    private const string Lead = "وزیر نیرو روز دوشنبه گفت که ذخایر سدهای کشور ده درصد بیشتر از پارسال است و تابستان بدون خاموشی خواهد گذشت.";
    private const string Para = "او افزود که مصرف آب در تهران در ماه گذشته پنج درصد کاهش یافته و صرفه‌جویی شهروندان نتیجه داده است.";

    /// <summary>Text → the title (null when the text does not start with a headline) and how the body starts.</summary>
    public static TheoryData<string, string?, string> Titles => new()
    {
        { "ذخایر سدها ده درصد بیشتر شد\n" + Lead + "\n" + Para, "ذخایر سدها ده درصد بیشتر شد", "وزیر نیرو" },
        { "در نشست خبری وزیر نیرو مطرح شد\nذخایر سدها ده درصد بیشتر شد\n" + Lead, "در نشست خبری وزیر نیرو مطرح شد", "وزیر نیرو" },
        { "وزیر نیرو: تابستان بدون خاموشی است\n" + Lead, "وزیر نیرو: تابستان بدون خاموشی است", "وزیر نیرو روز" },
        { "آیا تابستان بدون خاموشی می‌گذرد؟\n" + Lead, "آیا تابستان بدون خاموشی می‌گذرد؟", "وزیر نیرو" },
        { Lead + "\n" + Para, null, "وزیر نیرو" },
        { "وزیر گفت: «سدها پر است.»\n" + Lead, null, "وزیر گفت" },
        { "تیتر تنها", null, "تیتر تنها" },
        { "تهران- ایرنا- وزیر نیرو گفت سدها پر است\n" + Para, null, "وزیر نیرو گفت" },
        { "کد خبر: 1402071409876\nتاریخ انتشار: 2023-10-06 - 12:30\nسدها پر شد\n" + Lead, "سدها پر شد", "وزیر نیرو" },
        { "سدها پر شد\nعکس: آرشیو\n" + Lead, "سدها پر شد", "وزیر نیرو" },
        { "نویسنده: سارا محمدی\nسدها پر شد\n" + Lead, "سدها پر شد", "وزیر نیرو" },              // a byline above the headline
        { "ایسنا: وزیر نیرو: «تابستان خاموشی نداریم»\n" + Lead, "وزیر نیرو: «تابستان خاموشی نداریم»", "وزیر نیرو" },   // OUTLET: headline
        { "فارس: " + Lead + "\n" + Para, null, "وزیر نیرو" },                                    // OUTLET: lead
        { "وزیر نیرو در نشست خبری:\nتابستان خاموشی نداریم\n" + Lead, "وزیر نیرو در نشست خبری:\nتابستان خاموشی نداریم", "وزیر نیرو روز" },   // kicker with a colon
        { "علی رضایی گفت:\nتابستان خاموشی نداریم\n" + Lead, null, "علی رضایی گفت" },        // a reporting verb: the words said
        { "کد خبر: ۱۲۳\nخبرنگار: علی رضایی\n\nسدها پر شد\n\n" + Lead, "سدها پر شد", "وزیر نیرو" },
        { "دوشنبه ۱۲ مرداد ۱۴۰۳ - ۲۶ محرم ۱۴۴۶ - ۲ اوت ۲۰۲۴\nسدها پر شد\n" + Lead, "سدها پر شد", "وزیر نیرو" },
        { "خانه » اقتصادی » انرژی\nسدها پر شد\n" + Lead, "سدها پر شد", "وزیر نیرو" },
        { "صفحه اصلی / اقتصادی\nسدها پر شد\n" + Lead, "سدها پر شد", "وزیر نیرو" },
        { "مدت زمان مطالعه: ۲ دقیقه\nسدها پر شد\n" + Lead, "سدها پر شد", "وزیر نیرو" },
        { "سدها پر شد\nنویسنده: لیلا موسوی | ۱۲ مرداد ۱۴۰۳\n" + Lead, "سدها پر شد", "وزیر نیرو" },   // byline | date
        { "سدها پر شد\nآخرین به روز رسانی: ۱۲ مرداد ۱۴۰۳\n" + Lead, "سدها پر شد", "وزیر نیرو" },
        { "سدها پر شد\nگزارش: مریم احمدی / عکس: رضا نوری\n" + Lead, "سدها پر شد", "وزیر نیرو" },
        { "سدها پر شد\nخبرنگار: علی رضایی - ۱۲ مرداد ۱۴۰۳\n" + Lead, "سدها پر شد", "وزیر نیرو" },
        { "به نقل از: خبرگزاری ایسنا\n" + Lead + "\n" + Para, null, "وزیر نیرو" },       // a credit field is no headline
        { "منبع: خبرگزاری ایسنا\n" + Lead + "\n" + Para, null, "وزیر نیرو" },
        { "به نقل از: ایسنا\nسدها پر شد\n" + Lead, "سدها پر شد", "وزیر نیرو" },      // byline / photo credit
        { "سدها پر شد\nخبرنگار: مریم احمدی | عکاس: رضا نوری\n" + Lead, "سدها پر شد", "وزیر نیرو" },          // reading time above the headline
        { "اقتصادی › انرژی\nسدها پر شد\n" + Lead, "سدها پر شد", "وزیر نیرو" },
        { "قالیباف/ مجلس اجازه نمی‌دهد حقوق مردم نادیده گرفته شود\n" + Lead, "قالیباف/ مجلس اجازه نمی‌دهد حقوق مردم نادیده گرفته شود", "وزیر نیرو" },

        // An interview that starts with its first question: the labelled question is body text, not a headline.
        { "س: آقای وزیر، برنامه شما برای تابستان چیست؟\nج: سدها پر است و خاموشی نداریم.\n" + Para, null, "س: آقای وزیر" },
        { "پرسش: خاموشی داریم؟\nپاسخ: نه، سدها پر است.\n" + Para, null, "پرسش: خاموشی" },
    };

    /// <summary>Text → the piece of page clutter that must leave the body and be reported as PageClutter.</summary>
    public static TheoryData<string, string> Clutter => new()
    {
        { Lead + "\nانتهای پیام/", "انتهای پیام/" },
        { Lead + " انتهای پیام/ش", "انتهای پیام/ش" },
        { Lead + "\n" + Para + "\nانتهای پیام/ ۲۱۱۲۱۱", "انتهای پیام/ ۲۱۱۲۱۱" },      // the desk's code after the slash
        { Lead + "\n" + Para + "\nانتهای پیام/۲۱۱۲۱۱", "انتهای پیام/۲۱۱۲۱۱" },
        { Lead + "\n" + Para + "\nاشتراک گذاری این مطلب", "اشتراک گذاری این مطلب" },
        { Lead + "\n" + Para + "\nنظر خود را بنویسید", "نظر خود را بنویسید" },
        { Lead + "\n۰ نظر\n" + Para, "۰ نظر" },
        { Lead + "\n۱۲ دیدگاه\n" + Para, "۱۲ دیدگاه" },
        { Lead + "\n۱۲۴۵ بازدید\n" + Para, "۱۲۴۵ بازدید" },
        { Lead + "\nکد خبر: 1234567\n" + Para, "کد خبر: 1234567" },
        { Lead + " کد خبر : 109387 " + Para, "کد خبر : 109387" },
        { Lead + " تعداد بازدید: ۱۲۳۴ " + Para, "تعداد بازدید: ۱۲۳۴" },
        { Lead + "\nهم‌رسانی این مطلب:\n" + Para, "هم‌رسانی این مطلب:" },
        { Lead + " اندازه متن Aa Aa " + Para, "اندازه متن Aa Aa" },
        { Lead + " محتوای این برنامه در حوزه جغرافیایی شما در دسترس نیست " + Para, "محتوای این برنامه در حوزه جغرافیایی شما در دسترس نیست" },
        { Lead + "\nبی‌بی‌سی فارسی را در اینستاگرام دنبال کنید\n" + Para, "بی‌بی‌سی فارسی را در اینستاگرام دنبال کنید" },
        { Lead + " به کانال تلگرام رادیو فردا بپیوندید " + Para, "به کانال تلگرام رادیو فردا بپیوندید" },
        { Lead + "\nاخبار سیاسی\n" + Para, "اخبار سیاسی" },
        { Lead + " - اخبار سیاسی - " + Para, "- اخبار سیاسی -" },
        { Lead + "\nhttps://www.radiofarda.com/a/123.html", "https://www.radiofarda.com/a/123.html" },
        { Lead + "\nانتشار این مطلب به معنی تأیید محتوای آن نیست.\n" + Para, "انتشار این مطلب به معنی تأیید محتوای آن نیست." },
        { Lead + "\nجزییات بیشتر را در سایت بخوانید", "جزییات بیشتر را در سایت بخوانید" },
        { Lead + " اخبار مرتبط", "اخبار مرتبط" },
        { Lead + "\nتاریخ انتشار: ۱ سال پیش", "تاریخ انتشار: ۱ سال پیش" },
        { Lead + " کپی رایت AP Photo " + Para, "کپی رایت AP Photo" },
        { Lead + "\nعکس: آرشیو\n" + Para, "عکس: آرشیو" },
        { Lead + "\n" + Para + "\nعکس‌ها: علی رضایی", "عکس‌ها: علی رضایی" },
        { Lead + "\n" + Para + "\nتصاویر: آرشیو", "تصاویر: آرشیو" },
        { Lead + "\nما را در تلگرام و اینستاگرام دنبال کنید\n" + Para, "ما را در تلگرام و اینستاگرام دنبال کنید" },
        { Lead + " لینک کوتاه: https://example.ir/x7Q " + Para, "لینک کوتاه: https://example.ir/x7Q" },
        { Lead + "\nبرچسب‌ها: سد، آب، تابستان", "برچسب‌ها: سد، آب، تابستان" },
        { Lead + "\nمنبع تصویر، رویترز\n" + Para, "منبع تصویر، رویترز" },
        { Lead + "\nاخبار مرتبط\n- سدها پر شد\n- تابستان بدون خاموشی می‌گذرد", "- سدها پر شد" },
        { Lead + "\nخبرهای مرتبط:\nمصرف آب در تهران کاهش یافت\n" + Para, "مصرف آب در تهران کاهش یافت" },
        { Lead + "\nبیشتر بخوانید\n" + Para, "بیشتر بخوانید" },
        { Lead + "\nتلگرام واتساپ توییتر\n" + Para, "تلگرام واتساپ توییتر" },
        { Lead + "\nکلیه حقوق مادی و معنوی این سایت محفوظ است.", "کلیه حقوق مادی و معنوی این سایت محفوظ است." },
        { Lead + "\nتمامی حقوق متعلق به خبرگزاری ایلنا است.", "تمامی حقوق متعلق به خبرگزاری ایلنا است." },
        { Lead + "\n© ۱۴۰۳ همه حقوق محفوظ است", "© ۱۴۰۳ همه حقوق محفوظ است" },
        { Lead + "\nاستفاده از مطالب این پایگاه با ذکر منبع بلامانع است.", "استفاده از مطالب این پایگاه با ذکر منبع بلامانع است." },
        { Lead + "\nCopyright © 2024 IRNA. All rights reserved.", "Copyright © 2024 IRNA. All rights reserved." },
        { Lead + "\nزمان مطالعه: ۳ دقیقه\n" + Para, "زمان مطالعه: ۳ دقیقه" },
        { Lead + "\nمدت زمان مطالعه: ۲ دقیقه\n" + Para, "مدت زمان مطالعه: ۲ دقیقه" },
        { Lead + "\nزمان تقریبی مطالعه: ۴ دقیقه\n" + Para, "زمان تقریبی مطالعه: ۴ دقیقه" },
        { Lead + "\n۲ دقیقه مطالعه\n" + Para, "۲ دقیقه مطالعه" },
        { Lead + "\nزمان مطالعه ۵ دقیقه\n" + Para, "زمان مطالعه ۵ دقیقه" },
        { Lead + "\n" + Para + "\nپایان پیام", "پایان پیام" },
        { Lead + "\n" + Para + "\nپایان خبر", "پایان خبر" },
        { Lead + "\nتعداد نظرات: ۵\n" + Para, "تعداد نظرات: ۵" },
        { Lead + "\nارسال نظر\n" + Para, "ارسال نظر" },
        { Lead + "\nچاپ خبر\n" + Para, "چاپ خبر" },
        { Lead + "\n#سیاسی #اقتصادی\n" + Para, "#سیاسی #اقتصادی" },
        { Lead + "\n۳ ساعت پیش\n" + Para, "۳ ساعت پیش" },
        { Lead + "\nآخرین به‌روزرسانی: ۲ روز پیش\n" + Para, "آخرین به‌روزرسانی: ۲ روز پیش" },
        { Lead + "\nکد خبر: ۶۵۴۳۲۱ | سرویس: اقتصادی\n" + Para, "سرویس: اقتصادی" },
        { "خانه » اقتصادی » انرژی\n" + Lead, "خانه » اقتصادی » انرژی" },
        { Lead + "\n۲۴۱۲۴۱", "۲۴۱۲۴۱" },
    };

    /// <summary>Text → the paragraphs left: chrome a scraper keeps one item a line (a tag list under its heading, a
    /// share bar's buttons, the comments heading) leaves the body whole.</summary>
    public static TheoryData<string, string[]> StackedChrome => new()
    {
        { Lead + "\n" + Para + "\nبرچسب‌ها:\nسد\nوزارت نیرو\nتابستان بدون خاموشی", [Lead, Para] },
        { Lead + "\n" + Para + "\nبرچسب ها\nسد\nوزارت نیرو\nنظرات", [Lead, Para] },
        { Lead + "\n" + Para + "\nکلمات کلیدی:\nسد\nآب", [Lead, Para] },
        { Lead + "\nاشتراک گذاری:\nتلگرام\nواتساپ\nتوییتر\n" + Para, [Lead, Para] },
        { Lead + "\nتلگرام\nتوییتر\n" + Para, [Lead, Para] },
        { Lead + "\n" + Para + "\nنظرات", [Lead, Para] },
        { Lead + "\n" + Para + "\nکپی لینک\nپرینت", [Lead, Para] },                       // a button under the bar's line
        { Lead + "\n" + Para + "\nنظرات کاربران\nنام\nایمیل\nارسال", [Lead, Para] },      // the comment form's fields
        { Lead + "\n" + Para + "\nدیدگاه‌ها\nهنوز دیدگاهی ثبت نشده است", [Lead, Para] },
        { Lead + "\nبرچسب‌ها:\n" + Para, [Lead, Para] },                  // a sentence under the heading is the article's
        { Lead + "\nتلگرام\n" + Para, [Lead, "تلگرام", Para] },        // one network alone: not a bar
    };

    [Theory]
    [MemberData(nameof(StackedChrome))]
    public void Parse_ChromeOneItemALine_LeavesTheBody(string text, string[] paragraphs)
    {
        var article = PersianNewsParser.Default.Parse(text);
        Assert.Equal(paragraphs, article.Paragraphs.Select(p => p.Text));
    }

    /// <summary>Ordinary prose that shares words with page chrome stays in the body.</summary>
    public static TheoryData<string> NotClutter => new()
    {
        { "وزیر امروز در بازدید ۲ روزه از استان گفت که سدها پر است." },
        { "آخرین اخبار از مناطق زلزله‌زده حاکی است که امدادرسانی ادامه دارد." },
        { "اشتراک گذاری اطلاعات میان دستگاه‌ها از امروز اجباری شد." },
        { "اندازه متن قانون جدید دو برابر قانون قبلی است." },
        { "تعداد بازدید کنندگان نمایشگاه از مرز یک میلیون نفر گذشت." },
        { "خبرنگار این روزنامه گفت که جلسه امروز برگزار نشد." },
        { "قانون کپی رایت در مجلس تصویب شد و از سال آینده اجرا می‌شود." },
        { "همه حقوق شهروندان در قانون اساسی محفوظ است و دولت باید آن را پاس بدارد." },
        { "کلیه حقوق معوق کارگران تا پایان ماه پرداخت می‌شود." },
        { "تلگرام و واتساپ از امروز در دسترس نیستند." },
        { "کاربران برای ارسال نظر باید ثبت‌نام کنند." },
        { "۳ ساعت پیش از آغاز جلسه، وزیر به مجلس رسید." },
        { "#مهسا_امینی در شبکه‌های اجتماعی پربازدیدترین هشتگ هفته بود." },
        { "سرویس اقتصادی این روزنامه از فردا تعطیل می‌شود." },
        { "سرویس مدارس از مهر با نرخ تازه کار می‌کند." },
        { "ایران/ آمریکا" },
        { "نرخ تورم ۳۲ درصد است" },
        { "۲ دقیقه مطالعه کافی است تا این گزارش را بخوانید." },
        { "پایان پیام رئیس‌جمهور با تشویق حاضران همراه بود." },
        { "۱۲ نظر کارشناسی درباره طرح به مجلس رسید." },
    };

    [Theory]
    [MemberData(nameof(NotClutter))]
    public void Parse_ProseSharingWordsWithChrome_StaysInTheBody(string text)
    {
        var article = PersianNewsParser.Default.Parse(text);
        Assert.DoesNotContain(article.Diagnostics, d => d.Code == DiagnosticCode.PageClutter);
        Assert.Equal(text, Assert.Single(article.Paragraphs).Text);
    }

    [Theory]
    [MemberData(nameof(Titles))]
    public void Parse_OpeningLines_GivesTitleAndBodyStart(string text, string? title, string bodyStart)
    {
        var article = PersianNewsParser.Default.Parse(text);
        Assert.Equal(title, article.Title?.Text);
        Assert.StartsWith(bodyStart, article.Paragraphs[0].Text, StringComparison.Ordinal);
        if (article.Title is { } t)
        {
            Assert.Equal(t.Text, article.Text.Substring(t.Start, t.Length));
            Assert.DoesNotContain(article.Paragraphs, p => p.Text == t.Text);
            Assert.Contains(article.Diagnostics, d => d.Code == DiagnosticCode.TitleLine && d.Start == t.Start);
        }
    }

    [Theory]
    [MemberData(nameof(Clutter))]
    public void Parse_PageClutter_IsReportedAndKeptOutOfTheBody(string text, string clutter)
    {
        var article = PersianNewsParser.Default.Parse(text);
        int at = text.IndexOf(clutter, StringComparison.Ordinal);
        Assert.Contains(article.Diagnostics, d => d.Code == DiagnosticCode.PageClutter && d.Start == at && d.Length == clutter.Length);
        Assert.DoesNotContain(article.Paragraphs, p => p.Start < at + clutter.Length && at < p.Start + p.Length);
        Assert.Contains(article.Paragraphs, p => p.Text.StartsWith("وزیر نیرو", StringComparison.Ordinal));
    }

    /// <summary>A metadata line whose fields are all removed leaves no paragraph of the separators between them.</summary>
    public static TheoryData<string> SeparatedFields => new()
    {
        "کد خبر: ۶۵۴۳۲۱ | تاریخ انتشار: ۱۴۰۳/۰۸/۱۴ - ۱۰:۳۰ | سرویس: اقتصادی\n" + Para,
        "کد خبر: ۶۵۴۳۲۱ • سرویس: اقتصادی\n" + Para,
        Lead + " کد خبر: ۶۵۴۳۲۱ / سرویس: اقتصادی\n" + Para,
    };

    [Theory]
    [MemberData(nameof(SeparatedFields))]
    public void Parse_SeparatorsBetweenRemovedFields_AreNoParagraph(string text)
    {
        var article = PersianNewsParser.Default.Parse(text);
        Assert.All(article.Paragraphs, p => Assert.Contains(p.Text, char.IsLetterOrDigit));
        Assert.Contains(article.Paragraphs, p => p.Text == Para);
    }

    [Fact]
    public void Parse_InlineClutter_SplitsTheParagraphAroundIt()
    {
        var article = PersianNewsParser.Default.Parse(Lead + " اندازه متن Aa Aa " + Para);
        Assert.Equal([Lead, Para], article.Paragraphs.Select(p => p.Text));
    }

    /// <summary>Text → the publication date chosen (ISO), or null when only event dates are printed.</summary>
    public static TheoryData<string, string?> Dates => new()
    {
        { "date 2025-09-04 ایسنا - " + Lead, "2025-09-04" },
        { "2025-09-04\n" + Lead, "2025-09-04" },
        { Lead + " تاریخ انتشار: 2021-05-07 " + Para, "2021-05-07" },
        { Lead + "\n" + Para + "\nتاریخ انتشار: 2019-12-25", "2019-12-25" },
        { Lead + " 2021-06-08 - 15:34 " + Para, "2021-06-08" },
        { "2021-09-22 - 09:48 GMT 06:18\n2021-02-27 / 17:07\n" + Lead, "2021-02-27" },
        { "به روز شده در: 2021-02-28 تاریخ انتشار: 2021-02-27 " + Lead, "2021-02-27" },
        { Lead + " حمله به تظاهرات تبریز2021-07-24 " + Para, "2021-07-24" },
        { Lead + " این توافق در 2021-02-27 امضا شد و " + Para, null },
        { Lead + "\n" + Para + "\n" + Para + "\nاین توافق در 2021-02-27 امضا شد.\n" + Para + "\n" + Para, null },
        { "کابل ۱۲ اسد ۱۴۰۳\n" + Lead, "2024-08-02" },
        { "کابل (پژواک، ۱۲ اسد ۱۴۰۳): " + Para, "2024-08-02" },                  // in the dateline's bracket
        { "تهران- ایرنا- ۱۲ مرداد ۱۴۰۳ - " + Para, "2024-08-02" },                  // after the dateline and a dash
        { "تهران - ایرنا - ۱۴۰۳/۰۵/۱۲ - " + Para, "2024-08-02" },
        { "تهران - ایرنا - ۱۲ مرداد ۱۴۰۳\n" + Para, "2024-08-02" },                // the dateline alone on its line
        { "تهران (ایرنا) - ۱۲ مرداد ۱۴۰۳ - " + Para, "2024-08-02" },                // the outlet in a bracket
        { "تهران - ایرنا - وزیر گفت که طرح از ۱۲ مرداد ۱۴۰۳\n" + Para, null },     // a sentence ending with a date
        { "تهران- ایرنا- وزیر گفت که طرح ۱۲ مرداد ۱۴۰۳ - " + Para, null },       // in the sentence after it
        { "پژواک، ۱۲ اسد ۱۴۰۳: " + Para, "2024-08-02" },                          // the outlet, a comma, the date, a colon
        { "در نشست خبری امروز، ۱۲ مرداد ۱۴۰۳: " + Para, null },                    // a phrase, not a dateline
        { "در این گزارش (که ۱۲ اسد ۱۴۰۳ منتشر شد) آمده است: " + Para, null },     // a bracket in a sentence
        { "Aug 2, 2024\n" + Lead, "2024-08-02" },
        { "Published: 2024-08-02\n" + Lead, "2024-08-02" },
        { Lead + " NATO 2024 summit " + Para, null },
        { "تهران، ۱۲ مرداد ۱۴۰۳\n" + Lead, "2024-08-02" },
        { "مزار شریف - ۱۲ اسد ۱۴۰۳\n" + Lead, "2024-08-02" },
        { "انتشار: ۱۲ مرداد ۱۴۰۳\n" + Lead, "2024-08-02" },
        { "منتشر شده در ۱۲ مرداد ۱۴۰۳\n" + Lead, "2024-08-02" },
        { "آخرین به‌روزرسانی: ۱۴۰۳/۰۵/۱۴ ساعت ۱۸:۲۰\nمنتشر شده: ۱۲ مرداد ۱۴۰۳\n" + Lead, "2024-08-02" },   // the publication date, not the update
        { "منتشرشده: ۱۲ مرداد ۱۴۰۳\n" + Lead, "2024-08-02" },
        { "تاریخ درج: ۱۴۰۳/۰۵/۱۲\n" + Lead, "2024-08-02" },
        { "تاریخ و ساعت انتشار: ۱۲ مرداد ۱۴۰۳ - ۱۰:۱۵\n" + Lead, "2024-08-02" },
        { "انتشار یافته: ۱۲ مرداد ۱۴۰۳\n" + Lead, "2024-08-02" },
        { "تاریخ نشر: ۱۲ اسد ۱۴۰۳\n" + Lead, "2024-08-02" },
        { "سدها پر شد\nآخرین به روز رسانی: ۱۲ مرداد ۱۴۰۳\n" + Lead, "2024-08-02" },   // the label in three words
        { "بروز رسانی: ۱۲ مرداد ۱۴۰۳\n" + Lead, "2024-08-02" },
        { "نویسنده: لیلا موسوی | ۱۲ مرداد ۱۴۰۳\n" + Lead, "2024-08-02" },            // the last field of a pipe-separated strip
        { "سدها پر شد\nاقتصادی | ۱۴۰۳/۰۵/۱۲\n" + Lead, "2024-08-02" },
        { "خبرنگار: علی رضایی | ۱۲ مرداد ۱۴۰۳ | ۱۴:۳۰\n" + Lead, "2024-08-02" },
        { "خبرنگار: علی رضایی - ۱۲ مرداد ۱۴۰۳\n" + Lead, "2024-08-02" },            // or after a spaced dash
        { "سدها پر شد | ۱۲ مرداد ۱۴۰۳ روز پرآبی بود\n" + Lead, null },            // a date inside a headline's clause                      // the Afghan label: "نشر", not "انتشار"
        { "سدها پر شد\nتاریخ نشر: ۱۲ اسد ۱۴۰۳\n" + Lead, "2024-08-02" },
        { Lead + "\nدر کابل ۱۲ اسد ۱۴۰۳\n" + Para, null },
        { Lead + "\nسفر وزیر به کابل ۱۲ اسد ۱۴۰۳\n" + Para, null },
        { Lead + " گزارش منتشر شده در ۱۲ مرداد ۱۴۰۳ نشان می‌دهد " + Para, null },
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void Parse_PrintedDate_IsFoundWhereNewsPagesPrintIt(string text, string? expected)
    {
        var article = PersianNewsParser.Default.Parse(text);
        Assert.Equal(expected, article.Date?.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        if (article.Date is { } date)
        {
            Assert.Equal(date.Text, article.Text.Substring(date.Start, date.Length));
            Assert.DoesNotContain(article.Paragraphs, p => p.Start <= date.Start && date.Start < p.Start + p.Length);
        }
    }

    [Fact]
    public void Parse_SecondPrintedDate_IsReportedAsAdditional()
    {
        var article = PersianNewsParser.Default.Parse("به روز شده در: 2021-02-28 تاریخ انتشار: 2021-02-27 " + Lead);
        Assert.Contains(article.Diagnostics, d => d.Code == DiagnosticCode.AdditionalDate);
    }
}
