using CsCheck;

namespace PersianNews.Core.Tests.Normalization;

/// <summary>Properties of the normalizer over random text built from the characters its rules care about.</summary>
public sealed class NormalizerPropertyTests
{
    // Persian and Arabic letters, the half-space and its stand-ins, marks, spaces, digits of three systems, separators,
    // Latin letters, punctuation, line breaks, presentation forms, ligatures, surrogates: every rule gets exercised.
    private const string Alphabet =
        "ابپتجچخدرزسشصطعفقکگلمنوهیآأإؤئءۀةيكىھ" + "\u200C\u200C\u200C\u200D\u00AC\u00AD\u200E\u200F\uFEFF\u00A0\u2009"
        + "\u064B\u064E\u0650\u0651\u0652\u0653\u0654\u0670\u0640" + "     \t\n\r\u2028\u2029\u0085\f\v" + "0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣" + ".,٫٬:/%@#-_"
        + "abcXYZ" + "«»،؛؟!()" + "\uFEF5\uFEFB\uFE8D\uFEEF\uFB8E" + "\uD83D\uDE00";

    private static readonly string[] Words =
    [
        "می", "نمی", "کنند", "شود", "ها", "های", "هایی", "تر", "ترین", "ای", "اند", "ام", "ی", "رئیس", "جمهور", "میز",
        "میدان", "تضمین", "خانه", "حرفه", "کتاب", "کشور", "انجام", "شده", "بی", "به", "گفت", "وگو", "برنامه", "ریزی",
        "&", "amp;", "&amp;", "zwnj;", "&nbsp;", "#1740;", "&#x200c;", "&laquo;", "#38;", "&#10;",
        "<p>", "</p>", "<br/>", "<b>", "</b>", "<a href=\"x>y\">", "</a>", "<", ">", "p>", "/", "<!--", "-->", "&lt;", "&gt;",
        "<script>", "</script>", "<div\n class='c'>", "=", "\"", "'", "<p",
    ];

    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.Char[Alphabet].Array[0, 60].Select(a => new string(a)),
        Gen.OneOf(Gen.OneOfConst(Words), Gen.OneOfConst(" ", "\u200C", "", "\n", " ", "1")).Array[0, 30].Select(a => string.Concat(a)));

    private static (string Text, int[] Map) Run(string source)
    {
        var dest = new char[PersianNormalizer.GetMaxNormalizedLength(source.Length)];
        var map = new int[dest.Length];
        Assert.True(PersianNormalizer.Default.TryNormalize(source, dest, map, out int written));
        return (new string(dest, 0, written), map[..written]);
    }

    [Fact]
    public void Normalize_AnyText_IsIdempotent()
        => Text.Sample(s =>
        {
            string once = PersianNormalizer.Default.Normalize(s);
            return PersianNormalizer.Default.Normalize(once) == once;
        }, iter: 20_000);

    [Fact]
    public void Normalize_AnyTextAnyOptions_NeverThrows()
    {
        var options = Gen.Select(Gen.Bool, Gen.Bool, Gen.Bool, Gen.Bool, Gen.Bool, Gen.Bool, Gen.Bool, Gen.Select(Gen.Enum<DigitTarget>(), Gen.Bool, Gen.Bool))
            .Select((a, b, c, d, e, f, g, h) => new PersianNormalizerOptions
            {
                NormalizeLetters = a, RemoveDiacritics = b, RemoveKashida = c, RemoveInvisibleCharacters = d, CollapseSpaces = e,
                CleanZwnj = f, RepairZwnj = g, Digits = h.Item1, DecodeHtmlEntities = h.Item2, StripHtmlTags = h.Item3,
            });
        Gen.Select(Text, options).Sample((s, o) =>
        {
            var normalizer = new PersianNormalizer(o);
            string result = normalizer.Normalize(s);
            return result.Length <= PersianNormalizer.GetMaxNormalizedLength(s.Length);
        }, iter: 20_000);
    }

    [Fact]
    public void TryNormalize_AnyTextAnyOptions_SucceedsInExactlyTheOutputLengthAndFailsInOneLess()
    {
        var options = Gen.Select(Gen.Bool, Gen.Bool, Gen.Bool, Gen.Bool, Gen.Select(Gen.Bool, Gen.Bool))
            .Select((collapse, clean, repair, letters, html) => new PersianNormalizerOptions
            {
                CollapseSpaces = collapse, CleanZwnj = clean, RepairZwnj = repair, NormalizeLetters = letters, DecodeHtmlEntities = html.Item1,
                StripHtmlTags = html.Item2,
            });
        Gen.Select(Text, options).Sample((s, o) =>
        {
            var normalizer = new PersianNormalizer(o);
            string expected = normalizer.Normalize(s);
            var dest = new char[expected.Length];
            bool fits = normalizer.TryNormalize(s, dest, new int[dest.Length], out int written)
                && dest.AsSpan(0, written).SequenceEqual(expected);
            bool shortFails = expected.Length == 0 || !normalizer.TryNormalize(s, dest.AsSpan(0, expected.Length - 1), out _);
            return fits && shortFails;
        }, iter: 20_000);
    }

    [Fact]
    public void Normalize_AnyText_OutputHasNothingARuleRemoves()
        => Text.Sample(s =>
        {
            string t = PersianNormalizer.Default.Normalize(s);
            for (int i = 0; i < t.Length; i++)
            {
                char c = t[i];
                bool bad = c is '\u0640' or '\u0651' or '\u00A0' or '\u00AC' or '\u00AD' or '\uFEFF' or '\u200E' or '\u200F' or '\t'
                    or '\u2028' or '\u2029' or '\u0085' or '\f' or '\v'
                    or 'ي' or 'ك' or 'ى' or 'ة' or 'ھ' or (>= '\u064B' and <= '\u065F') or (>= '\uFB50' and <= '\uFEFC');
                bad |= c == ' ' && (i == 0 || t[i - 1] is ' ' or '\n' or '\r' || i + 1 == t.Length || t[i + 1] is '\n' or '\r');
                if (c == '\u200C')
                {
                    // A half-space only ever sits between a joining Persian letter and a Persian letter.
                    bad |= i == 0 || i + 1 == t.Length || !PersianLetters.IsJoiningLetter(t[i - 1]) || !PersianLetters.IsPersianLetter(t[i + 1]);
                }

                if (bad)
                {
                    return false;
                }
            }

            return true;
        }, iter: 20_000);

    [Fact]
    public void TryNormalize_AnyText_OffsetMapIsMonotoneAndInBounds()
        => Text.Sample(s =>
        {
            var (_, map) = Run(s);
            for (int i = 0; i < map.Length; i++)
            {
                if (map[i] < 0 || map[i] >= s.Length || (i > 0 && map[i] < map[i - 1]))
                {
                    return false;
                }
            }

            return true;
        }, iter: 20_000);

    [Fact]
    public void TryNormalize_AnyText_KeptCharactersMapToThemselves()
        => Text.Sample(s =>
        {
            // Spaces, line breaks, digits and Latin letters are never rewritten (digits are kept by default); one
            // written as an HTML reference maps to the reference, an LF to the line break it stands for, and a line break
            // written for a block tag to the tag.
            var (t, map) = Run(s);
            for (int i = 0; i < t.Length; i++)
            {
                if (t[i] is '\n' or '\r' or (>= '0' and <= '9') or (>= 'a' and <= 'z') && s[map[i]] != t[i]
                    && !(t[i] == '\n' && s[map[i]] is '\u2028' or '\u2029' or '\u0085' or '\f' or '\v')
                    && !(HtmlEntities.TryDecode(s.AsSpan(map[i]), out char decoded, out _) && decoded == t[i])
                    && !(t[i] == '\n' && HtmlTags.Read(s, map[i], entities: true, null, out _) == HtmlTagKind.Block))
                {
                    return false;
                }
            }

            return true;
        }, iter: 20_000);

    [Fact]
    public void Normalize_HostileInput_FinishesInLinearTime()
    {
        // One megabyte of one word, of digits, and of a suffix repeated: each is one pass (a quadratic pass would not end).
        string[] inputs =
        [
            new string('م', 1_000_000),
            new string('۱', 1_000_000),
            string.Concat(Enumerable.Repeat("ها ", 300_000)),
            string.Concat(Enumerable.Repeat("می ", 300_000)),
            string.Concat(Enumerable.Repeat("\u200C", 1_000_000)),
            "a" + new string('1', 1_000_000),
        ];
        foreach (string s in inputs)
        {
            string t = new PersianNormalizer(PersianNormalizerOptions.Default with { Digits = DigitTarget.Persian }).Normalize(s);
            Assert.True(t.Length <= PersianNormalizer.GetMaxNormalizedLength(s.Length));
        }
    }
}
