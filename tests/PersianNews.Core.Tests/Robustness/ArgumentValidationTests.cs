using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PersianNews.Core.Serialization;

namespace PersianNews.Core.Tests.Robustness;

/// <summary>Programming errors fail fast: null arguments throw ArgumentNullException, invalid options throw
/// ArgumentException when the parser is built, naming the option.</summary>
public sealed class ArgumentValidationTests
{
    private static readonly NewsArticle Article = PersianNewsParser.Default.Parse("وزیر گفت: «کار ادامه دارد».");

    public static TheoryData<string, Action> NullArguments => new()
    {
        { "text", () => PersianNewsParser.Default.Parse((string)null!) },
        { "options", () => _ = new PersianNewsParser(null!) },
        { "text", () => PersianNormalizer.Default.Normalize(null!) },
        { "options", () => _ = new PersianNormalizer(null!) },
        { "s", () => PublicationDate.Parse((string)null!) },
        { "text", () => _ = new PublicationDate(new DateOnly(2024, 5, 4), null, CalendarKind.Gregorian, null!, 0, 10) },
        { "article", () => NewsJson.Serialize((NewsArticle)null!) },
        { "article", () => NewsJson.Serialize(new MemoryStream(), null!) },
        { "utf8Json", () => NewsJson.Serialize((Stream)null!, Article) },
        { "writer", () => NewsJson.Serialize((Utf8JsonWriter)null!, Article) },
        { "article", () => NewsJson.Serialize(new Utf8JsonWriter(new MemoryStream()), null!) },
        { "json", () => NewsJson.Deserialize((string)null!) },
        { "services", () => PersianNewsServiceCollectionExtensions.AddPersianNews(null!) },
    };

    [Theory]
    [MemberData(nameof(NullArguments))]
    public void PublicEntry_NullArgument_ThrowsArgumentNullExceptionNamingIt(string parameter, Action call)
    {
        var ex = Assert.Throws<ArgumentNullException>(call);
        Assert.Equal(parameter, ex.ParamName);
    }

    private static readonly OutletDefinition Sample = new("sample", "خبرگزاری نمونه", ["نمونه‌نیوز"]);

    public static TheoryData<PersianNewsOptions, string> InvalidOptions => new()
    {
        { PersianNewsOptions.Default with { MaxInputLength = 0 }, nameof(PersianNewsOptions.MaxInputLength) },
        { PersianNewsOptions.Default with { MaxInputLength = -1 }, nameof(PersianNewsOptions.MaxInputLength) },
        { PersianNewsOptions.Default with { MaxInputLength = int.MinValue }, nameof(PersianNewsOptions.MaxInputLength) },
        { PersianNewsOptions.Default with { Normalization = null! }, nameof(PersianNewsOptions.Normalization) },
        { PersianNewsOptions.Default with { AdditionalCues = null! }, nameof(PersianNewsOptions.AdditionalCues) },
        { PersianNewsOptions.Default with { AdditionalCues = [""] }, nameof(PersianNewsOptions.AdditionalCues) },
        { PersianNewsOptions.Default with { AdditionalCues = ["گوشزد کرد", " \t "] }, nameof(PersianNewsOptions.AdditionalCues) },
        { PersianNewsOptions.Default with { AdditionalCues = [null!] }, nameof(PersianNewsOptions.AdditionalCues) },
        { PersianNewsOptions.Default with { AdditionalOutlets = null! }, nameof(PersianNewsOptions.AdditionalOutlets) },
        { PersianNewsOptions.Default with { AdditionalOutlets = [null!] }, nameof(PersianNewsOptions.AdditionalOutlets) },
        // An alias that would name two outlets: a built-in one and a new one, or two new ones.
        { PersianNewsOptions.Default with { AdditionalOutlets = [new OutletDefinition("other", "خبرگزاری دیگر", ["ایرنا"])] }, nameof(PersianNewsOptions.AdditionalOutlets) },
        { PersianNewsOptions.Default with { AdditionalOutlets = [Sample, new OutletDefinition("copy", "خبرگزاری کپی", ["نمونه‌نیوز"])] }, nameof(PersianNewsOptions.AdditionalOutlets) },
        { PersianNewsOptions.Default with { AdditionalOutlets = [Sample, new OutletDefinition("copy", "خبرگزاری نمونه", [])] }, nameof(PersianNewsOptions.AdditionalOutlets) },
        { PersianNewsOptions.Default with { AdditionalOutlets = [new OutletDefinition("", "خبرگزاری بی‌شناسه", [])] }, nameof(PersianNewsOptions.AdditionalOutlets) },
        { PersianNewsOptions.Default with { AdditionalOutlets = [new OutletDefinition("noname", " ", [])] }, nameof(PersianNewsOptions.AdditionalOutlets) },
        { PersianNewsOptions.Default with { AdditionalOutlets = [new OutletDefinition("emptyalias", "خبرگزاری نمونه", [""])] }, nameof(PersianNewsOptions.AdditionalOutlets) },
        { PersianNewsOptions.Default with { AdditionalOutlets = [new OutletDefinition("nullaliases", "خبرگزاری نمونه", null!)] }, nameof(PersianNewsOptions.AdditionalOutlets) },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Constructor_InvalidOption_ThrowsArgumentExceptionNamingTheOption(PersianNewsOptions options, string option)
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => new PersianNewsParser(options));

        Assert.Equal(option, ex.ParamName);
        Assert.False(string.IsNullOrWhiteSpace(ex.Message));
    }

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void AddPersianNews_InvalidOption_ThrowsArgumentExceptionNamingTheOptionAtRegistration(PersianNewsOptions options, string option)
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => new ServiceCollection().AddPersianNews(_ => options));

        Assert.Equal(option, ex.ParamName);
    }

    [Fact]
    public void Constructor_OutletRedefiningABuiltInIdWithItsOwnAliases_IsAccepted()
    {
        var parser = new PersianNewsParser(PersianNewsOptions.Default with { AdditionalOutlets = [Sample, Sample with { Aliases = ["نمونه‌نیوز", "نمونه"] }] });

        Assert.NotNull(parser.Parse("به گزارش نمونه‌نیوز، کار ادامه دارد."));
    }

    [Fact]
    public void GetMaxNormalizedLength_NegativeLength_ThrowsArgumentOutOfRange()
        => Assert.Throws<ArgumentOutOfRangeException>(() => PersianNormalizer.GetMaxNormalizedLength(-1));

    [Fact]
    public void TryNormalize_DestinationTooShort_ReturnsFalseWithoutThrowing()
    {
        Span<char> destination = stackalloc char[2];

        bool ok = PersianNormalizer.Default.TryNormalize("كتاب‌هاي خوب", destination, out _);

        Assert.False(ok);
    }

    [Fact]
    public void PublicationDate_ParseOfTextWithoutDate_ThrowsFormatException()
        => Assert.Throws<FormatException>(() => PublicationDate.Parse("بدون تاریخ"));

    [Fact]
    public void PublicationDate_TryParseOfNull_ReturnsFalse()
        => Assert.False(PublicationDate.TryParse((string?)null, null, out _));

    [Fact]
    public void NewsJson_DeserializeInvalidJson_ThrowsJsonException()
        => Assert.ThrowsAny<JsonException>(() => NewsJson.Deserialize("{\"text\": "));
}
