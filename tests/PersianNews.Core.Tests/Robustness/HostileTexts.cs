using System.Text;
using PersianNews.Core.Testing;

namespace PersianNews.Core.Tests.Robustness;

/// <summary>Texts a scraper can hand the parser: broken encodings, control characters, pathological punctuation and sizes.</summary>
public enum HostileText
{
    LoneHighSurrogates,
    LoneLowSurrogates,
    ReversedSurrogatePairs,
    SurrogatePairsEverywhere,
    NulAndControlCharacters,
    BidiOverridesAndMarks,
    PunctuationOnly,
    TenMegabyteSingleLine,
    HundredThousandOpeningGuillemets,
    HundredThousandClosingGuillemets,
    GuillemetsNestedTenThousandDeep,
    StraightQuotesUnbalanced,
    CarriageReturnOnlyLineEnds,
    MixedLineEnds,
    MillionEmptyLines,
    ByteOrderMarkInTheMiddle,
    HtmlEntitiesAndTags,
    SaidColonOpenQuoteRepeated,
    CueWordsWithoutQuotes,
    OneMegabyteWord,
    PluralSuffixRepeated,
    ZeroWidthNonJoinersOnly,
    DigitsAndSlashes,
    DateLikeTokensRepeated,
    HeaderLikeLinesRepeated,
    ArabicPresentationFormsAndDiacritics,
    ExoticWhiteSpace,
    ColonsOnly,
    ThousandsOfDistinctSpeakers,
    ThousandsOfDistinctTitles,
    ThousandsOfSurnamesAlone,
    IndirectCuesWithoutSentenceEnd,
}

/// <summary>Builds each <see cref="HostileText"/>.</summary>
public static class HostileTexts
{
    public const int Megabyte = 1024 * 1024;

