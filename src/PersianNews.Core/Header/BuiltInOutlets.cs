namespace PersianNews.Core;

/// <summary>The built-in outlet table: Persian-language news outlets with their names, aliases and domains.</summary>
internal static class BuiltInOutlets
{
    public static readonly OutletDefinition[] All =
    [
        new("yjc", "باشگاه خبرنگاران جوان", ["باشگاه خبرنگاران", "YJC"], "Young Journalists Club", "yjc.ir"),
        new("irna", "خبرگزاری جمهوری اسلامی", ["ایرنا", "IRNA"], "IRNA", "irna.ir"),
        new("isna", "خبرگزاری دانشجویان ایران", ["ایسنا", "ISNA"], "ISNA", "isna.ir"),
        new("tasnim", "خبرگزاری تسنیم", ["تسنیم", "Tasnim"], "Tasnim News Agency", "tasnimnews.com"),
        new("fars", "خبرگزاری فارس", ["فارس", "Fars"], "Fars News Agency", "farsnews.ir"),
        new("mehr", "خبرگزاری مهر", ["مهر", "Mehr"], "Mehr News Agency", "mehrnews.com"),
        new("ilna", "خبرگزاری کار ایران", ["ایلنا", "ILNA"], "ILNA", "ilna.ir"),
        new("hamshahri", "همشهری آنلاین", ["همشهری"], "Hamshahri Online", "hamshahrionline.ir"),
        new("khabaronline", "خبرآنلاین", ["خبر آنلاین"], "Khabar Online", "khabaronline.ir"),
        new("mashregh", "مشرق نیوز", ["مشرق"], "Mashregh News", "mashreghnews.ir"),
        new("bbc-persian", "بی‌بی‌سی فارسی", ["بی‌بی‌سی", "BBC Persian"], "BBC Persian", "bbc.com/persian"),
        new("radio-farda", "رادیو فردا", [], "Radio Farda", "radiofarda.com"),
        new("dw-persian", "دویچه وله فارسی", ["دویچه وله"], "DW Persian", "dw.com/fa-ir"),
        new("euronews-persian", "یورونیوز فارسی", ["یورونیوز"], "Euronews Persian", "parsi.euronews.com"),
        new("voa-persian", "صدای آمریکا", ["صدای امریکا"], "VOA Persian", "ir.voanews.com"),
        new("independent-persian", "ایندیپندنت فارسی", ["ایندیپندنت"], "Independent Persian", "independentpersian.com"),
        new("iran-international", "ایران اینترنشنال", [], "Iran International", "iranintl.com"),
        new("anadolu", "خبرگزاری آناتولی", ["آناتولی"], "Anadolu Agency", "aa.com.tr/fa"),
    ];
}
