namespace PersianNews.Core.Tests.Quotes;

/// <summary>
/// Who holds a title written without a name: the person named next or the person quoted before. Sentences written for
/// the project in the style of agency, sports and Afghan news copy.
/// </summary>
public sealed class TitleHolderTests
{
    private const string Lead = "به گزارش ایسنا، واکنش‌ها به نتایج مسابقات ادامه دارد.\n\n";

    private const string FirstSpeaker = "سعید احمدی، کاپیتان سابق تیم ملی، در پستی در اینستاگرام نوشت: «لیگ ما ضعیف است.»\n\n";

    private static IReadOnlyList<AttributedQuote> Quotes(string body) => PersianNewsParser.Default.Parse(Lead + FirstSpeaker + body).Quotes;

    /// <summary>
    /// A title alone, then a person not named before and given no title, speaking in the next sentence: the title
    /// first and the name next is one person (the quote before the title keeps its speaker) → the name for both.
    /// </summary>
    public static TheoryData<string, string> TitleThenNewName => new()
    {
        {
            "رئیس فدراسیون والیبال در پیامی به بازیکنان از آنها خواست که با سربلندی به کشور بازگردند.\n\n"
            + "محمدرضا کاظمی در این پیام آورده است: «من مسئولیت نتایج را می‌پذیرم.»",
            "محمدرضا کاظمی"
        },
        {
            "سرمربی ایتالیایی تیم ملی در گفت‌وگو با یک رسانه ایتالیایی گفته است که قصد استعفا ندارد. روبرتو مانچینی گفت: «به این بازیکنان ایمان دارم.»",
            "روبرتو مانچینی"
        },
        {
            "ولسوال ولسوالی اچین می‌گوید که وضعیت امنیتی بهبود یافته است.\n\nمحمد نعیم نوری گفت: «مردم به خانه‌های شان برگشته‌اند.»",
            "محمد نعیم نوری"
        },
    };

    [Theory]
    [MemberData(nameof(TitleThenNewName))]
    public void Resolve_TitleThenNewUntitledName_TitleGoesToTheNameNotThePersonBefore(string body, string name)
    {
        var quotes = Quotes(body);
        Assert.Equal(3, quotes.Count);
        Assert.Equal("سعید احمدی", quotes[0].Speaker?.Name);
        Assert.Equal(name, quotes[1].Speaker?.Name);
        Assert.Equal(name, quotes[2].Speaker?.Name);
    }

    /// <summary>
    /// A title whose verb goes on ("افزود", "ادامه داد") is still the person quoted before, even when someone new
    /// speaks next → the first speaker.
    /// </summary>
    public static TheoryData<string> ContinuingTitleThenNewName => new()
    {
        "کاپیتان سابق تیم ملی افزود: «باید برنامه داشته باشیم.»\n\nمحمدرضا کاظمی گفت: «من مسئولیت نتایج را می‌پذیرم.»",
        "کاپیتان سابق تیم ملی ادامه داد که باید برنامه داشته باشیم.\n\nمحمدرضا کاظمی گفت: «من مسئولیت نتایج را می‌پذیرم.»",
    };

    [Theory]
    [MemberData(nameof(ContinuingTitleThenNewName))]
    public void Resolve_ContinuingTitleThenNewName_StaysWithThePersonBefore(string body)
    {
        var quotes = Quotes(body);
        Assert.Equal(3, quotes.Count);
        Assert.Equal("سعید احمدی", quotes[1].Speaker?.Name);
        Assert.Equal("محمدرضا کاظمی", quotes[2].Speaker?.Name);
    }

    /// <summary>
    /// A player's position is a title ("مهاجم پرسپولیس", "هافبک استقلال", "دروازه‌بان تیم ملی"): the person named next
    /// holds it → the name, with the position as the role.
    /// </summary>
    public static TheoryData<string, string> PositionThenName => new()
    {
        { "مهاجم پرسپولیس که گل پیروزی را به ثمر رساند، پس از بازی گفت: «این گل را به پدرم تقدیم می‌کنم.»", "مهاجم پرسپولیس" },
        { "هافبک استقلال هم پس از بازی گفت: «از هواداران عذرخواهی می‌کنم.»", "هافبک استقلال" },
        { "دروازه‌بان تیم ملی نیز به خبرنگاران گفت: «دفاع ما خوب کار کرد.»", "دروازه‌بان تیم ملی" },
    };

    [Theory]
    [MemberData(nameof(PositionThenName))]
    public void Resolve_PlayerPositionThenName_PositionIsTheNamedPlayersTitle(string first, string role)
    {
        var quotes = PersianNewsParser.Default.Parse(Lead + first + "\n\nعیسی کریمی افزود که رابطه او با کادر فنی بسیار خوب است.").Quotes;
        Assert.Equal(2, quotes.Count);
        Assert.Equal("عیسی کریمی", quotes[0].Speaker?.Name);
        Assert.Equal(role, quotes[0].Speaker?.Role);
        Assert.Equal("عیسی کریمی", quotes[1].Speaker?.Name);
    }

