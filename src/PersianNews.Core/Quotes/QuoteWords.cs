namespace PersianNews.Core;

/// <summary>The closed word classes of Persian news attribution, each matched in place through a <see cref="PhraseTrie"/>.</summary>
internal static class QuoteWords
{
    /// <summary>Words that end a subject noun phrase: prepositions, time adverbs, sentence adverbs, the object marker.</summary>
    public static readonly PhraseTrie SubjectStops = Build(
        "در", "به", "با", "از", "برای", "طی", "ضمن", "پس", "بعد", "قبل", "پیش", "روز", "امروز", "دیروز", "امشب", "دیشب",
        "شامگاه", "بامداد", "صبح", "ظهر", "عصر", "شب", "هفته", "ماه", "سال", "اخیرا", "اخیراً", "همچنین", "نیز", "هم", "سپس",
        "را", "که", "تا", "بر", "درباره", "علیه", "خطاب", "طبق", "بنابر", "هنگام", "حین", "ظرف", "امسال", "اکنون",
        "هم اکنون", "فردا", "پریروز", "شنبه", "یکشنبه", "دوشنبه", "سه شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "همچنان",
        "پیشتر", "پیش تر", "تاکنون", "تا کنون", "هنوز", "قبلا", "قبلاً", "بلافاصله", "تنها", "فقط", "نخست", "ابتدا", "بار", "اما", "ولی", "چرا", "چون", "زیرا",
        "سرانجام", "بالاخره", "امروزه", "هرگز", "هیچگاه", "دوباره", "مجددا", "مجدداً", "صراحتا", "صراحتاً", "رسما", "رسماً",
        "همزمان", "هم زمان", "ساعاتی", "دقایقی", "لحظاتی", "روزهای", "ساعت", "اوایل", "اواخر", "اواسط", "ابتدای", "پایان", "طبیعتا",
        "جدا", "مستقیما", "شخصا", "خود", "نیز", "همین", "بدون", "بی", "جز", "مثل", "مانند", "بنا", "دیگر", "قطعا", "حتی",
        "ابراز", "مطرح", "اعلام", "علاوه", "خبر", "شدیدا", "اینچنین", "چنین", "اینگونه", "این گونه", "آنگاه", "وقتی", "زمانی", "هنگامی",
        "کاملا", "احتمالا", "درخصوص", "درمورد", "پیرامون", "راجع", "علیرغم", "بدنبال", "درپی", "همراه", "درباره‌ی", "دربارهٔ", "ازجمله", "همواره", "همیشه", "گاهی", "بعدها", "بعدا", "پارسال", "آنجا", "اینجا",
        "بارها", "مکررا", "مکرراً", "صریحا", "صریحاً", "قاطعانه",
        "خواستار", "خواهان"); // the predicate of "X خواستار/خواهان … شد و گفت"

    /// <summary>Conjunctions that open a new clause after a comma: the subject after them is the speaker's.</summary>
    public static readonly PhraseTrie ClauseOpeners = Build("زیرا", "چون", "چرا که", "اما", "ولی", "و", "در حالی که", "درحالیکه", "بلکه", "لیکن", "هرچند", "هر چند", "اگرچه", "سپس", "همچنین", "البته", "ضمنا", "ضمناً");

    /// <summary>Words skipped before a subject ("اما", "همچنین").</summary>
    public static readonly PhraseTrie LeadingDiscourse = Build("اما", "ولی", "همچنین", "و", "سپس", "البته", "ضمنا", "ضمناً", "همچنان", "در عین حال", "از سوی دیگر", "از طرفی", "بنابراین", "لذا", "این در حالی است که", "این در حالیست که", "در حالی است که", "در حالی که", "درحالی که", "درحالیکه", "در حالیکه", "آنطور که", "آن طور که", "همانطور که", "همان طور که", "چنانکه", "چنان که", "همانگونه که", "همان گونه که", "آنگونه که", "آن گونه که",
        "با این حال", "با این وجود", "با این همه", "با وجود این", "به هر حال", "در همین حال", "در این میان", "از سوی دیگر",
        "از طرف دیگر", "در مقابل", "در عوض", "همزمان", "هم زمان");

