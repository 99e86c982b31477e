namespace PersianNews.Core.Tests.Normalization;

/// <summary>
/// HTML tags a scraper left in the text (<see cref="PersianNormalizerOptions.StripHtmlTags"/>): what is a tag and what
/// stays text, what a tag becomes, and that every kept character still points into the original.
/// </summary>
public sealed class HtmlTagTests
{
    private static string Norm(string input, PersianNormalizerOptions? options = null)
        => new PersianNormalizer(options ?? PersianNormalizerOptions.Default).Normalize(input);

    private static (string Text, int[] Map) Run(string source, PersianNormalizerOptions? options = null) => OffsetMapTests.Run(source, options);

    public static TheoryData<string, string> BlockTags => new()
    {
        { "<p>بند اول</p><p>بند دوم</p>", "بند اول\nبند دوم" },
        { "سطر اول<br>سطر دوم<br/>سطر سوم<BR />سطر چهارم", "سطر اول\nسطر دوم\nسطر سوم\nسطر چهارم" },
        { "<div class=\"content\"><h1>عنوان خبر</h1><div>متن خبر</div></div>", "عنوان خبر\nمتن خبر" },
        { "<ul><li>یک</li><li>دو</li></ul>", "یک\nدو" },
        { "<table><tr><td>نام</td><td>سمت</td></tr></table>", "نام\nسمت" },
        { "<blockquote>نقل قول</blockquote><hr><figure><img src=\"a.jpg\"><figcaption>عکس: ایرنا</figcaption></figure>", "نقل قول\nعکس: ایرنا" },
        { "<p>بند اول</p>\n<p>بند دوم</p>", "بند اول\nبند دوم" },              // the line break after the tag is the tag's
        { "<p>بند اول</p>\n\n<p>بند دوم</p>", "بند اول\n\nبند دوم" },         // a blank line stays as written
        { "<p>بند اول</p>\r\n<p>بند دوم</p>", "بند اول\r\nبند دوم" },
        { "بند اول <br> بند دوم", "بند اول\nبند دوم" },                       // no space is left around the break
        { "بند اول<br><br><br>بند دوم", "بند اول\nبند دوم" },                  // breaks collapse to one
        { "<div\n  class=\"news\"\n  id='x'>متن</div>", "متن" },               // a tag may go on over lines
        { "<P ALIGN=RIGHT>متن</P>", "متن" },                                   // names are case-insensitive
    };

    [Theory]
    [MemberData(nameof(BlockTags))]
    public void Normalize_BlockTag_EndsTheLine(string input, string expected) => Assert.Equal(expected, Norm(input));

    public static TheoryData<string, string> InlineTags => new()
    {
        { "به گزارش <a href=\"https://www.isna.ir/news/1\">ایسنا</a>، وزیر گفت", "به گزارش ایسنا، وزیر گفت" },
        { "<b>علی احمدی</b>، وزیر نیرو", "علی احمدی، وزیر نیرو" },
        { "<strong>می</strong>کنند", "می\u200Cکنند" },                                 // the word stays one word (and is repaired)
        { "<span style=\"color:red\">خبر</span> <em>فوری</em>", "خبر فوری" },
        { "<font face=\"Tahoma\" size=2>متن</font>", "متن" },                         // unquoted values
        { "۱۰<sup>۳</sup> متر", "۱۰۳ متر" },
        { "<a href=\"x.html\" title=\"a > b\">پیوند</a>", "پیوند" },                  // a quoted '>' is inside the tag
        { "<a title='گفت: «بله»'>پیوند</a>", "پیوند" },
        { "متن<o:p></o:p>", "متن" },                                                  // a word processor's namespaced tag
        { "<amp-img src=\"a.jpg\"></amp-img>متن", "متن" },                            // a custom element
        { "اول<!-- <p>تبلیغ</p> -->دوم", "اولدوم" },                                  // a comment goes with its content
        { "<!DOCTYPE html>متن", "متن" },
        { "اول<script>var s = \"<p>\";</script>دوم", "اول\nدوم" },                   // a script goes with its content
        { "<style>p { color: red; }</style>متن", "متن" },
        { "&lt;p&gt;متن&lt;/p&gt;", "متن" },                                         // escaped markup of an RSS description
        { "<p>&laquo;سلام&raquo;</p>", "«سلام»" },                                   // references inside stay decoded
    };

    [Theory]
    [MemberData(nameof(InlineTags))]
    public void Normalize_InlineTag_LeavesNothing(string input, string expected) => Assert.Equal(expected, Norm(input));

