namespace PersianNews.Core.Tests.Quotes;

/// <summary>
/// A specification of Persian news quotation, written as tables of sentences the project wrote itself: each finds one
/// quote of a kind, with its content, cue and resolved speaker; and sentences that are not quotes at all.
/// </summary>
public sealed class QuoteSpecificationTests
{
    // Every text opens with the outlet's own attribution, as agency copy does, so the quote sits in the body.
    private const string Lead = "به گزارش ایسنا، نشست خبری هفتگی روز دوشنبه در تهران برگزار شد.\n\n";

    private static AttributedQuote Single(string body)
    {
        var article = PersianNewsParser.Default.Parse(Lead + body);
        return Assert.Single(article.Quotes);
    }

    private static IReadOnlyList<AttributedQuote> Two(string body)
    {
        var quotes = PersianNewsParser.Default.Parse(Lead + body).Quotes;
        Assert.Equal(2, quotes.Count);
        return quotes;
    }

    public static TheoryData<string, QuoteKind, string, string, string> OneQuote => new()
    {
        // direct after a colon cue, in guillemets, straight and curly quotation marks
        { "علی رضایی، وزیر نیرو، گفت: «ذخایر سدها ده درصد بیشتر است.»", QuoteKind.Direct, "ذخایر سدها ده درصد بیشتر است", "گفت", "علی رضایی" },
        { "سارا احمدی تصریح کرد: \"برنامه تا پایان سال اجرا می‌شود.\"", QuoteKind.Direct, "برنامه تا پایان سال اجرا می‌شود", "تصریح کرد", "سارا احمدی" },
        { "حسن کریمی تاکید کرد: “هیچ مدرسه‌ای تعطیل نمی‌شود.”", QuoteKind.Direct, "هیچ مدرسه‌ای تعطیل نمی‌شود", "تاکید کرد", "حسن کریمی" },

        // direct without marks after a colon: to the end of the paragraph
        { "مهدی نوری اظهار داشت: بودجه امسال کافی نیست و باید اصلاح شود.", QuoteKind.Direct, "بودجه امسال کافی نیست و باید اصلاح شود", "اظهار داشت", "مهدی نوری" },

        // direct before the speaker
        { "«ما آماده گفت‌وگو هستیم»، رضا محمدی افزود.", QuoteKind.Direct, "ما آماده گفت‌وگو هستیم", "افزود", "رضا محمدی" },

        // direct before the speaker, the quotation resumed as the object ("این را", "این سخنان را")
        { "«ما تسلیم نمی‌شویم.» این را وزیر دفاع روز دوشنبه گفت.", QuoteKind.Direct, "ما تسلیم نمی‌شویم", "گفت", "وزیر دفاع" },
        { "«ما به هیچ فشاری تسلیم نمی‌شویم»؛ این سخنان را رضا محمدی در جمع مردم گفت.", QuoteKind.Direct, "ما به هیچ فشاری تسلیم نمی‌شویم", "گفت", "رضا محمدی" },

        // indirect: with که, without که, after a comma, a belief, a request with تا
        { "مریم صادقی گفت که قیمت‌ها ثابت می‌ماند.", QuoteKind.Indirect, "قیمت‌ها ثابت می‌ماند", "گفت", "مریم صادقی" },
        { "جواد حسینی اعلام کرد مسابقات هفته آینده برگزار می‌شود.", QuoteKind.Indirect, "مسابقات هفته آینده برگزار می‌شود", "اعلام کرد", "جواد حسینی" },
        { "کاوه امینی خاطرنشان کرد، این طرح هزینه‌ای ندارد.", QuoteKind.Indirect, "این طرح هزینه‌ای ندارد", "خاطرنشان کرد", "کاوه امینی" },
        { "کارشناسان اقتصادی معتقدند تورم کاهش می‌یابد.", QuoteKind.Indirect, "تورم کاهش می‌یابد", "معتقدند", "کارشناسان اقتصادی" },
        { "فرماندار از مردم خواست تا در خانه بمانند.", QuoteKind.Indirect, "در خانه بمانند", "خواست", "فرماندار" },

        // the formula for an unnamed source is a relative clause complete before the verb: the cue is the main clause's
        { "یک دیپلمات اروپایی که نخواست نامش فاش شود به خبرنگاران گفت تحریم‌های تازه در راه است.", QuoteKind.Indirect, "تحریم‌های تازه در راه است", "گفت", "یک دیپلمات اروپایی" },
        { "یک مقام ارشد که خواست نامش فاش نشود به رویترز گفت تهران پاسخ داده است.", QuoteKind.Indirect, "تهران پاسخ داده است", "گفت", "یک مقام ارشد" },

        // a clause wholly in quotation marks after که is the speaker's own words
        { "نادر قاسمی گفت که «این تصمیم قطعی است».", QuoteKind.Direct, "این تصمیم قطعی است", "گفت", "نادر قاسمی" },

        // prepositional attribution
        { "به گفته امید جعفری، پروژه تا پاییز تمام می‌شود.", QuoteKind.Indirect, "پروژه تا پاییز تمام می‌شود", "به گفته", "امید جعفری" },
        // "به گفته NAME، ROLE، CLAUSE": the title set off by commas is the speaker's apposition, not the reported clause
        { "به گفته امید جعفری، مدیر پروژه، کار تا پاییز تمام می‌شود.", QuoteKind.Indirect, "کار تا پاییز تمام می‌شود", "به گفته", "امید جعفری" },
        { "به گفته Anna Weber، سخنگوی شرکت، قرارداد تمدید نمی‌شود.", QuoteKind.Indirect, "قرارداد تمدید نمی‌شود", "به گفته", "Anna Weber" },

        // a document's words: the issuer is the speaker
        { "در بیانیه وزارت بهداشت آمده است: واکسیناسیون ادامه دارد.", QuoteKind.Direct, "واکسیناسیون ادامه دارد", "آمده است", "وزارت بهداشت" },

        // cues without half-spaces, with spaces, in Arabic letters, in other tenses
        { "دانشجویان میگویند کلاس‌ها شلوغ است.", QuoteKind.Indirect, "کلاس‌ها شلوغ است", "میگویند", "دانشجویان" },
        { "پزشکان می گویند بیماری کنترل شده است.", QuoteKind.Indirect, "بیماری کنترل شده است", "می گویند", "پزشکان" },
        { "وزير كشور تصريح كرد: انتخابات به موقع برگزار مي‌شود.", QuoteKind.Direct, "انتخابات به موقع برگزار مي‌شود", "تصريح كرد", "وزير كشور" },
        { "کشاورزان گفتهاند که آب کافی نیست.", QuoteKind.Indirect, "آب کافی نیست", "گفتهاند", "کشاورزان" },
        // a condition inside the reported clause is the speaker's
        { "وزیر راه گفت که اگر بودجه برسد، طرح اجرا می‌شود.", QuoteKind.Indirect, "اگر بودجه برسد، طرح اجرا می‌شود", "گفت", "وزیر راه" },
        { "مدیر مدرسه گفته بود که کلاس‌ها حضوری است.", QuoteKind.Indirect, "کلاس‌ها حضوری است", "گفته بود", "مدیر مدرسه" },

        // Dari (Afghan) reporting verbs
        { "سخنگوی وزارت معارف علاوه کرد که مکاتب باز می‌شوند.", QuoteKind.Indirect, "مکاتب باز می‌شوند", "علاوه کرد", "سخنگوی وزارت معارف" },
        { "پولیس هرات تصدیق کرد که دو تن بازداشت شده‌اند.", QuoteKind.Indirect, "دو تن بازداشت شده‌اند", "تصدیق کرد", "پولیس هرات" },

        // groups and anonymous sources stay as written
        { "دو مقام اروپایی گفتند که مذاکرات ادامه دارد.", QuoteKind.Indirect, "مذاکرات ادامه دارد", "گفتند", "دو مقام اروپایی" },

        // light-verb swaps and perfect tenses
        { "محمد باقری تصریح نمود: «نیروها آماده هستند.»", QuoteKind.Direct, "نیروها آماده هستند", "تصریح نمود", "محمد باقری" },
        { "سخنگوی وزارت بهداشت خاطرنشان ساخت: «واکسیناسیون آغاز می‌شود.»", QuoteKind.Direct, "واکسیناسیون آغاز می‌شود", "خاطرنشان ساخت", "سخنگوی وزارت بهداشت" },
        { "مسئولان شهرداری اعلام کرده‌اند که خط ۱۰ مترو افتتاح می‌شود.", QuoteKind.Indirect, "خط ۱۰ مترو افتتاح می‌شود", "اعلام کرده‌اند", "مسئولان شهرداری" },
        { "سخنگوی ستاد بحران هشدار داده است که سیلاب در راه است.", QuoteKind.Indirect, "سیلاب در راه است", "هشدار داده است", "سخنگوی ستاد بحران" },

        // an adverb of manner or frequency between the subject and the verb is not part of the name
        { "علی احمدی بارها گفته است که قیمت‌ها ثابت می‌ماند.", QuoteKind.Indirect, "قیمت‌ها ثابت می‌ماند", "گفته است", "علی احمدی" },
        { "سعید رضایی قاطعانه گفت: «ما عقب نمی‌نشینیم.»", QuoteKind.Direct, "ما عقب نمی‌نشینیم", "گفت", "سعید رضایی" },

        // the honorific verb of saying, alone and as a light verb
        { "رهبر انقلاب در دیدار با دانشجویان فرمودند: «جوانان امید کشور هستند.»", QuoteKind.Direct, "جوانان امید کشور هستند", "فرمودند", "رهبر انقلاب" },
        { "رهبر انقلاب تأکید فرمودند که وحدت ملی باید حفظ شود.", QuoteKind.Indirect, "وحدت ملی باید حفظ شود", "تأکید فرمودند", "رهبر انقلاب" },

        // "از نظر" with a title is an opinion ("از نظر فنی" is not: see NotQuotes)
        { "از نظر رئیس اتاق بازرگانی، صادرات غیرنفتی باید دو برابر شود.", QuoteKind.Indirect, "صادرات غیرنفتی باید دو برابر شود", "از نظر", "رئیس اتاق بازرگانی" },

        // a description with no one before it to point back to stays as written
        { "به اعتقاد این کارشناس، بازار مسکن در رکود باقی می‌ماند.", QuoteKind.Indirect, "بازار مسکن در رکود باقی می‌ماند", "به اعتقاد", "این کارشناس" },
        { "به ادعای رسانه‌های محلی، حمله در ساعات اولیه صبح انجام شد.", QuoteKind.Indirect, "حمله در ساعات اولیه صبح انجام شد", "به ادعای", "رسانه‌های محلی" },
        { "طبق اعلام سازمان هواشناسی، بارش‌ها تا پنجشنبه ادامه دارد.", QuoteKind.Indirect, "بارش‌ها تا پنجشنبه ادامه دارد", "طبق اعلام", "سازمان هواشناسی" },
        { "این مقام مسئول پاسخ داد: «هنوز تصمیمی گرفته نشده است.»", QuoteKind.Direct, "هنوز تصمیمی گرفته نشده است", "پاسخ داد", "این مقام مسئول" },

        // "در پاسخ گفت" is "said in reply": "گفت" takes a clause, unlike "پاسخ گفت" ("answered") after an object
        { "حسن نادری در پاسخ گفت که گزارش کامل به کمیسیون رسیده است.", QuoteKind.Indirect, "گزارش کامل به کمیسیون رسیده است", "پاسخ گفت", "حسن نادری" },
        { "مینا صدری در پاسخ گفت هیچ قراردادی لغو نشده است.", QuoteKind.Indirect, "هیچ قراردادی لغو نشده است", "پاسخ گفت", "مینا صدری" },

        // opinion attributed by "از نگاه/از دید/از منظر/به نظر X،" to a person named with a given name or seen before
        { "از نگاه علی سعدوندی، تورم امسال از ۴۰ درصد بالاتر می‌رود.", QuoteKind.Indirect, "تورم امسال از ۴۰ درصد بالاتر می‌رود", "از نگاه", "علی سعدوندی" },
        { "به نظر مسعود نیلی، دولت راهی جز اصلاح یارانه‌ها ندارد.", QuoteKind.Indirect, "دولت راهی جز اصلاح یارانه‌ها ندارد", "به نظر", "مسعود نیلی" },
        { "از دید رئیس کانون وکلا، این قانون خلاف اصول است.", QuoteKind.Indirect, "این قانون خلاف اصول است", "از دید", "رئیس کانون وکلا" },

        // speech acts that report a clause with "که": revealing, predicting, threatening, asking for
        { "یک منبع آگاه فاش کرد که اعتبارات عمرانی تنها ۳۰ درصد تخصیص یافته است.", QuoteKind.Indirect, "اعتبارات عمرانی تنها ۳۰ درصد تخصیص یافته است", "فاش کرد", "یک منبع آگاه" },
        { "وزیر اقتصاد پیش‌بینی کرد که درآمدهای مالیاتی ۲۰ درصد بیشتر شود.", QuoteKind.Indirect, "درآمدهای مالیاتی ۲۰ درصد بیشتر شود", "پیش‌بینی کرد", "وزیر اقتصاد" },
        { "رضا کاظمی تهدید کرد که از سمت خود استعفا می‌دهد.", QuoteKind.Indirect, "از سمت خود استعفا می‌دهد", "تهدید کرد", "رضا کاظمی" },
        { "علی رضایی خواستار شد که دولت گزارش دقیقی به مجلس ارائه کند.", QuoteKind.Indirect, "دولت گزارش دقیقی به مجلس ارائه کند", "خواستار شد", "علی رضایی" },
    };

