namespace PersianNews.Core.Tests.Header;

/// <summary>Reporters in byline positions, and the sources a text credits ("به نقل از B", "منبع: B").</summary>
public sealed class BylineAndSourceTests
{
    private const string Body = "وزیر نیرو روز دوشنبه گفت که ذخایر سدهای کشور ده درصد بیشتر از پارسال است و تابستان بدون خاموشی خواهد گذشت.";

    /// <summary>Text → the reporters, in order of appearance.</summary>
    public static TheoryData<string, string[]> Bylines => new()
    {
        { "باشگاه خبرنگاران جوان؛ مریم احمدی - " + Body, ["مریم احمدی"] },
        { "ایسنا - علی رضایی: سخنگوی دولت گفت: بودجه کسری ندارد.\n" + Body, ["علی رضایی"] },
        { "خبرنگار: سارا محمدی\n" + Body, ["سارا محمدی"] },
        { "نویسنده: حسن کریمی\n" + Body, ["حسن کریمی"] },
        { "گزارش از نرگس یزدانی\n" + Body, ["نرگس یزدانی"] },
        { "ترجمه: فرناز اشراقی\n" + Body, ["فرناز اشراقی"] },
        { "مترجم: مهدی کاظمی\n" + Body, ["مهدی کاظمی"] },
        { "همشهری آنلاین - رضا حسینی: " + Body, ["رضا حسینی"] },
        { "گزارش: لیلا موسوی\n" + Body, ["لیلا موسوی"] },
        { "تسنیم؛ گزارش از محمد رضایی - " + Body, ["محمد رضایی"] },
        { "به قلم امیر صادقی\n" + Body, ["امیر صادقی"] },
        { "نویسنده: رضا نیکو و مینا صالحی\n" + Body, ["رضا نیکو", "مینا صالحی"] },
        { "نویسنده: دکتر علی اکبری و مریم حسینی\n" + Body, ["علی اکبری", "مریم حسینی"] },
        { "خبرنگار: مهندس رضا کریمی\n" + Body, ["رضا کریمی"] },
        { "نویسنده خبر: علی رضایی\n" + Body, ["علی رضایی"] },
        { "سدها پر شدند\nدیوید تامسن\nترجمه: فرناز اشراقی\n" + Body + "\n" + Body, ["دیوید تامسن", "فرناز اشراقی"] },
        { "سدها پر شدند\nمریم غفاری: نماینده سازمان جهانی بهداشت گفت: ایران در خدمات بهداشتی موفق است.\n" + Body, ["مریم غفاری"] },
        { Body + " کد خبر: 99120906410 خبرنگار : 71132\n" + Body, [] },
        { "همایون شاهرخی: من یک شغله هستم\n" + Body + "\n" + Body, [] },
        { "وزیر نیرو: تابستان بدون خاموشی می‌گذرد و همه باید صرفه‌جویی کنند تا این وعده عملی شود. او گفت: باید صرفه‌جویی کنیم.", [] },
        // after a comma, one word or a title describes the writer; a name of two words or more is a second writer
        { "نویسنده: دکتر علی سرزعیم، اقتصاددان\n" + Body, ["علی سرزعیم"] },
        { "نویسنده: مریم حسینی، استاد دانشگاه تهران\n" + Body, ["مریم حسینی"] },
        { "نویسندگان: رضا نیکو، مینا صالحی\n" + Body, ["رضا نیکو", "مینا صالحی"] },
        // the outlet's masthead on the line above a byline is not an author
        { "روزنامه اعتماد\nگزارش: لیلا موسوی\n" + Body, ["لیلا موسوی"] },
        { "همشهری آنلاین\nخبرنگار: سارا محمدی\n" + Body, ["سارا محمدی"] },
        { "خبرگزاری ایسنا\nترجمه: فرناز اشراقی\n" + Body, ["فرناز اشراقی"] },
        // the other credits of a page's byline: a column, an interview, a compilation, the reporter with the outlet
        { "یادداشت از علی رضایی\n" + Body, ["علی رضایی"] },
        { "مصاحبه از امیر کاظمی\n" + Body, ["امیر کاظمی"] },
        { "گفت‌وگو از سارا محمدی\n" + Body, ["سارا محمدی"] },
        { "تنظیم: حسن کریمی\n" + Body, ["حسن کریمی"] },
        { "خبرنگار ایسنا: زهرا نوری\n" + Body, ["زهرا نوری"] },
        { "تنظیم بازار میوه در دستور کار است\n" + Body + "\n" + Body, [] },
        // the photographer's credit after a slash or a pipe on the byline's line is no part of the name
        { "گزارش: مریم احمدی / عکس: رضا نوری\n" + Body, ["مریم احمدی"] },
        { "خبرنگار: مریم احمدی | عکاس: رضا نوری\n" + Body, ["مریم احمدی"] },
        { "نویسنده: مریم احمدی/ ترجمه: رضا نوری\n" + Body, ["مریم احمدی", "رضا نوری"] },      // the word without its colon is prose
    };

