namespace PersianNews.Core.Tests.Quotes;

/// <summary>
/// Speaker resolution rules of Persian news writing: titles that are also given names, "another" persons, the fullest
/// name of a person, pronouns that mean people, roles that link to their holders, documents and their issuers.
/// Sentences written for the project.
/// </summary>
public sealed class SpeakerResolutionTests
{
    private const string Lead = "به گزارش ایسنا، نشست خبری هفتگی روز دوشنبه در تهران برگزار شد.\n\n";

    private const string FirstSpeaker = "مهدی رستمی، عضو شورای شهر، گفت: «بودجه امسال کافی است.»\n\n";

    private static IReadOnlyList<AttributedQuote> Quotes(string body) => PersianNewsParser.Default.Parse(Lead + body).Quotes;

    // The name and role of the speaker of the text's one quote.
    private static (string? Name, string? Role) OnlySpeaker(string text)
    {
        var speaker = Assert.Single(PersianNewsParser.Default.Parse(text).Quotes).Speaker;
        return (speaker?.Name, speaker?.Role);
    }

    /// <summary>A role + "دیگری" ("another ...") → the mention as written.</summary>
    public static TheoryData<string, string> AnotherPerson => new()
    {
        { "داوطلب دیگری مدعی شد که همه مشکلات را در یک ماه حل می‌کند.", "داوطلب دیگری" },
        { "کارشناس دیگری گفت که بودجه کافی نیست.", "کارشناس دیگری" },
        { "عضو دیگری اعلام کرد که در جلسه شرکت نمی‌کند.", "عضو دیگری" },
    };

    [Theory]
    [MemberData(nameof(AnotherPerson))]
    public void Resolve_RoleWithAnother_StaysAsWrittenNotTheRecentSpeaker(string second, string name)
        => Assert.Equal("speaker.indefinite", SecondSpeaker(second, name).SpeakerRule);

    // FirstSpeaker's quote keeps its speaker, and the second sentence's quote is attributed to the name given.
    private static AttributedQuote SecondSpeaker(string second, string name)
    {
        var quotes = Quotes(FirstSpeaker + second);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("مهدی رستمی", quotes[0].Speaker?.Name);
        Assert.Equal(name, quotes[1].Speaker?.Name);
        return quotes[1];
    }

    /// <summary>"یک" + a title introduces someone not named yet: never the person quoted just before → the mention as written.</summary>
    public static TheoryData<string, string> IndefiniteOne => new()
    {
        { "یک کارشناس اقتصادی نیز گفت که کاهش تورم بدون اصلاح بودجه ممکن نیست.", "یک کارشناس اقتصادی" },
        { "یک مقام محلی به خبرنگار ما گفت که جاده‌ها باز است.", "یک مقام محلی" },
    };

    [Theory]
    [MemberData(nameof(IndefiniteOne))]
    public void Resolve_IndefiniteOneBeforeTitle_IsNotTheRecentSpeaker(string second, string name)
        => SecondSpeaker(second, name);

    /// <summary>
    /// "SUBJECT OBJECT را VERB و گفت (که) CLAUSE": the reporting verb is coordinated after another verb with its own
    /// object, so the clause is still reported speech of the sentence's subject; a demonstrative (این، آن) inside the
    /// phrase before "را" opens the object, and the indefinite "دیگری" closes the subject → expected content and speaker.
    /// </summary>
    public static TheoryData<string, string, string> CoordinatedAfterObject => new()
    {
        { "علی لاریجانی این اظهارات را تکراری خواند و گفت تهران منتظر اقدام عملی است.", "تهران منتظر اقدام عملی است", "علی لاریجانی" },
        { "مهدی رستمی این گزارش را تکذیب کرد و گفت که هیچ کس بازداشت نشده است.", "هیچ کس بازداشت نشده است", "مهدی رستمی" },
        { "وزیر کشور این خبر را رد کرد و افزود که انتخابات به موقع برگزار می‌شود.", "انتخابات به موقع برگزار می‌شود", "وزیر کشور" },
        { "سخنگوی دولت آن طرح را کنار گذاشت و گفت بودجه آن تأمین نشده است.", "بودجه آن تأمین نشده است", "سخنگوی دولت" },
        { "داوطلب دیگری مهم‌ترین مشکل کشور را خشکسالی دانست و گفت که برای آن برنامه دارد.", "برای آن برنامه دارد", "داوطلب دیگری" },
    };

    [Theory]
    [MemberData(nameof(CoordinatedAfterObject))]
    public void Extract_CueCoordinatedAfterAnObject_ReportsTheSubjectsClause(string sentence, string content, string speaker)
    {
        var quote = Assert.Single(PersianNewsParser.Default.Parse(sentence).Quotes);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal(content, quote.Text);
        Assert.Equal(speaker, quote.Speaker?.Text);
    }

    /// <summary>An object and its verb with no reporting verb after them report nothing.</summary>
    public static TheoryData<string> ObjectWithoutCue => new()
    {
        "علی لاریجانی این اظهارات را تکراری خواند.",
        "وزیر کشور این گزارش را تکذیب کرد و به جلسه رفت.",
    };

    [Theory]
    [MemberData(nameof(ObjectWithoutCue))]
    public void Extract_ObjectAndVerbWithoutCue_HasNoQuote(string sentence)
        => Assert.Empty(PersianNewsParser.Default.Parse(sentence).Quotes);

    /// <summary>
    /// The outlet's attribution or a credited source before a title ("به گزارش خبرگزاری فارس، وزیر …") is not the
    /// title's holder: with no holder written, the role stays as written.
    /// </summary>
    public static TheoryData<string, string> AttributionBeforeTitle => new()
    {
        { "به گزارش خبرگزاری فارس، وزیر امور خارجه روز دوشنبه گفت: «ما آماده گفت‌وگو هستیم.»", "وزیر امور خارجه" },
        { "به نقل از روزنامه شرق، سخنگوی دولت گفت: «قیمت‌ها ثابت می‌ماند.»", "سخنگوی دولت" },
        { "به گزارش ایسنا، رئیس سازمان برنامه و بودجه گفت: «بودجه به موقع می‌رسد.»", "رئیس سازمان برنامه و بودجه" },
    };

    [Theory]
    [MemberData(nameof(AttributionBeforeTitle))]
    public void Resolve_AttributionBeforeTitle_RoleAsWrittenNotTheOutlet(string text, string name)
    {
        var quotes = PersianNewsParser.Default.Parse(text).Quotes;
        var quote = Assert.Single(quotes);
        Assert.Equal(name, quote.Speaker?.Name);
    }

    /// <summary>
    /// A title opening a sentence with no reporting verb ("سخنگوی قوه قضاییه ... را تکذیب کرد.") is the one a following
    /// "وی"/"او" or dropped subject means, as a name in that place is.
    /// </summary>
    public static TheoryData<string, string> TitleInSentenceWithoutQuote => new()
    {
        { "سخنگوی قوه قضاییه روز سه‌شنبه خبر بازداشت دو روزنامه‌نگار را تکذیب کرد.\n\nوی افزود: «هیچ روزنامه‌نگاری بازداشت نشده است.»", "سخنگوی قوه قضاییه" },
        { "وزیر نیرو صبح امروز از سد کرج بازدید کرد. او گفت که ذخایر سد کافی است.", "وزیر نیرو" },
        { "رئیس سازمان هواشناسی، پیش از ظهر در نشست خبری حاضر شد.\n\nافزود: «بارش‌ها از هفته آینده آغاز می‌شود.»", "رئیس سازمان هواشناسی" },
    };

    [Theory]
    [MemberData(nameof(TitleInSentenceWithoutQuote))]
    public void Resolve_PronounAfterTitleInSentenceWithoutQuote_IsTheTitle(string body, string name)
        => Assert.Equal(name, Assert.Single(Quotes(body)).Speaker?.Name);

    /// <summary>A list of holders ("رئیس و اعضای ...") is no single antecedent: "وی" keeps the person quoted before.</summary>
    [Fact]
    public void Resolve_PronounAfterListOfTitles_KeepsThePersonQuotedBefore()
    {
        const string body = "رئیس و اعضای هیئت مدیره باشگاه روز دوشنبه با وزیر ورزش دیدار کردند. وی افزود: «قراردادها تمدید می‌شود.»";
        var quotes = Quotes(FirstSpeaker + body);
        Assert.Equal("مهدی رستمی", quotes[^1].Speaker?.Name);
    }