    [Theory]
    [MemberData(nameof(OneQuote))]
    public void Extract_AttributedSentence_FindsOneQuote(string body, QuoteKind kind, string content, string cue, string speaker)
    {
        var quote = Single(body);
        Assert.Equal(kind, quote.Kind);
        Assert.Equal(content, quote.Text);
        Assert.Equal(cue, quote.Cue?.Text);
        Assert.Equal(speaker, quote.Speaker?.Name);
    }

    /// <summary>After "به گفته X،" a comma inside the clause is no apposition unless a singular title follows a bare name.</summary>
    public static TheoryData<string, string, string> PrepositionalWithoutApposition => new()
    {
        { "امید جعفری گفت که مدرسه باز است. به گفته وی، مدیر مدرسه، معلمان و والدین باید همکاری کنند.", "مدیر مدرسه، معلمان و والدین باید همکاری کنند", "وی" },
        { "به گفته امید جعفری، مسئولان محلی، پلیس و ارتش در محل حاضر شدند.", "مسئولان محلی، پلیس و ارتش در محل حاضر شدند", "امید جعفری" },
    };

    [Theory]
    [MemberData(nameof(PrepositionalWithoutApposition))]
    public void Extract_PrepositionalCommaWithoutApposition_KeepsClause(string body, string content, string speaker)
    {
        var quote = PersianNewsParser.Default.Parse(body).Quotes[^1];
        Assert.Equal(content, quote.Text);
        Assert.Equal(speaker, quote.Speaker?.Text);
    }

