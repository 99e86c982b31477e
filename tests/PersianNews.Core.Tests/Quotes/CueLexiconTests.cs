namespace PersianNews.Core.Tests.Quotes;

/// <summary>The cue lexicon: reporting verbs in every tense and person, matched whatever the half-spacing and letters.</summary>
public sealed class CueLexiconTests
{
    private static readonly CueLexicon Lexicon = CueLexicon.Create([]);

    [Fact]
    public void Create_BuiltIn_HasAtLeastFortyReportingVerbsAndPhrases()
        => Assert.True(Lexicon.Lemmas.Count >= 40, $"{Lexicon.Lemmas.Count} lemmas");

    public static TheoryData<string, string> Forms => new()
    {
        { "می‌گویند", "گفت" }, { "میگویند", "گفت" }, { "می گویند", "گفت" }, { "گفته‌اند", "گفت" }, { "گفتهاند", "گفت" },
        { "گفته است", "گفت" }, { "گفته بود", "گفت" }, { "خواهد گفت", "گفت" }, { "می‌افزاید", "افزود" },
        { "تاکید کرد", "تأکید کرد" }, { "تأكيد كرد", "تأکید کرد" }, { "تصریح نمود", "تصریح کرد" }, { "خاطرنشان ساخت", "خاطرنشان ساخت" },
        { "اظهار داشتند", "اظهار داشت" }, { "اعلام کرده‌اند", "اعلام کرد" }, { "یادآورشد", "یادآور شد" }, { "به گفته", "به گفته" },
        { "یادآور گردید", "یادآور شد" }, { "متذکر گردیدند", "متذکر شد" }, { "عنوان داشت", "عنوان داشت" }, { "تصریح داشت", "تصریح داشت" },
        { "فرمودند", "فرمود" }, { "می‌فرمایند", "فرمود" }, { "تأکید فرمودند", "تأکید کرد" }, { "دستور فرمودند", "دستور فرمود" },
        { "علاوه کرد", "علاوه کرد" }, { "علاوه نمود", "علاوه کرد" }, { "علاوه کرده است", "علاوه کرد" }, { "تصدیق کرد", "تصدیق کرد" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void TryMatch_SurfaceForm_MatchesItsLemma(string text, string lemma)
    {
        Assert.True(Lexicon.TryMatch(text, 0, text.Length, out var form, out int end), text);
        Assert.Equal(lemma, form.Lemma);
        Assert.Equal(text.Length, end);
    }

    public static TheoryData<string> Negated => new() { "نگفت", "نمی‌گوید", "اعلام نکرد", "تأکید نکردند" };

    [Theory]
    [MemberData(nameof(Negated))]
    public void TryMatch_NegatedVerb_IsMarkedNegated(string text)
    {
        Assert.True(Lexicon.TryMatch(text, 0, text.Length, out var form, out _));
        Assert.True((form.Flags & CueFlags.Negated) != 0);
    }

    public static TheoryData<string> NotCues => new() { "گفت‌وگو", "درخواست", "گفتن", "گفتار", "می‌خواهد" };

    [Theory]
    [MemberData(nameof(NotCues))]
    public void TryMatch_WordThatOnlyStartsLikeACue_DoesNotMatch(string text)
        => Assert.False(Lexicon.TryMatch(text, 0, text.Length, out _, out _));

    [Fact]
    public void Create_AdditionalPastForm_GetsPresentAndPerfectForms()
    {
        var lexicon = CueLexicon.Create(["استدلال کرد"]);
        foreach (string form in new[] { "استدلال کرد", "استدلال می‌کند", "استدلال کرده‌اند", "استدلال نمود" })
        {
            Assert.True(lexicon.TryMatch(form, 0, form.Length, out var cue, out _), form);
            Assert.Equal("استدلال کرد", cue.Lemma);
        }
    }

    public static TheoryData<string> Sentences => new()
    {
        "وزیر کشور روز شنبه در جمع خبرنگاران گفت: «انتخابات برگزار می‌شود».",
        "به گفته این مقام، گفت‌وگو ادامه دارد و او تأکید کرد که توافق نزدیک است.",
        "نگفت‌وگو؛ درخواست‌ها، گفتار و «اعلام نکرد» - تاكيد كرد",
        "بدون هیچ فعل گزارشی در این جمله.",
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void IndexOfCue_AnyText_FindsTheFirstWordStartThatTryMatchAccepts(string text)
    {
        for (int from = 0; from <= text.Length; from++)
        {
            int at = Lexicon.IndexOfCue(text, from, text.Length, out var form, out int end);
            Assert.Equal(FirstFrom(text, from), at);
            if (at >= 0)
            {
                Assert.True(Lexicon.TryMatch(text, at, text.Length, out var direct, out int directEnd));
                Assert.Equal(direct, form);
                Assert.Equal(directEnd, end);
            }
        }
    }

    [Fact]
    public void WordsOnly_BuiltInCues_IsTrue()
        => Assert.True(Lexicon.WordsOnly);

    private static int FirstFrom(string text, int from)
    {
        for (int i = from; i < text.Length; i++)
        {
            if (PhraseTrie.IsWordChar(text[i]) && (i == 0 || !PhraseTrie.IsWordChar(text[i - 1])) && Lexicon.TryMatch(text, i, text.Length, out _, out _))
            {
                return i;
            }
        }

        return -1;
    }
}