    public static string Create(HostileText kind) => kind switch
    {
        HostileText.LoneHighSurrogates => Repeat("وزیر \uD83D گفت: «\uD800» ", 2_000) + "\uDBFF",
        HostileText.LoneLowSurrogates => "\uDC00" + Repeat("تهران- ایرنا- \uDFFF\uDC00 «سخن\uDE00» ", 2_000),
        HostileText.ReversedSurrogatePairs => Repeat("\uDE00\uD83Dخبر «\uDC00\uD800» گفت: ", 2_000),
        HostileText.SurrogatePairsEverywhere => Repeat("😀«😀»😀گفت😀: 😀«نقل😀قول»\n𝟙𝟚𝟛/𝟜/𝟝 ", 2_000),
        HostileText.NulAndControlCharacters => Repeat("\0وزیر\u0001 گفت\u0007: «\u001Bکار\0» \u0085\u2028\u2029\f\v\t\b", 2_000),
        HostileText.BidiOverridesAndMarks => Repeat("\u202Eوزیر\u202C گفت\u200F: \u2066«\u202Aسخن\u2069»\u200E \u061C\u2067ایرنا\u2069\n", 2_000),
        HostileText.PunctuationOnly => Repeat("«»\"“”:،؛.!؟?-–—()[]{}/\\|*…٪٬٫", 5_000),
        HostileText.TenMegabyteSingleLine => Fill("به گزارش ایرنا، وزیر گفت: «کار ادامه دارد» و افزود که ۱۴۰۳/۰۲/۱۵ روز خوبی است. ", 10 * Megabyte),
        HostileText.HundredThousandOpeningGuillemets => new string('«', 100_000),
        HostileText.HundredThousandClosingGuillemets => "گفت: " + new string('»', 100_000),
        HostileText.GuillemetsNestedTenThousandDeep => "وزیر گفت: " + Repeat("«گفت: ", 10_000) + "سخن" + new string('»', 10_000),
        HostileText.StraightQuotesUnbalanced => Repeat("او گفت: \"کار \"ادامه\" دارد و “نقل ” \"", 5_000),
        HostileText.CarriageReturnOnlyLineEnds => Repeat("تهران- ایرنا- وزیر گفت: «کار ادامه دارد».\rاو افزود که برنامه‌ها ادامه دارد.\r\r", 2_000),
        HostileText.MixedLineEnds => Repeat("عنوان خبر\r\nتهران- ایسنا- \rوزیر گفت: «کار\nادامه\r\nدارد»\n\r\n\r", 2_000),
        HostileText.MillionEmptyLines => "عنوان" + Repeat("\n", 500_000) + Repeat("\r\n", 250_000) + Repeat("\r", 250_000) + "متن",
        HostileText.ByteOrderMarkInTheMiddle => Repeat("وزیر\uFEFF گفت:\uFEFF «\uFEFFکار ادامه دارد\uFEFF»\n\uFEFF", 2_000),
        HostileText.HtmlEntitiesAndTags => Repeat("<p>وزیر گفت: &laquo;کار&raquo; &#171;ادامه&#187; &amp; &nbsp;&zwnj;</p><br/><script>«</script>&#x202E;\n", 2_000),
        HostileText.SaidColonOpenQuoteRepeated => Repeat("گفت: «", 50_000),
        HostileText.CueWordsWithoutQuotes => Repeat("گفت افزود که تأکید کرد بیان کرد اظهار داشت می‌گوید ", 20_000),
        HostileText.OneMegabyteWord => new string('ب', Megabyte),
        HostileText.PluralSuffixRepeated => Repeat("ها ", 300_000),
        HostileText.ZeroWidthNonJoinersOnly => new string('\u200C', 200_000) + "می\u200C\u200C\u200Cرود",
        HostileText.DigitsAndSlashes => Repeat("۱۴۰۳/۰۲/۱۵/2024/05/04/١٤٠٢/", 30_000),
        HostileText.DateLikeTokensRepeated => Repeat("۱۵ اردیبهشت ۱۴۰۳ - ۱۰:۳۰ 2024-05-04 ۲۵ شوال ۱۴۴۵\n", 10_000),
        HostileText.HeaderLikeLinesRepeated => Repeat("تهران- ایرنا- \nکد خبر: ۱۲۳\nخبرنگار: علی رضایی\nمنبع: ایسنا\n", 10_000),
        HostileText.ArabicPresentationFormsAndDiacritics => Repeat("ﻻ ﷲ ﷺ ﺏﺕﺙ ًٌٍَُِّْ ـــ ي ك ة ۀ ؤ إ أ ٱ\u0670\u0654\n", 10_000),
        HostileText.ExoticWhiteSpace => Repeat("وزیر\u00A0گفت:\u2009«\u3000کار\u202Fادامه\u200Bدارد\u2060»\u1680\u205F", 10_000),
        HostileText.ColonsOnly => Repeat(":", 200_000),

        // A page dump with tens of thousands of people (every mention a new one), each pointed back to by a pronoun:
        // the speaker resolver must not compare each with all before it or search the whole text for each.
        HostileText.ThousandsOfDistinctSpeakers => MadeUpNames.Numbered(i => $"{MadeUpNames.GivenNames[i % MadeUpNames.GivenNames.Length]} {MadeUpNames.Surname(i)} گفت: «کار ادامه دارد.» او افزود که بله. ", Megabyte),
        HostileText.ThousandsOfDistinctTitles => MadeUpNames.Numbered(i => $"سخنگوی وزارت {MadeUpNames.Surname(i)} گفت: «کار ادامه دارد.»\n", Megabyte),
        HostileText.ThousandsOfSurnamesAlone => MadeUpNames.Numbered(i => $"{MadeUpNames.Surname(i + 400)}پور گفت: «کار.» ", Megabyte),

        // One paragraph with no sentence end and a reported clause every few words.
        HostileText.IndirectCuesWithoutSentenceEnd => Fill("او گفت که کار ادامه دارد و افزود که ", Megabyte),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Every kind, for theories.</summary>
    public static TheoryData<HostileText> All(params HostileText[] except)
    {
        var data = new TheoryData<HostileText>();
        foreach (var kind in Enum.GetValues<HostileText>().Except(except))
        {
            data.Add(kind);
        }

        return data;
    }

    public static string Repeat(string unit, int count) => new StringBuilder(unit.Length * count).Insert(0, unit, count).ToString();

    /// <summary>Repeats <paramref name="unit"/> up to exactly <paramref name="length"/> characters (never splitting a pair).</summary>
    public static string Fill(string unit, int length)
    {
        var sb = new StringBuilder(length);
        while (sb.Length + unit.Length <= length)
        {
            sb.Append(unit);
        }

        return sb.Append('.', length - sb.Length).ToString();
    }
}
