using CsCheck;

namespace PersianNews.Core.Tests.Robustness;

/// <summary>
/// CsCheck generators of random Persian-like news text, biased toward what the parser reacts to: quotation marks,
/// colons and Persian punctuation, ZWNJ, Arabic/Persian letter variants, three digit systems, every newline
/// convention, NBSP, reporting verbs, outlet names, header and date shapes.
/// </summary>
public static class PersianLikeText
{
    private static readonly string[] Words =
    [
        "وزیر", "رئیس", "سخنگوی", "دولت", "مجلس", "نماینده", "کارشناسان", "مردم", "اقتصاد", "قیمت", "برنامه",
        "نشست", "خبری", "امروز", "دیروز", "تهران", "اصفهان", "روز", "دوشنبه", "اردیبهشت", "فروردین", "خرداد",
        "است", "بود", "شد", "می‌شود", "خواهد", "کرد", "این", "آن", "او", "وی", "ما", "در", "به", "از", "با", "را",
        "و", "یا", "هم", "نیز", "اما", "ها", "های", "ی", "ي", "ك", "کتاب", "كتاب", "علی", "رضایی", "دکتر",
        "آقای", "خانم", "حجت‌الاسلام", "سردار", "مدیرکل", "ریاست", "جمهوری", "آیت‌الله",
    ];

    private static readonly string[] Cues =
    [
        "گفت", "افزود", "که", "گفت:", "افزود:", "تأکید کرد", "تاکید کرد", "اظهار داشت", "بیان کرد", "خاطرنشان کرد",
        "می‌گوید", "نگفت", "گفته است", "به گفته", "به نقل از", "اعلام کرد", "تصریح کرد",
    ];

    private static readonly string[] Outlets =
    [
        "ایرنا", "ایسنا", "ایلنا", "مهر", "فارس", "تسنیم", "خبرگزاری ایرنا", "خبرگزاری", "به گزارش ایرنا،", "تهران- ایرنا-",
        "به گزارش خبرنگار ایسنا،", "کد خبر:", "خبرنگار:", "منبع:", "تاریخ انتشار:", "عکس:",
    ];

    private static readonly string[] Specials =
    [
        "«", "»", "«", "»", "\"", "“", "”", ":", ":", "،", "؛", ".", "!", "؟", "?", "-", "–", "(", ")", "\u200C",
        "\u200C", "\u00A0", " ", " ", " ", "  ", "\t", "/", "٪", "…",
    ];

    // HTML a scraper left in the text: block and inline tags, attributes, comments, escaped markup, and stray brackets.
    private static readonly string[] Markup =
    [
        "<p>", "</p>", "<br>", "<br />", "<div class=\"news\">", "</div>", "<b>", "</b>", "<a href=\"https://x.ir/a?b=1\">", "</a>",
        "<span style='color:red'>", "</span>", "<h1>", "</h1>", "<!-- x -->", "&lt;p&gt;", "<", ">", "<<", ">>", "<p",
    ];

    private static readonly string[] Newlines = ["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\r\r"];

    private static readonly string[] Numbers =
    [
        "۱۴۰۳", "۰۲", "۱۵", "١٤٠٢", "١٢", "2024", "05", "04", "۱۴۰۳/۰۲/۱۵", "2024-05-04", "١٤٠٢/١٢/٢٩", "۱۰:۳۰", "۲۵",
        "۳۱", "۱۳", "0", "۹۹۹۹",
    ];

    private static readonly Gen<string> Token = Gen.Frequency(
        (10, Gen.OneOfConst(Words)),
        (6, Gen.OneOfConst(Specials)),
        (6, Gen.Const(" ")),
        (3, Gen.OneOfConst(Cues)),
        (2, Gen.OneOfConst(Outlets)),
        (2, Gen.OneOfConst(Numbers)),
        (3, Gen.OneOfConst(Newlines)),
        (2, Gen.OneOfConst(Markup)),
        (2, Gen.Char['\u0600', '\u06FF'].Select(c => c.ToString())),
        (1, Gen.Char['\u0000', '\u00FF'].Select(c => c.ToString())));

