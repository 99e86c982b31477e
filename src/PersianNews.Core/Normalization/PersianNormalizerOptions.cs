namespace PersianNews.Core;

/// <summary>Which digits numbers are written with after normalization.</summary>
public enum DigitTarget
{
    /// <summary>Leave digits as written.</summary>
    Keep,

    /// <summary>Extended Arabic-Indic (Persian) digits ۰-۹.</summary>
    Persian,

    /// <summary>ASCII digits 0-9.</summary>
    Latin,
}

/// <summary>
/// Immutable options of <see cref="PersianNormalizer"/>: each rule can be switched off. Change with <c>with</c>.
/// </summary>
public sealed record PersianNormalizerOptions
{
    /// <summary>The defaults: every rule on, digits kept as written.</summary>
    public static PersianNormalizerOptions Default { get; } = new();

    /// <summary>HTML character references left in scraped text become the characters they stand for
    /// ("می&amp;zwnj;کند" → "می‌کند", "&amp;laquo;" → «, "&amp;nbsp;" → a space, "&amp;#1740;" → ی), also when escaped
    /// twice ("&amp;amp;zwnj;"); the other rules then apply to them. In the offset map each decoded character points
    /// to its reference's '&amp;'. A '&amp;' that starts no well-formed reference stays as written.</summary>
    public bool DecodeHtmlEntities { get; init; } = true;

    /// <summary>HTML tags left in scraped text are removed: a tag that starts or ends a block ("&lt;p&gt;", "&lt;/p&gt;",
    /// "&lt;br/&gt;", "&lt;div&gt;", "&lt;h1&gt;", "&lt;li&gt;", "&lt;tr&gt;", "&lt;td&gt;") ends the line, so each
    /// paragraph of the page is a line (one line break however many block tags and line breaks meet, with
    /// <see cref="CollapseSpaces"/>; none at the start or the end of the text); any other tag ("&lt;a href='…'&gt;", "&lt;b&gt;", "&lt;span&gt;", "&lt;img&gt;") leaves
    /// nothing, so the words around it stay as a browser shows them; comments and the content of script and style
    /// elements go with their tags. In the offset map a line break written for a tag points to its '&lt;'. Only
    /// well-formed tags of HTML elements are tags: "a &lt; b", "&lt;&lt;", "&lt;5%", "&lt;info@irna.ir&gt;" and an
    /// unterminated "&lt;p" stay as written, and text without a '&lt;' is not touched. With
    /// <see cref="DecodeHtmlEntities"/> on, markup escaped as "&amp;lt;p&amp;gt;" is removed too.</summary>
    public bool StripHtmlTags { get; init; } = true;

    /// <summary>Arabic letter forms and presentation forms become Persian letters (ي → ی, ك → ک).</summary>
    public bool NormalizeLetters { get; init; } = true;

    /// <summary>Which digits numbers end up in.</summary>
    public DigitTarget Digits { get; init; } = DigitTarget.Keep;

    /// <summary>Harakat (fatha, kasra, damma, tanwin, sukun) and superscript alef are removed.</summary>
    public bool RemoveDiacritics { get; init; } = true;

    /// <summary>Shadda is removed too (only when <see cref="RemoveDiacritics"/> is on).</summary>
    public bool RemoveShadda { get; init; } = true;

    /// <summary>Kashida (tatweel, U+0640) is removed.</summary>
    public bool RemoveKashida { get; init; } = true;

    /// <summary>BOM, ZWJ, bidi marks and other invisible format characters are removed; NBSP becomes a space.</summary>
    public bool RemoveInvisibleCharacters { get; init; } = true;

    /// <summary>
    /// Runs of spaces and tabs collapse to one space, and none is kept at the end or the start of a line; the line
    /// breaks other than LF and CR (NEL, U+2028, U+2029, form feed, vertical tab) become LF.
    /// </summary>
    public bool CollapseSpaces { get; init; } = true;

    /// <summary>Redundant half-spaces (ZWNJ) are removed: runs, after non-joining letters, beside spaces and punctuation.</summary>
    public bool CleanZwnj { get; init; } = true;

    /// <summary>Missing half-spaces are restored (می‌کنند، رئیس‌جمهور، تضمین‌های), whether deleted or written as a space.</summary>
    public bool RepairZwnj { get; init; } = true;
}
