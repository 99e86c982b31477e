using CsCheck;
using PersianNews.Core.Serialization;

namespace PersianNews.Core.Tests.Robustness;

/// <summary>Properties that hold for every text, checked on random Persian-like text with CsCheck.</summary>
public sealed class PropertyTests
{
    private const int Iterations = 1_500;

    [Fact]
    public void Parse_RandomPersianLikeText_KeepsTheArticleContract()
        => PersianLikeText.Text.Sample(
            text => ArticleInvariants.ParseValid(text),
            iter: Iterations, print: PersianLikeText.ToLiteral);

    [Fact]
    public void Parse_ArbitraryUtf16_KeepsTheArticleContract()
        => PersianLikeText.AnyText.Sample(
            text => ArticleInvariants.ParseValid(text),
            iter: Iterations, print: PersianLikeText.ToLiteral);

    [Fact]
    public void Normalize_AnyText_IsIdempotent()
        => Gen.OneOf(PersianLikeText.Text, PersianLikeText.AnyText).Sample(
            text =>
            {
                string once = PersianNormalizer.Default.Normalize(text);
                Assert.Equal(once, PersianNormalizer.Default.Normalize(once));
            },
            iter: Iterations * 2, print: PersianLikeText.ToLiteral);

    [Fact]
    public void Parse_SameTextTwice_GivesTheSameJson()
    {
        var other = new PersianNewsParser(PersianNewsOptions.Default);
        PersianLikeText.Text.Sample(
            text => Assert.Equal(NewsJson.Serialize(PersianNewsParser.Default.Parse(text)), NewsJson.Serialize(other.Parse(text))),
            iter: Iterations, print: PersianLikeText.ToLiteral);
    }

    [Fact]
    public void Parse_StringAndSpan_GiveTheSameJson()
        => PersianLikeText.AnyText.Sample(
            text => Assert.Equal(NewsJson.Serialize(PersianNewsParser.Default.Parse(text)), NewsJson.Serialize(PersianNewsParser.Default.Parse(text.AsSpan()))),
            iter: Iterations / 3, print: PersianLikeText.ToLiteral);

    /// <summary>Every mandatory line break of Unicode line breaking: LF, CRLF, CR, NEL, LS, PS, and the form feed and vertical tab
    /// of text extracted from PDFs and word processors.</summary>
    public static TheoryData<string> NewlineConventions => new() { "\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029", "\f", "\v" };

    [Theory]
    [MemberData(nameof(NewlineConventions))]
    public void Parse_OtherNewlineConvention_GivesTheSameFields(string newline)
        => PersianLikeText.Text.Sample(
            text =>
            {
                string unix = ToNewline(text, "\n");
                string converted = ToNewline(text, newline);

                var expected = ArticleFields.Of(PersianNewsParser.Default.Parse(unix));
                var actual = ArticleFields.Of(ArticleInvariants.ParseValid(converted));

                Assert.Equal(expected, actual);
            },
            iter: Iterations, print: PersianLikeText.ToLiteral);

    internal static string ToNewline(string text, string newline)
        => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\u0085', '\n').Replace('\u2028', '\n')
            .Replace('\u2029', '\n').Replace('\f', '\n').Replace('\v', '\n').Replace("\n", newline, StringComparison.Ordinal);
}

/// <summary>What an article says, without where it says it (spans and offsets in messages left out; newlines inside
/// an element's text written as \n), so articles of the same text in different newline conventions compare equal.</summary>
internal sealed record ArticleFields(string Summary)
{
    public static ArticleFields Of(NewsArticle a)
    {
        var sb = new System.Text.StringBuilder();
        sb.Append("date: ").Append(a.Date is { } d ? $"{d.Value:O} {d.Time} {d.Calendar} {N(d.Text)}" : "-").Append('\n');
        sb.Append("outlet: ").Append(a.Outlet is { } o ? $"{o.Id} {o.Name} {N(o.Text)}" : "-").Append('\n');
        sb.Append("reporters: ").AppendJoin(" | ", a.Reporters.Select(r => N(r.Name))).Append('\n');
        sb.Append("sources: ").AppendJoin(" | ", a.Sources.Select(s => N(s.Name))).Append('\n');
        sb.Append("title: ").Append(a.Title is { } t ? N(t.Text) : "-").Append('\n');
        foreach (var p in a.Paragraphs)
        {
            sb.Append("p: ").Append(N(p.Text)).Append('\n');
        }

        foreach (var q in a.Quotes)
        {
            sb.Append("q: ").Append(q.Kind).Append(' ').Append(N(q.Text)).Append(" cue=").Append(q.Cue is { } c ? $"{N(c.Text)}{(c.IsNegated ? " (neg)" : "")}" : "-")
                .Append(" speaker=").Append(q.Speaker is { } s ? $"{N(s.Text)} / {N(s.Name)} / {s.Role}" : "-").Append('\n');
        }

        sb.Append("diagnostics: ").AppendJoin(" ", a.Diagnostics.Select(x => x.Code));
        return new ArticleFields(sb.ToString());
    }

    private static string N(string? s) => s is null ? "" : PropertyTests.ToNewline(s, "\n");
}