    /// <summary>Sentence adverbs of time written before the subject without a comma ("پیشتر X گفته بود").</summary>
    public static readonly PhraseTrie OpeningAdverbs = Build(
        "پیشتر", "پیش تر", "قبلا", "قبلاً", "اخیرا", "اخیراً", "سپس", "بلافاصله", "سرانجام", "بالاخره", "امروز", "دیروز",
        "امشب", "دیشب", "بعدا", "بعداً", "بعدها", "همچنین", "اکنون", "هم اکنون", "هم‌اکنون", "حالا", "پس از آن", "پیش از این", "پیش از آن", "بعد از آن", "در عین حال",
        "روز شنبه", "روز یکشنبه", "روز دوشنبه", "روز سه شنبه", "روز چهارشنبه", "روز پنجشنبه", "روز جمعه", "امروز شنبه",
        "امروز یکشنبه", "امروز دوشنبه", "امروز سه شنبه", "امروز چهارشنبه", "امروز پنجشنبه", "امروز جمعه", "دیروز شنبه",
        "دیروز یکشنبه", "دیروز دوشنبه", "دیروز سه شنبه", "دیروز چهارشنبه", "دیروز پنجشنبه", "دیروز جمعه");

    /// <summary>Personal pronouns that refer back to a speaker.</summary>
    public static readonly PhraseTrie Pronouns = Build("او", "وی", "ایشان", "آنها", "آن ها", "آنان", "ایشان");

    /// <summary>Demonstratives that make a description refer back ("این مقام مسئول", "این کارشناس").</summary>
    public static readonly PhraseTrie Demonstratives = Build("این", "همین", "آن");

    /// <summary>Quantifiers that open a noun phrase and never continue a subject's name ("هرگونه", "تمامی", "کلیه").</summary>
    public static readonly PhraseTrie Quantifiers = Build("هرگونه", "هر گونه", "هرنوع", "هر نوع", "هر", "همه", "همه‌ی", "تمام", "تمامی", "کلیه", "کلیه‌ی", "هیچ");

    /// <summary>
    /// The bound second parts of surnames ("حاجی‌زاده", "قاضی‌پور", "شیخ‌نژاد"): written after a title or an honorific,
    /// with a space where the half-space was lost, they make it the first part of a surname.
    /// </summary>
    public static readonly PhraseTrie SurnameParts = Build("زاده", "پور", "نژاد");

    /// <summary>Titles and honorifics that are not part of a name.</summary>
    public static readonly PhraseTrie Honorifics = BuildNotBefore(SurnameParts,
        "دکتر", "مهندس", "حجت الاسلام", "حجت‌الاسلام والمسلمین", "حجت الاسلام و المسلمین", "حجه الاسلام", "والمسلمین",
        "آیت الله", "آیت‌الله العظمی", "آیت الله العظمی", "سردار", "سرلشکر", "سرتیپ", "سرتیپ دوم", "سرهنگ", "سرگرد", "سروان",
        "دریادار", "دریابان", "ارتشبد", "سپهبد", "امیر سرتیپ", "امیر سرتیپ دوم", "امیر سرلشکر", "امیر دریادار", "امیر دریابان",
        "امیر سپهبد", "امیر خلبان", "سرلشکر پاسدار", "سرتیپ پاسدار", "سرتیپ دوم پاسدار", "سرهنگ پاسدار", "سرهنگ دوم",
        "سرهنگ دوم پاسدار", "سرگرد پاسدار", "آقای", "آقا", "خانم", "بانو", "استاد", "پروفسور", "شیخ",
        "جناب", "سرکار", "مرحوم", "شهید", "حاج", "حاجی", "علامه", "سناتور", "ژنرال", "شهبانو", "ملا", "مولوی", "قاضی");

