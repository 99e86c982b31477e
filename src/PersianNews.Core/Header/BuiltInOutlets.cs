namespace PersianNews.Core;

/// <summary>
/// The built-in outlet table: Persian-language news agencies, sites, newspapers, broadcasters and foreign Persian
/// services, with their canonical names, the names and abbreviations they are credited by, Latin names and domains.
/// A single-word alias that is also an ordinary word ("مهر" is a month, "فارس" a province) is only taken as an outlet in
/// an attribution pattern, never on its own; words that are too common to be read even there ("ایران", "جوان", "شرق")
/// appear only in their qualified forms ("روزنامه ایران").
/// </summary>
internal static class BuiltInOutlets
{
    public static readonly OutletDefinition[] All =
    [
        // News agencies.
        new("irna", "خبرگزاری جمهوری اسلامی", ["ایرنا", "خبرگزاری ایرنا", "IRNA"], "IRNA", "irna.ir"),
        new("isna", "خبرگزاری دانشجویان ایران", ["ایسنا", "خبرگزاری ایسنا", "ISNA"], "ISNA", "isna.ir"),
        new("tasnim", "خبرگزاری تسنیم", ["تسنیم", "Tasnim"], "Tasnim News Agency", "tasnimnews.com"),
        new("fars", "خبرگزاری فارس", ["فارس", "فارس نیوز", "Fars"], "Fars News Agency", "farsnews.ir"),
        new("mehr", "خبرگزاری مهر", ["مهر", "مهر نیوز", "Mehr", "Mehr News"], "Mehr News Agency", "mehrnews.com"),
        new("ilna", "خبرگزاری کار ایران", ["ایلنا", "خبرگزاری ایلنا", "ILNA"], "ILNA", "ilna.ir"),
        new("yjc", "باشگاه خبرنگاران جوان", ["باشگاه خبرنگاران", "YJC"], "Young Journalists Club", "yjc.ir"),
        new("irib-news", "خبرگزاری صدا و سیما", ["خبرگزاری صداوسیما", "واحد مرکزی خبر", "IRIB News"], "IRIB News Agency", "iribnews.ir"),
        new("ana", "خبرگزاری آنا", ["خبرگزاری دانشگاه آزاد اسلامی", "ANA"], "Azad News Agency", "ana.ir"),
        new("pana", "خبرگزاری پانا", ["پانا", "خبرگزاری دانش آموز"], "Pana", "pana.ir"),
        new("shabestan", "خبرگزاری شبستان", ["شبستان"], "Shabestan News Agency", "shabestan.ir"),
        new("rasa", "خبرگزاری رسا", ["رسا نیوز"], "Rasa News Agency", "rasanews.ir"),
        new("hawzah", "خبرگزاری حوزه", ["خبرگزاری حوزه علمیه"], "Hawzah News Agency", "hawzahnews.com"),
        new("iqna", "خبرگزاری بین‌المللی قرآن", ["ایکنا", "خبرگزاری قرآن", "IQNA"], "IQNA", "iqna.ir"),
        new("ibna", "خبرگزاری کتاب ایران", ["ایبنا", "IBNA"], "IBNA", "ibna.ir"),
        new("mizan", "خبرگزاری میزان", ["میزان آنلاین", "Mizan"], "Mizan News Agency", "mizanonline.ir"),
        new("defapress", "خبرگزاری دفاع مقدس", ["دفاع پرس", "Defa Press"], "Defa Press", "defapress.ir"),
        new("snn", "خبرگزاری دانشجو", ["SNN"], "Student News Network", "snn.ir"),
        new("icana", "خبرگزاری خانه ملت", ["خانه ملت", "ایکانا", "ICANA"], "ICANA", "icana.ir"),
        new("hrana", "خبرگزاری هرانا", ["هرانا", "خبرگزاری مجموعه فعالان حقوق بشر در ایران", "HRANA"], "HRANA", "hra-news.org"),
        new("moj", "خبرگزاری موج", ["موج نیوز"], "Moj News Agency", "mojnews.com"),
        new("borna", "خبرگزاری برنا", ["برنا", "برنا نیوز"], "Borna News Agency", "bornanews.ir"),
        new("ghatreh", "خبرگزاری قطره", [], "Ghatreh", "ghatreh.com"),
        new("ecna", "خبرگزاری اقتصادی ایران", ["اکنا"], "ECNA", "ecna.ir"),
        new("imna", "خبرگزاری ایمنا", ["ایمنا", "IMNA"], "IMNA", "imna.ir"),
        new("taghrib", "خبرگزاری تقریب", ["تقریب نیوز"], "Taghrib News Agency", "taghribnews.com"),
        new("abna", "خبرگزاری ابنا", ["ابنا", "خبرگزاری اهل‌بیت", "ABNA"], "AhlulBayt News Agency", "abna24.com"),
        new("basij-news", "خبرگزاری بسیج", ["بسیج نیوز"], "Basij News", "basijnews.ir"),

        // Foreign agencies with Persian services.
        new("anadolu", "خبرگزاری آناتولی", ["آناتولی", "آنادولو", "خبرگزاری آنادولو", "Anadolu"], "Anadolu Agency", "aa.com.tr/fa"),
        new("sputnik", "اسپوتنیک", ["خبرگزاری اسپوتنیک", "اسپوتنیک ایران", "Sputnik"], "Sputnik Persian", "ir.sputniknews.com"),
        new("xinhua", "خبرگزاری شینهوا", ["شینهوا", "سین هوا", "Xinhua"], "Xinhua", "persian.xinhuanet.com"),
        new("reuters", "رویترز", ["خبرگزاری رویترز", "Reuters"], "Reuters", "reuters.com"),
        new("afp", "خبرگزاری فرانسه", ["فرانس پرس", "AFP"], "Agence France-Presse", "afp.com"),

        // Sites.
        new("hamshahri", "همشهری آنلاین", ["همشهری", "روزنامه همشهری", "Hamshahri Online"], "Hamshahri Online", "hamshahrionline.ir"),
        new("khabaronline", "خبرآنلاین", ["خبر آنلاین", "Khabar Online"], "Khabar Online", "khabaronline.ir"),
        new("mashregh", "مشرق نیوز", ["مشرق", "خبرگزاری مشرق", "پایگاه خبری مشرق"], "Mashregh News", "mashreghnews.ir"),
        new("entekhab", "پایگاه خبری تحلیلی انتخاب", ["انتخاب", "سایت انتخاب"], "Entekhab", "entekhab.ir"),
        new("asriran", "عصر ایران", ["عصرایران", "Asr Iran"], "Asr Iran", "asriran.com"),
        new("tabnak", "تابناک", ["تابناک ورزشی", "Tabnak"], "Tabnak", "tabnak.ir"),
        new("khabarfoori", "خبرفوری", ["Khabarfoori"], "Khabarfoori", "khabarfoori.com"),
        new("eghtesadonline", "اقتصاد آنلاین", ["اقتصادآنلاین"], "Eghtesad Online", "eghtesadonline.com"),
        new("nournews", "نورنیوز", ["نور نیوز"], "Nournews", "nournews.ir"),
        new("rokna", "رکنا", ["سایت رکنا"], "Rokna", "rokna.net"),
        new("bartarinha", "برترین‌ها", ["سایت برترین ها"], "Bartarinha", "bartarinha.ir"),
        new("tejaratnews", "تجارت نیوز", ["تجارت‌نیوز"], "Tejarat News", "tejaratnews.com"),
        new("ecoiran", "اکوایران", ["اکو ایران"], "Ecoiran", "ecoiran.com"),
        new("sepahnews", "سپاه نیوز", ["پایگاه اطلاع‌رسانی سپاه"], "Sepah News", "sepahnews.ir"),
        new("farhikhtegan", "روزنامه فرهیختگان", ["فرهیختگان", "فرهیختگان آنلاین"], "Farhikhtegan", "farhikhtegandaily.com"),
        new("fararu", "فرارو", ["سایت فرارو"], "Fararu", "fararu.com"),
        new("alef", "پایگاه خبری الف", ["الف آنلاین"], "Alef", "alef.ir"),
        new("rajanews", "رجانیوز", ["رجا نیوز"], "Raja News", "rajanews.com"),
        new("didban", "دیدبان ایران", [], "Didban Iran", "didbaniran.ir"),
        new("jamaran", "جماران", ["پایگاه خبری جماران"], "Jamaran", "jamaran.news"),
        new("roydad24", "رویداد ۲۴", ["رویداد24"], "Roydad24", "roydad24.ir"),
        new("langarkhabar", "لنگرخبر", ["لنگر خبر"], "Langar Khabar", "langarkhabar.ir"),
        new("aftabnews", "آفتاب نیوز", ["آفتاب‌نیوز"], "Aftab News", "aftabnews.ir"),
        new("iraneconomist", "ایران اکونومیست", ["Iran Economist"], "Iran Economist", "iraneconomist.com"),
        new("namehnews", "نامه نیوز", ["نامه‌نیوز"], "Nameh News", "namehnews.com"),
        new("tinn", "تین نیوز", ["تین‌نیوز"], "Tin News", "tinn.ir"),
        new("zoomit", "زومیت", ["Zoomit"], "Zoomit", "zoomit.ir"),
        new("digiato", "دیجیاتو", ["Digiato"], "Digiato", "digiato.com"),

        // Sports news sites.
        new("varzesh3", "ورزش سه", ["ورزش۳", "ورزش 3", "Varzesh3"], "Varzesh3", "varzesh3.com"),
        new("khabarvarzeshi", "خبرورزشی", ["خبر ورزشی"], "Khabar Varzeshi", "khabarvarzeshi.com"),
        new("footballi", "فوتبالی", ["Footballi"], "Footballi", "footballi.net"),

        // Newspapers.
        new("kayhan", "روزنامه کیهان", ["کیهان"], "Kayhan", "kayhan.ir"),
        new("shargh", "روزنامه شرق", ["شرق دیلی", "Shargh"], "Shargh", "sharghdaily.com"),
        new("etemad", "روزنامه اعتماد", ["اعتماد آنلاین", "Etemad"], "Etemad", "etemadnewspaper.ir"),
        new("jamejam", "روزنامه جام جم", ["جام جم", "جام جم آنلاین", "Jam-e Jam"], "Jam-e Jam", "jamejamonline.ir"),
        new("donya-e-eqtesad", "روزنامه دنیای اقتصاد", ["دنیای اقتصاد", "Donya-e-Eqtesad"], "Donya-e-Eqtesad", "donya-e-eqtesad.com"),
        new("javan", "روزنامه جوان", ["جوان آنلاین"], "Javan", "javanonline.ir"),
        new("iran-newspaper", "روزنامه ایران", ["ایران آنلاین", "ایران‌آنلاین"], "Iran newspaper", "irannewspaper.ir"),
        new("ettelaat", "روزنامه اطلاعات", ["اطلاعات آنلاین"], "Ettelaat", "ettelaat.com"),
        new("khorasan", "روزنامه خراسان", [], "Khorasan", "khorasannews.com"),
        new("resalat", "روزنامه رسالت", [], "Resalat", "resalat-news.com"),
        new("vatan-emrooz", "روزنامه وطن امروز", ["وطن امروز"], "Vatan-e Emrooz", "vatanemrooz.ir"),
        new("hamdeli", "روزنامه همدلی", [], "Hamdeli", "hamdelidaily.ir"),
        new("abrar", "روزنامه ابرار", [], "Abrar", "abrarnews.com"),
        new("aftab-yazd", "روزنامه آفتاب یزد", ["آفتاب یزد"], "Aftab-e Yazd", "aftabeyazd.ir"),
        new("jahan-e-sanat", "روزنامه جهان صنعت", ["جهان صنعت"], "Jahan-e Sanat", "jahanesanat.ir"),
        new("arman-e-melli", "روزنامه آرمان ملی", [], "Arman-e Melli", "armanmeli.ir"),
        new("setareh-sobh", "روزنامه ستاره صبح", [], "Setareh Sobh", "setaresobh.ir"),
        new("haft-e-sobh", "روزنامه هفت صبح", [], "Haft-e Sobh", "7sobh.com"),

        // Broadcasters.
        new("presstv", "پرس تی وی", ["پرس‌تی‌وی", "Press TV"], "Press TV", "presstv.ir"),
        new("alalam", "شبکه العالم", ["العالم", "العالم فارسی", "Al Alam"], "Al Alam", "fa.alalam.ir"),
        new("irinn", "شبکه خبر", ["شبکه خبر سیما"], "IRINN", "irinn.ir"),

        // Foreign Persian services.
        new("bbc-persian", "بی‌بی‌سی فارسی", ["بی‌بی‌سی", "تلویزیون فارسی بی‌بی‌سی", "BBC Persian", "BBC فارسی"], "BBC Persian", "bbc.com/persian"),
        new("radio-farda", "رادیو فردا", ["Radio Farda"], "Radio Farda", "radiofarda.com"),
        new("dw-persian", "دویچه وله فارسی", ["دویچه وله", "DW فارسی", "DW Persian"], "DW Persian", "dw.com/fa-ir"),
        new("euronews-persian", "یورونیوز فارسی", ["یورونیوز", "یورونیوز پارسی", "Euronews Persian", "Euronews"], "Euronews Persian", "parsi.euronews.com"),
        new("voa-persian", "صدای آمریکا", ["صدای امریکا", "صدای آمریکا فارسی", "بخش دری صدای آمریکا", "VOA", "Voice of America"], "VOA Persian", "ir.voanews.com"),
        new("independent-persian", "ایندیپندنت فارسی", ["ایندیپندنت", "Independent Persian"], "Independent Persian", "independentpersian.com"),
        new("iran-international", "ایران اینترنشنال", ["ایران اینترنشنال تی وی", "Iran International"], "Iran International", "iranintl.com"),
        new("rfi-persian", "رادیو فرانسه", ["آر اف ای", "RFI فارسی", "RFI"], "RFI Persian", "rfi.fr/fa"),
        new("radio-zamaneh", "رادیو زمانه", ["Radio Zamaneh"], "Radio Zamaneh", "radiozamaneh.com"),
        new("kayhan-london", "کیهان لندن", ["Kayhan London"], "Kayhan London", "kayhan.london"),
        new("iranwire", "ایران وایر", ["ایران‌وایر", "IranWire"], "IranWire", "iranwire.com"),
        new("manoto", "منوتو", ["منوتو تی وی"], "Manoto", "manototv.com"),
        new("radio-goftogoo", "رادیو گفتگو", [], "Radio Goftogoo", "radiogoftogoo.ir"),
        new("radio-azadi", "رادیو آزادی", ["Radio Azadi"], "Radio Azadi", "azadiradio.com"),
        new("alarabiya-farsi", "العربیه فارسی", ["العربیه", "Al Arabiya Farsi"], "Al Arabiya Farsi", "farsi.alarabiya.net"),
        new("ap", "خبرگزاری آسوشیتدپرس", ["آسوشیتدپرس", "آسوشیتد پرس", "Associated Press"], "Associated Press", "apnews.com"),
        new("aljazeera", "الجزیره", ["شبکه الجزیره", "Al Jazeera"], "Al Jazeera", "aljazeera.net"),

        // Persian-language outlets of Afghanistan and Tajikistan (Dari and Tajik news write the same headers).
        new("pajhwok", "آژانس خبری پژواک", ["پژواک", "خبرگزاری پژواک", "Pajhwok"], "Pajhwok Afghan News", "pajhwok.com"),
        new("tolonews", "طلوع‌نیوز", ["طلوع نیوز", "طلوعنیوز", "TOLOnews"], "TOLOnews", "tolonews.com"),
        new("bakhtar", "آژانس خبری باختر", ["خبرگزاری باختر", "باختر", "Bakhtar"], "Bakhtar News Agency", "bakhtarnews.af"),
        new("hasht-e-subh", "روزنامه هشت صبح", ["روزنامه ۸ صبح", "Hasht-e Subh"], "Hasht-e Subh Daily", "8am.media"),
        new("etilaatroz", "روزنامه اطلاعات روز", ["Etilaatroz"], "Etilaatroz", "etilaatroz.com"),
        new("khaama", "خامه‌پرس", ["خامه پرس", "Khaama Press"], "Khaama Press", "khaama.com"),
        new("ariananews", "آریانا نیوز", ["آریانانیوز", "Ariana News"], "Ariana News", "ariananews.af"),
        new("khovar", "خبرگزاری ملی تاجیکستان خاور", ["خبرگزاری خاور", "خاور", "Khovar"], "Khovar", "khovar.tj"),
        new("asia-plus", "آسیا پلاس", ["Asia-Plus", "Asia Plus"], "Asia-Plus", "asiaplustj.info"),
        new("afintl", "افغانستان اینترنشنال", ["Afghanistan International"], "Afghanistan International", "afintl.com"),
        new("amu-tv", "آمو تی‌وی", ["آمو تی وی", "تلویزیون آمو", "Amu TV"], "Amu TV", "amu.tv"),
        new("shamshad", "شمشاد نیوز", ["تلویزیون شمشاد", "Shamshad News"], "Shamshad News", "shamshadnews.com"),

        // More Iranian sites.
        new("shafaqna", "شفقنا", ["خبرگزاری شفقنا", "Shafaqna"], "Shafaqna", "shafaqna.com"),
        new("eghtesadnews", "اقتصادنیوز", ["اقتصاد نیوز"], "Eghtesad News", "eghtesadnews.com"),
        new("hammihan", "روزنامه هم‌میهن", ["هم‌میهن آنلاین"], "Ham-Mihan", "hammihanonline.ir"),
    ];
}