    public static TheoryData<string> NotQuotes => new()
    {
        "سخنانی که وزیر گفت با انتقاد نمایندگان روبه‌رو شد.",
        // the outlet's own attribution
        "به گزارش ایرنا، جلسه شورا امروز برگزار شد.",

        // names, titles and scare quotes in guillemets
        "نشست «ائتلاف کشورهای داوطلب» در پاریس برگزار می‌شود.",
        "طرح‌های «فنی» این پروژه هنوز آماده نشده است.",

        // passives without a speaker
        "گفته می‌شود این طرح به زودی اجرا خواهد شد.",

        // refusals
        "یک مقام دولتی از گفتن اینکه کدام کشورها شرکت می‌کنند خودداری کرد.",

        // nominal complements without a clause
        "وزیر نیرو از آغاز کار نیروگاه جدید خبر داد.",
        "دو طرف بر همکاری بیشتر تأکید کردند.",
        "رهبر انقلاب بر وحدت ملی تأکید فرمودند.",
        "رئیس سازمان زمان برگزاری آزمون را اعلام کرد.",

        // headlines "NAME: ..." without a reporting verb
        "علی رضایی: قیمت برق افزایش نمی‌یابد",

        // "از دید/از نگاه/از منظر/به نظر" meaning "in terms of", and "به نظر می‌رسد" ("it seems")
        "از دید فنی، این طرح قابل اجرا است.",
        "از نگاه اقتصادی، رشد کشور کند شده است.",
        "از منظر حقوقی، این قرارداد باطل است.",
        "به نظر می‌رسد دولت برنامه‌ای برای مهار تورم ندارد.",

        // the same verbs with an object and no clause
        "نماینده تبریز خواستار توقف فوری این طرح شد.",
        "بازرسان تخلفات این شرکت را فاش کردند.",
        "هواشناسی بارش باران را برای فردا پیش‌بینی کرد.",

        // "پاسخ گفت" after its object is "answered", not "said"
        "وزیر کار در پایان نشست به پرسش‌های خبرنگاران پاسخ گفت.",

        // "سخن گفت" is "spoke", not "said"
        "برخی کارشناسان از احتمال توافق سخن گفته بودند، وزیر از آغاز مذاکرات خبر داد.",
        "پوتین، که در نشست خبری سالانه سخن می‌گفت، از غرب انتقاد کرد.",

        // a question whether something was said reports nothing
        "آیا وزیر نفت گفت که سهمیه بنزین حذف می‌شود؟",
        "آیا سخنگوی دولت اعلام کرد که قیمت‌ها ثابت می‌ماند؟",

        // "از نظر" meaning "in terms of"
        "از نظر فنی، این طرح قابل اجرا است.",
        "از نظر اقتصادی، رشد کشور کند شده است.",

        // statistics that show
        "آمار نشان می‌دهد که مصرف آب کاهش یافته است.",

        // modal infinitives
        "نمی‌توان گفت که این روند ادامه خواهد یافت.",

        // what someone will say or did not say is no report of speech
        "سخنگوی دولت خواهد گفت که بودجه تصویب شد.",
        "وزیر اقتصاد فردا در مجلس خواهد گفت که تورم مهار شده است.",
        "رئیس سازمان در این نشست اعلام خواهد کرد که قیمت‌ها ثابت می‌ماند.",
        "نمایندگان هفته آینده خواهند افزود که طرح نیاز به اصلاح دارد.",
        "سخنگوی دولت نخواهد گفت که بودجه تصویب شد.",
        "وزیر نیرو نگفت که قطعی برق نداریم.",

        // a condition supposes words, it reports none
        "اگر وزیر گفت که قیمت‌ها ثابت است، باید باور کنیم.",
        "قیمت‌ها ثابت می‌ماند، اگر وزیر نیرو اعلام کرد که یارانه ادامه دارد.",
        "چنانچه سخنگوی دولت اعلام کرد که قیمت‌ها ثابت است، بازار آرام می‌شود.",
        "در صورتی که مجلس اعلام کرد که طرح تصویب شده، دولت آن را اجرا می‌کند.",
    };

    [Theory]
    [MemberData(nameof(NotQuotes))]
    public void Extract_NotReportedSpeech_FindsNoQuote(string body)
        => Assert.Empty(PersianNewsParser.Default.Parse(Lead + body).Quotes);

    [Fact]
    public void Extract_AdverbialClauseBeforeColonCue_GivesIndirectThenDirect()
    {
        var quotes = Two("علی رضایی با بیان اینکه بارش‌ها کم بوده است، افزود: باید در مصرف آب صرفه‌جویی کنیم.");
        Assert.Equal((QuoteKind.Indirect, "بارش‌ها کم بوده است"), (quotes[0].Kind, quotes[0].Text));
        Assert.Equal((QuoteKind.Direct, "باید در مصرف آب صرفه‌جویی کنیم"), (quotes[1].Kind, quotes[1].Text));
        Assert.All(quotes, q => Assert.Equal("علی رضایی", q.Speaker?.Name));
        Assert.Equal("indirect.adverbial", quotes[0].Rule);
    }

    /// <summary>"SUBJECT با اشاره به/با بیان/با تأکید بر اینکه CLAUSE، VERB": both records carry the subject as written.</summary>
    public static TheoryData<string, string> AdverbialThenMainVerb => new()
    {
        { "علی رضایی با بیان اینکه بارش‌ها کم بوده است، افزود: باید صرفه‌جویی کنیم.", "علی رضایی" },
        { "وزیر کشور با اشاره به اینکه انتخابات به موقع برگزار می‌شود، گفت: همه چیز آماده است.", "وزیر کشور" },
        { "علی رضایی گفت که آب کم است. وی با تأکید بر اینکه مصرف بالاست، اظهار کرد: باید صرفه‌جویی کنیم.", "وی" },
    };

    [Theory]
    [MemberData(nameof(AdverbialThenMainVerb))]
    public void Extract_MainVerbAfterAdverbialClause_KeepsTheSubjectMention(string body, string mention)
    {
        var quotes = PersianNewsParser.Default.Parse(Lead + body).Quotes;
        Assert.Equal(mention, quotes[^2].Speaker?.Text);
        Assert.Equal(mention, quotes[^1].Speaker?.Text);
        Assert.Equal(quotes[^2].Speaker?.Name, quotes[^1].Speaker?.Name);
        Assert.NotEqual("speaker.dropped", quotes[^1].SpeakerRule);
    }

    /// <summary>A reporting verb coordinated with "و" after a quote shares the subject as written → the mention.</summary>
    public static TheoryData<string, string> CoordinatedCueMention => new()
    {
        { "سردار علی رضایی گفت: «پاسخ ما قاطع است» و افزود که نیروها آماده هستند.", "سردار علی رضایی" },
        { "وزیر کشور از برگزاری انتخابات خبر داد و گفت که همه چیز آماده است.", "وزیر کشور" },
        { "او گفت که بودجه کافی است و همچنین افزود: حقوق‌ها به موقع پرداخت می‌شود.", "او" },
    };

    [Theory]
    [MemberData(nameof(CoordinatedCueMention))]
    public void Extract_CueCoordinatedWithVa_KeepsTheSubjectMention(string body, string mention)
    {
        var quote = PersianNewsParser.Default.Parse(Lead + "مریم صادقی به خبرنگاران گفت: «جلسه تمام شد.»\n\n" + body).Quotes[^1];
        Assert.Equal(mention, quote.Speaker?.Text);
        Assert.NotEqual("speaker.dropped", quote.SpeakerRule);
    }

    /// <summary>An interview printed as questions and answers: each answer after a question is the interviewee's words.</summary>
    public static TheoryData<string, string, string> InterviewAnswers => new()
    {
        { "پرسش: برنامه شما چیست؟\nپاسخ: ساختن زمین ورزشی در هر محله.", "ساختن زمین ورزشی در هر محله", "پاسخ" },
        { "سؤال: بودجه از کجاست؟\nجواب: «از درآمد استان‌ها.»", "از درآمد استان‌ها", "جواب" },
        { "س: بودجه از کجاست؟\nج: از درآمد استان‌ها تامین می‌شود.", "از درآمد استان‌ها تامین می‌شود", "ج" },
    };

    [Theory]
    [MemberData(nameof(InterviewAnswers))]
    public void Extract_AnswerAfterQuestion_IsDirectQuoteOfInterviewee(string qa, string content, string label)
    {
        var quotes = Two("مریم صادقی در گفت‌وگو با ایسنا گفت: «کار را شروع کرده‌ایم.»\n" + qa);
        Assert.Equal((QuoteKind.Direct, content, label, "direct.interview"), (quotes[1].Kind, quotes[1].Text, quotes[1].Cue?.Text, quotes[1].Rule));
        Assert.Equal("مریم صادقی", quotes[1].Speaker?.Name);
    }