    /// <summary>
    /// "X از Y پرسید (که) ... و او گفت": the one asked answers, so the pronoun right after the question means Y (a name,
    /// a name with a title, or a title alone), not the asker → the answer's content and speaker.
    /// </summary>
    public static TheoryData<string, string, string> AnswerOfTheOneAsked => new()
    {
        { "مهدی رستمی از علی رضایی پرسید که آیا قطعی برق ادامه دارد. او گفت که تا پایان تابستان ادامه دارد.", "تا پایان تابستان ادامه دارد", "علی رضایی" },
        { "خبرنگار ما از سارا احمدی، مدیر مدرسه پرسید که کلاس‌ها کی باز می‌شود و او گفت: «از شنبه باز می‌شود.»", "از شنبه باز می‌شود", "سارا احمدی" },
        { "مهدی رستمی از وزیر نیرو پرسید که آیا قطعی برق ادامه دارد.\n\nوی پاسخ داد: «تا پایان تابستان ادامه دارد.»", "تا پایان تابستان ادامه دارد", "وزیر نیرو" },
        { "مهدی رستمی پس از جلسه از علی رضایی درباره قطعی برق پرسید و او پاسخ داد که تا پایان تابستان ادامه دارد.", "تا پایان تابستان ادامه دارد", "علی رضایی" },
    };

    [Theory]
    [MemberData(nameof(AnswerOfTheOneAsked))]
    public void Resolve_PronounAfterQuestion_IsTheOneAsked(string body, string content, string name)
    {
        var answer = Quotes(body)[^1];
        Assert.Equal(content, answer.Text);
        Assert.Equal(name, answer.Speaker?.Name);
    }

    /// <summary>A title alone asking ("وزیر نیرو از علی رضایی پرسید") is not the one asked, who answers.</summary>
    [Fact]
    public void Resolve_TitleAskingPersonNamedNext_IsNotThatPerson()
    {
        var quotes = Quotes("وزیر نیرو از علی رضایی پرسید که آیا قطعی برق ادامه دارد. او گفت که تا پایان تابستان ادامه دارد.");
        Assert.Equal(("وزیر نیرو", "علی رضایی"), (quotes[0].Speaker?.Name, quotes[1].Speaker?.Name));
    }

    /// <summary>Only the pronoun right after the question means the one asked: a person quoted since is "او" again.</summary>
    [Fact]
    public void Resolve_PronounAfterAnotherSpeakerSinceQuestion_IsThatSpeaker()
    {
        const string body = "مهدی رستمی از علی رضایی پرسید که آیا قطعی برق ادامه دارد. سپس سارا احمدی گفت که برق وصل است. او افزود که مردم باید صرفه‌جویی کنند.";
        Assert.Equal("سارا احمدی", Quotes(body)[^1].Speaker?.Name);
    }

    /// <summary>"امیر" opening a name belongs to it; before a rank it is a title and is left out.</summary>
    public static TheoryData<string, string> AmirTitleOrGivenName => new()
    {
        { "امیر صادقی پیش‌تر گفته بود که تیم آماده است.", "امیر صادقی" },
        { "امیر نوروزی، سرمربی تیم، گفت: «بازیکنان آماده‌اند.»", "امیر نوروزی" },
        { "امیر سرتیپ کاظم فرهادی گفت: «مرزها امن است.»", "کاظم فرهادی" },
        { "امیر دریادار حسین کیانی گفت: «ناوگروه به بندر بازگشت.»", "حسین کیانی" },
        { "امیر سرلشکر بهرام وحیدی تأکید کرد: «آمادگی کامل است.»", "بهرام وحیدی" },
    };

    [Theory]
    [MemberData(nameof(AmirTitleOrGivenName))]
    public void Resolve_AmirBeforeNameOrRank_NameWithoutRankTitle(string second, string name)
        => SecondSpeaker(second, name);

    /// <summary>A surname alone → the fullest name the article writes with it, also a compound given name.</summary>
    public static TheoryData<string, string> FullestName => new()
    {
        // the body's "عبدالرضا" is fuller than the headline's "رضا"
        { "رضا کریمی: برنامه ما روشن است\n\n«عبدالرضا کریمی» مدیرعامل شرکت امروز در نشست خبری حاضر شد. کریمی گفت: «برنامه ما روشن است.»", "عبدالرضا کریمی" },
        // of two forms elsewhere, the longer given name
        { "سفر علی نادری به مسکو با تأخیر انجام شد.\n\nنادری گفت: «سفر موفق بود.»\n\nدر این سفر محمدعلی نادری با همتای خود دیدار کرد.", "محمدعلی نادری" },
    };

    [Theory]
    [MemberData(nameof(FullestName))]
    public void Resolve_ShortNameWithFullerFormElsewhere_FullestName(string body, string name)
        => Assert.Equal(name, Assert.Single(Quotes(body)).Speaker?.Name);

    /// <summary>"او"/"وی" after an organisation has spoken → the person named before it.</summary>
    public static TheoryData<string> OrganizationBetween => new()
    {
        "وزارت بهداشت اعلام کرد که واکسن‌ها رسیده است.\n\nاو گفت: «توزیع از فردا آغاز می‌شود.»",
        "روزنامه همشهری نوشت که واکسن‌ها رسیده است.\n\nوی افزود که توزیع از فردا آغاز می‌شود.",
        "کاخ سفید اعلام کرد که محموله ارسال شده است.\n\nاو گفت که توزیع از فردا آغاز می‌شود.",
    };

    [Theory]
    [MemberData(nameof(OrganizationBetween))]
    public void Resolve_PersonalPronounAfterOrganization_MeansThePerson(string rest)
    {
        var quotes = Quotes("سعید نوری، وزیر بهداشت، گفت: «واکسن کافی است.»\n\n" + rest);
        Assert.Equal(3, quotes.Count);
        Assert.NotEqual("سعید نوری", quotes[1].Speaker?.Name);
        Assert.Equal("سعید نوری", quotes[2].Speaker?.Name);
        Assert.Equal("speaker.pronoun", quotes[2].SpeakerRule);
    }

    [Fact]
    public void Resolve_TitleBeforeItsHolderIsNamed_LinksToPersonNotOrganization()
    {
        const string body = "وزیر خارجه کشور در واکنش به این خبر نوشت که تحریم‌ها بی‌اثر است.\n\n"
                          + "روزنامه همشهری گزارش داد که مذاکرات ادامه دارد.\n\n"
                          + "آقای کاظمی در توییتی نوشت که مذاکره تنها راه است.";
        var quotes = Quotes(body);
        Assert.Equal(3, quotes.Count);
        Assert.Equal("کاظمی", quotes[0].Speaker?.Name);
        Assert.Equal("روزنامه همشهری", quotes[1].Speaker?.Name);
    }

    /// <summary>A headline run into the text without a full stop: a discourse phrase after a verb opens the sentence.</summary>
    public static TheoryData<string, string> DiscourseAfterVerb => new()
    {
        { "قیمت‌ها دوباره بالا رفت از سوی دیگر کاوه نادری، استاد دانشگاه تهران، گفت که تورم ادامه دارد.", "کاوه نادری" },
        { "بازار ارز تعطیل شد در همین حال سعید امینی گفت: «بازار فردا باز می‌شود.»", "سعید امینی" },
    };

    [Theory]
    [MemberData(nameof(DiscourseAfterVerb))]
    public void Resolve_DiscoursePhraseAfterFiniteVerb_OpensTheSpeakersClause(string body, string name)
        => Assert.Equal(name, Assert.Single(Quotes(body)).Speaker?.Name);

    [Fact]
    public void Resolve_PronounAfterNominalReportBySurname_MeansThatPerson()
    {
        const string body = "پنتاگون اعلام کرد که این حملات تلافی بود. کارتر تاکنون صراحتا به ایران هشدار داده است. "
                          + "او روز گذشته گفت که پاسخ خواهد داد.\n\nسفر جان کارتر به منطقه لغو شد.";
        var quotes = Quotes(body);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("پنتاگون", quotes[0].Speaker?.Name);
        Assert.Equal("جان کارتر", quotes[1].Speaker?.Name);
    }

