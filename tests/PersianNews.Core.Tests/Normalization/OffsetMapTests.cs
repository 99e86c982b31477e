namespace PersianNews.Core.Tests.Normalization;

public sealed class OffsetMapTests
{
    /// <summary>Normalizes with the offset map: the text written and, for each of its characters, where it came from.</summary>
    internal static (string Text, int[] Map) Run(string source, PersianNormalizerOptions? options = null)
    {
        var normalizer = new PersianNormalizer(options ?? PersianNormalizerOptions.Default);
        var dest = new char[PersianNormalizer.GetMaxNormalizedLength(source.Length)];
        var map = new int[dest.Length];
        Assert.True(normalizer.TryNormalize(source, dest, map, out int written));
        return (new string(dest, 0, written), map[..written]);
    }

    [Fact]
    public void TryNormalize_RemovedCharacters_MapKeptCharactersToTheirOriginalOffsets()
    {
        var (text, map) = Run("كِتاب  نو");
        Assert.Equal("کتاب نو", text);
        Assert.Equal([0, 2, 3, 4, 5, 7, 8], map);
    }

    [Fact]
    public void TryNormalize_InsertedHalfSpace_MapsToTheCharacterAfterIt()
    {
        var (text, map) = Run("میکنند");
        Assert.Equal("می\u200Cکنند", text);
        Assert.Equal([0, 1, 2, 2, 3, 4, 5], map);
    }

    [Fact]
    public void TryNormalize_SpaceReplacedByHalfSpace_KeepsTheSpaceOffset()
    {
        var (text, map) = Run("می کنند");
        Assert.Equal("می\u200Cکنند", text);
        Assert.Equal([0, 1, 2, 3, 4, 5, 6], map);
    }

    [Fact]
    public void TryNormalize_LamAlefLigature_MapsBothLettersToTheLigature()
    {
        var (text, map) = Run("ﻻ");
        Assert.Equal("لا", text);
        Assert.Equal([0, 0], map);
    }

    [Fact]
    public void TryNormalize_ComposedHamza_MapsToTheBaseLetter()
    {
        var (text, map) = Run("خانهٔ");
        Assert.Equal("خانۀ", text);
        Assert.Equal([0, 1, 2, 3], map);
    }

    [Fact]
    public void TryNormalize_HtmlReference_MapsItsCharacterToTheAmpersand()
    {
        var (text, map) = Run("می&zwnj;رود");
        Assert.Equal("می\u200Cرود", text);
        Assert.Equal([0, 1, 2, 8, 9, 10], map);
    }

    [Fact]
    public void TryNormalize_DestinationTooShort_ReturnsFalse()
    {
        var dest = new char[3];
        Assert.False(PersianNormalizer.Default.TryNormalize("سلام دنیا", dest, out int written));
        Assert.Equal(0, written);
    }

    public static TheoryData<string> ExactLengthTexts => new()
    {
        "سلام",
        "كِتاب  نو",
        "میکنند",
        "می کنند",
        "رئیسجمهور گفت که برنامههای دولت اجرا میشود",
        "ﻻ",
        "گزارش ۱۲٬۵۰۰ نفر در ساعت 10:30 و Image2.jpg",
        "این متن بدون هیچ تغییری است و طولانی تر از شانزده حرف است تا مسیر برداری هم آزموده شود",
        "  فاصله   های   زیاد  ",
    };

    [Theory]
    [MemberData(nameof(ExactLengthTexts))]
    public void TryNormalize_DestinationOfExactlyTheOutputLength_Succeeds(string source)
    {
        string expected = PersianNormalizer.Default.Normalize(source);
        var dest = new char[expected.Length];
        var map = new int[expected.Length];
        Assert.True(PersianNormalizer.Default.TryNormalize(source, dest, out int written));
        Assert.Equal(expected, new string(dest, 0, written));
        Assert.True(PersianNormalizer.Default.TryNormalize(source, dest, map, out written));
        Assert.Equal(expected, new string(dest, 0, written));
        if (expected.Length > 0)
        {
            Assert.False(PersianNormalizer.Default.TryNormalize(source, dest.AsSpan(0, expected.Length - 1), out _));
        }
    }

    [Fact]
    public void TryNormalize_MapShorterThanDestination_ReturnsFalse()
    {
        var dest = new char[20];
        Assert.False(PersianNormalizer.Default.TryNormalize("سلام", dest, new int[5], out _));
    }

    [Fact]
    public void Parse_DamagedHalfSpaces_SpansStillPointIntoTheOriginal()
    {
        const string text = "تهران- ایرنا- رئیسجمهور روز دوشنبه گفت: «دولت برنامههای تازه را اجرا میکند.»";
        var article = PersianNewsParser.Default.Parse(text);
        Assert.Contains("\u200C", article.NormalizedText);
        foreach (var p in article.Paragraphs)
        {
            Assert.Equal(p.Text, text.Substring(p.Start, p.Length));
        }

        foreach (var q in article.Quotes)
        {
            Assert.Equal(q.Text, text.Substring(q.Start, q.Length));
        }
    }
}