    [Fact]
    public void Extract_AnswerOverParagraphsBeforeNextQuestion_IsOneQuote()
    {
        var quotes = Two("پرسش: برنامه چیست؟\nپاسخ: زمین ورزشی می‌سازیم.\nکار از امسال شروع شده است.\n"
                         + "پرسش: بودجه از کجاست؟\nپاسخ: از درآمد استان‌ها.\nخبرنگار از وزیر تشکر کرد.");
        Assert.Equal("زمین ورزشی می‌سازیم.\nکار از امسال شروع شده است", quotes[0].Text);
        Assert.Equal("از درآمد استان‌ها", quotes[1].Text);
    }

    /// <summary>
    /// A press conference printed with the answerer's name as the label ("سؤال: ...؟" then "NAME: ..."): the answer is a
    /// direct quote of that person (the fullest name the article gives); a clause after "و" with a pronoun and a
    /// reporting verb ("و آنها پاسخ خواهند داد") is still inside the answer.
    /// </summary>
    public static TheoryData<string, string, string> NamedAnswers => new()
    {
        { "سؤال: آیا قیمت نان بالا می‌رود؟\nصادقی: هیچ تصمیمی در این باره گرفته نشده است.", "هیچ تصمیمی در این باره گرفته نشده است", "مریم صادقی" },
        { "پرسش: بودجه از کجاست؟\nمریم صادقی: این موضوع در حوزه وزارت اقتصاد است و آنها پاسخ خواهند داد.", "این موضوع در حوزه وزارت اقتصاد است و آنها پاسخ خواهند داد", "مریم صادقی" },
        { "س: مدارس کی باز می‌شوند؟\nدکتر صادقی: «از اول مهر.»", "از اول مهر", "مریم صادقی" },
    };

    [Theory]
    [MemberData(nameof(NamedAnswers))]
    public void Extract_AnswerLabelledWithName_IsDirectQuoteOfThatPerson(string qa, string content, string name)
    {
        var quotes = Two("مریم صادقی، سخنگوی دولت، گفت: «کار را شروع کرده‌ایم.»\n" + qa);
        Assert.Equal((QuoteKind.Direct, content, "direct.interview"), (quotes[1].Kind, quotes[1].Text, quotes[1].Rule));
        Assert.Equal(name, quotes[1].Speaker?.Name);
    }

    /// <summary>A "NAME:" line is an answer only after a question, and a line with a reporting verb is no label.</summary>
    public static TheoryData<string> NoNamedAnswer => new()
    {
        "برنامه دولت روشن است.\nصادقی: هیچ تصمیمی گرفته نشده است.",
        "سؤال: آیا قیمت نان بالا می‌رود؟\nصادقی گفت: هیچ تصمیمی گرفته نشده است.",
    };

    [Theory]
    [MemberData(nameof(NoNamedAnswer))]
    public void Extract_NameLabelWithoutQuestionOrWithVerb_IsNoInterviewAnswer(string body)
        => Assert.DoesNotContain(PersianNewsParser.Default.Parse(Lead + body).Quotes, q => q.Rule == "direct.interview");

    [Fact]
    public void Extract_InterviewOpeningWithQuestion_AnswersAreQuotedAndQuestionNamesNoSpeaker()
    {
        var article = PersianNewsParser.Default.Parse("س: آقای وزیر، برنامه شما برای مهار تورم چیست؟\nج: بودجه را متعادل می‌کنیم.\n"
                                                      + "س: قیمت بنزین افزایش می‌یابد؟\nج: فعلاً چنین تصمیمی نداریم.");
        Assert.Null(article.Title);
        Assert.Equal(["بودجه را متعادل می‌کنیم", "فعلاً چنین تصمیمی نداریم"], article.Quotes.Select(q => q.Text));
        Assert.All(article.Quotes, q => Assert.Null(q.Speaker));
    }

    [Fact]
    public void Extract_LetteredItemsWithoutQuestions_AreNoAnswers()
        => Assert.Empty(PersianNewsParser.Default.Parse(Lead + "الف: افزایش بودجه عمرانی.\nب: کاهش هزینه‌ها.\nج: فروش اموال مازاد.\nپاسخ: این طرح تصویب شد.").Quotes);

    /// <summary>
    /// Inside an unmarked colon quote, a sentence naming a person in full with the reporter's words for the flow of a
    /// speech (در ادامه، همچنین، نیز) before a reporting verb ends the quotation and is a record of its own.
    /// </summary>
    public static TheoryData<string, string, string> ReporterResumesAfterName => new()
    {
        { "وزیر نفت گفت: تولید افزایش یافته است. محسن رضایی در ادامه تأکید کرد که قراردادها امضا می‌شود.", "تولید افزایش یافته است", "قراردادها امضا می‌شود" },
        { "رئیس سازمان گفت: کمبود نداریم. مهدی کریمی همچنین درباره قیمت‌ها توضیح داد که قیمت‌ها ثابت می‌ماند.", "کمبود نداریم", "قیمت‌ها ثابت می‌ماند" },
    };

    [Theory]
    [MemberData(nameof(ReporterResumesAfterName))]
    public void Extract_NamedSpeakerWithReporterAdverbInsideColonQuote_EndsTheQuote(string body, string first, string second)
    {
        var quotes = Two(body);
        Assert.Equal((QuoteKind.Direct, first), (quotes[0].Kind, quotes[0].Text));
        Assert.Equal((QuoteKind.Indirect, second), (quotes[1].Kind, quotes[1].Text));
    }

    [Fact]
    public void Extract_PersonReportedInsideColonQuoteWithoutReporterAdverb_StaysInTheQuote()
    {
        var quote = Assert.Single(PersianNewsParser.Default.Parse(Lead + "وزیر نفت گفت: تولید افزایش یافته است. حسن روحانی گفته بود که این کار شدنی نیست.").Quotes);
        Assert.Equal("تولید افزایش یافته است. حسن روحانی گفته بود که این کار شدنی نیست", quote.Text);
    }

    /// <summary>
    /// A quotation first, then its speaker with words that point back to it ("با بیان این مطلب", "این را") and a verb
    /// that goes on to more of the speaker's words: both are the speaker's → first content, second content.
    /// </summary>
    public static TheoryData<string, string, string> QuoteFirstThenMore => new()
    {
        { "«کالاهای اساسی کمبود ندارد»؛ وزیر جهاد کشاورزی با بیان این مطلب افزود: ذخایر گندم کافی است.", "کالاهای اساسی کمبود ندارد", "ذخایر گندم کافی است" },
        { "«تورم در حال کاهش است.» رئیس کل بانک مرکزی این را گفت و افزود که نرخ ارز ثابت می‌ماند.", "تورم در حال کاهش است", "نرخ ارز ثابت می‌ماند" },
    };

    [Theory]
    [MemberData(nameof(QuoteFirstThenMore))]
    public void Extract_QuoteFirstThenSpeakerPointingBackAndGoingOn_GivesBothQuotes(string body, string first, string second)
    {
        var quotes = Two(body);
        Assert.Equal((QuoteKind.Direct, first, "direct.quote-first"), (quotes[0].Kind, quotes[0].Text, quotes[0].Rule));
        Assert.Equal(second, quotes[1].Text);
        Assert.Equal(quotes[0].Speaker?.Name, quotes[1].Speaker?.Name);
        Assert.NotNull(quotes[0].Speaker);
    }