    public static TheoryData<string> NotTags => new()
    {
        "a < b و c > d",                 // a comparison
        "قیمت <5% رشد کرد",              // a '<' before a digit
        "<<سلام>>",                      // guillemets typed as two angle brackets
        "<خبر>",                         // a Persian word in angle brackets
        "نشانی <info@irna.ir> است",     // an e-mail address in angle brackets
        "کلید <Enter> را بزنید",         // a name that is no HTML element
        "متن <p",                         // an unterminated tag at the end
        "متن <p class=\"x",              // an unterminated value
        "<p سلام>",                       // a Persian word is no attribute
        "<!-- بدون پایان",               // an unterminated comment
        "<>",
        "</>",
        "<",
    };

    [Theory]
    [MemberData(nameof(NotTags))]
    public void Normalize_NoWellFormedTag_StaysAsWritten(string input) => Assert.Equal(input, Norm(input));

    public static TheoryData<string, string> EdgesOfTags => new()
    {
        { "<script>بدون پایان", "بدون پایان" },       // without an end tag only the start tag goes
        { "<p>متن <p", "متن <p" },
        { "<p>\u200Cمتن", "متن" },
        { "<<p>p>", "<\np>" },                        // the inner tag goes; what is left is no tag
    };

    [Theory]
    [MemberData(nameof(EdgesOfTags))]
    public void Normalize_EdgeOfATag_IsReadAsSpecified(string input, string expected) => Assert.Equal(expected, Norm(input));

    public static TheoryData<string> AnyMarkup => new()
    {
        "<p>بند اول</p><p>بند دوم</p>",
        "اول<!-- <p>تبلیغ</p> -->دوم",
        "<a href=\"x.html\" title=\"a > b\">پیوند</a>",
        "&lt;p&gt;متن&lt;/p&gt;",
        "<<p>p>",
        "&am<b>p;zwnj;",
        "<p\u200B>متن",
        "<\u200Bp>متن",
        "<p&gt;متن",
        "1\u200C<p\u200C<script>\u200Cهای</script>p>بی",
        "<p<script>>",
    };

    [Theory]
    [MemberData(nameof(AnyMarkup))]
    public void Normalize_Markup_IsIdempotent(string input)
    {
        string once = Norm(input);
        Assert.Equal(once, Norm(once));
    }

    [Fact]
    public void Normalize_TagsSwitchedOff_KeepsMarkupAsWritten()
    {
        const string Input = "<p>به گزارش <b>ایسنا</b></p>";
        Assert.Equal(Input, Norm(Input, PersianNormalizerOptions.Default with { StripHtmlTags = false }));
    }

    [Fact]
    public void Normalize_EntitiesSwitchedOff_KeepsEscapedMarkup()
        => Assert.Equal("&lt;p&gt;متن", Norm("&lt;p&gt;متن", PersianNormalizerOptions.Default with { DecodeHtmlEntities = false }));

    [Fact]
    public void Normalize_NumberInsideInlineTag_IsStillANumber()
        => Assert.Equal("سال ۱۴۰۲ و ۱۲ نفر",
            Norm("سال <b>1402</b> و <span class=\"n\">12</span> نفر", PersianNormalizerOptions.Default with { Digits = DigitTarget.Persian }));

    [Fact]
    public void TryNormalize_InlineTags_KeptCharactersMapIntoTheOriginal()
    {
        const string Source = "<b>علی</b> گفت";
        var (text, map) = Run(Source);
        Assert.Equal("علی گفت", text);
        Assert.Equal([3, 4, 5, 10, 11, 12, 13], map);
    }

    [Fact]
    public void TryNormalize_BlockTag_LineBreakMapsToTheTag()
    {
        const string Source = "<p>یک</p><p>دو</p>";
        var (text, map) = Run(Source);
        Assert.Equal("یک\nدو", text);
        Assert.Equal([3, 4, 5, 12, 13], map);
        Assert.Equal('<', Source[map[2]]);
    }

    [Fact]
    public void TryNormalize_LineBreakAfterBlockTag_MapsToTheLineBreak()
    {
        const string Source = "یک</p>\nدو";
        var (text, map) = Run(Source);
        Assert.Equal("یک\nدو", text);
        Assert.Equal('\n', Source[map[2]]);
    }

    public static TheoryData<string> Hostile => new()
    {
        "<p ", "<a title=\"", "<script>", "<!--", "<<<", "&lt;p ", "<p a=", "<p" + new string(' ', 5000), "<b>&am",
        "<!--<b>", "<!--&gt;", "<p <!--", "&lt;!--", "<p <script>",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Normalize_HostileMarkup_FinishesAndKeepsTheLengthBound(string unit)
    {
        // A megabyte of an unfinished tag repeated: each '<' is read within a bounded distance, each end searched once.
        string s = string.Concat(Enumerable.Repeat(unit, 1_000_000 / unit.Length));
        string t = PersianNormalizer.Default.Normalize(s);
        Assert.True(t.Length <= PersianNormalizer.GetMaxNormalizedLength(s.Length));
    }
}