    /// <summary>"در این بیانیه آمده است" → the issuer of the same document named before, or the document as written.</summary>
    public static TheoryData<string, string> DocumentIssuer => new()
    {
        // the subject of "X در اطلاعیه‌ای ... خبر داد"
        {
            "روابط عمومی ستاد بحران استان در اطلاعیه‌ای از بازگشایی جاده‌ها خبر داد. در این اطلاعیه آمده است: همه جاده‌های استان باز است.",
            "روابط عمومی ستاد بحران استان"
        },
        // "در بیانیه این NOUN" after a group issued a statement
        {
            "همچنین ۱۵۰ کنشگر مدنی در بیانیه‌ای از اعتصاب کارگران حمایت کردند.\n\nدر بیانیه این کنشگران آمده است: «حق اعتصاب حق همه کارگران است.»",
            "۱۵۰ کنشگر مدنی"
        },
        // the subject of "X ... گزارشی منتشر کرد", also after a weekday ending in "به" ("دوشنبه")
        { "وزارت نیرو روز دوشنبه گزارشی منتشر کرد.\n\nدر این گزارش آمده است که مصرف آب ده درصد کاهش یافته است.", "وزارت نیرو" },
        // a person who only spoke did not issue the article: kept as written
        { "سعید نوری، کارشناس اقلیم، گفت که تابستان گرم‌تر می‌شود. در این مقاله آمده است که دما دو درجه بالا رفته است.", "این مقاله" },
        // a part of the document ("بخشی از", "پایان") is not the document kept as written
        { "در بخشی از این نامه آمده است: «ما خواستار بازنگری در قرارداد هستیم.»", "این نامه" },
        { "در پایان این بیانیه آمده است: «همه طرف‌ها باید خویشتن‌داری کنند.»", "این بیانیه" },
    };

    [Theory]
    [MemberData(nameof(DocumentIssuer))]
    public void Resolve_DemonstrativeDocument_IssuerNamedBeforeOrAsWritten(string body, string name)
    {
        var quote = Quotes(body).Last();
        Assert.Equal(name, quote.Speaker?.Name);
        Assert.Equal("speaker.document", quote.SpeakerRule);
    }

    /// <summary>
    /// A reporting verb in the passive after "در DOCUMENT" ("در بیانیه X اعلام شده است که ...") is the document's words,
    /// as with "آمده است": the issuer is the speaker, or the issuer named before for "این گزارش".
    /// </summary>
    public static TheoryData<string, QuoteKind, string, string, string> DocumentPassive => new()
    {
        { "در گزارش وزارت بهداشت اعلام شده است که شمار بیماران کاهش یافته است.", QuoteKind.Indirect, "شمار بیماران کاهش یافته است", "اعلام شده است", "وزارت بهداشت" },
        { "در بیانیه وزارت خارجه تأکید شده است: «ایران به تعهدات خود پایبند است.»", QuoteKind.Direct, "ایران به تعهدات خود پایبند است", "تأکید شده است", "وزارت خارجه" },
        { "در اطلاعیه پلیس راه اعلام شد که جاده چالوس تا صبح بسته است.", QuoteKind.Indirect, "جاده چالوس تا صبح بسته است", "اعلام شد", "پلیس راه" },
        { "در نامه سازمان برنامه ذکر شده که بودجه عمرانی کاهش می‌یابد.", QuoteKind.Indirect, "بودجه عمرانی کاهش می‌یابد", "ذکر شده", "سازمان برنامه" },
        {
            "شرکت آب منطقه‌ای در گزارشی از کم‌آبی سدها خبر داد.\n\nدر این گزارش عنوان شده است که ذخایر سدها نصف شده است.",
            QuoteKind.Indirect, "ذخایر سدها نصف شده است", "عنوان شده است", "شرکت آب منطقه‌ای"
        },
    };

    [Theory]
    [MemberData(nameof(DocumentPassive))]
    public void Resolve_PassiveReportInDocument_IsTheIssuersQuote(string body, QuoteKind kind, string content, string cue, string issuer)
    {
        var quote = Quotes(body).Last();
        Assert.Equal(kind, quote.Kind);
        Assert.Equal(content, quote.Text);
        Assert.Equal(cue, quote.Cue?.Text);
        Assert.Equal(issuer, quote.Speaker?.Name);
    }

    /// <summary>
    /// A passive with no document before it ("در این جلسه اعلام شد"), or a passive report that names only a topic
    /// ("بر همکاری تأکید شده است"), has no speaker and is no quote.
    /// </summary>
    public static TheoryData<string> PassiveWithoutDocument => new()
    {
        "در این جلسه اعلام شد، سه نفر از کارکنان اخراج می‌شوند.",
        "اعلام شده است که مدارس فردا تعطیل است.",
        "در این بیانیه بر همکاری دو کشور تأکید شده است.",
    };

    [Theory]
    [MemberData(nameof(PassiveWithoutDocument))]
    public void Extract_PassiveWithoutDocumentOrClause_HasNoQuote(string body)
        => Assert.Empty(Quotes(body));

    /// <summary>
    /// "به گزارش A، به نوشته B، CLAUSE": B is the outlet's credited source, not a speaker of the clause (as "به نقل از
    /// B"); "این روزنامه" later still points back to it. "به نوشته B" opening a body sentence stays a quote.
    /// </summary>
    [Fact]
    public void Extract_ByWritingOfAfterOutletAttribution_IsSourceNotQuote()
    {
        const string text = "به گزارش ایسنا، به نوشته روزنامه گاردین، دولت بریتانیا طرح مالیات جدید را کنار گذاشته است.\n\n"
                          + "این روزنامه افزود که وزیر دارایی استعفا داده است.\n\n"
                          + "به نوشته روزنامه تایمز، نخست‌وزیر از این تصمیم حمایت کرده است.";
        var article = PersianNewsParser.Default.Parse(text);
        Assert.Equal(["روزنامه گاردین"], article.Sources.Select(s => s.Name));
        Assert.Equal(2, article.Quotes.Count);
        Assert.Equal(("وزیر دارایی استعفا داده است", "روزنامه گاردین"), (article.Quotes[0].Text, article.Quotes[0].Speaker?.Name));
        Assert.Equal(("نخست‌وزیر از این تصمیم حمایت کرده است", "روزنامه تایمز"), (article.Quotes[1].Text, article.Quotes[1].Speaker?.Name));
    }

    [Fact]
    public void Resolve_ThisReportAfterCreditedSource_IsTheSource()
    {
        const string text = "به گزارش ایسنا به نقل از انجمن صنفی روزنامه‌نگاران، سه خبرنگار از روزنامه اخراج شدند.\n\n"
                          + "بر اساس این گزارش، تصمیم بدون اطلاع قبلی گرفته شد.\n\n"
                          + "در این گزارش آمده است، ما این اخراج را غیرقانونی می‌دانیم.";
        var quote = Assert.Single(PersianNewsParser.Default.Parse(text).Quotes);
        Assert.Equal("انجمن صنفی روزنامه‌نگاران", quote.Speaker?.Name);
    }

    /// <summary>"... دانست و تأکید کرد:": a verb coordinated with an earlier one keeps the sentence's subject.</summary>
    [Fact]
    public void Resolve_CueAfterCoordinatedVerb_KeepsTheSentencesSubject()
    {
        const string body = "وی در بیانیه خود فساد، تبعیض و انحصارهای لعنتی! دانست و تاکید کرد: با همت جوانان می‌آییم.";
        var quotes = Quotes(FirstSpeaker + body);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("مهدی رستمی", quotes[1].Speaker?.Name);
        Assert.Equal("speaker.dropped", quotes[1].SpeakerRule);
    }