    /// <summary>The parties to a court case: a title held for one ("وکیل متهم", "وکیل شاکیان") is held in relation to them.</summary>
    public static readonly PhraseTrie CaseParties = Build("متهم", "متهمان", "متهمین", "شاکی", "شاکیان", "مقتول", "موکل", "قربانی", "قربانیان");

    /// <summary>Honorifics that are offices too ("قاضی X" is a judge): the person's role as well as a title.</summary>
    public static readonly PhraseTrie OfficeHonorifics = Build("قاضی", "سناتور");

    /// <summary>
    /// Places named after a person or by a word that is also a given name ("دانشگاه شهید بهشتی", "بیمارستان امام رضا",
    /// "بیمارستان سینا"): a name right after them is the place's own, not its head's. Bodies whose head is often named
    /// right after them ("عضو کمیسیون محسن رحیمی", "رئیس بنیاد شهید NAME") are not in the list.
    /// </summary>
    public static readonly PhraseTrie FacilityHeads = Build(
        "دانشگاه", "دانشکده", "بیمارستان", "درمانگاه", "مسجد", "حرم", "آستان", "مدرسه", "دبیرستان", "حوزه علمیه", "فرودگاه",
        "بندر", "ورزشگاه", "میدان", "خیابان", "بزرگراه", "پالایشگاه", "نیروگاه", "پتروشیمی", "شهرک", "مجتمع", "پژوهشگاه",
        "کتابخانه", "موزه", "سد", "اردوگاه", "زندان", "پادگان", "ناوگروه");

    /// <summary>Titles before the name of a saint or a scholar that a place is named after ("بیمارستان امام رضا").</summary>
    public static readonly PhraseTrie SaintTitles = Build("امام", "حضرت", "امامزاده", "شاه", "خواجه", "شیخ", "علامه", "شهید", "آیت الله");

    /// <summary>
    /// Titles that are also common given names ("امیر"): before a rank they are a title ("امیر سرتیپ", an honorific);
    /// opening a name they belong to it ("امیر قلعه‌نویی"), whether a given name or a title before a surname.
    /// </summary>
    public static readonly PhraseTrie GivenNameTitles = Build("امیر");

    /// <summary>Words that start a role or title ("سخنگوی", "وزیر", "رئیس").</summary>
    public static readonly PhraseTrie RoleHeads = BuildNotBefore(SurnameParts,
        "سخنگوی", "سخنگو", "دستیار", "معاونت", "رئیس‌جمهور", "ریاست", "وزیر", "رئیس", "رییس", "معاون", "مدیرکل", "مدیر کل", "مدیر", "نماینده", "نمایندگان", "دبیرکل", "دبیر کل",
        "دبیر", "دبیر ستاد", "مدیر مسئول", "استاندار", "فرماندار", "فرمانده", "سفیر", "عضو", "اعضای", "نامزد", "کاندیدای", "کاندیدا", "رئیس جمهور", "رئیس‌جمهوری",
        "نخست وزیر", "سرپرست", "کارشناس", "مشاور", "قائم مقام", "جانشین", "دادستان", "رئیس کل", "وکیل", "امام جمعه", "مسئول",
        "نایب رئیس", "شهردار", "بخشدار", "رهبر", "دبیرخانه", "مدیرعامل", "مدیر عامل", "سرمربی", "مربی", "بازیکن", "کاپیتان",
        "استاد", "پژوهشگر", "فعال", "وزیر امور خارجه", "سفیر", "کنسول", "پادشاه", "ولیعهد", "شاه", "ملک", "امیر", "صدراعظم",
        "نخست‌وزیر", "وزیرخارجه", "وزیر خارجه", "نائب رئیس", "مشاور", "عضو هیئت", "همتای", "اقتصاددان", "تحلیلگر", "کاندیدای", "داوطلب", "خبرنگار", "مجری",
        "والی", "رئیس‌کل", "قاضی", "رئیسه", "منشی", "سناتور", "دیپلمات", "مقام", "مدیران", "مسئولان", "مسئولین", "مقامات",
        "متخصص", "روانشناس", "جامعه شناس", "حقوقدان", "رئیس قوه",
        "ولسوال", "شاروال", "قوماندان", // Afghan offices: district governor, mayor, commander
        "مهاجم", "هافبک", "دروازه‌بان", "دروازه بان", "دروازهبان"); // sports positions: "مهاجم پرسپولیس گفت"

