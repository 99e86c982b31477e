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

    [Fact]
    public void Registry_TrieMatch_AgreesWithTryingEveryAliasLongestFirst()
    {
        // The trie must give what trying each folded alias in turn (longest first, then ordinal) gives, at every
        // position of real text and with limits that cut an alias short.
        var registry = OutletRegistry.Create([]);
        var aliases = BuiltInOutlets.All
            .SelectMany(o => o.Aliases.Append(o.Name).Select(a => (Alias: OutletRegistry.Fold(a), Outlet: o)))
            .Where(a => a.Alias.Length > 0)
            .DistinctBy(a => a.Alias, StringComparer.Ordinal)
            .OrderByDescending(a => a.Alias.Length).ThenBy(a => a.Alias, StringComparer.Ordinal)
            .ToArray();
        var normalizer = new PersianNormalizer(PersianNewsOptions.Default.Normalization);
        string[] texts = Directory.GetFiles(Path.Combine(TestPaths.Corpus, "articles"), "*.txt").Order(StringComparer.Ordinal)
            .Select(f => normalizer.Normalize(File.ReadAllText(f))).Append("بی بی سی، بیبیسی، بی‌بی‌سی فارسی - IRNA: خبرگزاری  فارس").ToArray();
        int matches = 0;
        foreach (string text in texts)
        {
            for (int p = 0; p < text.Length; p++)
            {
                foreach (int limit in (ReadOnlySpan<int>)[text.Length, Math.Min(text.Length, p + 4)])
                {
                    bool found = registry.TryMatchAt(text, p, limit, out var outlet, out int end);
                    bool expected = Naive(text, p, limit, out var expectedOutlet, out int expectedEnd);
                    Assert.Equal(expected, found);
                    if (expected)
                    {
                        Assert.Equal(expectedOutlet.Id, outlet.Id);
                        Assert.Equal(expectedEnd, end);
                        matches++;
                    }
                }
            }
        }

        Assert.True(matches > 100, $"{matches} matches");

        bool Naive(string text, int p, int limit, out OutletDefinition outlet, out int end)
        {
            foreach (var (alias, o) in aliases)
            {
                int i = p;
                bool ok = true;
                foreach (char a in alias)
                {
                    if (a == ' ')
                    {
                        while (i < limit && (text[i] == ' ' || text[i] == '\u200C'))
                        {
                            i++;
                        }

                        continue;
                    }

                    if (i >= limit || OutletRegistry.FoldChar(text[i]) != a)
                    {
                        ok = false;
                        break;
                    }

                    i++;
                }

                if (ok && !(i < limit && PersianLetters.IsWordChar(text[i]) && text[i] != '\u200C'))
                {
                    outlet = o;
                    end = i;
                    return true;
                }
            }

            outlet = null!;
            end = p;
            return false;
        }
    }
}
