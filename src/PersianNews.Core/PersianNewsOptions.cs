namespace PersianNews.Core;

/// <summary>
/// Immutable options of <see cref="PersianNewsParser"/>. Change with <c>with</c>; validated once when a parser is built
/// (invalid values throw <see cref="ArgumentException"/> naming the option).
/// </summary>
public sealed record PersianNewsOptions
{
    /// <summary>The defaults.</summary>
    public static PersianNewsOptions Default { get; } = new();

    /// <summary>The default <see cref="MaxInputLength"/>: 16 Mi UTF-16 code units (32 MB of text).</summary>
    public const int DefaultMaxInputLength = 16 * 1024 * 1024;

    /// <summary>
    /// The largest allowed <see cref="MaxInputLength"/>: 512 Mi UTF-16 code units. The normalized text may be up to three
    /// times longer than its input, and .NET arrays hold at most about 2 Gi elements.
    /// </summary>
    public const int MaxSupportedInputLength = 512 * 1024 * 1024;

    /// <summary>
    /// The longest input parsed, in UTF-16 code units. Longer input is cut at this length and the article carries an
    /// <see cref="DiagnosticCode.InputTooLong"/> error: nothing beyond it is parsed, nothing is silently dropped.
    /// Must be between 1 and <see cref="MaxSupportedInputLength"/>.
    /// </summary>
    public int MaxInputLength { get; init; } = DefaultMaxInputLength;

    /// <summary>The normalizer rules applied before parsing.</summary>
    public PersianNormalizerOptions Normalization { get; init; } = PersianNormalizerOptions.Default;

    /// <summary>Outlets added to the built-in registry (or overriding a built-in id).</summary>
    public IReadOnlyList<OutletDefinition> AdditionalOutlets { get; init; } = [];

    /// <summary>
    /// Reporting verbs or phrases added to the built-in cue lexicon, written in the third person past
    /// ("گوشزد کرد", "تشریح کرد"); the parser derives the other tenses and persons.
    /// </summary>
    public IReadOnlyList<string> AdditionalCues { get; init; } = [];

    /// <summary>Whether quotes are extracted (on by default). Off, <see cref="NewsArticle.Quotes"/> is empty.</summary>
    public bool ExtractQuotes { get; init; } = true;
}