    /// <summary>
    /// Heads of offices one person holds at a time in one organisation ("وزیر", "سخنگوی", "والی"): two of them with
    /// different heads over different organisations are two people.
    /// </summary>
    public static readonly PhraseTrie OfficeHeads = Build(
        "وزیر", "رئیس", "رئیسجمهور", "رئیسجمهوری", "رئیسکل", "سخنگوی", "سخنگو", "دبیرکل", "استاندار", "فرماندار", "والی",
        "شهردار", "دادستان", "فرمانده", "مدیرعامل", "مدیرکل", "سفیر", "نخستوزیر", "صدراعظم", "سرمربی", "پادشاه", "امام جمعه",
        "ولسوال", "شاروال", "قوماندان");

    /// <summary>
    /// Heads of titles that say what a person is rather than which office they hold: a member of parliament, a player's
    /// position, a kinship. A title with another head ("وزیر اقتصاد" after "X، نماینده تبریز"; "سرمربی قطر" after "X،
    /// مهاجم تیم ملی"; "مدیر بیمارستان" after "X، فرزند این استاد") is someone else.
    /// </summary>
    public static readonly PhraseTrie PersonKindHeads = Build(
        "نماینده", "مهاجم", "هافبک", "مدافع", "دروازه بان", "دروازهبان", "بازیکن", "کاپیتان", "فرزند", "پسر", "دختر", "همسر",
        "برادر", "خواهر", "پدر", "مادر");

    /// <summary>Titles of a deputy, an adviser or an aide to an office: held by someone other than the office's head.</summary>
    public static readonly PhraseTrie DeputyHeads = Build(
        "معاون", "معاونت", "قائممقام", "قائم مقام", "جانشین", "مشاور", "دستیار", "نایبرئیس", "نایب رئیس", "نایب");

    /// <summary>Countries a title names ("سرمربی ازبکستان", "وزیر خارجه فرانسه"): titles of two countries are two people.</summary>
    public static readonly PhraseTrie Countries = Build(
        "ایران", "آمریکا", "امریکا", "روسیه", "چین", "فرانسه", "آلمان", "انگلیس", "بریتانیا", "عراق", "سوریه", "لبنان", "ترکیه",
        "عربستان", "قطر", "امارات", "عمان", "کویت", "بحرین", "یمن", "مصر", "اردن", "اسرائیل", "فلسطین", "افغانستان", "پاکستان",
        "هند", "ژاپن", "کره", "اوکراین", "ایتالیا", "اسپانیا", "هلند", "بلژیک", "سوئیس", "سوئد", "نروژ", "کانادا", "برزیل",
        "آرژانتین", "ازبکستان", "تاجیکستان", "ترکمنستان", "قزاقستان", "قرقیزستان", "آذربایجان", "ارمنستان", "گرجستان",
        "ونزوئلا", "کوبا", "اندونزی", "مالزی", "استرالیا", "لهستان", "اتریش", "یونان", "الجزایر", "مراکش", "تونس", "لیبی",
        "سودان", "اتیوپی", "نیجریه", "مکزیک", "پرتغال", "بلاروس", "صربستان", "کرواسی", "دانمارک", "فنلاند", "ایرلند", "اسکاتلند");

    /// <summary>Words every kind of organisation's name shares, which say nothing about which one is meant.</summary>
    public static readonly PhraseTrie GenericOfficeWords = Build(
        "و", "کل", "امور", "کشور", "جمهوری", "اسلامی", "ملی", "سازمان", "وزارت", "اداره", "شورای", "شورا", "ایران", "عالی", "اول");