    /// <summary>A partitive group ("گروهی از ...", "بیش از ۲۰۰ ...") is one subject, also after a comma-less "به گزارش X".</summary>
    public static TheoryData<string, string> PartitiveGroup => new()
    {
        { "گروهی از زندانیان سیاسی در نامه‌ای نوشتند: «ما خواهان رسیدگی هستیم.»", "گروهی از زندانیان سیاسی" },
        { "به گزارش هرانا گروهی از از زندانیان زندان مرکزی هم نوشتند: «ما خواهان رسیدگی هستیم.»", "گروهی از از زندانیان زندان مرکزی" },
        { "به گزارش خبرگزاری هرانا روز شنبه بیش از ۲۰۰ وکیل دادگستری در بیانیه‌ای نوشتند: «حق دفاع محترم است.»", "بیش از ۲۰۰ وکیل دادگستری" },
        { "بسیاری از نمایندگان گفتند که طرح کارآمد نیست.", "بسیاری از نمایندگان" },
    };

    [Theory]
    [MemberData(nameof(PartitiveGroup))]
    public void Resolve_PartitiveGroupSubject_IsTheWholeGroup(string body, string name)
        => Assert.Equal(name, Quotes(FirstSpeaker + body).Last().Speaker?.Name);

    /// <summary>"VERB که" or "PARTICIPLE و" followed by a subject opens a clause with its own speaker.</summary>
    public static TheoryData<string, string> ClauseAfterVerb => new()
    {
        { "تصاویر رسیده نشان می‌دهد که چند صد نفر در خیابان‌ها تجمع کرده و شعار می‌دهند: «نان، کار، آزادی.»", "چند صد نفر" },
        { "دسترسی به اینترنت در استان مختل شده و مدیر روابط عمومی مخابرات استان گفته: «مشکل فنی است.»", "مدیر روابط عمومی مخابرات استان" },
    };

    [Theory]
    [MemberData(nameof(ClauseAfterVerb))]
    public void Resolve_SubjectAfterFiniteVerbAndConjunction_IsTheSpeaker(string body, string text)
        => Assert.Equal(text, Assert.Single(Quotes(body)).Speaker?.Text);

    /// <summary>A title's holder is found with the title written in another spacing, also after a preposition.</summary>
    public static TheoryData<string, string> TitleSpacing => new()
    {
        {
            "خبرنگاران در جلسه‌ای با بیژن صالحی، مدیرمسئول و سردبیر روزنامه از وضعیت همکاری پرسیدند. مدیر مسئول و سردبیر روزنامه در این جلسه اذعان کرد که تعدیل نیرو در کار نیست.",
            "بیژن صالحی"
        },
        {
            "حمید نادری، دبیر ستاد انتخابات استان امروز از آغاز ثبت نام خبر داد.\n\nدبیرستاد انتخابات استان افزود: ثبت نام تا جمعه ادامه دارد.",
            "حمید نادری"
        },
    };

    [Theory]
    [MemberData(nameof(TitleSpacing))]
    public void Resolve_TitleInAnotherSpacing_LinksToItsHolder(string body, string name)
        => Assert.Equal(name, Quotes(body).Last().Speaker?.Name);

    [Fact]
    public void Resolve_TitleBeforeAPersonWithAnotherTitle_IsNotThatPerson()
    {
        const string body = "مدیر روابط عمومی شرکت مخابرات گفته است که قطعی اینترنت فنی است.\n\n"
                          + "حسین رضایی، یکی از رهبران کارگران، در توییتی نوشت که قطعی برای سرکوب است.";
        var quotes = Quotes(body);
        Assert.Equal(2, quotes.Count);
        Assert.NotEqual("حسین رضایی", quotes[0].Speaker?.Name);
        Assert.Equal("حسین رضایی", quotes[1].Speaker?.Name);
    }

    /// <summary>A name in quotation marks after a head noun or a prepositional cue is part of the speaker.</summary>
    public static TheoryData<string, string> NameInQuotationMarks => new()
    {
        { "روزنامه \"گاردین\" گزارش داده است که مذاکرات متوقف شده است.", "روزنامه \"گاردین\"" },
        { "بر اساس اعلام «حسن کاظمی» سخنگوی ستاد انتخابات تا پایان روز دوم ۳۰۰ نفر ثبت نام کردند.", "حسن کاظمی" },
        { "\"جمال نوری\" رئیس اتحادیه گفت که بازار آرام است.", "جمال نوری" },
    };

    [Theory]
    [MemberData(nameof(NameInQuotationMarks))]
    public void Resolve_NameInQuotationMarks_IsTheSpeaker(string body, string name)
        => Assert.Equal(name, Assert.Single(Quotes(body)).Speaker?.Name);

    [Fact]
    public void Resolve_PrepositionalCueWithMarkedName_ContentStartsAfterTitle()
    {
        var quote = Assert.Single(Quotes("بر اساس اعلام «حسن کاظمی» سخنگوی ستاد انتخابات تا پایان روز دوم ۳۰۰ نفر ثبت نام کردند."));
        Assert.Equal("سخنگوی ستاد انتخابات", quote.Speaker?.Role);
        Assert.StartsWith("تا پایان روز دوم", quote.Text, StringComparison.Ordinal);
    }

    /// <summary>A plural title ("مسئولان ...") is a group kept as written; a comma before an object is no apposition.</summary>
    public static TheoryData<string, string> PluralTitleGroup => new()
    {
        { "مسئولان عراقی، دمشق را متهم کردند که از شورشیان حمایت می‌کند.", "مسئولان عراقی" },
        { "نمایندگان مجلس گفتند که طرح را بررسی می‌کنند.", "نمایندگان مجلس" },
        { "اعضای شورای شهر اعلام کردند که بودجه کافی نیست.", "اعضای شورای شهر" },
    };

    [Theory]
    [MemberData(nameof(PluralTitleGroup))]
    public void Resolve_PluralTitle_StaysAsWrittenNotTheRecentPerson(string second, string name)
        => SecondSpeaker(second, name);

    /// <summary>A fronted "علاوه بر X،" and a date ("روز ۴ فروردین") before the subject are not the speaker.</summary>
    public static TheoryData<string, string> FrontedPhrases => new()
    {
        { "علاوه بر آلمان، روز ۴ فروردین یک مقام وزارت خارجه ژاپن هم اعلام کرد که مجوز گرفته است.", "یک مقام وزارت خارجه ژاپن" },
        { "روز ۱۲ مهر ۱۴۰۲ کاوه رحیمی گفت که طرح آغاز شد.", "کاوه رحیمی" },
    };

    [Theory]
    [MemberData(nameof(FrontedPhrases))]
    public void Resolve_FrontedAdverbialOrDate_IsNotTheSpeaker(string body, string name)
        => Assert.Equal(name, Assert.Single(Quotes(body)).Speaker?.Name);

    [Fact]
    public void Resolve_DroppedSubjectAfterContrast_IsThePersonOpeningTheSentence()
    {
        const string body = "پیش از این، سعید مولایی، کشتی‌گیر تیم ملی در مسابقات جهانی حاضر نشد، ولی پس از آن در مصاحبه با رسانه‌ها، "
                          + "مدعی شد که این انصراف با فشار بوده است.";
        var quotes = Quotes(FirstSpeaker + body);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("سعید مولایی", quotes[1].Speaker?.Name);
        Assert.Equal("کشتی‌گیر تیم ملی", quotes[1].Speaker?.Role);
    }

    [Fact]
    public void Resolve_LongApposition_RoleStopsBeforeSecondDescription()
    {
        var quote = Assert.Single(Quotes("کاوه نادری، استاد بزرگ شطرنج ایران و از امیدهای اصلی این رشته، به مسئولان فدراسیون اعلام کرد که قصد تغییر تابعیت دارد."));
        Assert.Equal("کاوه نادری", quote.Speaker?.Name);
        Assert.Equal("استاد بزرگ شطرنج ایران", quote.Speaker?.Role);
    }

