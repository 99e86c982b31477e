namespace PersianNews.Core.Tests.Quotes;

/// <summary>
/// Speaker resolution in the layouts of Persian news copy that hide the subject: sub-headings glued to the sentence
/// after a headline slash, an opening "در این مراسم" before the subject, a verb coordinated with an earlier one.
/// Sentences written for the project.
/// </summary>
public sealed class SpeakerRuleTests
{
    private const string Lead = "به گزارش ایسنا، نشست خبری هفتگی روز دوشنبه در تهران برگزار شد.\n\n";

    private static IReadOnlyList<AttributedQuote> Quotes(string body) => PersianNewsParser.Default.Parse(Lead + body).Quotes;

    /// <summary>Body text → the name every quote in it is attributed to.</summary>
    public static TheoryData<string, string> GluedHeading => new()
    {
        // "HEADING A/ HEADING B NAME ROLE ... cue": the scraped page runs the sub-heading into the sentence.
        { "کمبود آب در تابستان/ مصرف روزانه ۳۰۰ لیتر است رضا کریمی مدیرعامل شرکت آب گفت: مردم باید صرفه‌جویی کنند.", "رضا کریمی" },
        { "افزایش قیمت نان/ نرخ جدید از شنبه اجرا می‌شود مهدی نوری، رئیس اتحادیه نانوایان اظهار کرد: نرخ جدید از شنبه اجرا می‌شود.", "مهدی نوری" },
        // the pronoun of the next sentence follows the person, not the heading
        { "بازار خودرو راکد شد/ فروش ۴۰ درصد کم شد علی توکلی عضو انجمن خودروسازان گفت: خریدار نیست. وی افزود: قیمت‌ها بالاست.", "علی توکلی" },
        // "SURNAME: HEADLINE" as an intertitle run into the sentence that names the person in full
        { "جلسه تمام شد. کریمی: بودجه باشگاه‌ها را زیاد می‌کنیم رضا کریمی در این نشست گفت: منابع کافی است.", "رضا کریمی" },
    };