    /// <summary>
    /// A title or an honorific followed by a bound surname part ("زاده", "پور", "نژاد") with a space where the
    /// half-space was lost is the first part of a surname ("قاضی زاده", "حاجی پور"), never a title → the whole name.
    /// </summary>
    public static TheoryData<string, string> TitleWordInSpacedSurname => new()
    {
        { "سید امیرحسین قاضی زاده هاشمی کاندیدای انتخابات گفت: «تا آخر هستم.»", "سید امیرحسین قاضی زاده هاشمی" },
        { "قاضی زاده هاشمی در جمع هوادارانش گفت: «تا آخر هستم.»", "قاضی زاده هاشمی" },
    };

    [Theory]
    [MemberData(nameof(TitleWordInSpacedSurname))]
    public void Resolve_TitleWordBeforeSurnamePart_IsPartOfTheName(string sentence, string name)
        => Assert.Equal(name, Assert.Single(PersianNewsParser.Default.Parse(sentence).Quotes).Speaker?.Name);

    /// <summary>
    /// A title alone and a person named later with the same head word over another body ("رئیس دولت" …
    /// "رئیس مجلس نمایندگان، X،"): two offices, so the title is not that person's → the title as written.
    /// </summary>
    public static TheoryData<string, string> SameHeadOtherBody => new()
    {
        {
            "به گفته رئیس دولت، در سال جاری ۲۰۰ مکتب جدید ساخته خواهد شد.\n\nرئیس مجلس نمایندگان، محمدطاهر ذاکری، به خبرنگاران گفت که پیام سالانه مهم است.",
            "رئیس دولت"
        },
        {
            "سخنگوی وزارت بهداشت گفت که واکسن به اندازه کافی وجود دارد.\n\nسخنگوی کمیسیون آموزش مجلس، علی کریمی، گفت که مدارس باز می‌ماند.",
            "سخنگوی وزارت بهداشت"
        },
    };

    [Theory]
    [MemberData(nameof(SameHeadOtherBody))]
    public void Resolve_TitleThenSameHeadOfOtherBody_StaysAsWritten(string body, string name)
    {
        var quotes = PersianNewsParser.Default.Parse(Lead + body).Quotes;
        Assert.Equal(2, quotes.Count);
        Assert.Equal(name, quotes[0].Speaker?.Name);
    }

    /// <summary>
    /// "قاضی X", "سناتور X": the honorific is the person's office, so the title alone later is that person even after
    /// someone else spoke → the judge's or senator's name, with the office as the role.
    /// </summary>
    public static TheoryData<string, string, string> OfficeHonorificThenTitleAlone => new()
    {
        {
            "قاضی مسعودی خطاب به متهمان گفت: «دادگاه به همه فرصت دفاع می‌دهد.»\n\nمحمدرضا شاکری گفت: «من قصد کلاهبرداری نداشتم.»\n\n"
            + "قاضی در پاسخ به این متهم گفت: «شما بدون مجوز سپرده جمع کرده‌اید.»",
            "مسعودی", "قاضی"
        },
        {
            "سناتور لیندسی گراهام گفت: «تحریم‌ها ادامه دارد.»\n\nجان کربی گفت: «درباره مذاکرات اظهارنظر نمی‌کنم.»\n\n"
            + "سناتور در پاسخ به او گفت: «دولت باید پاسخگو باشد.»",
            "لیندسی گراهام", "سناتور"
        },
    };

    [Theory]
    [MemberData(nameof(OfficeHonorificThenTitleAlone))]
    public void Resolve_OfficeHonorificThenTitleAlone_IsThatPerson(string body, string name, string role)
    {
        var quotes = PersianNewsParser.Default.Parse(Lead + body).Quotes;
        Assert.Equal(3, quotes.Count);
        Assert.Equal((name, role), (quotes[0].Speaker?.Name, quotes[0].Speaker?.Role));
        Assert.Equal(name, quotes[2].Speaker?.Name);
    }

    /// <summary>
    /// A title held for a party to the case ("وکیل مدافع متهم ردیف اول", "وکیل شاکیان") names its holder by that
    /// relation: never the party described next ("متهم ردیف سوم") → the title as written, for it and for "وی" after it.
    /// </summary>
    public static TheoryData<string> TitleOfCaseParty => new()
    {
        "وکیل مدافع متهم ردیف اول نیز اظهار کرد که دارایی‌های شرکت توقیف شده است.",
        "وکیل شاکیان نیز اظهار کرد که دارایی‌های شرکت توقیف شده است.",
    };

    [Theory]
    [MemberData(nameof(TitleOfCaseParty))]
    public void Resolve_TitleHeldForCaseParty_NotThePartyDescribedNext(string title)
    {
        var quotes = PersianNewsParser.Default.Parse(Lead + "قاضی مسعودی گفت: «جلسه رسمی است.»\n\n" + title
            + "\n\nوی گفت: «ما کارشناسی جدید می‌خواهیم.»\n\nمتهم ردیف سوم در آخرین دفاع خود گفت که از دستورات پیروی می‌کرده است.").Quotes;
        Assert.Equal(4, quotes.Count);
        string written = title[..title.IndexOf(" نیز", StringComparison.Ordinal)];
        Assert.Equal(written, quotes[1].Speaker?.Name);
        Assert.Equal(written, quotes[2].Speaker?.Name);
        Assert.Equal("متهم ردیف سوم", quotes[3].Speaker?.Name);
    }
}
