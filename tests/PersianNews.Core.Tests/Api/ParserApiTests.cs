using Microsoft.Extensions.DependencyInjection;

namespace PersianNews.Core.Tests.Api;

public sealed class ParserApiTests
{
    [Fact]
    public void Parse_NullString_ThrowsArgumentNullException()
        => Assert.Throws<ArgumentNullException>(() => PersianNewsParser.Default.Parse((string)null!));

    [Fact]
    public void Constructor_NullOptions_ThrowsArgumentNullException()
        => Assert.Throws<ArgumentNullException>(() => new PersianNewsParser(null!));

    public static TheoryData<PersianNewsOptions, string> InvalidOptions => new()
    {
        { PersianNewsOptions.Default with { MaxInputLength = 0 }, nameof(PersianNewsOptions.MaxInputLength) },
        { PersianNewsOptions.Default with { AdditionalCues = ["  "] }, nameof(PersianNewsOptions.AdditionalCues) },
        { PersianNewsOptions.Default with { AdditionalOutlets = [new OutletDefinition("x", "خبرگزاری ایکس", ["ایرنا"])] }, nameof(PersianNewsOptions.AdditionalOutlets) },
        { PersianNewsOptions.Default with { AdditionalOutlets = [new OutletDefinition("", "خبرگزاری ایکس", [])] }, nameof(PersianNewsOptions.AdditionalOutlets) },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Constructor_InvalidOption_ThrowsArgumentExceptionNamingIt(PersianNewsOptions options, string optionName)
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => new PersianNewsParser(options));
        Assert.Equal(optionName, ex.ParamName);
    }

    [Fact]
    public void Parse_SpanAndString_GiveTheSameArticle()
    {
        const string text = "تهران- ایرنا- وزیر گفت: «کار ادامه دارد.»";
        var a = PersianNewsParser.Default.Parse(text);
        var b = PersianNewsParser.Default.Parse(text.AsSpan());
        Assert.Equal(PersianNews.Core.Serialization.NewsJson.Serialize(a), PersianNews.Core.Serialization.NewsJson.Serialize(b));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\r\n\t ")]
    public void Parse_EmptyOrWhiteSpace_ReportsEmptyInput(string text)
    {
        var article = PersianNewsParser.Default.Parse(text);
        Assert.Contains(article.Diagnostics, d => d.Code == DiagnosticCode.EmptyInput);
        Assert.Empty(article.Paragraphs);
        Assert.Same(text, article.Text);
    }

    [Fact]
    public void Parse_LongerThanMaxInputLength_ReportsInputTooLongAndParsesTheBeginning()
    {
        var parser = new PersianNewsParser(PersianNewsOptions.Default with { MaxInputLength = 20 });
        string text = "این یک متن کوتاه است.\nاین خط بعدی است که از حد می‌گذرد.";
        var article = parser.Parse(text);
        var d = Assert.Single(article.Diagnostics, d => d.Code == DiagnosticCode.InputTooLong);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal(text.Length, d.Start + d.Length);
        Assert.All(article.Paragraphs, p => Assert.True(p.Start + p.Length <= 20));
    }

    [Fact]
    public void Parse_ControlCharacters_ReportsInvalidCharactersAndKeepsParsing()
    {
        var article = PersianNewsParser.Default.Parse("سلام\0 دنیا \uD800 پایان");
        Assert.Contains(article.Diagnostics, d => d.Code == DiagnosticCode.InvalidCharacters);
        Assert.NotEmpty(article.Paragraphs);
    }

    [Fact]
    public void AddPersianNews_WithConfigure_RegistersOptionsAndSingletonParser()
    {
        using var provider = new ServiceCollection()
            .AddPersianNews(o => o with { MaxInputLength = 1234 })
            .BuildServiceProvider();
        var parser = provider.GetRequiredService<PersianNewsParser>();
        Assert.Same(parser, provider.GetRequiredService<PersianNewsParser>());
        Assert.Equal(1234, parser.Options.MaxInputLength);
        Assert.Same(provider.GetRequiredService<PersianNewsOptions>(), parser.Options);
        Assert.NotNull(provider.GetRequiredService<PersianNormalizer>());
    }

    [Fact]
    public void Parse_EverySpan_PointsIntoTheOriginalText()
    {
        string text = File.ReadAllText(TestPaths.Seed);
        var a = PersianNewsParser.Default.Parse(text);
        Assert.All(a.Paragraphs, p => Assert.Equal(p.Text, text.Substring(p.Start, p.Length)));
        Assert.All(a.Quotes, q => Assert.Equal(q.Text, text.Substring(q.Start, q.Length)));
        Assert.All(a.Quotes.Where(q => q.Cue is not null), q => Assert.Equal(q.Cue!.Text, text.Substring(q.Cue.Start, q.Cue.Length)));
        Assert.All(a.Quotes.Where(q => q.Speaker is not null), q => Assert.Equal(q.Speaker!.Text, text.Substring(q.Speaker.Start, q.Speaker.Length)));
        Assert.All(a.Diagnostics, d => Assert.InRange(d.Start + d.Length, 0, text.Length));
        if (a.Date is { } date)
        {
            Assert.Equal(date.Text, text.Substring(date.Start, date.Length));
        }

        if (a.Outlet is { } outlet)
        {
            Assert.Equal(outlet.Text, text.Substring(outlet.Start, outlet.Length));
        }
    }
}

public sealed class OptionsLimitTests
{
    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(PersianNewsOptions.MaxSupportedInputLength + 1)]
    public void Constructor_MaxInputLengthBeyondSupported_ThrowsArgumentExceptionNamingIt(int length)
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => new PersianNewsParser(PersianNewsOptions.Default with { MaxInputLength = length }));
        Assert.Equal(nameof(PersianNewsOptions.MaxInputLength), ex.ParamName);
    }

    [Fact]
    public void AddPersianNews_ConfigureReturnsNull_ThrowsArgumentExceptionAtRegistration()
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => new Microsoft.Extensions.DependencyInjection.ServiceCollection().AddPersianNews(_ => null!));
        Assert.Equal("configure", ex.ParamName);
    }

    [Fact]
    public void AddPersianNews_InvalidOptions_ThrowsArgumentExceptionAtRegistration()
        => Assert.ThrowsAny<ArgumentException>(() => new Microsoft.Extensions.DependencyInjection.ServiceCollection().AddPersianNews(o => o with { MaxInputLength = 0 }));
}