    /// <summary>Document nouns: "در این بیانیه آمده است".</summary>
    public static readonly PhraseTrie DocumentNouns = Build(
        "بیانیه", "اطلاعیه", "نامه", "پیام", "متن", "گزارش", "یادداشت", "مقاله", "توییت", "توئیت", "قطعنامه", "اعلامیه",
        "حکم", "پست", "سخنان", "اظهارات", "مصاحبه", "کتاب", "سند", "بخشنامه", "دستورالعمل", "ابلاغیه", "جوابیه", "پیش نویس",
        "گزارشی", "نامه‌ای", "بیانیه‌ای", "اطلاعیه‌ای", "پیامی", "یادداشتی", "وصیت نامه", "متن کامل", "سخنرانی");

    /// <summary>Words before a document noun that name a part of it ("در بخشی از بیانیه").</summary>
    public static readonly PhraseTrie DocumentParts = Build("بخشی از", "قسمتی از", "بخش دیگری از", "فرازی از", "ادامه", "بخش", "قسمت", "پایان", "انتهای");

    /// <summary>Quantifiers and generic heads that keep a group or an anonymous source as written.</summary>
    public static readonly PhraseTrie GroupHeads = Build(
        "یک", "دو", "سه", "چهار", "پنج", "چند", "برخی", "بعضی", "شماری", "تعدادی", "گروهی", "جمعی", "یکی", "بسیاری",
        "منابع", "منبع", "مقامات", "مقام", "کارشناسان", "ناظران", "فعالان", "مردم", "دولت‌ها", "دولتها", "رسانه‌ها",
        "مسئولان", "مسئولین", "نمایندگان", "مدیران", "اعضای", "صدها", "ده ها", "دهها", "هزاران");

    /// <summary>
    /// Plural nouns for people that news copy quotes as a body ("شاهدان عینی می‌گویند", "ساکنان محل گفتند"): a subject
    /// they head is a group, so a title or a profession named before never goes to it as to a person.
    /// </summary>
    public static readonly PhraseTrie PeoplePlurals = Build(
        "شاهدان", "ساکنان", "اهالی", "کاربران", "معترضان", "معترضین", "تظاهرکنندگان", "دانشجویان", "کارگران", "کشاورزان",
        "پزشکان", "پرستاران", "محققان", "پژوهشگران", "تحلیلگران", "دانشمندان", "اقتصاددانان", "شهروندان", "خانواده ها",
        "بازماندگان", "زندانیان", "پناهجویان", "مهاجران", "هواداران", "کاسبان", "بازاریان", "رانندگان", "معلمان",
        "فرهنگیان", "بازنشستگان", "منتقدان", "مخالفان", "موافقان", "حامیان", "سیاستمداران", "دیپلمات ها", "وکلا", "قضات");

