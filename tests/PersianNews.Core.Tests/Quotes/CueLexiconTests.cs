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
}
