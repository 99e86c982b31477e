namespace PersianNews.Core.Tests.Header;

/// <summary>The built-in outlet table and the options that extend it.</summary>
public sealed class OutletRegistryTests
{
    [Fact]
    public void BuiltIn_Table_HasAtLeastSixtyOutletsWithUniqueIds()
    {
        Assert.True(BuiltInOutlets.All.Length >= 60, $"{BuiltInOutlets.All.Length} outlets");
        Assert.Equal(BuiltInOutlets.All.Length, BuiltInOutlets.All.Select(o => o.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(BuiltInOutlets.All, o =>
        {
            Assert.False(string.IsNullOrWhiteSpace(o.Name));
            Assert.False(string.IsNullOrWhiteSpace(o.LatinName));
            Assert.False(string.IsNullOrWhiteSpace(o.Domain));
            Assert.Equal(o.Id.ToLowerInvariant(), o.Id);
        });
    }

    public static TheoryData<string> RequiredIds => new()
    {
        "irna", "isna", "tasnim", "fars", "mehr", "ilna", "yjc", "hamshahri", "khabaronline", "mashregh", "bbc-persian",
        "radio-farda", "dw-persian", "euronews-persian", "voa-persian", "independent-persian", "iran-international", "anadolu",
        "sputnik", "rfi-persian", "radio-zamaneh", "kayhan-london", "iranwire", "shargh", "etemad", "kayhan", "jamejam",
        "donya-e-eqtesad", "entekhab", "asriran", "tabnak", "khabarfoori", "eghtesadonline", "ana", "pana", "shabestan", "rasa",
        "hawzah", "iqna", "ibna", "mizan", "defapress", "sepahnews", "nournews", "rokna", "bartarinha", "tejaratnews", "ecoiran",
        "snn", "javan", "farhikhtegan", "iran-newspaper", "irib-news", "presstv", "alalam",
    };

    [Theory]
    [MemberData(nameof(RequiredIds))]
    public void BuiltIn_Table_HasOutlet(string id) => Assert.Contains(BuiltInOutlets.All, o => o.Id == id);

    public static TheoryData<string, string> Aliases => new()
    {
        { "ایرنا", "irna" },
        { "خبرگزاری جمهوری اسلامی", "irna" },
        { "ایسنا", "isna" },
        { "خبرگزاری دانشجویان ایران", "isna" },
        { "باشگاه خبرنگاران جوان", "yjc" },
        { "باشگاه خبرنگاران", "yjc" },
        { "بی بی سی فارسی", "bbc-persian" },
        { "بی‌بی‌سی فارسی", "bbc-persian" },
        { "خبرگزاري فارس", "fars" },
        { "همشهری‌آنلاین", "hamshahri" },
    };

    [Theory]
    [MemberData(nameof(Aliases))]
    public void Registry_Alias_MatchesOutlet(string alias, string id)
    {
        var registry = OutletRegistry.Create([]);
        string text = alias + " -";
        Assert.True(registry.TryMatchAt(text, 0, text.Length, out var outlet, out _));
        Assert.Equal(id, outlet.Id);
    }

    [Fact]
    public void Registry_AliasInsideLongerWord_DoesNotMatch()
    {
        var registry = OutletRegistry.Create([]);
        const string text = "مهرماه";
        Assert.False(registry.TryMatchAt(text, 0, text.Length, out _, out _));
    }

    [Fact]
    public void Options_DuplicateAlias_ThrowsNamingTheOption()
    {
        var options = PersianNewsOptions.Default with { AdditionalOutlets = [new OutletDefinition("my-irna", "ایرنای من", ["ایرنا"])] };
        var ex = Assert.Throws<ArgumentException>(() => new PersianNewsParser(options));
        Assert.Equal(nameof(PersianNewsOptions.AdditionalOutlets), ex.ParamName);
    }

    [Fact]
    public void Options_OverridingBuiltInId_ReplacesIt()
    {
        var options = PersianNewsOptions.Default with { AdditionalOutlets = [new OutletDefinition("irna", "ایرنا", ["IRNA English"])] };
        var article = new PersianNewsParser(options).Parse("تهران- ایرنا- وزیر نیرو روز دوشنبه گفت که سدها پر است.");
        Assert.Equal("irna", article.Outlet?.Id);
        Assert.Equal("ایرنا", article.Outlet?.Name);
    }
}