    /// <summary>
    /// Heads of organisation names ("وزارت بهداشت", "روزنامه همشهری") and the buildings news copy names governments by
    /// ("کاخ سفید", "کرملین"): they speak, but a personal pronoun or a person's title never refers to them.
    /// </summary>
    public static readonly PhraseTrie OrganizationHeads = Build(
        "وزارت", "وزارتخانه", "سازمان", "روزنامه", "خبرگزاری", "دولت", "مجلس", "شورای", "شورا", "ستاد", "کمیسیون", "کمیته",
        "اداره", "اداره کل", "دفتر", "حزب", "شرکت", "بانک", "دانشگاه", "نیروی", "نیروهای", "سپاه", "ارتش", "پلیس", "دادگاه",
        "دادگستری", "دادسرا", "پولیس", "اتحادیه", "انجمن", "کانون", "سفارت", "کنسولگری", "شبکه", "تلویزیون", "رادیو", "پایگاه",
        "نشریه", "مجله", "هفته نامه", "ماهنامه", "جنبش", "جبهه", "قرارگاه", "روابط عمومی", "فدراسیون", "باشگاه", "هیئت",
        "هیات", "بنیاد", "موسسه", "مؤسسه", "مرکز", "نهاد", "فرمانداری", "استانداری", "شهرداری", "قوه", "دیوان", "کنگره",
        "پارلمان", "وزارت خارجه", "کاخ سفید", "کاخ", "کرملین", "پنتاگون", "الیزه", "ناتو", "سازمان ملل", "اتحادیه اروپا",
        "گروه", "سایت", "تارنمای", "خبرگزاری‌های", "رسانه", "اورژانس", "آتش نشانی", "فرماندهی", "دبیرخانه", "ریاست جمهوری",

        // Movements and international bodies news copy names by their own name, as subjects of reporting verbs.
        "حماس", "حزب الله", "طالبان", "داعش", "القاعده", "انصارالله", "حشد الشعبی", "جهاد اسلامی", "آژانس", "یونیسف",
        "یونسکو", "اوپک", "فیفا", "اینترپل", "صلیب سرخ", "هلال احمر", "عفو بین الملل", "دیده بان حقوق بشر");

    /// <summary>Quantifiers of a part of a group, followed by "از" and the group ("گروهی از زندانیان", "بیش از ۲۰۰ وکیل").</summary>
    public static readonly PhraseTrie Partitives = Build(
        "بسیاری", "گروهی", "تعدادی", "شماری", "برخی", "بعضی", "جمعی", "عده ای", "چند نفر", "چند تن", "شمار زیادی",
        "تعداد زیادی", "بیش", "بیشتر", "کمتر", "نیمی", "بخشی", "هیچ یک", "هر یک", "دهها نفر", "ده ها نفر", "صدها نفر", "هزاران نفر");

    /// <summary>Past participles that end a clause of a compound tense before "و" ("مختل شده و ...").</summary>
    public static readonly PhraseTrie Participles = Build(
        "شده", "کرده", "بوده", "داده", "گرفته", "یافته", "رسیده", "آمده", "رفته", "نموده", "داشته", "زده", "گذاشته");