    /// <summary>
    /// "هم‌زمان" with a half-space is a discourse word; the main clause after "در حالی که ... VERB،" has its own subject;
    /// "این کنشگران" points back to "صدها کنشگر" (Persian counts with the singular noun).
    /// </summary>
    [Fact]
    public void Resolve_GroupIntroducedWhileOthersSpeak_GroupAndItsPluralAnaphor()
    {
        const string body = "این نامه در حالی منتشر شد که کمیسیون بازرسی تخلف را محرز دانسته است، صدها کنشگر مدنی از رئیس قوه خواستند با تشکیل هیئتی مستقل رسیدگی شود.\n\n"
                          + "هم‌زمان صدها کنشگر مدنی در نامه‌ای به حسین کریمی، رئیس قوه قضاییه نوشته‌اند: «وضعیت زندان‌ها نگران کننده است.»\n\n"
                          + "این کنشگران می‌افزایند: «باید هیئتی مستقل تشکیل شود.»";
        var quotes = Quotes(body);
        Assert.Equal("صدها کنشگر مدنی", quotes.Single(q => q.Text.StartsWith("با تشکیل", StringComparison.Ordinal)).Speaker?.Name);
        Assert.Equal("صدها کنشگر مدنی", quotes.Single(q => q.Text.StartsWith("وضعیت", StringComparison.Ordinal)).Speaker?.Name);
        var last = quotes.Single(q => q.Text.StartsWith("باید", StringComparison.Ordinal));
        Assert.Equal("صدها کنشگر مدنی", last.Speaker?.Name);
        Assert.Equal("speaker.anaphor", last.SpeakerRule);
    }

    /// <summary>
    /// A sentence that opens with "در حالی که X می‌گوید ..." reports what X says up to the comma after the subordinate
    /// clause's verb; the main clause after that comma has its own subject and its own report.
    /// </summary>
    public static TheoryData<string, string, string, string, string> OpeningWhileClause => new()
    {
        {
            "در حالی که وزارت نیرو می‌گوید ذخایر سدها کافی است، ده‌ها کشاورز از استاندار خواستند سهمیه آب را افزایش دهد.",
            "وزارت نیرو", "ذخایر سدها کافی است", "ده‌ها کشاورز", "سهمیه آب را افزایش دهد"
        },
        {
            "در حالی که سخنگوی دولت گفته بود قیمت‌ها ثابت می‌ماند، نمایندگان مجلس از وزیر خواستند درباره گرانی توضیح دهد.",
            "سخنگوی دولت", "قیمت‌ها ثابت می‌ماند", "نمایندگان مجلس", "درباره گرانی توضیح دهد"
        },
        {
            "در حالی که پلیس اعلام کرده بود که جاده باز است، رانندگان گفتند که ساعت‌ها در برف ماندند.",
            "پلیس", "جاده باز است", "رانندگان", "ساعت‌ها در برف ماندند"
        },
    };

    [Theory]
    [MemberData(nameof(OpeningWhileClause))]
    public void Resolve_SentenceOpeningWithWhileClause_EachClauseHasItsOwnSpeaker(string body, string first, string firstText, string second, string secondText)
    {
        var quotes = Quotes(body);
        Assert.Equal(2, quotes.Count);
        Assert.Equal((first, firstText), (quotes[0].Speaker?.Name, quotes[0].Text));
        Assert.Equal((second, secondText), (quotes[1].Speaker?.Name, quotes[1].Text));
    }

    /// <summary>
    /// Two titles joined by "و" with a plural verb are two people, kept as written; people named in a list are one
    /// speaker for their plural verb but never the holder of a later title.
    /// </summary>
    [Fact]
    public void Resolve_CoordinatedTitlesAndListOfNames_AreNeitherOnePersonNorTheHolderOfALaterTitle()
    {
        var quotes = Quotes("رئیس‌جمهور و وزیر امور خارجه در نشستی مشترک گفتند که مذاکرات ادامه دارد.\n\n"
                            + "علی لاریجانی و محمدباقر قالیباف در پیام‌های جداگانه‌ای گفتند که از مردم سپاسگزارند.\n\n"
                            + "سخنگوی قوه قضاییه گفت: «پرونده در مرحله تحقیقات است.»");
        Assert.Equal(3, quotes.Count);
        Assert.Equal("رئیس‌جمهور و وزیر امور خارجه", quotes[0].Speaker?.Name);
        Assert.Equal("علی لاریجانی و محمدباقر قالیباف", quotes[1].Speaker?.Name);
        Assert.Equal("سخنگوی قوه قضاییه", quotes[2].Speaker?.Name);
    }

    /// <summary>
    /// A name after "به نوشته" is a publication unless it reads as a person: "این روزنامه" points back to it, past an
    /// earlier newspaper; a person's name there stays a person, whom "او" means.
    /// </summary>
    [Fact]
    public void Resolve_ThisNewspaperAfterBeNeveshte_IsThePublicationNamedThere()
    {
        var quotes = Quotes("روزنامه کیهان نوشت: «مذاکره بی‌فایده است.»\n\n"
                            + "به نوشته نیویورک تایمز، کاخ سفید طرح تازه‌ای دارد.\n\n"
                            + "این روزنامه افزود که طرح هفته آینده اعلام می‌شود.");
        Assert.Equal(3, quotes.Count);
        Assert.Equal("نیویورک تایمز", quotes[2].Speaker?.Name);
    }

    [Fact]
    public void Resolve_PersonAfterBeNeveshte_StaysAPerson()
    {
        var quotes = Quotes("به نوشته علی دایی در صفحه شخصی‌اش، فوتبال به تغییر نیاز دارد.\n\nاو افزود که مربیان جوان باید فرصت بگیرند.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("علی دایی", quotes[1].Speaker?.Name);
    }

    /// <summary>The medium credited before a title ("به نقل از رویترز، سخنگوی ...") is not the title's holder.</summary>
    public static TheoryData<string> CreditedMediumBeforeTitle => new()
    {
        "به گزارش خبرگزاری فارس به نقل از رویترز، سخنگوی کاخ سفید روز جمعه گفت که تحریم‌های جدید اعمال می‌شود.",
        "به نقل از خبرگزاری آناتولی، سخنگوی کاخ سفید روز جمعه گفت که تحریم‌های جدید اعمال می‌شود.",
        "به گزارش رویترز، سخنگوی کاخ سفید روز جمعه گفت که تحریم‌های جدید اعمال می‌شود.",
    };

    [Theory]
    [MemberData(nameof(CreditedMediumBeforeTitle))]
    public void Resolve_TitleAfterCreditedMedium_IsNotTheMedium(string body)
        => Assert.Equal("سخنگوی کاخ سفید", Assert.Single(Quotes(body)).Speaker?.Name);

    [Fact]
    public void Resolve_TitleContainingAnOrganization_IsNotTheOrganization()
    {
        const string body = "کمیسیون اصل ۹۰ اعلام کرد که تخلف محرز شده است.\n\n"
                          + "سخنگوی کمیسیون اصل ۹۰ مجلس گفت: «گزارش به قوه قضاییه رفت.»\n\nعلی نیک‌نام، سخنگوی کمیسیون اصل ۹۰ مجلس، پیش‌تر نیز از این پرونده خبر داده بود.";
        var quotes = Quotes(body);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("کمیسیون اصل ۹۰", quotes[0].Speaker?.Name);
        Assert.Equal("علی نیک‌نام", quotes[1].Speaker?.Name);
    }

    /// <summary>A bare plural ("کنشگران امضاکننده") after a counted group ("صدها کنشگر مدنی") is that group.</summary>
    public static TheoryData<string> PluralOfCountedGroup => new()
    {
        "کنشگران امضاکننده این نامه از وزیر خواسته‌اند: «هیئتی مستقل تشکیل دهید.»",
        "کنشگران امضاکننده در پایان نوشته‌اند: «هیئتی مستقل تشکیل دهید.»",
    };

    [Theory]
    [MemberData(nameof(PluralOfCountedGroup))]
    public void Resolve_PluralOfCountedGroupNoun_IsThatGroup(string second)
    {
        var quotes = Quotes("صدها کنشگر مدنی در نامه‌ای سرگشاده نوشته‌اند: «وضعیت زندان‌ها نگران کننده است.»\n\n" + second);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("صدها کنشگر مدنی", quotes[0].Speaker?.Name);
        Assert.Equal("صدها کنشگر مدنی", quotes[1].Speaker?.Name);
        Assert.Equal("speaker.anaphor", quotes[1].SpeakerRule);
    }

    /// <summary>
    /// A title held in relation to someone mentioned before (a personal pronoun, or a demonstrative before a person's
    /// title) or to someone not named ("یکی از" + a group) is another person's: never linked to the person just quoted,
    /// nor to the next one named without it.
    /// </summary>
    public static TheoryData<string, string> RelationalTitle => new()
    {
        { "معاون او نیز گفت که ساخت پل از ماه آینده آغاز می‌شود.", "معاون او" },
        { "وکیل وی گفت که درخواست تجدیدنظر ثبت شده است.", "وکیل وی" },
        { "مشاور این عضو شورا هم گفت که طرح بازنگری می‌شود.", "مشاور این عضو شورا" },
        { "وکیل یکی از متهمان به خبرنگاران گفت که موکلش به پرونده دسترسی ندارد.", "وکیل یکی از متهمان" },
    };

    [Theory]
    [MemberData(nameof(RelationalTitle))]
    public void Resolve_TitleRelativeToEarlierPerson_IsNotThatPerson(string second, string name)
        => SecondSpeaker(second, name);

    [Fact]
    public void Resolve_TitleRelativeToEarlierPerson_DoesNotJoinTheNextNameWithoutThatTitle()
    {
        var quotes = Quotes(FirstSpeaker + "معاون او گفت که کار از فردا آغاز می‌شود.\n\nسارا کریمی، ساکن محله، گفت: «ما منتظریم.»");
        Assert.Equal(3, quotes.Count);
        Assert.Equal("معاون او", quotes[1].Speaker?.Name);
        Assert.Equal("سارا کریمی", quotes[2].Speaker?.Name);
    }

    /// <summary>The same title again, or the same holder under another title, still links to the person quoted.</summary>
    public static TheoryData<string, string> SamePersonTitle => new()
    {
        { "عضو شورای شهر در ادامه گفت که بودجه عمرانی افزایش می‌یابد.", "مهدی رستمی" },
        { "این عضو شورای شهر افزود که گزارش هفته آینده منتشر می‌شود.", "مهدی رستمی" },
    };

    [Theory]
    [MemberData(nameof(SamePersonTitle))]
    public void Resolve_TitleWithoutRelation_StillLinksToRecentSpeaker(string second, string name)
        => SecondSpeaker(second, name);

    /// <summary>A title quoted before its holder is named: the holder's name and the title as role on every quote.</summary>
    public static TheoryData<string, string, string> TitleBeforeHolder => new()
    {
        { "رئیس پلیس راهور گفت: «تصادفات کاهش یافته است.»\n\nسردار کمال هادیان‌فر افزود: سرعت مجاز رعایت نمی‌شود.", "کمال هادیان‌فر", "رئیس پلیس راهور" },
        { "سخنگوی دولت گفت که بودجه کافی است.\n\nمریم صادقی در ادامه افزود: حقوق‌ها به موقع پرداخت می‌شود.", "مریم صادقی", "سخنگوی دولت" },
    };

    [Theory]
    [MemberData(nameof(TitleBeforeHolder))]
    public void Resolve_TitleThenNameWithoutTitle_GivesTheTitleAsRole(string body, string name, string role)
    {
        var quotes = Quotes(body);
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal((name, role), (q.Speaker?.Name, q.Speaker?.Role)));
    }

