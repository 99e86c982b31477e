namespace PersianNews.Core.Tests.Api;

/// <summary>The article the project was created from (a YJC article that lost its half-spaces) comes out right.</summary>
public sealed class SeedArticleTests
{
    private static readonly NewsArticle Seed = PersianNewsParser.Default.Parse(File.ReadAllText(TestPaths.Seed));

    [Fact]
    public void Seed_LeadingDateField_IsGregorianPublicationDate()
    {
        Assert.NotNull(Seed.Date);
        Assert.Equal(new DateOnly(2025, 9, 4), Seed.Date!.Value);
        Assert.Equal(CalendarKind.Gregorian, Seed.Date.Calendar);
    }

    [Fact]
    public void Seed_OutletBylineOpening_GivesOutletAndReporter()
    {
        Assert.Equal("yjc", Seed.Outlet?.Id);
        Assert.Equal("باشگاه خبرنگاران جوان", Seed.Outlet?.Name);
        Assert.Equal("اعظم پورکند", Assert.Single(Seed.Reporters).Name);
    }

    [Fact]
    public void Seed_CreditLine_IsSourceNotBody()
    {
        Assert.Equal("رویترز", Assert.Single(Seed.Sources).Name);
        Assert.DoesNotContain(Seed.Paragraphs, p => p.Text.Contains("منبع", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed_FirstParagraph_StartsAfterTheByline()
    {
        Assert.StartsWith("حدود ۳۰ رهبر", Seed.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Equal(14, Seed.Paragraphs.Count);
    }
}