    /// <summary>Cardinal numbers written as words, before a counted noun ("سه نماینده").</summary>
    public static readonly PhraseTrie CountWords = Build("دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "صد", "صدها", "هزار", "هزاران", "دهها", "ده ها");

    /// <summary>Month names of the Persian and Gregorian calendars, in dates that open a sentence ("روز ۴ فروردین").</summary>
    public static readonly PhraseTrie MonthNames = Build(
        "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
        "ژانویه", "فوریه", "مارس", "آوریل", "مه", "می", "ژوئن", "ژوئیه", "جولای", "اوت", "آگوست", "سپتامبر", "اکتبر", "نوامبر", "دسامبر");

    /// <summary>Prepositions before a noun phrase ("با X، ROLE").</summary>
    public static readonly PhraseTrie Prepositions = Build("با", "از", "به", "برای", "توسط", "نزد", "همراه");

    /// <summary>The indefinite article before a single described person.</summary>
    public static readonly PhraseTrie Indefinite = Build("یک", "یکی از");

    /// <summary>Heads of anonymous sources, kept as written ("یک مقام آگاه", "یک منبع امنیتی").</summary>
    public static readonly PhraseTrie AnonymousHeads = Build("مقام", "مقامات", "منبع", "منابع", "مسئول", "مسئولان", "دیپلمات", "مقام‌های", "عضو");

    /// <summary>Words after a participle that make it a passive ("گفته می‌شود") or an adjective.</summary>
    public static readonly PhraseTrie PassiveAux = Build("شد", "شده", "شده است", "می شود", "می شد", "شود", "شوند", "می شوند", "شده بود", "نمی شود", "است");

    /// <summary>Modals that make a verb an infinitive ("نمی‌توان گفت").</summary>
    public static readonly PhraseTrie Modals = Build("می توان", "نمی توان", "باید", "نباید", "بتوان", "نتوان", "شاید", "میتوان", "درست", "راست");

    /// <summary>Openings of the outlet's own attribution ("به گزارش ایسنا،").</summary>
    public static readonly PhraseTrie OutletAttribution = Build("به گزارش", "بنا بر گزارش", "بنابر گزارش", "به نوشته");

    /// <summary>Openings that credit a source ("به نقل از روزنامه …،").</summary>
    public static readonly PhraseTrie SourceAttribution = Build("به نقل از");

    /// <summary>Phrases with which the reporter takes the word back after a quotation ("اما در ادامه ...").</summary>
    public static readonly PhraseTrie ReporterResumes = Build("در ادامه", "در بخش دیگری از", "در بخش دیگر", "در پایان سخنان", "در ادامه سخنان", "در پایان این نشست", "در پایان این دیدار");

    /// <summary>
    /// The reporter's own notes that open a sentence after a report ("گفتنی است", "شایان ذکر است", "یادآور می‌شود",
    /// "بر اساس این گزارش"): never the speaker's words, so an unmarked quote ends before them.
    /// </summary>
    public static readonly PhraseTrie ReporterNotes = Build(
        "گفتنی است", "گفتنیست", "شایان ذکر است", "شایان ذکر اینکه", "یادآور می شود", "یادآوری می شود", "خاطرنشان می شود",
        "خاطر نشان می شود", "بر اساس این گزارش", "براساس این گزارش", "بنا بر این گزارش", "بنابر این گزارش", "طبق این گزارش",
        "بنا به این گزارش", "به موجب این گزارش");

    /// <summary>Nouns of the occasion a report opens with ("در این مراسم", "در این دیدار").</summary>
    public static readonly PhraseTrie OccasionNouns = Build(
        "مراسم", "دیدار", "نشست", "جلسه", "همایش", "کنفرانس", "گفتگو", "گفت وگو", "مصاحبه", "برنامه", "سفر", "جمع", "اجلاس",
        "ملاقات", "گردهمایی", "سمینار", "رویداد", "آیین", "جشنواره", "نمایشگاه", "تجمع", "میزگرد", "خصوص", "زمینه", "راستا", "باره", "رابطه", "حال", "ارتباط", "مورد");

    /// <summary>Common given names: where a name begins after a preceding title ("سخنگوی وزارت خارجه اسماعیل بقائی").</summary>
    public static readonly PhraseTrie GivenNames = Build(
        "محمد", "علی", "حسن", "حسین", "رضا", "مهدی", "احمد", "محمود", "سعید", "مجید", "حمید", "جواد", "عباس", "مصطفی",
        "مرتضی", "مجتبی", "ابراهیم", "اسماعیل", "یحیی", "جعفر", "صادق", "کاظم", "باقر", "هادی", "ناصر", "اکبر", "اصغر",
        "عبدالله", "عبدالرضا", "غلامرضا", "غلامحسین", "محمدرضا", "محمدجواد", "محمدباقر", "محمدعلی", "محمدحسین", "محمدمهدی",
        "امیرحسین", "حسام", "کامران", "بهروز", "بیژن", "خسرو", "داریوش", "فرهاد", "پرویز", "سیاوش", "بهرام", "کیوان",
        "منصور", "مسعود", "فریدون", "اسحاق", "روح الله", "نعمت الله", "عزت الله", "حبیب الله", "عیسی", "موسی", "داوود", "داود",
        "یوسف", "ایرج", "اردشیر", "شهرام", "شهریار", "مهرداد", "مهران", "محسن", "حمیدرضا", "علیرضا", "علی اکبر", "علی اصغر",
        "کمال", "جلال", "جمال", "نادر", "قاسم", "هاشم", "سلمان", "زهرا", "فاطمه", "مریم", "معصومه", "الهام", "اعظم", "لیلا",
        "سارا", "نرگس", "شهلا", "شیرین", "پروین", "منیژه", "طاهره", "زینب", "انسیه", "اشرف", "مینو", "فرزانه", "آزاده",
        "سمیه", "نسرین", "مهناز", "فریبا", "نسرین", "اسفندیار", "کیومرث", "منوچهر", "ابوالفضل", "ابوالقاسم", "حجت", "وحید",
        "امید", "نوید", "پیمان", "بابک", "رامین", "آرش", "کاوه", "سهراب", "رستم", "فرشید", "فرزاد", "سجاد", "میلاد", "پژمان",
        "دونالد", "جو", "امانوئل", "ولادیمیر", "آنگلا", "بوریس", "مایک", "آنتونی", "جان", "جیمز", "رجب", "رجب طیب", "مارک",
        "سرگئی", "جرج", "جورج", "باراک", "هیلاری", "کامالا", "اولاف", "ریشی", "کی یر", "شی", "کیم", "نارندرا", "بنیامین",
        "نفتالی", "یائیر", "عمران", "شهباز", "اشرف", "حامد", "عبدالفتاح", "بشار", "محمدبن", "ملک", "تمیم", "آنتونیو", "جوزپ",
        "اورسولا", "ینس", "کریستین", "رافائل", "ند", "جن", "متیو", "لوید", "ویلیام", "رابرت", "ریچارد", "دیوید", "پیتر",
        "استیون", "کارل", "ایگور", "دیمیتری", "ماریا", "هاکان", "مولود", "فیصل", "عادل", "خالد", "نبیه", "سید", "میر",
        "شیخ", "ظریف", "غلامعلی", "سیدمحمد", "سیدعلی", "سیدحسن", "سیدحسین", "سیدابراهیم", "سیدمحمود", "سیدجواد", "سیدمهدی",
        "سیدرضا", "ابو", "ام", "بهزاد", "فرامرز", "هوشنگ", "جمشید", "رحیم", "کریم", "رحمان", "نصرالله", "فتح الله", "ذبیح الله",
        "محمدحسن", "محمدتقی", "تقی", "نقی", "رسول", "صفر", "یدالله", "اسدالله", "قدرت الله", "ولی الله", "سیف الله", "عبدالحمید",
        "عبدالعلی", "امیر", "قاسمعلی", "حسینعلی", "عبدالناصر", "کوروش", "الیاس", "تیمور", "صادق", "سیدکاظم", "حفیظ الله", "مهرداد", "همایون", "کیانوش", "شاهین", "آرمان", "پوریا", "یاسر", "حمزه", "عمار", "میثم", "اسد", "هومن",
        // given names common in Afghan and Tajik news
        "عبدالرحیم", "عبدالرحمن", "عبدالکریم", "عبدالقادر", "عبدالغنی", "عبدالرشید", "عبدالواحد", "عبدالمجید", "عبدالحکیم",
        "عبدالسلام", "نجیب الله", "حشمت الله", "امرالله", "شفیع الله", "عطاالله", "انعام الله", "احمدشاه", "امام علی");

    /// <summary>Nouns for an event the reporter covers ("این همایش", "در این مراسم").</summary>
    public static readonly PhraseTrie EventNouns = Build(
        "همایش", "نشست", "مراسم", "جلسه", "کنفرانس", "گردهمایی", "اجلاس", "اجلاسیه", "جشنواره", "نمایشگاه", "سمینار",
        "کارگاه", "آیین", "جشن", "تجمع", "راهپیمایی", "کنگره", "رویداد", "دیدار", "مسابقه", "مسابقات", "سفر");

    private static PhraseTrie Build(params string[] words) => Fill(new PhraseTrie(), words);

    private static PhraseTrie BuildNotBefore(PhraseTrie notBefore, params string[] words) => Fill(new PhraseTrie { NotBefore = notBefore }, words);

    private static PhraseTrie Fill(PhraseTrie trie, string[] words)
    {
        for (int i = 0; i < words.Length; i++)
        {
            trie.Add(words[i], i);
        }

        return trie;
    }
}