    /// <summary>
    /// A title alone, then a person named with "نیز" or "هم" ("also"): that person speaks besides the title's holder and
    /// does not hold the title → the title as written, the person without it.
    /// </summary>
    public static TheoryData<string> TitleThenAnotherWithAlso => new()
    {
        "رئیس‌جمهور در دیدار با وزیر خارجه عمان گفت: «از ابتکار عمان استقبال می‌کنیم.»\n\nبدر البوسعیدی نیز در این دیدار گفت: «عمان آماده میانجی‌گری است.»",
        "سخنگوی دولت گفت که بودجه کافی است.\n\nمریم صادقی هم گفت: حقوق‌ها به موقع پرداخت نمی‌شود.",
        "وزیر کشور گفت: «انتخابات آرام بود.»\n\nعلی نوری نیز در این نشست گفت که آرا شمرده شد.",
    };

    [Theory]
    [MemberData(nameof(TitleThenAnotherWithAlso))]
    public void Resolve_TitleThenNameWithAlso_IsAnotherPerson(string body)
    {
        var quotes = Quotes(body);
        Assert.Equal(2, quotes.Count);
        Assert.Equal(quotes[0].Speaker?.Text, quotes[0].Speaker?.Name);
        Assert.Null(quotes[1].Speaker?.Role);
    }

    [Fact]
    public void Resolve_TitleNeverNamedThenOtherPeople_StaysAsWritten()
    {
        var quotes = Quotes("مدیر روابط عمومی شرکت آب گفت: «زمان وصل آب مشخص نیست.»\n\n"
                            + "سارا کریمی، ساکن محله، گفت: «سه روز است آب نداریم.»\n\n"
                            + "جان اسمیت در بیانیه‌ای گفت که وضعیت نگران‌کننده است.");
        Assert.Equal(3, quotes.Count);
        Assert.Equal("مدیر روابط عمومی شرکت آب", quotes[0].Speaker?.Name);
        Assert.Null(quotes[2].Speaker?.Role);
    }

    /// <summary>"یکی از" + a group completes a subject or an apposition ending in "یکی" → speaker mention and role.</summary>
    public static TheoryData<string, string, string?> OneOfGroup => new()
    {
        { "همسر یکی از کارگران معدن گفت: «هیچ خبری از او نداریم.»", "همسر یکی از کارگران معدن", null },
        { "سارا کریمی، یکی از ساکنان محله، گفت: «سه روز است آب نداریم.»", "سارا کریمی", "یکی از ساکنان محله" },
        { "یکی از کشاورزان روستا گفت که آب چاه‌ها کم شده است.", "یکی از کشاورزان روستا", null },
        { "مریم احمدی یکی از ساکنان محله گفت: «سه روز است آب نداریم.»", "مریم احمدی", "یکی از ساکنان محله" },   // apposition without commas
        { "عبدالرحیم یکی از باشندگان این ولسوالی گفت که کمکی نرسیده است.", "عبدالرحیم", "یکی از باشندگان این ولسوالی" },
    };

    [Theory]
    [MemberData(nameof(OneOfGroup))]
    public void Resolve_PhraseEndingInOneBeforeAz_KeepsTheGroup(string body, string name, string? role)
    {
        var quote = Assert.Single(PersianNewsParser.Default.Parse(body).Quotes);
        Assert.Equal((name, role), (quote.Speaker?.Name, quote.Speaker?.Role));
    }

    /// <summary>"این خبرگزاری", "این وزارتخانه": an organisation named before, or the description as written; never a person.</summary>
    public static TheoryData<string, string> OrganizationAnaphor => new()
    {
        { "این خبرگزاری افزود که مذاکرات هفته آینده برگزار می‌شود.", "این خبرگزاری" },
        { "وزارت بهداشت اعلام کرد که واکسن کافی است.\n\nاین وزارتخانه افزود که توزیع از فردا آغاز می‌شود.", "وزارت بهداشت" },
        { "وزارت بهداشت اعلام کرد که واکسن کافی است.\n\nسارا کریمی، مدیر روابط عمومی این وزارتخانه، گفت: «توزیع آغاز شد.»\n\nاین وزارتخانه افزود که مراکز جمعه‌ها باز است.", "وزارت بهداشت" },
    };

    [Theory]
    [MemberData(nameof(OrganizationAnaphor))]
    public void Resolve_DemonstrativeBeforeOrganizationNoun_IsNotThePersonQuoted(string body, string name)
    {
        var quotes = Quotes(FirstSpeaker + body);
        Assert.Equal("مهدی رستمی", quotes[0].Speaker?.Name);
        Assert.Equal(name, quotes[^1].Speaker?.Name);
    }

    [Fact]
    public void Resolve_TitleThenAnotherTitleThenName_FirstTitleStaysAsWritten()
    {
        var quotes = Quotes("رئیس‌جمهور خطاب به وزیران گفت: «پاسخگو باشید.»\n\n"
                            + "سخنگوی وزارت نیرو گفت که خاموشی نداریم.\n\n"
                            + "علی احمدی گفت که تعرفه تغییر نمی‌کند.");
        Assert.Equal(3, quotes.Count);
        Assert.Equal("رئیس‌جمهور", quotes[0].Speaker?.Name);
    }