    [Theory]
    [MemberData(nameof(GluedHeading))]
    public void Resolve_HeadingGluedAfterSlash_SpeakerIsTheIntroducedPerson(string body, string name)
    {
        var quotes = Quotes(body);
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.Equal(name, q.Speaker?.Name));
    }

    /// <summary>A name after a noun without a slash before it is an object, not the speaker.</summary>
    public static TheoryData<string, string> NameInsideSubject => new()
    {
        { "روزنامه همشهری درباره تصمیم حسن کاظمی، شهردار تهران، نوشت که طرح متوقف شد.", "روزنامه همشهری" },
        { "کریمی در بخش دیگری از سخنان خود درباره پرونده علی نادری، معاون سابق وزارت، گفت: تحقیقات تمام است.", "کریمی" },
    };

    [Theory]
    [MemberData(nameof(NameInsideSubject))]
    public void Resolve_NameAfterNounWithoutSlash_SubjectStaysFirstPhrase(string body, string name)
        => Assert.Equal(name, Assert.Single(Quotes(body)).Speaker?.Name);

    /// <summary>
    /// Movements and international bodies named by their own name ("حماس", "طالبان", "آژانس") speak as bodies: a title
    /// named before them is never theirs, and a title after them is not linked to them. Text → the three speakers.
    /// </summary>
    public static TheoryData<string, string[]> BodiesByTheirOwnName => new()
    {
        {
            "نخست‌وزیر اسرائیل تهدید کرد که حملات را گسترش می‌دهد.\nحماس هشدار داد که این اقدام عواقب سنگینی خواهد داشت.\nدبیرکل سازمان ملل ابراز امیدواری کرد که آتش‌بس برقرار شود.",
            ["نخست‌وزیر اسرائیل", "حماس", "دبیرکل سازمان ملل"]
        },
        {
            "سخنگوی وزارت خارجه پاکستان گفت که مرزها باز است.\nطالبان اعلام کردند که تجارت از سر گرفته می‌شود.\nوزیر بازرگانی افغانستان گفت که صادرات افزایش می‌یابد.",
            ["سخنگوی وزارت خارجه پاکستان", "طالبان", "وزیر بازرگانی افغانستان"]
        },
    };

    [Theory]
    [MemberData(nameof(BodiesByTheirOwnName))]
    public void Resolve_BodyNamedByItsOwnName_NeverHoldsATitle(string body, string[] speakers)
        => Assert.Equal(speakers, Quotes(body).Select(q => q.Speaker?.Name).ToArray());

    /// <summary>
    /// "همتای روس خود" names the counterpart: an office title of that country later ("وزیر خارجه روسیه گفت") is the
    /// person named there, before it after "با" or after it; another country's title is not. Body → the speakers.
    /// </summary>
    public static TheoryData<string, string[]> CounterpartOfACountry => new()
    {
        {
            "سید عباس عراقچی در تماس تلفنی با فیصل بن فرحان همتای سعودی خود گفت‌وگو کرد.\n\nوزیر خارجه عربستان اظهار داشت که ریاض خواهان همکاری است.",
            ["فیصل بن فرحان"]
        },
        {
            "سید عباس عراقچی با همتای روس خود، سرگئی لاوروف، در مسکو دیدار کرد.\n\nوزیر خارجه روسیه گفت: «مسکو از مذاکرات حمایت می‌کند.»\n\nوزیر دفاع ترکیه نیز گفت که آنکارا نگران است.",
            ["سرگئی لاوروف", "وزیر دفاع ترکیه"]
        },
    };

    [Theory]
    [MemberData(nameof(CounterpartOfACountry))]
    public void Resolve_TitleOfTheCounterpartsCountry_IsTheCounterpart(string body, string[] speakers)
        => Assert.Equal(speakers, Quotes(body).Select(q => q.Speaker?.Name).ToArray());

    /// <summary>
    /// Places and bodies named after someone, or by a word that is also a given name, keep that name inside the title:
    /// "رئیس دانشگاه شهید بهشتی" is a title with no holder written, not the person "بهشتی"; a holder named after the
    /// place's own name is still the speaker. Subject → the speaker.
    /// </summary>
    public static TheoryData<string, string> PlaceNamedAfterSomeone => new()
    {
        { "رئیس دانشگاه شهید بهشتی", "رئیس دانشگاه شهید بهشتی" },
        { "رئیس بیمارستان امام رضا", "رئیس بیمارستان امام رضا" },
        { "رئیس دانشگاه علامه طباطبایی", "رئیس دانشگاه علامه طباطبایی" },
        { "رئیس بیمارستان سینا", "رئیس بیمارستان سینا" },
        { "رئیس بیمارستان امام خمینی دکتر علی احمدی", "علی احمدی" },
        { "رئیس دانشگاه تهران محمد مقیمی", "محمد مقیمی" },
        { "سخنگوی دولت فاطمه مهاجرانی", "فاطمه مهاجرانی" },
    };

    /// <summary>"مقابله با" and "مبارزه با" inside an office's name do not end the title at "با"; "با" opening an
    /// adverbial after a plain title still does. Sentence → the speaker.</summary>
    public static TheoryData<string, string> OfficeNameWithBa => new()
    {
        { "سخنگوی ستاد ملی مقابله با کرونا گفت که محدودیت‌ها ادامه دارد.", "سخنگوی ستاد ملی مقابله با کرونا" },
        { "دبیر ستاد مبارزه با مواد مخدر گفت که کشفیات افزایش یافته است.", "دبیر ستاد مبارزه با مواد مخدر" },
        { "وزیر کشور با اشاره به ناآرامی‌ها گفت که امنیت برقرار است.", "وزیر کشور" },
    };

    [Theory]
    [MemberData(nameof(OfficeNameWithBa))]
    public void Resolve_OfficeNameWithMoqabeleBa_KeepsTheWholeName(string sentence, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(sentence)).Speaker?.Name);

    [Theory]
    [MemberData(nameof(PlaceNamedAfterSomeone))]
    public void Resolve_TitleNamingAPlaceAfterSomeone_KeepsThatNameInTheTitle(string subject, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(subject + " گفت: «بررسی می‌کنیم.»")).Speaker?.Name);

    /// <summary>"در این مراسم/دیدار (همچنین) X ... کرد و گفت": the occasion phrase is not the subject.</summary>
    public static TheoryData<string, string> OccasionOpening => new()
    {
        { "در این مراسم همچنین بهرام صفایی از همکاری دو کشور استقبال کرد و اظهار داشت: زمینه همکاری فراهم است.", "بهرام صفایی" },
        { "در این دیدار کامران فتحی از پیشرفت طرح خبر داد و گفت: کار تا پایان سال تمام می‌شود.", "کامران فتحی" },
        { "در این نشست سعید امینی گفت که بودجه افزایش می‌یابد.", "سعید امینی" },
    };

    [Theory]
    [MemberData(nameof(OccasionOpening))]
    public void Resolve_OccasionPhraseOpensSentence_SpeakerIsTheSubjectAfterIt(string body, string name)
    {
        const string first = "هوشنگ رحیمی سفیر ترکیه گفت: «روابط دو کشور خوب است.»\n\n";
        var quotes = Quotes(first + body);
        Assert.Equal(2, quotes.Count);
        Assert.Equal(name, quotes[1].Speaker?.Name);
    }

    /// <summary>An opening adverb of time before the subject ("پیشتر X گفته بود") is not part of the name.</summary>
    public static TheoryData<string, string> OpeningAdverb => new()
    {
        { "پیشتر حسین مرادی، سخنگوی دولت، گفته بود که بودجه کافی است.", "حسین مرادی" },
        { "اخیراً مهرداد صالحی گفت: «قیمت‌ها ثابت می‌ماند.»", "مهرداد صالحی" },
    };

    [Theory]
    [MemberData(nameof(OpeningAdverb))]
    public void Resolve_OpeningAdverbOfTime_IsNotPartOfSpeaker(string body, string name)
        => Assert.Equal(name, Assert.Single(Quotes(body)).Speaker?.Name);

    /// <summary>
    /// "یک مقام ..." is one anonymous person: kept as written, and the "این مقام ..." and dropped subjects after it
    /// refer to it, not to the named person quoted before it.
    /// </summary>
    public static TheoryData<string, string> AnonymousSourceThenAnaphor => new()
    {
        { "این مقام اروپایی افزود که گفت‌وگوها ادامه دارد.", "این مقام اروپایی" },
        { "این مقام ارشد همچنین گفت که تحریم‌ها لغو نمی‌شود.", "این مقام ارشد" },
    };

    [Theory]
    [MemberData(nameof(AnonymousSourceThenAnaphor))]
    public void Resolve_AnaphorAfterAnonymousSource_LinksToTheSource(string third, string mention)
    {
        const string body = "رضا نادری، وزیر خارجه، گفت: «مذاکرات جدی است.»\n\n"
                          + "پیشتر یک مقام ارشد اروپایی گفت که توافق نزدیک است.\n\n";
        var quotes = Quotes(body + third);
        Assert.Equal(3, quotes.Count);
        Assert.Equal("یک مقام ارشد اروپایی", quotes[1].Speaker?.Name);
        Assert.Equal(mention, quotes[2].Speaker?.Text);
        Assert.Equal("یک مقام ارشد اروپایی", quotes[2].Speaker?.Name);
    }

    /// <summary>A sub-heading on the line above a title is not the title holder's name.</summary>
    public static TheoryData<string> HeadingAboveTitle => new()
    {
        "تغذیه کودکان\nنماینده یونیسف در ایران گفت: «کودکان در اولویت هستند.»",
        "برنامه‌های تازه\nنماینده یونیسف در ایران افزود: کودکان در اولویت هستند.",
    };

    [Theory]
    [MemberData(nameof(HeadingAboveTitle))]
    public void Resolve_HeadingLineAboveTitle_TitleLinksToPersonOfArticle(string second)
    {
        var quotes = Quotes("دکتر سعید نوری گفت: «برنامه آغاز شد.»\n" + second);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("سعید نوری", quotes[1].Speaker?.Name);
    }

    /// <summary>Where the reporting clause opens inside a longer sentence, and whose subject it has.</summary>
    public static TheoryData<string, string> ClauseInsideSentence => new()
    {
        // an opening "در همین رابطه" and a weekday phrase are not the subject
        { "در همین رابطه پرویز کاظمی، وکیل یکی از متهمان، گفت: «دفاعیات ثبت شد.»", "پرویز کاظمی" },
        { "روز یکشنبه فرهاد سلیمی گفت که مدارس باز می‌مانند.", "فرهاد سلیمی" },
        // "در حالی ... که X گفت": the speaker is the subject after که
        { "این اظهارات در حالی مطرح شد که کامران یزدی گفته بود که طرح اجرا نمی‌شود.", "کامران یزدی" },
        // a contrast without a comma opens a clause with its own subject
        { "مقام‌های دولت تاکنون اظهار نظر نکرده‌اند ولی روزنامه همشهری نوشت که طرح متوقف شده است.", "روزنامه همشهری" },
        { "سخنگوی دولت پاسخی نداد اما نادر امینی گفت که طرح متوقف شده است.", "نادر امینی" },
        // ... and without a subject of its own it keeps the sentence's
        { "بیژن کریمی از عملکرد دولت دفاع کرد اما گفت: «کارهای زیادی مانده است.»", "بیژن کریمی" },
    };

    [Theory]
    [MemberData(nameof(ClauseInsideSentence))]
    public void Resolve_ReportingClauseInsideSentence_SpeakerIsItsSubject(string body, string name)
        => Assert.Equal(name, Assert.Single(Quotes(body)).Speaker?.Name);

    /// <summary>A dateline closed by a dash, also a kashida used as one, is not part of the subject.</summary>
    public static TheoryData<string> DatelineDash => new()
    {
        "گروه استان‌ها ـ رئیس کل دادگستری فارس گفت: «پرونده بررسی می‌شود.»",
        "گروه استان‌ها - رئیس کل دادگستری فارس گفت: «پرونده بررسی می‌شود.»",
    };

    [Theory]
    [MemberData(nameof(DatelineDash))]
    public void Resolve_DatelineBeforeDash_IsNotTheSpeaker(string body)
        => Assert.Equal("رئیس کل دادگستری فارس", Assert.Single(Quotes(body)).Speaker?.Text);

    /// <summary>"X، Y و Z" before the verb is a list of speakers, and "سه کشور یاد شده"/"هر سه کشور" later refers to it.</summary>
    public static TheoryData<string, string> ListThenCountedGroup => new()
    {
        { "سه کشور یاد شده همچنین گفتند که تحقیقات ادامه دارد.", "سه کشور یاد شده" },
        { "هر سه کشور تأکید کردند که این اقدام محکوم است.", "هر سه کشور" },
    };

    [Theory]
    [MemberData(nameof(ListThenCountedGroup))]
    public void Resolve_CountedGroupAfterList_IsTheList(string second, string mention)
    {
        var quotes = Quotes("فرانسه، آلمان و ایتالیا در بیانیه‌ای اعلام کردند که حمله غیرقانونی بوده است.\n\n" + second);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("فرانسه، آلمان و ایتالیا", quotes[0].Speaker?.Name);
        Assert.Equal(mention, quotes[1].Speaker?.Text);
        Assert.Equal("فرانسه، آلمان و ایتالیا", quotes[1].Speaker?.Name);
    }

    [Fact]
    public void Resolve_NameWithTitleApposition_IsNotAList()
    {
        var quote = Assert.Single(Quotes("علی رضایی، وزیر نیرو و انرژی، گفت که سدها پر است."));
        Assert.Equal("علی رضایی", quote.Speaker?.Name);
        Assert.Equal("وزیر نیرو و انرژی", quote.Speaker?.Role);
    }

    /// <summary>Discourse phrases, with or without their comma, and channel bullets are not part of the subject.</summary>
    public static TheoryData<string, string> DiscourseBeforeSubject => new()
    {
        { "با این حال مقام‌های وزارت نیرو می‌گویند که ذخایر کافی است.", "مقام‌های وزارت نیرو" },
        { "با این حال، مهدی رستمی گفت که ذخایر کافی است.", "مهدی رستمی" },
        { "در همین حال، «رضا نوروزی» سخنگوی شرکت گفت که ذخایر کافی است.", "رضا نوروزی" },
        { "از سوی دیگر نادر کریمی گفت که ذخایر کافی است.", "نادر کریمی" },
        { "🔹سعید مرادی گفت که ذخایر کافی است.", "سعید مرادی" },
    };

    [Theory]
    [MemberData(nameof(DiscourseBeforeSubject))]
    public void Resolve_DiscoursePhraseOrBulletBeforeSubject_IsSkipped(string body, string name)
        => Assert.Equal(name, Assert.Single(Quotes(body)).Speaker?.Name);

    [Fact]
    public void Resolve_SameTitleAgain_IsTheSamePersonNotTheLastNamed()
    {
        const string body = "رئیس اتحادیه نانوایان گفت: «قیمت نان ثابت می‌ماند.»\n\n"
                          + "صادق کریمی افزود: «آرد کافی است.»\n\n"
                          + "همچنین بهرام نادری، عضو شورای شهر، گفت: «نانوایی‌ها بازرسی می‌شوند.»\n\n"
                          + "رئیس اتحادیه نانوایان در پایان گفت: «نانوایی‌ها باز هستند.»";
        var quotes = Quotes(body);
        Assert.Equal(4, quotes.Count);
        Assert.Equal("بهرام نادری", quotes[2].Speaker?.Name);
        Assert.Equal(quotes[0].Speaker?.Name, quotes[3].Speaker?.Name);
        Assert.NotEqual("بهرام نادری", quotes[3].Speaker?.Name);
    }

    /// <summary>
    /// "به گزارش OUTLET، NAME ROLE ... (no reporting verb). وی گفت: ...": the agency's attribution opening the sentence is
    /// not its subject; the person after its comma is the one the later pronoun means → that person.
    /// </summary>
    public static TheoryData<string, string> PersonAfterOutletAttribution => new()
    {
        { "به گزارش ایسنا، علی احمدی معاون وزیر کار امروز در همایش کارآفرینان حضور یافت. وی در سخنانی گفت: «اشتغال اولویت است.»", "علی احمدی" },
        { "به گزارش خبرگزاری مهر، مریم کاظمی، رئیس سازمان بهزیستی، از مرکز نگهداری سالمندان بازدید کرد. او گفت که ظرفیت مرکز دو برابر می‌شود.", "مریم کاظمی" },
        { "به گزارش خبرنگار ما، سعید نوری مدیرکل راه استان صبح امروز از محور کوهستانی بازدید کرد. در این محور ۲۰ دستگاه راهدار مستقر است. وی افزود: جاده باز است.", "سعید نوری" },
    };

    [Theory]
    [MemberData(nameof(PersonAfterOutletAttribution))]
    public void Resolve_PronounAfterSentenceOpenedByOutletAttribution_IsThePersonAfterTheComma(string body, string name)
        => Assert.Equal(name, Assert.Single(PersianNewsParser.Default.Parse(body).Quotes).Speaker?.Name);

    /// <summary>
    /// A person introduced without a reporting verb or with one that only takes an object, the title running straight into
    /// the object ("NAME ROLE OBJECT را VERB"): the title is not read past where it clearly ends → no role rather than one
    /// with the object in it (a later mention of the title gives it); a title ended by a comma or by an adverb of time is kept.
    /// </summary>
    public static TheoryData<string, string?> TitleBeforeObjectWithoutCue => new()
    {
        { "به گزارش مشرق، حسن رحیمی سخنگوی وزارت امور خارجه تحریم چهار نهاد ایرانی را محکوم کرد. وی گفت: «این اقدام غیرقانونی است.»", null },
        { "به گزارش مشرق، حسن رحیمی، سخنگوی وزارت امور خارجه، تحریم چهار نهاد ایرانی را محکوم کرد. وی گفت: «این اقدام غیرقانونی است.»", "سخنگوی وزارت امور خارجه" },
        { "حسن رحیمی سخنگوی وزارت امور خارجه امروز تحریم چهار نهاد ایرانی را محکوم کرد. وی گفت: «این اقدام غیرقانونی است.»", "سخنگوی وزارت امور خارجه" },
        // the same with a reporting verb that only takes an object ("X ROLE OBJECT را اعلام کرد")
        { "حسن رحیمی سخنگوی وزارت امور خارجه برنامه سفرهای خارجی را اعلام کرد. وی گفت: «سفرها لغو نمی‌شود.»", null },
        { "حسن رحیمی سخنگوی وزارت امور خارجه برنامه سفرهای خارجی را اعلام کرد. سخنگوی وزارت امور خارجه گفت: «سفرها لغو نمی‌شود.»", "سخنگوی وزارت امور خارجه" },
    };

    [Theory]
    [MemberData(nameof(TitleBeforeObjectWithoutCue))]
    public void Resolve_TitleRunningIntoObjectWithoutCue_IsNotReadPastItsClearEnd(string body, string? role)
    {
        var speaker = Assert.Single(PersianNewsParser.Default.Parse(body).Quotes).Speaker;
        Assert.Equal(("حسن رحیمی", role), (speaker?.Name, speaker?.Role));
    }

    /// <summary>
    /// "دیگر" right after the title that opens a subject is the adjective "other": the phrase goes on ("عضو دیگر
    /// کمیسیون، NAME،") and names someone new, never the person quoted before. Body → the second quote's speaker.
    /// </summary>
    public static TheoryData<string, string> AnotherTitleHolder => new()
    {
        { "علی حسینی، سخنگوی کمیسیون، گفت: «جلسه تمام شد.»\n\nعضو دیگر کمیسیون، محسن رحیمی، نیز گفت: «ما موافق نیستیم.»", "محسن رحیمی" },
        { "علی حسینی، سخنگوی کمیسیون، گفت: «جلسه تمام شد.»\n\nعضو دیگر کمیسیون محسن رحیمی نیز گفت: «ما موافق نیستیم.»", "محسن رحیمی" },
        { "علی حسینی، سخنگوی کمیسیون، گفت: «جلسه تمام شد.»\n\nیکی دیگر از اعضای کمیسیون، محسن رحیمی، گفت: «ما موافق نیستیم.»", "محسن رحیمی" },
        { "مریم کاظمی، کارشناس بازار سرمایه، گفت: «شاخص بالا می‌رود.»\n\nکارشناس دیگر بورس اما گفت: «شاخص پایین می‌آید.»", "کارشناس دیگر بورس" },
        { "رضا نوری، نماینده تهران، گفت: «طرح تصویب می‌شود.»\n\nنماینده دیگر تهران در این جلسه گفت: «رأی نمی‌دهیم.»", "نماینده دیگر تهران" },
    };

    [Theory]
    [MemberData(nameof(AnotherTitleHolder))]
    public void Resolve_TitleFollowedByDigar_IsAnotherPersonThanThePreviousSpeaker(string body, string name)
    {
        var quotes = Quotes(body);
        Assert.Equal(2, quotes.Count);
        Assert.Equal(name, quotes[1].Speaker?.Name);
    }

    /// <summary>
    /// A title with no holder written after someone described by what they are (a member of parliament, a player's
    /// position, a kinship, "one of" many) and a title with another head is someone else: it stays as written. When the verb goes on
    /// ("افزود"), or the MP's second title is a post of parliament, it is still that person. Body → the second speaker.
    /// </summary>
    public static TheoryData<string, string> TitleAfterPersonOfAnotherKind => new()
    {
        { "علی رضایی، نماینده مردم تبریز، گفت که پروژه‌ها متوقف شده‌اند.\n\nوزیر اقتصاد پیش‌بینی کرد که درآمدها بیشتر شود.", "وزیر اقتصاد" },
        { "مهدی طارمی، مهاجم تیم ملی، گفت: «برای برد آمده‌ایم.»\n\nسرمربی قطر معتقد است که تیمش آماده‌ترین تیم گروه است.", "سرمربی قطر" },
        { "همایون شجریان، فرزند این استاد، گفت: «پدرم به مردم فکر می‌کرد.»\n\nمدیر بیمارستان گفت که حال او وخیم بود.", "مدیر بیمارستان" },
        { "حسن نوری، نماینده سابق مجلس، گفت: «نامزد می‌شوم.»\n\nدبیرکل حزب اعتدال افزود: «برنامه دارم.»", "حسن نوری" },
        { "رضا کریمی، نماینده مردم شیراز، گفت: «طرح خوب است.»\n\nرئیس کمیسیون انرژی مجلس گفت: «بررسی می‌کنیم.»", "رضا کریمی" },
        { "عبدالرحیم احمدی، یکی از باشندگان ولسوالی، گفت: «خانه ما ویران شد.»\n\nسخنگوی اداره حوادث گفت که ارزیابی ادامه دارد.", "سخنگوی اداره حوادث" },
        { "حسن رحیمی، رئیس مجلس، گفت: «بودجه باید اصلاح شود.»\n\nنماینده مردم اهواز در مجلس گفت که خوزستان سهم عادلانه‌ای ندارد.", "نماینده مردم اهواز" },
    };

    [Theory]
    [MemberData(nameof(TitleAfterPersonOfAnotherKind))]
    public void Resolve_TitleAfterPersonOfAnotherKind_IsSomeoneElseUnlessTheVerbGoesOn(string body, string name)
    {
        var quotes = Quotes(body);
        Assert.Equal(2, quotes.Count);
        Assert.Equal(name, quotes[1].Speaker?.Name);
    }

    /// <summary>
    /// A quantifier inside the phrase before "را" opens the object of a first verb, so the subject ends before it
    /// ("وزارت راه و شهرسازی هرگونه توقف … را تکذیب کرد و اعلام کرد"), however many words the subject has.
    /// </summary>
    public static TheoryData<string, string> QuantifierOpensObject => new()
    {
        { "وزارت راه و شهرسازی هرگونه توقف در پروژه را تکذیب کرد و اعلام کرد: «کار ادامه دارد.»", "وزارت راه و شهرسازی" },
        { "دادستان عمومی و انقلاب تهران تمامی اتهامات مطرح‌شده را رد کرد و گفت: «پرونده باز است.»", "دادستان عمومی و انقلاب تهران" },
        { "سازمان برنامه و بودجه این ارقام را نادرست خواند و گفت: «کسری کمتر است.»", "سازمان برنامه و بودجه" },
        { "شرکت ملی گاز ایران همه گزارش‌های منتشرشده را تکذیب کرد و اعلام کرد که ذخایر کافی است.", "شرکت ملی گاز ایران" },
    };

    [Theory]
    [MemberData(nameof(QuantifierOpensObject))]
    public void Resolve_QuantifierBeforeObjectOfFirstVerb_SubjectEndsBeforeIt(string body, string name)
        => Assert.Equal(name, Assert.Single(Quotes(body)).Speaker?.Name);

    /// <summary>
    /// "، اما گفت" / "، ولی افزود" with no subject between the conjunction and the verb: the verb shares the sentence's
    /// subject (an apposition's name, or the subject of the verb before the comma); the speaker span was empty.
    /// Body → the speaker as written.
    /// </summary>
    public static TheoryData<string, string> ConjunctionRightBeforeVerb => new()
    {
        { "وکیل این متهم، محمود علیزاده، اما گفت: «موکل من اعترافی نکرده است.»", "وکیل این متهم، محمود علیزاده" },
        { "رضا نوری، سخنگوی دولت، ولی گفت که قیمت‌ها ثابت می‌ماند.", "رضا نوری" },
        { "مهدی کاظمی این ادعا را رد کرد، اما گفت که قیمت‌ها ثابت می‌ماند.", "مهدی کاظمی" },
    };

    [Theory]
    [MemberData(nameof(ConjunctionRightBeforeVerb))]
    public void Resolve_ConjunctionBetweenCommaAndVerb_SubjectIsTheSentences(string body, string text)
        => Assert.Equal(text, Assert.Single(Quotes(body)).Speaker?.Text);
}