    /// <summary>
    /// A quotation that opens the sentence, attributed after it without a verb of saying: a prepositional cue
    /// ("به گفته X") or "این" + a noun of speech + the speaker + a copula ("این ادعای X است").
    /// </summary>
    public static TheoryData<string, string, string> QuoteFirstNominalAttribution => new()
    {
        { "«بازار آرام است»، به گفته رئیس اتاق بازرگانی.", "بازار آرام است", "رئیس اتاق بازرگانی" },
        { "«از امروز قیمت‌ها ثابت می‌ماند»، به گفته یک مقام مسئول در وزارت صمت.", "از امروز قیمت‌ها ثابت می‌ماند", "یک مقام مسئول" },
        { "«تورم مهار شده است»؛ این ادعای رئیس بانک مرکزی است.", "تورم مهار شده است", "رئیس بانک مرکزی" },
        { "«همه باید کمک کنیم»؛ این پیام رئیس‌جمهور به مردم بود.", "همه باید کمک کنیم", "رئیس‌جمهور" },
    };

    [Theory]
    [MemberData(nameof(QuoteFirstNominalAttribution))]
    public void Extract_QuoteFirstWithNominalAttribution_IsDirectQuoteOfThatSpeaker(string body, string text, string speaker)
    {
        var quote = Single(body);
        Assert.Equal((QuoteKind.Direct, text, "direct.quote-first", speaker), (quote.Kind, quote.Text, quote.Rule, quote.Speaker?.Name));
    }

    /// <summary>A quoted title or name followed by a phrase that goes on ("به گفته داوران بهترین اثر است") is no
    /// quotation; nor is a short quoted title with a prepositional phrase after it.</summary>
    public static TheoryData<string> QuotedTitleWithNominalPhrase => new()
    {
        "«کتاب سال ایران» به گفته داوران بهترین اثر امسال است.",
        "«شب‌های روشن»، به نوشته منتقدان.",
        "«جشنواره فیلم فجر» این بار در شیراز است.",
    };

    [Theory]
    [MemberData(nameof(QuotedTitleWithNominalPhrase))]
    public void Extract_QuotedTitleWithNominalPhrase_IsNoQuote(string body)
        => Assert.Empty(PersianNewsParser.Default.Parse(Lead + body).Quotes);

    /// <summary>
    /// The agency's attribution opening the sentence before a quotation that comes first ("به گزارش مهر، «...» این را X
    /// گفت"): the quotation is still the speaker's → direct quote-first with that speaker.
    /// </summary>
    public static TheoryData<string, string, string> QuoteFirstAfterAttribution => new()
    {
        { "به گزارش مهر، «ما از حقوق خود کوتاه نمی‌آییم.» این را حسن نوری وزیر امور خارجه روز شنبه گفت.", "ما از حقوق خود کوتاه نمی‌آییم", "حسن نوری" },
        { "به گزارش ایرنا، «تورم در حال کاهش است»، رئیس کل بانک مرکزی امروز گفت.", "تورم در حال کاهش است", "رئیس کل بانک مرکزی" },
    };

    [Theory]
    [MemberData(nameof(QuoteFirstAfterAttribution))]
    public void Extract_QuoteFirstAfterOutletAttribution_IsTheSpeakersQuote(string text, string content, string name)
    {
        var quote = Assert.Single(PersianNewsParser.Default.Parse(text).Quotes);
        Assert.Equal((QuoteKind.Direct, content, "direct.quote-first", name), (quote.Kind, quote.Text, quote.Rule, quote.Speaker?.Name));
    }

    [Fact]
    public void Extract_QuotedTitleThenUnrelatedColonCue_IsNoQuoteFirst()
    {
        var quotes = PersianNewsParser.Default.Parse(Lead + "«مدیریت بحران در شهرهای بزرگ» عنوان همایشی بود که وزیر کشور در آن گفت: آمادگی داریم.").Quotes;
        Assert.DoesNotContain(quotes, q => q.Rule == "direct.quote-first");
    }

    public static TheoryData<string, string, string, string> CoordinatedCues => new()
    {
        { "نماینده مردم تبریز گفت که دولت باید پاسخگو باشد و افزود که مجلس نظارت می‌کند.", "دولت باید پاسخگو باشد", "مجلس نظارت می‌کند", "نماینده مردم تبریز" },
        { "مریم صادقی اعلام کرد که قیمت‌ها ثابت می‌ماند و تصریح کرد: «کمبودی وجود ندارد.»", "قیمت‌ها ثابت می‌ماند", "کمبودی وجود ندارد", "مریم صادقی" },

        // a pronoun subject before the second verb
        { "نماینده مردم تبریز گفت که دولت باید پاسخگو باشد و وی افزود که مجلس نظارت می‌کند.", "دولت باید پاسخگو باشد", "مجلس نظارت می‌کند", "نماینده مردم تبریز" },
    };

    [Theory]
    [MemberData(nameof(CoordinatedCues))]
    public void Extract_SecondCueAfterVaInReportedClause_EndsFirstQuoteAndOpensAnother(string body, string first, string second, string speaker)
    {
        var quotes = Two(body);
        Assert.Equal((first, second), (quotes[0].Text, quotes[1].Text));
        Assert.All(quotes, q => Assert.Equal(speaker, q.Speaker?.Name));
    }

    /// <summary>
    /// "X گفت که CLAUSE و SUBJECT/ADVERBIAL CUE: «...»": a second reporting verb with a colon a few words after "و" ends the
    /// reported clause and opens its own quotation → the clause, then the quotation.
    /// </summary>
    public static TheoryData<string, string, string> ColonCueAfterVaWithWordsBetween => new()
    {
        { "مریم صادقی گفت که قیمت‌ها ثابت می‌ماند و او همچنین افزود: «کمبودی وجود ندارد.»", "قیمت‌ها ثابت می‌ماند", "کمبودی وجود ندارد" },
        { "مریم صادقی پرسید که راه حل چیست و او پاسخ داد: «گفت‌وگوی ملی.»", "راه حل چیست", "گفت‌وگوی ملی" },
        { "مریم صادقی گفت که مذاکرات ادامه دارد و خطاب به طرف مقابل گفت: «وقت تنگ است.»", "مذاکرات ادامه دارد", "وقت تنگ است" },
    };

    [Theory]
    [MemberData(nameof(ColonCueAfterVaWithWordsBetween))]
    public void Extract_ColonCueAfterVaWithWordsBetween_EndsClauseAndOpensQuotation(string body, string first, string second)
    {
        var quotes = Two(body);
        Assert.Equal((QuoteKind.Indirect, first), (quotes[0].Kind, quotes[0].Text));
        Assert.Equal((QuoteKind.Direct, second), (quotes[1].Kind, quotes[1].Text));
    }

    [Fact]
    public void Extract_ClauseWithVaButNoSecondCue_RunsToSentenceEnd()
        => Assert.Equal("قیمت‌ها ثابت می‌ماند و عرضه افزایش می‌یابد", Single("مریم صادقی گفت که قیمت‌ها ثابت می‌ماند و عرضه افزایش می‌یابد.").Text);

    [Fact]
    public void Extract_PronounInLaterParagraph_ResolvesToFullNameAndRole()
    {
        const string body = "امانوئل مکرون، رئیس‌جمهور فرانسه، روز چهارشنبه گفت که اروپا آماده است.\n\n"
                          + "مکرون گفت: «ما از اوکراین حمایت می‌کنیم.»\n\n"
                          + "او در پایان افزود: «صلح ممکن است.»";
        var quotes = PersianNewsParser.Default.Parse(Lead + body).Quotes;
        Assert.Equal(3, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("امانوئل مکرون", q.Speaker?.Name));
        Assert.All(quotes, q => Assert.Equal("رئیس‌جمهور فرانسه", q.Speaker?.Role));
        Assert.Equal(["speaker.apposition", "speaker.fullname", "speaker.pronoun"], quotes.Select(q => q.SpeakerRule));
        Assert.Equal("او", quotes[2].Speaker?.Text);
    }

