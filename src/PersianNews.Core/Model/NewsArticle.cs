using System.Text.Json.Serialization;

namespace PersianNews.Core;

/// <summary>
/// A Persian news article parsed into its parts. Immutable. Every element carries its span in the ORIGINAL input
/// (<see cref="Text"/>): a 0-based UTF-16 offset and length, so callers can highlight it.
/// </summary>
public sealed record NewsArticle
{
    /// <summary>Where the text was read from (a file path), when known; set by callers such as the CLI.</summary>
    public string? Source { get; init; }

    /// <summary>The publication date printed in the text, or <see langword="null"/>.</summary>
    public PublicationDate? Date { get; init; }

    /// <summary>The publisher as the text names it, or <see langword="null"/> when it never does.</summary>
    public Outlet? Outlet { get; init; }

    /// <summary>Reporters, writers and translators named in bylines.</summary>
    public IReadOnlyList<Reporter> Reporters { get; init; } = [];

    /// <summary>Credited origins ("منبع: رویترز", "به نقل از ...").</summary>
    public IReadOnlyList<Source> Sources { get; init; } = [];

    /// <summary>The headline, when the text starts with one, or <see langword="null"/>.</summary>
    public TextElement? Title { get; init; }

    /// <summary>Body paragraphs: no header, title, byline, credit or clutter lines.</summary>
    public IReadOnlyList<TextElement> Paragraphs { get; init; } = [];

    /// <summary>Attributed quotes in order of appearance.</summary>
    public IReadOnlyList<AttributedQuote> Quotes { get; init; } = [];

    /// <summary>What the parser noticed and set aside; nothing in the input is silently lost.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>The original input, unchanged. All spans index into it.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>
    /// The input after <see cref="PersianNormalizer"/> (letters, digits, half-spaces repaired), with every line break
    /// other than LF and CR (NEL, U+2028, U+2029, form feed, vertical tab) written as LF. The parser reads this text; no
    /// span of the model indexes into it. Not written to JSON.
    /// </summary>
    [JsonIgnore]
    public string NormalizedText { get; init; } = string.Empty;

    /// <summary>The original text a span covers.</summary>
    /// <param name="span">A span of this article's model.</param>
    /// <returns>The text; throws <see cref="ArgumentOutOfRangeException"/> when the span is outside <see cref="Text"/>.</returns>
    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);
}