    /// <summary>Text → the credited sources, in order of appearance.</summary>
    public static TheoryData<string, string[]> Sources => new()
    {
        { "به گزارش ایرنا به نقل از رویترز، " + Body, ["رویترز"] },
        { "به نقل از گاردین، " + Body, ["گاردین"] },
        { Body + "\nمنبع خبر: ایسنا", ["ایسنا"] },
        { "به گزارش مرکز آمار ایران، " + Body, ["مرکز آمار ایران"] },
        { "به گزارش پلیس راهور، " + Body, ["پلیس راهور"] },
        { "مترجم: نازنین امیری\nبه نقل از پایگاه خبری الجزیره، " + Body, ["پایگاه خبری الجزیره"] },
        { Body + " او به نقل از وزیر گفت که سدها پر است.", [] },
        { "به گزارش خبرگزاری مهر، به نقل از روابط عمومی وزارت نیرو، " + Body, ["روابط عمومی وزارت نیرو"] },
        // "به نوشته B" opening the clause after the outlet's attribution is the same chain as "به نقل از B"
        { "به گزارش ایسنا، به نوشته روزنامه گاردین، " + Body, ["روزنامه گاردین"] },
        { "به گزارش خبرگزاری مهر، به نوشته وال‌استریت ژورنال، " + Body, ["وال‌استریت ژورنال"] },
        { "به گزارش فارس به نقل از خبرگزاری \"سانا\"، " + Body, ["خبرگزاری \"سانا"] },
        { Body + "\nمنبع: رویترز", ["رویترز"] },
        { Body + "\nبه نقل از: روزنامه همشهری", ["روزنامه همشهری"] },          // the credit field, with its colon
        { "به نقل از: خبرگزاری ایسنا\n" + Body, ["خبرگزاری ایسنا"] },
        { Body + "\nمنبع : خبرگزاری تسنیم", ["خبرگزاری تسنیم"] },
        { Body + " " + Body + " منبع: ایسنا", ["ایسنا"] },
        { "اعتمادآنلاین| به گزارش باشگاه خبرنگاران جوان، " + Body, ["باشگاه خبرنگاران جوان"] },
        { "العالم - به گزارش «بلومبرگ»، " + Body, ["بلومبرگ"] },
        { "به گزارش سایت ریاست جمهوری، " + Body, ["سایت ریاست جمهوری"] },
        { "به گزارش خبرگزاری رسمی جمهوری اسلامی، ایرنا، " + Body, ["خبرگزاری رسمی جمهوری اسلامی، ایرنا"] },
        { "تسنیم - " + Body + " " + Body + " فارس", ["فارس"] },
        { "به گزارش ایسنا، " + Body + " به گزارش ایسنا، " + Body, [] },
        { "منبع آگاه به گزارش ما گفت که " + Body, [] },
    };

    [Theory]
    [MemberData(nameof(Bylines))]
    public void Parse_Byline_ReadsReporters(string text, string[] reporters)
    {
        var article = PersianNewsParser.Default.Parse(text);
        Assert.Equal(reporters, article.Reporters.Select(r => r.Name));
        foreach (var r in article.Reporters)
        {
            Assert.Equal(r.Name, article.Text.Substring(r.Start, r.Length));
            Assert.DoesNotContain(article.Paragraphs, p => p.Start <= r.Start && r.Start < p.Start + p.Length);
        }
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Parse_Credit_ReadsSources(string text, string[] sources)
    {
        var article = PersianNewsParser.Default.Parse(text);
        Assert.Equal(sources, article.Sources.Select(s => s.Name));
        foreach (var s in article.Sources)
        {
            Assert.Equal(s.Name, article.Text.Substring(s.Start, s.Length));
        }
    }

    [Fact]
    public void Parse_ChainAttribution_GivesOutletAndSource()
    {
        var article = PersianNewsParser.Default.Parse("به گزارش همشهری‌آنلاین به نقل از فارس، " + Body);
        Assert.Equal("hamshahri", article.Outlet?.Id);
        Assert.Equal("فارس", Assert.Single(article.Sources).Name);
    }

    [Fact]
    public void Parse_CreditLine_IsReportedAndNotBody()
    {
        var article = PersianNewsParser.Default.Parse(Body + "\nمنبع: رویترز");
        Assert.Single(article.Paragraphs);
        Assert.Contains(article.Diagnostics, d => d.Code == DiagnosticCode.SourceLine);
    }
}