    private static readonly Gen<string> Sentence = Token.Array[1, 25].Select(string.Concat);

    private static readonly Gen<string> Speaker = Gen.Select(Gen.OneOfConst(Words), Gen.OneOfConst(Words), (a, b) => a + " " + b);

    private static readonly Gen<string> Paragraph = Gen.Frequency(
        (3, Sentence),
        (3, Gen.Select(Speaker, Gen.OneOfConst(Cues), Sentence, Gen.OneOfConst("«", "\"", "“", ""), Gen.OneOfConst("»", "\"", "”", ""),
            (who, cue, said, open, close) => $"{who} {cue}: {open}{said}{close}")),
        (2, Gen.Select(Speaker, Gen.OneOfConst(Cues), Sentence, (who, cue, said) => $"{who} {cue} که {said}.")),
        (1, Gen.Select(Sentence, Speaker, Sentence, (said, who, rest) => $"«{said}»، این را {who} گفت و {rest}")));

    private static readonly Gen<string> HeaderLine = Gen.OneOfConst(
        "کد خبر: ۱۲۳۴۵۶", "تاریخ انتشار: ۱۴۰۳/۰۲/۱۵ - ۱۰:۳۰", "۱۵ اردیبهشت ۱۴۰۳", "2024-05-04", "دوشنبه ۱۷ اردیبهشت ۱۴۰۳ - ۰۹:۴۵",
        "خبرنگار: علی رضایی", "منبع: ایسنا", "عکس: مهر", "", "اخبار سیاسی", "۲۵ شوال ۱۴۴۵");

    private static readonly Gen<string> Lead = Gen.Select(Gen.OneOfConst("تهران- ایرنا- ", "به گزارش ایسنا، ", "به گزارش خبرنگار مهر، ", "اصفهان - فارس - ", ""), Paragraph, (a, b) => a + b);

    /// <summary>Texts shaped like an article: header lines, a title, a lead and paragraphs with quotes, joined by any
    /// newline convention, noise included.</summary>
    private static readonly Gen<string> ArticleShaped = Gen.Select(
        HeaderLine.Array[0, 4], Sentence, Lead, Paragraph.Array[0, 8], Gen.OneOfConst(Newlines).Array[16],
        (header, title, lead, body, nl) =>
        {
            var sb = new System.Text.StringBuilder();
            int k = 0;
            foreach (string line in header.Append(title).Append(lead).Concat(body))
            {
                sb.Append(line).Append(nl[k++ % nl.Length]);
            }

            return sb.ToString();
        });

    /// <summary>Persian-like texts: token soup of up to 150 tokens, or article-shaped texts.</summary>
    public static Gen<string> Text { get; } = Gen.Frequency((1, Token.Array[0, 150].Select(string.Concat)), (2, ArticleShaped));

    /// <summary>Any UTF-16 string, lone surrogates included.</summary>
    public static Gen<string> AnyText { get; } = Gen.Frequency(
        (3, Gen.Char.Array[0, 200].Select(a => new string(a))),
        (2, Gen.Frequency((4, Token), (1, Gen.Char['\uD800', '\uDFFF'].Select(c => c.ToString()))).Array[0, 100].Select(string.Concat)));

    /// <summary>Prints a failing example as a C# literal, ready to paste into a regression test.</summary>
    public static string ToLiteral(string s)
    {
        var sb = new System.Text.StringBuilder("\"");
        foreach (char c in s)
        {
            _ = c switch
            {
                '"' => sb.Append("\\\""),
                '\\' => sb.Append("\\\\"),
                '\n' => sb.Append("\\n"),
                '\r' => sb.Append("\\r"),
                '\t' => sb.Append("\\t"),
                _ when c < ' ' || char.IsSurrogate(c) || c is '\u200C' or '\u00A0' or '\uFEFF' || (c >= '\u2000' && c <= '\u206F')
                    => sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => sb.Append(c),
            };
        }

        return sb.Append('"').ToString();
    }
}
