namespace PersianNews.Core.Tests.Quotes;

/// <summary>
/// Speech in writing: letters, messages, notes and statements quoted with "آورده است که" or with the passive of a
/// reporting verb after the document ("در این بیانیه تصریح شده است"), and statements of demands ("X خواستار … شد و
/// گفت"). Sentences written for the project.
/// </summary>
public sealed class WrittenStatementTests
{
    private const string Lead = "به گزارش تسنیم، واکنش‌ها به نتایج مسابقات ادامه دارد.\n\n";

    private static IReadOnlyList<AttributedQuote> Quotes(string body) => PersianNewsParser.Default.Parse(Lead + body).Quotes;

    /// <summary>
    /// "X در نامه‌ای/پیامی/یادداشتی … آورده است که CLAUSE": after a document phrase "آورد" is "wrote" and reports the
    /// clause → one indirect quote of the subject.
    /// </summary>
    public static TheoryData<string, string, string> WroteInDocumentThatClause => new()
    {
        {
            "جمعی از بازیکنان تیم ملی در نامه‌ای به وزیر ورزش آورده‌اند که مشکلات مالی تمرکز تیم را بر هم زده است.",
            "جمعی از بازیکنان تیم ملی", "مشکلات مالی تمرکز تیم را بر هم زده است"
        },
        {
            "علی رضایی در پیامی به هواداران آورده است که تیم به زودی به روزهای خوب بازمی‌گردد.",
            "علی رضایی", "تیم به زودی به روزهای خوب بازمی‌گردد"
        },
        {
            "مهدی کریمی در یادداشت خود آورده که شعر برای او نفس کشیدن است.",
            "مهدی کریمی", "شعر برای او نفس کشیدن است"
        },
    };

    [Theory]
    [MemberData(nameof(WroteInDocumentThatClause))]
    public void Extract_AvardInDocumentBeforeKe_IndirectQuoteOfTheSubject(string sentence, string speaker, string content)
    {
        var quote = Assert.Single(Quotes(sentence));
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal(speaker, quote.Speaker?.Name);
        Assert.Equal(content, quote.Text);
    }

    /// <summary>"آورد که" without a document phrase is "brought" ("خسارت به بار آورد که", "به دست آورد که") → no quote.</summary>
    public static TheoryData<string> BroughtThatClause => new()
    {
        "این سیل خسارت زیادی به بار آورد که هنوز جبران نشده است.",
        "تیم ما در این بازی سه امتیاز به دست آورد که بسیار ارزشمند بود.",
    };

    [Theory]
    [MemberData(nameof(BroughtThatClause))]
    public void Extract_AvardWithoutDocumentBeforeKe_NoQuote(string sentence)
        => Assert.Empty(Quotes(sentence));

    /// <summary>
    /// "در این بیانیه/نامه تصریح شده است: …" — the passive of a reporting verb after a document phrase is the
    /// document's statement → a quote of the issuer named before, direct after a colon, indirect before "که".
    /// </summary>
    public static TheoryData<string, QuoteKind, string> PassiveInDocument => new()
    {
        { "در این بیانیه تصریح شده است: «فدراسیون بیش از ۸۰ درصد تعهدات خود را پرداخت کرده است.»", QuoteKind.Direct, "فدراسیون بیش از ۸۰ درصد تعهدات خود را پرداخت کرده است" },
        { "در بخش دیگری از این بیانیه تاکید شده که هیچ بازیکنی از تیم کنار گذاشته نمی‌شود.", QuoteKind.Indirect, "هیچ بازیکنی از تیم کنار گذاشته نمی‌شود" },
        { "در این بیانیه خاطرنشان شده است: مطالبات تا پایان ماه پرداخت می‌شود.", QuoteKind.Direct, "مطالبات تا پایان ماه پرداخت می‌شود" },
    };

    [Theory]
    [MemberData(nameof(PassiveInDocument))]
    public void Extract_PassiveCueAfterDocument_QuoteOfTheIssuer(string sentence, QuoteKind kind, string content)
    {
        var quotes = Quotes("فدراسیون والیبال در بیانیه‌ای اعلام کرد که مطالبات بازیکنان پرداخت می‌شود.\n\n" + sentence);
        Assert.Equal(2, quotes.Count);
        Assert.Equal(kind, quotes[1].Kind);
        Assert.Equal(content, quotes[1].Text);
        Assert.Equal("فدراسیون والیبال", quotes[1].Speaker?.Name);
    }

    /// <summary>The same passives with no document before them have no speaker → no quote.</summary>
    public static TheoryData<string> PassiveWithoutDocument => new()
    {
        "اعلام شده است که جلسه لغو شد.",
        "در این جلسه تاکید شده است که قیمت‌ها ثابت می‌ماند.",
        "گفته شده است که وزیر استعفا کرده است.",
    };

    [Theory]
    [MemberData(nameof(PassiveWithoutDocument))]
    public void Extract_PassiveCueWithoutDocument_NoQuote(string sentence)
        => Assert.Empty(Quotes(sentence));

    /// <summary>
    /// "X خواستار/خواهان … شد و گفت": the predicate "خواستار" ends the subject, and the coordinated reporting verb
    /// shares it → the subject as the speaker (it was lost).
    /// </summary>
    public static TheoryData<string, string> DemandedAndSaid => new()
    {
        { "رئیس‌جمهور فرانسه خواستار ایجاد یک سپر دفاع موشکی اروپایی شد و گفت: «ما باید تجهیزات اروپایی بخریم.»", "رئیس‌جمهور فرانسه" },
        { "علی رضایی خواستار توقف ساخت‌وساز در حریم شهر شد و گفت که شهر ظرفیت ندارد.", "علی رضایی" },
        { "نمایندگان مجلس خواهان استیضاح وزیر شدند و گفتند که وزیر پاسخگو نیست.", "نمایندگان مجلس" },
    };

    [Theory]
    [MemberData(nameof(DemandedAndSaid))]
    public void Extract_DemandedThenSaid_SpeakerIsTheSubject(string sentence, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(sentence)).Speaker?.Text);
}
