using System.Text.Json.Serialization;

namespace PersianNews.Core;

/// <summary>The publisher of the article as the text names it ("به گزارش ایسنا،", "تهران- ایرنا-").</summary>
/// <param name="Id">Stable registry id ("isna", "yjc"); <see langword="null"/> for an outlet found in a recognized pattern but not in the registry.</param>
/// <param name="Name">Canonical Persian name from the registry, or the name as written when unknown.</param>
/// <param name="Text">The text as written in the original input.</param>
/// <param name="Start">0-based UTF-16 offset of <paramref name="Text"/> in the original input.</param>
/// <param name="Length">Length of <paramref name="Text"/> in UTF-16 code units.</param>
public sealed record Outlet(string? Id, string Name, string Text, int Start, int Length)
{
    /// <summary>The span of <see cref="Text"/> in the original input.</summary>
    [JsonIgnore]
    public TextSpan Span => new(Start, Length);
}

/// <summary>A reporter, writer or translator named in a byline ("خبرنگار: NAME", "OUTLET؛ NAME -").</summary>
/// <param name="Name">The personal name as written.</param>
/// <param name="Start">0-based UTF-16 offset of the name in the original input.</param>
/// <param name="Length">Length of the name in UTF-16 code units.</param>
public sealed record Reporter(string Name, int Start, int Length)
{
    /// <summary>The span of the name in the original input.</summary>
    [JsonIgnore]
    public TextSpan Span => new(Start, Length);
}

/// <summary>A credited origin of the text: "منبع: رویترز", "به نقل از ...".</summary>
/// <param name="Name">The source's name as written.</param>
/// <param name="Start">0-based UTF-16 offset of the name in the original input.</param>
/// <param name="Length">Length of the name in UTF-16 code units.</param>
public sealed record Source(string Name, int Start, int Length)
{
    /// <summary>The span of the name in the original input.</summary>
    [JsonIgnore]
    public TextSpan Span => new(Start, Length);
}

/// <summary>A piece of the original text: a title, a lead or a body paragraph.</summary>
/// <param name="Text">The text as written in the original input (trimmed of surrounding white space).</param>
/// <param name="Start">0-based UTF-16 offset in the original input.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
public sealed record TextElement(string Text, int Start, int Length)
{
    /// <summary>The span of <see cref="Text"/> in the original input.</summary>
    [JsonIgnore]
    public TextSpan Span => new(Start, Length);
}

/// <summary>The reporting verb or phrase that attributes a quote ("گفت", "تصریح کرد", "به گفته").</summary>
/// <param name="Text">The cue as written in the original input.</param>
/// <param name="Start">0-based UTF-16 offset in the original input.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="IsNegated">Whether the verb is negated ("نگفت", "اعلام نکرد").</param>
public sealed record QuoteCue(string Text, int Start, int Length, bool IsNegated = false)
{
    /// <summary>The span of <see cref="Text"/> in the original input.</summary>
    [JsonIgnore]
    public TextSpan Span => new(Start, Length);
}

/// <summary>Who said a quote.</summary>
/// <param name="Text">The mention as written where the quote is attributed ("مکرون", "او", "دو مقام اروپایی").</param>
/// <param name="Name">The resolved speaker: the fullest name the article gives for that person, without titles or
/// honorifics ("امانوئل مکرون"); pronouns and dropped subjects resolve to the person meant; groups stay as written.</param>
/// <param name="Role">The role or title the article gives ("رئیس‌جمهور فرانسه"), or <see langword="null"/>.</param>
/// <param name="Start">0-based UTF-16 offset of the mention in the original input (length 0 for a dropped subject).</param>
/// <param name="Length">Length of the mention in UTF-16 code units.</param>
public sealed record Speaker(string Text, string Name, string? Role, int Start, int Length)
{
    /// <summary>The span of the mention in the original input.</summary>
    [JsonIgnore]
    public TextSpan Span => new(Start, Length);
}

/// <summary>Who said what: one direct or indirect quote with its cue and speaker.</summary>
/// <param name="Kind">Direct (verbatim) or indirect (reported).</param>
/// <param name="Text">The content, without quotation marks, as written in the original input. A quote across
/// paragraphs keeps the original text between its parts.</param>
/// <param name="Start">0-based UTF-16 offset of the content in the original input.</param>
/// <param name="Length">Length of the content in UTF-16 code units.</param>
/// <param name="Cue">The reporting verb or phrase, or <see langword="null"/> when none is written.</param>
/// <param name="Speaker">The speaker, or <see langword="null"/> when the article does not say.</param>
public sealed record AttributedQuote(QuoteKind Kind, string Text, int Start, int Length, QuoteCue? Cue, Speaker? Speaker)
{
    /// <summary>The span of the content in the original input.</summary>
    [JsonIgnore]
    public TextSpan Span => new(Start, Length);

    /// <summary>Id of the rule that found the quote ("direct.colon", "indirect.ke"), so every answer can be explained.</summary>
    public string? Rule { get; init; }

    /// <summary>Id of the rule that resolved the speaker ("speaker.subject", "speaker.pronoun").</summary>
    public string? SpeakerRule { get; init; }
}
