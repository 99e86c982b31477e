namespace PersianNews.Core.Tests.Evaluation;

/// <summary>
/// Three small gold files and predictions written for the scorer tests (not corpus text), with the figures score.py's
/// rules give for them worked out by hand:
/// <list type="bullet">
/// <item>a.txt: outlet ایسنا predicted with Arabic ي (right); Jalali date ۱۴۰۴/۶/۱۳ = 2025-09-04 (right); one gold reporter,
/// two predicted (1 found); gold source رویترز contained in the predicted "رویترز انگلیس" (found); three gold quotes, four
/// predicted: an exact one with a ZWNJ and the surname only as speaker (match, strict, speaker and kind right), a
/// two-thirds one with "او" as speaker (match, not strict, speaker wrong, kind right), an exact one with the wrong kind
/// and a speaker sharing one word of four (match, strict, speaker wrong, kind wrong), and an invented direct one.</item>
/// <item>b.txt: no outlet and no date in the gold, both predicted (two false positives); one gold source, two predicted
/// (1 found); one quote, exact, right speaker and kind.</item>
/// <item>c.txt: no prediction at all (missing): an outlet, a Hijri date and one direct quote missed.</item>
/// </list>
/// Totals: outlet 1/2, fp 1/1; date 1/2, fp 1/1; reporters tp 1, gold 1, predicted 2 (F1 2/3); sources tp 2, gold 2,
/// predicted 3 (F1 0.8); quotes 4 matched of 5 gold and 5 predicted (P = R = F1 = 0.8), strict 3 (F1 0.6); direct 1
/// matched of 3 gold and 2 predicted (F1 0.4); speaker 2/4; kind 3/4.
/// </summary>
internal static class SyntheticGoldSet
{
    public const string GoldA = """
        {
          "file": "a.txt",
          "outlet": { "aliases": ["خبرگزاری ایسنا", "ایسنا"], "evidence": "به گزارش ایسنا" },
          "sources": [ { "name": "رویترز", "evidence": "منبع: رویترز" } ],
          "date": { "text": "۱۳ شهریور ۱۴۰۴", "calendar": "persian", "y": 1404, "m": 6, "d": 13 },
          "reporters": [ { "name": "مریم احمدی", "evidence": "خبرنگار: مریم احمدی" } ],
          "quotes": [
            { "kind": "direct", "speaker": "امانوئل مکرون", "speakerText": "مکرون", "cue": "گفت", "text": "ما آماده ارائه تضمین های امنیتی هستیم" },
            { "kind": "indirect", "speaker": "مارک روته", "speakerText": "روته", "cue": "گفت", "text": "ائتلاف به زودی تصمیم می گیرد" },
            { "kind": "direct", "speaker": "سخنگوی دولت", "speakerText": "سخنگوی دولت", "cue": "گفت", "text": "قیمت بنزین افزایش نمی یابد" }
          ],
          "notes": ""
        }
        """;

    public const string GoldB = """
        {
          "file": "b.txt",
          "outlet": null,
          "sources": [ { "name": "آسوشیتدپرس", "evidence": "منبع: آسوشیتدپرس" } ],
          "date": null,
          "reporters": [],
          "quotes": [
            { "kind": "indirect", "speaker": "دو مقام اروپایی", "speakerText": "دو مقام اروپایی", "cue": "گفتند", "text": "طرح ها به پایان رسیده است" }
          ]
        }
        """;

    public const string GoldC = """
        {
          "file": "c.txt",
          "outlet": { "aliases": ["بی بی سی فارسی"], "evidence": "بی بی سی فارسی" },
          "sources": [],
          "date": { "text": "۱۲ ربیع الاول ۱۴۴۷", "calendar": "hijri", "y": 1447, "m": 3, "d": 12 },
          "reporters": [],
          "quotes": [ { "kind": "direct", "speaker": "وزیر", "speakerText": "وزیر", "cue": "گفت", "text": "سلام بر همه" } ]
        }
        """;

    public const string PredictionA = """{"source":"some/dir/a.txt","date":{"value":"2025-09-04"},"outlet":{"id":"isna","name":"ايسنا","text":"ایسنا"},"reporters":[{"name":"مریم احمدی"},{"name":"علی رضایی"}],"sources":[{"name":"رویترز انگلیس"}],"quotes":[{"kind":"direct","text":"ما آماده ارائه تضمین‌های امنیتی هستیم","speaker":{"text":"مکرون","name":"مکرون"}},{"kind":"indirect","text":"ائتلاف به زودی تصمیم","speaker":{"text":"او","name":null}},{"kind":"indirect","text":"قیمت بنزین افزایش نمی یابد","speaker":{"text":"سخنگوی وزارت نفت","name":"سخنگوی وزارت نفت"}},{"kind":"direct","text":"این یک جمله ساختگی است","speaker":null}]}""";

    public const string PredictionB = """{"source":"b.txt","date":{"value":"2025-01-01"},"outlet":{"id":null,"name":"روزنامه شرق","text":"شرق"},"reporters":[],"sources":[{"name":"آسوشیتدپرس"},{"name":"ایرنا"}],"quotes":[{"kind":"indirect","text":"طرح ها به پایان رسیده است","speaker":{"text":"دو مقام اروپایی","name":"دو مقام اروپایی"}}]}""";

    public static string PredictionsJsonl => PredictionA + "\n" + PredictionB + "\n";

    public static IReadOnlyList<(string FileName, string Json)> GoldFiles { get; } =
        [("a.json", GoldA), ("b.json", GoldB), ("c.json", GoldC)];
}