    /// <summary>
    /// A roundup of officials: a title of another office (different head, no shared word naming its organisation) is
    /// another person, whether the person before was given a title in apposition or linked to one; titles of the
    /// same office, or offices sharing their organisation's name, still link.
    /// </summary>
    public static TheoryData<string, string, string> OfficesOfOthers => new()
    {
        { "ناصر کریمی، وزیر کشور، گفت: «انتخابات آرام بود.»", "سخنگوی وزارت بهداشت گفت که واکسن کافی است.", "سخنگوی وزارت بهداشت" },
        { "ناصر کریمی گفت: «انتخابات آرام بود.»\n\nوزیر کشور افزود که آرا شمرده شد.", "والی بلخ گفت که جاده باز است.", "والی بلخ" },
        { "ناصر کریمی، دبیر ستاد انتخابات کشور، گفت: «انتخابات آرام بود.»", "مدیرکل دفتر انتخابات افزود که آرا شمرده شد.", "ناصر کریمی" },
        { "ناصر کریمی، سخنگوی وزارت کشور، گفت: «انتخابات آرام بود.»", "سخنگوی این وزارتخانه افزود که آرا شمرده شد.", "ناصر کریمی" },

        // A deputy or an adviser is not the head of the office, and the head is not his deputy.
        { "ناصر کریمی، معاون وزیر بهداشت، گفت: «انتخابات آرام بود.»", "رئیس سازمان هواشناسی گفت که باران در راه است.", "رئیس سازمان هواشناسی" },
        { "ناصر کریمی، معاون وزیر بهداشت، گفت: «انتخابات آرام بود.»", "وزیر بهداشت گفت که واکسن کافی است.", "وزیر بهداشت" },
        { "ناصر کریمی، وزیر بهداشت، گفت: «انتخابات آرام بود.»", "معاون وزیر بهداشت گفت که واکسن کافی است.", "معاون وزیر بهداشت" },
        { "ناصر کریمی، وزیر بهداشت، گفت: «انتخابات آرام بود.»", "مشاور وزیر بهداشت گفت که واکسن کافی است.", "مشاور وزیر بهداشت" },
        { "ناصر کریمی، معاون رئیس‌جمهور و رئیس سازمان برنامه، گفت: «انتخابات آرام بود.»", "رئیس سازمان برنامه افزود که بودجه کافی است.", "ناصر کریمی" },

        // a spokesperson of the very office the person before heads is still someone else; the same title spelled
        // without its ezafe ("سخنگو وزارت") is the same person
        { "ناصر کریمی، وزیر نفت، گفت: «صادرات ادامه دارد.»", "سخنگوی وزارت نفت افزود که هیچ محموله‌ای متوقف نشده است.", "سخنگوی وزارت نفت" },
        { "ناصر کریمی، سخنگو وزارت نفت، گفت: «صادرات ادامه دارد.»", "سخنگوی وزارت نفت افزود که هیچ محموله‌ای متوقف نشده است.", "ناصر کریمی" },
        { "ناصر کریمی، معاون دفتر رئیس‌جمهور، گفت: «این خبر کذب است.»", "وزیر اقتصاد نیز گفت که قصد استعفا ندارد.", "وزیر اقتصاد" },
        { "ناصر کریمی، مشاور وزیر نیرو، گفت: «سدها پر است.»", "وزیر نیرو افزود که خاموشی نداریم.", "وزیر نیرو" },
        { "ناصر کریمی، معاون وزیر نیرو، گفت: «سدها پر است.»", "معاون وزیر افزود که خاموشی نداریم.", "ناصر کریمی" },
        // the same title of another country is that country's holder; of the same country, or with none, the same person
        { "ناصر کریمی، سرمربی تیم ملی فوتبال ایران، گفت: «بازیکنان عالی بودند.»", "سرمربی عراق اما معتقد است داوری ضعیف بود.", "سرمربی عراق" },
        { "ناصر کریمی، وزیر امور خارجه ایران، گفت: «مذاکرات ادامه دارد.»", "وزیر خارجه ایران افزود که پیشنهادها رسیده است.", "ناصر کریمی" },
        { "ناصر کریمی، سرمربی تیم ملی، گفت: «بازیکنان عالی بودند.»", "سرمربی ایران افزود که داوری ضعیف بود.", "ناصر کریمی" },
    };

    /// <summary>
    /// A person written as a relation to someone else ("فرزند این بازیگر", "همسر او") is not who a later office title
    /// describes → the title as written.
    /// </summary>
    public static TheoryData<string, string> TitleAfterRelative => new()
    {
        { "فرزند این بازیگر در گفت‌وگو با ایسنا گفت: پدرم دیشب درگذشت.", "وزیر فرهنگ در پیامی نوشت: «او هنرمندی بزرگ بود.»" },
        { "همسر این زندانی گفت که از او خبری ندارد.", "دادستان تهران اعلام کرد: «پرونده در حال بررسی است.»" },
    };

    [Theory]
    [MemberData(nameof(TitleAfterRelative))]
    public void Resolve_OfficeTitleAfterPersonNamedAsRelative_IsAnotherPerson(string first, string second)
    {
        var quotes = PersianNewsParser.Default.Parse(Lead + first + "\n\n" + second).Quotes;
        Assert.Equal(2, quotes.Count);
        Assert.NotEqual(quotes[0].Speaker?.Name, quotes[1].Speaker?.Name);
        Assert.Equal(quotes[1].Speaker?.Text, quotes[1].Speaker?.Name);
    }

    [Theory]
    [MemberData(nameof(OfficesOfOthers))]
    public void Resolve_TitleOfAnotherOffice_IsAnotherPerson(string first, string second, string name)
    {
        var quotes = PersianNewsParser.Default.Parse(Lead + first + "\n\n" + second).Quotes;
        Assert.Equal("ناصر کریمی", quotes[0].Speaker?.Name);
        Assert.Equal(name, quotes[^1].Speaker?.Name);
    }

    /// <summary>
    /// "نیز"/"هم" ("also") after a title names someone besides the person quoted last, so the title stays as written;
    /// with a verb that goes on ("نیز افزود") the title may still describe that person.
    /// </summary>
    public static TheoryData<string, string> AlsoAfterTitle => new()
    {
        { "رئیس کمیسیون آموزش مجلس هم گفت که طرح اجرا می‌شود.", "رئیس کمیسیون آموزش مجلس" },
        { "وزیر نیرو نیز گفت که سدها پر است.", "وزیر نیرو" },
        { "وزیر نیرو نیز افزود که سدها پر است.", "مهدی رستمی" },
    };

    [Theory]
    [MemberData(nameof(AlsoAfterTitle))]
    public void Resolve_TitleWithAlsoAfterNamedSpeaker_IsAnotherPersonUnlessTheVerbGoesOn(string second, string name)
        => SecondSpeaker(second, name);

    /// <summary>Afghan offices (ولسوال، شاروال، قوماندان) are titles: named in the lead before the holder, they go to him.</summary>
    public static TheoryData<string, string> AfghanTitleBeforeHolder => new()
    {
        { "ولسوال ولسوالی نادعلی می‌گوید که سیلاب‌ها به ده‌ها خانه خسارت رسانده است.\n\nمحمد نادر، ولسوال نادعلی، گفت: «صد خانواده بی‌جا شده‌اند.»", "محمد نادر" },
        { "شاروال هرات می‌گوید که جاده‌ها بازسازی می‌شود.\n\nعبدالله کریمی، شاروال هرات، گفت: «کار از فردا آغاز می‌شود.»", "عبدالله کریمی" },
        { "قوماندان امنیه قندهار می‌گوید که امنیت برقرار است.\n\nنورالله حمیدی، قوماندان امنیه قندهار، گفت: «راه‌ها باز است.»", "نورالله حمیدی" },
    };

