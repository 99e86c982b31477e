using System.Reflection;
using System.Text;

namespace PersianNews.Core.Tests.Normalization;

/// <summary>
/// The half-space repairs run behind cheap shape gates; a gate may only skip words no rule acts on. Every text here is
/// normalized with the gates on and off and must come out the same.
/// </summary>
public sealed class NormalizerGateTests
{
    private const char Zwnj = '\u200C';

    // Stems of our own: nouns, adjectives, words in silent and pronounced ه, verbs, names, number words.
    private static readonly string[] Stems =
    [
        "کتاب", "خانه", "برنامه", "علاقه", "ماه", "گروه", "کشور", "مردم", "دانشجو", "امکان", "نشان", "موفقیت", "اطلاع",
        "تجمع", "غنی", "آرمان", "قانون", "جمهوری", "خطیب", "احمدی", "مشکلات", "مطالبات", "هموطنان", "نظامی", "قبلی",
        "ابتدایی", "اساسی", "بزرگ", "سخت", "جدی", "پیچیده", "پیش", "عقب", "پایین", "کرده", "آمده", "رفته", "شده", "گفته",
        "حرفه", "منطقه", "هسته", "اطلاعیه", "نظریه", "تجربه", "عهده", "تجزیه", "گله", "پیاده", "سرمایه", "جنوب", "شمال",
        "هفت", "پنج", "سه", "یک", "بیست", "هزار", "رئیس", "جمهور", "حرکت", "مخالف", "وضعیت", "کنترل", "بیمار", "گناه",
        "توجه", "انگیزه", "بهروز", "کنند", "گردد", "آید", "روز", "نهاد", "ای", "ها", "تر", "ترین", "اند", "شان", "مان",
    ];

    private static readonly string[] Separators = ["", " ", Zwnj.ToString(), "  "];

    public static TheoryData<string> CorpusArticles()
    {
        var data = new TheoryData<string>();
        string dir = Path.Combine(TestPaths.Corpus, "articles");
        if (Directory.Exists(dir))
        {
            foreach (string f in Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(f));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusArticles))]
    public void Normalize_CorpusArticleInEveryDamage_SameWithAndWithoutGates(string file)
    {
        string text = File.ReadAllText(Path.Combine(TestPaths.Corpus, "articles", file));
        string deleted = text.Replace(Zwnj.ToString(), string.Empty, StringComparison.Ordinal);
        AssertGatesChangeNothing(text);
        AssertGatesChangeNothing(deleted);
        AssertGatesChangeNothing(text.Replace(Zwnj, ' '));
        AssertGatesChangeNothing(JoinEverySecondSpace(deleted, 0));
        AssertGatesChangeNothing(JoinEverySecondSpace(deleted, 1));
    }

    [Fact]
    public void Normalize_EveryRuleListWordBesideStems_SameWithAndWithoutGates()
    {
        var listed = typeof(NormalizingWriter).GetFields(BindingFlags.Static | BindingFlags.NonPublic)
            .Where(f => f.FieldType == typeof(string[]))
            .SelectMany(f => (string[])f.GetValue(null)!)
            .Concat(["ی", "ای", "ام", "اش", "ات", "مان", "تان", "شان", "اند", "می", "نمی", "بی", "به", "تری", "غربی", "شرقی"])
            .Distinct()
            .ToArray();
        Assert.True(listed.Length > 100);

        var sb = new StringBuilder();
        foreach (string word in listed)
        {
            foreach (string stem in Stems)
            {
                foreach (string sep in Separators)
                {
                    sb.Append(stem).Append(sep).Append(word).Append(' ');
                    sb.Append(word).Append(sep).Append(stem).Append(" و ");
                    sb.Append("می").Append(sep).Append(stem).Append(sep).Append(word).Append("، ");
                }
            }

            sb.Append('\n');
        }

        foreach (string line in sb.ToString().Split('\n'))
        {
            AssertGatesChangeNothing(line);
        }
    }

    [Theory]
    [InlineData("برنامه ریزیها و برنامهریزی‌های تجزیه طلبان، عهده دار شدند؛ گله داری و پیاده رویی")]
    [InlineData("میکنند نمیشود برمیگردد درمیآید بازمیگردد فرامیرسد فرومیریزد وامیدارد برمی گردد")]
    [InlineData("بیگناه بیتوجهی بیانگیزگی بیمار بیکاری بی گناه بهروز بهسازی بیست و یکهزار هفتتپه پنجساله سهجانبه")]
    [InlineData("مشکلاتمان مطالباتشان هموطنانمان حرکتاند مخالف اند مخالفاند نظامیاش قبلیاش وضعیتشان کنترلشان")]
    [InlineData("جدیترین پیچیدهترین اساسیترین پیشتر پیش تر عقبتر پایین تر انسانیتر ابتدایی ترین بزرگ تر")]
    [InlineData("غنیسازی آرمانگرایی قانونشکنی روانشناسی اجتناب ناپذیر جمهوریخواه خطیبزاده احمدینژاد امکان پذیر")]
    [InlineData("حرفه ای خانه اش شده اند آمدهام رفتهاید کردهایم تجربهام اطلاعیهای هستهای خامنهای خانهی")]
    [InlineData("جنوب غربی شمالشرقی موفقیتآمیز تجمعکنندگان اطلاعرسانی موفقیت آمیز نتیجه گیری رئیسجمهور")]
    [InlineData("کمآبی کمدرآمد کمبضاعتی کمک کمیته برنمیگردد درنمیآید برنمی دارد وانمیدهد زمینلرزهای بیسابقهای کمسابقهای")]
    [InlineData("طولانیتر عقلانی ترین لولهکشی صرفه جویی وزنهبرداران حاشیه نشینی آتشنشانان نخست وزیران ساخت وسازهای روبه رو")]
    [InlineData("a میکنند b\u200C ها 12 ها «برنامهریزی» (خانهها) ۱۲ترین ،ها")]
    public void Normalize_AdversarialSentence_SameWithAndWithoutGates(string text)
    {
        AssertGatesChangeNothing(text);
        AssertGatesChangeNothing(text.Replace(" ", string.Empty, StringComparison.Ordinal));
        AssertGatesChangeNothing(text.Replace(' ', Zwnj));
    }

    private static string JoinEverySecondSpace(string text, int parity)
    {
        var sb = new StringBuilder(text.Length);
        int spaces = 0;
        foreach (char c in text)
        {
            if (c == ' ' && (spaces++ & 1) == parity)
            {
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static void AssertGatesChangeNothing(string text)
    {
        string gated = PersianNormalizer.Default.Normalize(text);
        string ungated;
        NormalizingWriter.GatesOff = true;
        try
        {
            ungated = PersianNormalizer.Default.Normalize(text);
        }
        finally
        {
            NormalizingWriter.GatesOff = false;
        }

        if (gated != ungated)
        {
            int i = 0;
            while (i < gated.Length && i < ungated.Length && gated[i] == ungated[i])
            {
                i++;
            }

            int from = Math.Max(0, i - 30);
            Assert.Fail($"Gates changed the output at {i}: gated «{gated[from..Math.Min(gated.Length, i + 30)]}» ungated «{ungated[from..Math.Min(ungated.Length, i + 30)]}»");
        }
    }
}