    [Fact]
    public void Extract_DroppedSubject_ResolvesToPreviousSpeaker()
    {
        var quotes = Two("سعید کاظمی گفت: «کار ادامه دارد.»\n\nدر ادامه افزود: «نگرانی وجود ندارد.»");
        Assert.Equal("سعید کاظمی", quotes[1].Speaker?.Name);
        Assert.Equal("speaker.dropped", quotes[1].SpeakerRule);
        Assert.Equal(0, quotes[1].Speaker?.Length);
    }

    [Fact]
    public void Extract_TitleBeforeName_SplitsRoleFromName()
    {
        var quote = Single("سخنگوی وزارت امور خارجه اسماعیل بقائی گفت: «سفر لغو نشده است.»");
        Assert.Equal("اسماعیل بقائی", quote.Speaker?.Name);
        Assert.Equal("سخنگوی وزارت امور خارجه", quote.Speaker?.Role);
    }

    [Fact]
    public void Extract_HonorificBeforeName_IsLeftOutOfName()
        => Assert.Equal("محمد عباسی", Single("دکتر محمد عباسی گفت: «بیمارستان آماده است.»").Speaker?.Name);

    [Fact]
    public void Extract_UnmarkedColonQuote_EndsWhereReporterVoiceResumes()
    {
        var quotes = Two("علی رضایی گفت: تولید افزایش یافت. وی افزود: صادرات هم بیشتر شد.");
        Assert.Equal("تولید افزایش یافت", quotes[0].Text);
        Assert.Equal("صادرات هم بیشتر شد", quotes[1].Text);
    }

    // The speaker's title from his apposition, repeated as the subject of a later reporting verb, is the reporter's
    // voice again; a compound title is the same written spaced, with a half-space or on.
    public static TheoryData<string, string> TitleOfSpeakerRepeated => new()
    {
        { "سعید کریمی دبیرکل انجمن واردکنندگان گفت: قیمت برنج بالا رفته است. دبیرکل انجمن واردکنندگان همچنین تصریح کرد که کمبودی وجود ندارد.", "دبیرکل انجمن واردکنندگان" },
        { "سعید کریمی دبیرکل انجمن واردکنندگان گفت: قیمت برنج بالا رفته است. دبیر کل انجمن واردکنندگان همچنین تصریح کرد که کمبودی وجود ندارد.", "دبیر کل انجمن واردکنندگان" },
        { "سعید کریمی، سر مربی تیم ملی، گفت: تیم آماده است. سرمربی تیم ملی در ادامه اظهار داشت که بازیکن جدیدی دعوت نمی‌شود.", "سرمربی تیم ملی" },
    };

    [Theory]
    [MemberData(nameof(TitleOfSpeakerRepeated))]
    public void Extract_SpeakerTitleRepeatedInsideUnmarkedQuote_EndsQuoteAndReportsSameSpeaker(string body, string laterTitle)
    {
        var quotes = Two(body);
        Assert.DoesNotContain(laterTitle, quotes[0].Text, StringComparison.Ordinal);
        Assert.Equal("سعید کریمی", quotes[0].Speaker?.Name);
        Assert.Equal("سعید کریمی", quotes[1].Speaker?.Name);
        Assert.Equal(QuoteKind.Indirect, quotes[1].Kind);
    }

    // The speaker's title opening a sentence with a nominal report ("از ... خبر داد") or with an object and a verb of
    // judgment ("قیمت ... را ... اعلام کرد") is the reporter telling what the speaker did, however long the object.
    public static TheoryData<string> TitleOfSpeakerWithNominalReport => new()
    {
        "سعید کریمی، دبیرکل انجمن واردکنندگان، گفت: قیمت برنج بالا رفته است. دبیر کل انجمن واردکنندگان از کاهش واردات خبر داد.",
        "سعید کریمی دبیرکل انجمن واردکنندگان گفت: قیمت برنج بالا رفته است. دبیر کل انجمن واردکنندگان قیمت هر کیلو برنج خارجی وارداتی را ۹۰ هزار تومان اعلام کرد.",
        "سعید کریمی، دبیر‌کل انجمن واردکنندگان، گفت: قیمت برنج بالا رفته است. دبیرکل انجمن واردکنندگان میزان ذخایر برنج را کافی اعلام کرد.",
    };

    [Theory]
    [MemberData(nameof(TitleOfSpeakerWithNominalReport))]
    public void Extract_SpeakerTitleWithNominalReportInsideUnmarkedQuote_EndsQuote(string body)
    {
        var quote = Single(body);
        Assert.Equal("قیمت برنج بالا رفته است", quote.Text);
        Assert.Equal("سعید کریمی", quote.Speaker?.Name);
    }

    [Fact]
    public void Extract_QuoteAcrossParagraphs_IsOneQuoteSpanningThem()
    {
        const string body = "متن پیام سعید کاظمی به شرح زیر است:\n\n«مردم عزیز، سلام.\n\nبا هم کشور را می‌سازیم.»";
        var article = PersianNewsParser.Default.Parse(Lead + body);
        var quote = Assert.Single(article.Quotes);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("مردم عزیز، سلام.\n\nبا هم کشور را می‌سازیم", quote.Text);
        Assert.Equal("سعید کاظمی", quote.Speaker?.Name);
    }

    [Fact]
    public void Extract_NestedQuotes_StayInsideTheOuterQuote()
    {
        var quote = Single("رضا نادری گفت: «مردم می‌گویند “کار تمام است” اما چنین نیست.»");
        Assert.Equal("مردم می‌گویند “کار تمام است” اما چنین نیست", quote.Text);
    }

    [Fact]
    public void Extract_UnclosedQuote_EndsAtParagraphWithDiagnostic()
    {
        var article = PersianNewsParser.Default.Parse(Lead + "رضا نادری گفت: «کار ادامه دارد\n\nجلسه بعدی هفته آینده است.");
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("کار ادامه دارد", quote.Text);
        Assert.Contains(article.Diagnostics, d => d.Code == DiagnosticCode.UnclosedQuote);
    }

    /// <summary>
    /// A future cue with a colon presents the words as they will be said (prepared remarks released in advance): still a
    /// direct quote, with the future cue as written.
    /// </summary>
    [Fact]
    public void Extract_FutureCueBeforeColon_IsDirectQuoteWithFutureCue()
    {
        var quote = Single("وزیر خارجه در سخنرانی فردا خواهد گفت: «ما به میز مذاکره بازمی‌گردیم.»");
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("خواهد گفت", quote.Cue?.Text);
        Assert.Equal("وزیر خارجه", quote.Speaker?.Name);
    }

    [Fact]
    public void Extract_NegatedCue_IsMarkedNegated()
    {
        var quote = Single("وزیر نیرو نگفت: «قطعی برق نداریم.»");
        Assert.True(quote.Cue?.IsNegated);
    }

    [Fact]
    public void Extract_Spans_PointIntoOriginalText()
    {
        // Arabic letters and a missing half-space change under normalization; spans still index the original.
        string text = Lead + "وزير نيرو مي‌گويد: «ذخاير سدها كافي است.»";
        var article = PersianNewsParser.Default.Parse(text);
        var quote = Assert.Single(article.Quotes);
        Assert.Equal(quote.Text, text.Substring(quote.Start, quote.Length));
        Assert.Equal(quote.Cue!.Text, text.Substring(quote.Cue.Start, quote.Cue.Length));
        Assert.Equal(quote.Speaker!.Text, text.Substring(quote.Speaker.Start, quote.Speaker.Length));
        Assert.Equal("ذخاير سدها كافي است", quote.Text);
    }