    [Theory]
    [MemberData(nameof(AfghanTitleBeforeHolder))]
    public void Resolve_AfghanOfficeInLead_IsItsHolderNamedNext(string body, string name)
    {
        var quotes = Quotes(body);
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(name, q.Speaker?.Name));
    }

    /// <summary>An office named by a list ("وزیر بهداشت، درمان و آموزش پزشکی") is one title in an apposition; a
    /// second description after the title's comma is not part of it.</summary>
    public static TheoryData<string, string> SerialTitle => new()
    {
        { "بهرام کریمی، وزیر بهداشت، درمان و آموزش پزشکی، گفت: «واکسن کافی است.»", "وزیر بهداشت، درمان و آموزش پزشکی" },
        { "بهرام کریمی، وزیر صنعت، معدن و تجارت، گفت که قیمت خودرو ثابت می‌ماند.", "وزیر صنعت، معدن و تجارت" },
        { "بهرام کریمی، وزیر نیرو، در جمع خبرنگاران گفت که سدها پر است.", "وزیر نیرو" },
    };

    [Theory]
    [MemberData(nameof(SerialTitle))]
    public void Resolve_OfficeNamedByAList_KeepsTheWholeTitle(string body, string role)
        => Assert.Equal(("بهرام کریمی", role), OnlySpeaker(body));

    /// <summary>
    /// A bracket after a name: the name in Latin letters ("NAME (Latin name)، ROLE،", the apposition after it the role),
    /// a title of several words (the role), or one word, an acronym or an honorific (no role).
    /// </summary>
    public static TheoryData<string, string, string?> BracketAfterName => new()
    {
        { "سم آلتمن (Sam Altman)، مدیرعامل OpenAI، گفت: «ایمنی مهم است.»", "سم آلتمن", "مدیرعامل OpenAI" },
        { "آنا وبر (Anna Weber) گفت که قرارداد تمدید نمی‌شود.", "آنا وبر", null },
        { "علی رضایی (وزیر نیرو) گفت که سدها پر است.", "علی رضایی", "وزیر نیرو" },
        { "سازمان پیمان آتلانتیک شمالی (ناتو) اعلام کرد که رزمایش ادامه دارد.", "سازمان پیمان آتلانتیک شمالی", null },
        { "دفتر هماهنگی امور بشردوستانه (اوچا) اعلام کرد که کمک‌ها نمی‌رسد.", "دفتر هماهنگی امور بشردوستانه", null },
        { "امام خمینی (ره) فرمودند: «ما می‌توانیم.»", "امام خمینی", null },
    };

    [Theory]
    [MemberData(nameof(BracketAfterName))]
    public void Resolve_BracketAfterName_IsRoleOnlyWhenItHoldsATitle(string body, string name, string? role)
    {
        var quote = Assert.Single(PersianNewsParser.Default.Parse(body).Quotes);
        Assert.Equal((name, role), (quote.Speaker?.Name, quote.Speaker?.Role));
    }

    /// <summary>"NAME، TITLE در PLACE/FIELD،": a title set off by two commas keeps its phrase with "در" → role.</summary>
    public static TheoryData<string, string> TitleWithDarPhrase => new()
    {
        { "زهرا احمدی، معاون رئیس‌جمهور در امور زنان، گفت: «اشتغال زنان اولویت است.»", "معاون رئیس‌جمهور در امور زنان" },
        { "علی رضایی، سفیر ایران در لندن، گفت که گفت‌وگوها ادامه دارد.", "سفیر ایران در لندن" },
        { "علی رضایی، سفیر ایران، در نشست خبری گفت که گفت‌وگوها ادامه دارد.", "سفیر ایران" },
    };

    [Theory]
    [MemberData(nameof(TitleWithDarPhrase))]
    public void Resolve_AppositionClosedByCommaWithDar_KeepsWholeTitle(string body, string role)
        => Assert.Equal(role, Assert.Single(PersianNewsParser.Default.Parse(body).Quotes).Speaker?.Role);

    /// <summary>
    /// A Dutch or German name particle in Persian letters ("فون در", "ون در", "فان در"): "در" after it is part of the
    /// name, not a preposition that ends the subject → the whole name (and the title after it); "در" after the whole
    /// name still ends it.
    /// </summary>
    public static TheoryData<string, string, string?> NameParticleDar => new()
    {
        { "اورسولا فون در لاین رئیس کمیسیون اروپا گفت که تحریم‌ها ادامه دارد.", "اورسولا فون در لاین", "رئیس کمیسیون اروپا" },
        { "الکساندر فان در بلن، رئیس‌جمهور اتریش، گفت: «انتخابات آزاد بود.»", "الکساندر فان در بلن", "رئیس‌جمهور اتریش" },
        { "اورزولا فون در لاین در نشست خبری در بروکسل گفت که تحریم‌ها ادامه دارد.", "اورزولا فون در لاین", null },
        { "الکساندر ون در بلن، رئیس‌جمهور اتریش، گفت که دولت استعفا داد.", "الکساندر ون در بلن", "رئیس‌جمهور اتریش" },
        { "لوئیس فان در سار در گفت‌وگو با رسانه‌ها گفت که بازنشسته می‌شود.", "لوئیس فان در سار", null },
        { "رضا کریمی در نشست خبری گفت که تحریم‌ها ادامه دارد.", "رضا کریمی", null },
    };

    [Theory]
    [MemberData(nameof(NameParticleDar))]
    public void Resolve_NameParticleBeforeDar_KeepsWholeName(string body, string name, string? role)
        => Assert.Equal((name, role), OnlySpeaker(body));

    /// <summary>"جمعه" after "امام" or "نماز" is part of the title, not the weekday that ends it → the whole title.</summary>
    public static TheoryData<string, string> FridayPrayerTitle => new()
    {
        { "احمد نوری، امام جمعه موقت قم، در خطبه‌ها گفت: «وحدت مهم است.»", "امام جمعه موقت قم" },
        { "احمد نوری امام جمعه مشهد گفت که وحدت مهم است.", "امام جمعه مشهد" },
        { "امام جمعه موقت تهران در خطبه‌های نماز جمعه گفت: «وحدت مهم است.»", "امام جمعه موقت تهران" },
    };

    [Theory]
    [MemberData(nameof(FridayPrayerTitle))]
    public void Resolve_JomeAfterImam_IsPartOfTheTitle(string body, string role)
        => Assert.Equal(role, Assert.Single(PersianNewsParser.Default.Parse(body).Quotes).Speaker?.Role);

    /// <summary>
    /// "RELATION، NAME، VERB": a person described by a relation to someone else ("همسر وی", "پدر این دانشجو"), then the
    /// name in apposition → the name, with the relation as the role; a name then a relation in apposition stays so.
    /// </summary>
    public static TheoryData<string, string, string> RelationThenName => new()
    {
        { "همسر وی، تقی رحمانی، در گفت‌وگو با رادیو فردا گفت: «وضعیت او مناسب نیست.»", "تقی رحمانی", "همسر وی" },
        { "پدر این دانشجو، علی کریمی، گفت که از پسرش خبری ندارد.", "علی کریمی", "پدر این دانشجو" },
        { "علی کریمی، پدر این دانشجو، گفت که از پسرش خبری ندارد.", "علی کریمی", "پدر این دانشجو" },
    };

    [Theory]
    [MemberData(nameof(RelationThenName))]
    public void Resolve_RelationThenNameInApposition_NameIsTheSpeaker(string body, string name, string role)
        => Assert.Equal((name, role), OnlySpeaker(body));

    /// <summary>A rank of the Revolutionary Guards ("سرلشکر پاسدار", "سرتیپ دوم پاسدار") is a title, not part of the name.</summary>
    public static TheoryData<string, string> GuardsRank => new()
    {
        { "سرلشکر پاسدار حسین نوری فرمانده سپاه گفت: «دشمن جرأت حمله ندارد.»", "حسین نوری" },
        { "سرتیپ دوم پاسدار رضا امینی، سخنگوی سپاه، گفت که رزمایش ادامه دارد.", "رضا امینی" },
        { "سرهنگ دوم علی کاظمی گفت که جاده باز است.", "علی کاظمی" },
    };

    [Theory]
    [MemberData(nameof(GuardsRank))]
    public void Resolve_GuardsRankBeforeName_IsNotPartOfTheName(string body, string name)
        => Assert.Equal(name, Assert.Single(PersianNewsParser.Default.Parse(body).Quotes).Speaker?.Name);
}