    [Fact]
    public void Extract_MarksWrittenAsHtmlReferences_AreQuoteMarksAndSpansCoverTheReferences()
    {
        // Scraped text: "&laquo;" and "&raquo;" are the guillemets, "&nbsp;" a space and "&zwnj;" a half-space.
        string text = Lead + "وزیر نیرو گفت:&nbsp;&laquo;ذخایر سدها کافی&zwnj;است.&raquo;";
        var article = PersianNewsParser.Default.Parse(text);
        var quote = Assert.Single(article.Quotes);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("ذخایر سدها کافی&zwnj;است", quote.Text);
        Assert.Equal(quote.Text, text.Substring(quote.Start, quote.Length));
        Assert.Equal("وزیر نیرو", quote.Speaker?.Name);
        Assert.EndsWith("&raquo;", article.Paragraphs[^1].Text, StringComparison.Ordinal);
        Assert.Contains("کافی\u200Cاست", article.NormalizedText, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_AdditionalCue_DerivesOtherTenses()
    {
        var parser = new PersianNewsParser(PersianNewsOptions.Default with { AdditionalCues = ["استدلال کرد"] });
        var quote = Assert.Single(parser.Parse(Lead + "مربی تیم استدلال می‌کند که تمرین‌ها سخت‌تر می‌شود.").Quotes);
        Assert.Equal("تمرین‌ها سخت‌تر می‌شود", quote.Text);
    }

    [Fact]
    public void Extract_ReporterResumesWithDarEdameh_EndsUnmarkedQuote()
    {
        var quote = Assert.Single(PersianNewsParser.Default.Parse(Lead + "علی رضایی گفت: روابط دو کشور خوب است. اما در ادامه مشکلات را متوجه طرف مقابل دانست.").Quotes);
        Assert.Equal("روابط دو کشور خوب است", quote.Text);
    }

    [Fact]
    public void Extract_IndefiniteProfessionInLead_ResolvesToPersonNamedNext()
    {
        const string body = "یک اقتصاددان گفت که نرخ بهره باید آزاد شود.\n\nبیژن کریمی، استاد دانشگاه، افزود: «تورم مهار می‌شود.»";
        var quotes = Two(body);
        Assert.All(quotes, q => Assert.Equal("بیژن کریمی", q.Speaker?.Name));
    }

    [Fact]
    public void Extract_IndefiniteProfessionThenPersonWithOtherTitleAndFreshVerb_StaysAsWritten()
    {
        const string body = "یک متخصص عفونی هشدار داد که موج جدید بیماری در راه است.\n\nمریم حسینی، پرستار بخش کودکان، گفت: «تخت کم داریم.»";
        var quotes = Two(body);
        Assert.Equal("یک متخصص عفونی", quotes[0].Speaker?.Name);
        Assert.Equal("مریم حسینی", quotes[1].Speaker?.Name);
    }

    /// <summary>People quoted as a body ("شاهدان عینی", "ساکنان محل", "کارشناسان") are a group: a profession named before
    /// with the indefinite article is someone else and stays as written.</summary>
    public static TheoryData<string> PluralPeopleAfterIndefiniteProfession => new()
    {
        "شاهدان عینی می‌گویند کار در بسیاری از کارگاه‌ها متوقف شده است.",
        "ساکنان محل گفتند که آب از سه روز پیش قطع است.",
        "پزشکان این بیمارستان می‌گویند تخت خالی ندارند.",
    };

    [Theory]
    [MemberData(nameof(PluralPeopleAfterIndefiniteProfession))]
    public void Extract_IndefiniteProfessionThenPeopleInThePlural_StaysAsWritten(string second)
    {
        var quotes = Two("یک کارشناس اقتصادی بر این باور است که کسری بودجه امسال از ۴۰۰ هزار میلیارد تومان فراتر می‌رود.\n\n" + second);
        Assert.Equal("یک کارشناس اقتصادی", quotes[0].Speaker?.Name);
        Assert.NotEqual(quotes[0].Speaker?.Name, quotes[1].Speaker?.Name);
    }

    [Fact]
    public void Extract_AnonymousOfficial_StaysAsWritten()
        => Assert.Equal("یک مقام آگاه", Single("یک مقام آگاه گفت که مذاکرات متوقف شده است.").Speaker?.Name);

    [Fact]
    public void Extract_NameInGuillemetsAfterNoun_IsPartOfSpeaker()
        => Assert.Equal("روزنامه «همشهری»", Single("روزنامه «همشهری» نوشت که قیمت مسکن کاهش یافت.").Speaker?.Name);

    [Fact]
    public void Extract_SubjectAfterOpeningAdverbial_IsFound()
        => Assert.Equal("رضا نادری", Single("با این حال، رضا نادری گفت که مذاکرات ادامه دارد.").Speaker?.Name);

    public static TheoryData<string> HostileTexts => new()
    {
        string.Concat(Enumerable.Repeat("او گفت: «", 20_000)),
        string.Concat(Enumerable.Repeat("«", 50_000)),
        string.Concat(Enumerable.Repeat("وی با بیان اینکه کار خوب است، گفت و ", 5_000)) + ".",
        string.Concat(Enumerable.Repeat("به گفته وی، ", 20_000)),
        string.Concat(Enumerable.Repeat("گفت", 100_000)),
        "»«:\"“”؛،" + string.Concat(Enumerable.Repeat("گفت: \"\n\n", 10_000)),
    };

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Extract_HostileText_NeverThrowsAndSpansStayInside(string text)
    {
        var article = PersianNewsParser.Default.Parse(text);
        Assert.DoesNotContain(article.Diagnostics, d => d.Code == DiagnosticCode.InternalError);
        Assert.All(article.Quotes, q => Assert.Equal(q.Text, text.Substring(q.Start, q.Length)));
    }

    /// <summary>
    /// An unmarked colon quote whose first sentence opens with a report of someone already quoted ("وزیر وعده داده بود",
    /// "وزیر گفته بود که") is still the speaker's: the first sentence after the colon is the speech, not the reporter's
    /// voice resuming. Body → the last quote's speaker and text.
    /// </summary>
    public static TheoryData<string, string, string> ReportOpeningColonSpeech => new()
    {
        {
            "حسن رستمی، وزیر کشاورزی، گفت: «خرید گندم ادامه دارد.»\n\nعلی مرادی، رئیس اتحادیه گندمکاران، گفت: وزیر وعده داده بود تا پایان شهریور همه مطالبات پرداخت شود.",
            "علی مرادی", "وزیر وعده داده بود تا پایان شهریور همه مطالبات پرداخت شود"
        },
        {
            "وزیر نیرو افزود: «سدها پر است.»\n\nمریم کاظمی، عضو شورای شهر، گفت: وزیر گفته بود که خاموشی نداریم. اما هر روز برق می‌رود.",
            "مریم کاظمی", "وزیر گفته بود که خاموشی نداریم. اما هر روز برق می‌رود"
        },
    };

    [Theory]
    [MemberData(nameof(ReportOpeningColonSpeech))]
    public void Extract_ColonSpeechOpeningWithReportOfKnownSpeaker_KeepsSpeechAndSpeaker(string body, string speaker, string content)
    {
        var quote = PersianNewsParser.Default.Parse(Lead + body).Quotes[^1];
        Assert.Equal((QuoteKind.Direct, speaker, content), (quote.Kind, quote.Speaker?.Name, quote.Text));
    }

    /// <summary>
    /// The reporter's own notes ("گفتنی است", "شایان ذکر است", "یادآور می‌شود", "بر اساس این گزارش") opening a sentence
    /// end an unmarked colon quote, and "یادآور می‌شود" with no subject reports nothing. Body → the one quote's text.
    /// </summary>
    public static TheoryData<string, string> ReporterNoteEndsSpeech => new()
    {
        { "حسن رستمی گفت: نرخ جدید از اول آبان اعلام می‌شود. گفتنی است نرخ فعلی ۱۵ هزار تومان است.", "نرخ جدید از اول آبان اعلام می‌شود" },
        { "حسن رستمی گفت: نرخ جدید از اول آبان اعلام می‌شود. براساس این گزارش، نرخ فعلی ۱۵ هزار تومان است.", "نرخ جدید از اول آبان اعلام می‌شود" },
        { "حسن رستمی گفت: نرخ جدید از اول آبان اعلام می‌شود. یادآور می‌شود نرخ فعلی ۱۵ هزار تومان است.", "نرخ جدید از اول آبان اعلام می‌شود" },
        { "حسن رستمی گفت: نرخ جدید اعلام می‌شود. کشاورزان منتظرند. شایان ذکر است که مجلس گزارشی تهیه کرده است.", "نرخ جدید اعلام می‌شود. کشاورزان منتظرند" },
        { "حسن رستمی گفت: نرخ جدید اعلام می‌شود.\n\nخاطرنشان می‌شود که نرخ فعلی ۱۵ هزار تومان است.", "نرخ جدید اعلام می‌شود" },
    };

    [Theory]
    [MemberData(nameof(ReporterNoteEndsSpeech))]
    public void Extract_ReporterNoteAfterColonSpeech_EndsSpeechAndReportsNothing(string body, string content)
        => Assert.Equal(content, Assert.Single(PersianNewsParser.Default.Parse(Lead + body).Quotes).Text);

    /// <summary>
    /// The reporter's account of the event in the third person past ("این همایش ... برگزار شد", "... در این مراسم حضور
    /// داشتند") ends an unmarked colon quote; the same words in the present or the first person stay inside it.
    /// Body → the one quote's text.
    /// </summary>
    public static TheoryData<string, string> EventNarrationEndsSpeech => new()
    {
        { "وزیر بهداشت گفت: واکسیناسیون ادامه دارد. همه باید واکسن بزنند. این همایش با حضور مدیران دانشگاه‌ها برگزار شد.", "واکسیناسیون ادامه دارد. همه باید واکسن بزنند" },
        { "وزیر بهداشت گفت: واکسیناسیون ادامه دارد. معاونان وزیر و رؤسای دانشگاه‌ها نیز در این مراسم حضور داشتند.", "واکسیناسیون ادامه دارد" },
        { "وزیر بهداشت گفت: واکسیناسیون ادامه دارد. این نشست دو ساعت به طول انجامید و با قرائت بیانیه پایانی به پایان رسید.", "واکسیناسیون ادامه دارد" },
        { "وزیر بهداشت گفت: واکسیناسیون ادامه دارد. این همایش هر سال برگزار می‌شود.", "واکسیناسیون ادامه دارد. این همایش هر سال برگزار می‌شود" },
        { "وزیر بهداشت گفت: واکسیناسیون ادامه دارد. ما در این نشست حضور داشتیم.", "واکسیناسیون ادامه دارد. ما در این نشست حضور داشتیم" },
    };

    [Theory]
    [MemberData(nameof(EventNarrationEndsSpeech))]
    public void Extract_EventNarrationAfterColonSpeech_EndsSpeech(string body, string content)
        => Assert.Equal(content, Assert.Single(PersianNewsParser.Default.Parse(Lead + body).Quotes).Text);

    /// <summary>
    /// Inside unmarked speech, a sentence whose subject is "این" + the head word of the speaker's own name or title
    /// ("این اتحادیه", "این نماینده") is the reporter speaking of the speaker: the quote ends before it. "این" + another
    /// noun ("این طرح") stays inside. Body → the one quote's text.
    /// </summary>
    public static TheoryData<string, string> SpeakerAnaphorEndsSpeech => new()
    {
        { "اتحادیه نانوایان در بیانیه‌ای اعلام کرد: سهمیه آرد کافی نیست. این اتحادیه خواستار افزایش سهمیه شد.", "سهمیه آرد کافی نیست" },
        { "رضا کریمی، نماینده اراک، گفت: طرح تصویب نمی‌شود. این نماینده پیش‌تر نیز از طرح انتقاد کرده بود.", "طرح تصویب نمی‌شود" },
        { "رضا کریمی، نماینده اراک، گفت: طرح تصویب نمی‌شود. این طرح به زیان مردم است.", "طرح تصویب نمی‌شود. این طرح به زیان مردم است" },
    };

    [Theory]
    [MemberData(nameof(SpeakerAnaphorEndsSpeech))]
    public void Extract_DemonstrativeAndSpeakersHeadInsideColonSpeech_EndsSpeech(string body, string content)
        => Assert.Equal(content, Assert.Single(PersianNewsParser.Default.Parse(Lead + body).Quotes).Text);

    /// <summary>
    /// A quotation whose paragraph ends with an ellipsis and no closing mark was cut off there: it ends with its
    /// paragraph and does not run on to a closing mark paragraphs later. Body → every quote's text, in order.
    /// </summary>
    public static TheoryData<string, string[]> QuotationCutOffWithEllipsis => new()
    {
        {
            "پرویز قاسمی گفت: «قیمت‌ها تا پایان سال ثابت می‌ماند، مگر اینکه شورای رقابت تصمیم دیگری بگیرد...\n\nبازار خودرو هفته گذشته آرام بود.\n\nشورای رقابت اعلام کرد: «افزایش قیمت مجاز نیست.»",
            ["قیمت‌ها تا پایان سال ثابت می‌ماند، مگر اینکه شورای رقابت تصمیم دیگری بگیرد", "افزایش قیمت مجاز نیست"]
        },
        {
            "مینا رحمانی گفت: «این پروژه تا سال ۲۰۲۷ ادامه دارد…\n\nکارشناسان این برآورد را خوش‌بینانه می‌دانند.\n\n«ما برای هر شرایطی آماده‌ایم»، رحمانی افزود.",
            ["این پروژه تا سال ۲۰۲۷ ادامه دارد", "ما برای هر شرایطی آماده‌ایم"]
        },
    };

    [Theory]
    [MemberData(nameof(QuotationCutOffWithEllipsis))]
    public void Extract_UnclosedQuotationEndingWithEllipsis_EndsWithItsParagraph(string body, string[] contents)
        => Assert.Equal(contents, PersianNewsParser.Default.Parse(Lead + body).Quotes.Where(q => q.Kind == QuoteKind.Direct).Select(q => q.Text));

    /// <summary>"«A»، X گفت، «B»": one quotation split by its attribution gives two direct quotes, both X's.</summary>
    public static TheoryData<string, string, string, string> SplitQuotation => new()
    {
        { "«ما با چالش‌های زیادی روبرو هستیم»، پرویز قاسمی در پایان گفت، «اما برنامه‌ای برای کاهش تولید نداریم.»", "ما با چالش‌های زیادی روبرو هستیم", "اما برنامه‌ای برای کاهش تولید نداریم", "پرویز قاسمی" },
        { "«بازار آرام است»، مریم کاظمی افزود، «و نگرانی وجود ندارد.»", "بازار آرام است", "و نگرانی وجود ندارد", "مریم کاظمی" },
    };

    [Theory]
    [MemberData(nameof(SplitQuotation))]
    public void Extract_QuotationSplitByAttribution_GivesBothPartsToTheSpeaker(string body, string first, string second, string speaker)
    {
        var quotes = Two(body);
        Assert.Equal((first, second), (quotes[0].Text, quotes[1].Text));
        Assert.All(quotes, q => Assert.Equal((QuoteKind.Direct, speaker), (q.Kind, q.Speaker?.Name)));
    }

    /// <summary>
    /// "X گفت: «A»، وی افزود: «B»": the subject of the second verb starts after the comma that follows the closed
    /// quotation (it was dropped, leaving an empty speaker span). Body → the second quote's speaker as written.
    /// </summary>
    public static TheoryData<string, string> SubjectAfterQuotationAndComma => new()
    {
        { "پرویز قاسمی گفت: «تولید خودرو به ۴۲۰ هزار دستگاه رسید»، وی افزود: «این رقم ۱۲ درصد بیشتر است.»", "وی" },
        { "مریم کاظمی گفت: «بازار آرام است»؛ این کارشناس افزود: «نگرانی وجود ندارد.»", "این کارشناس" },
    };

    [Theory]
    [MemberData(nameof(SubjectAfterQuotationAndComma))]
    public void Extract_CueAfterQuotationAndComma_SubjectIsReadAfterTheComma(string body, string speakerText)
        => Assert.Equal(speakerText, Two(body)[1].Speaker?.Text);
}
