namespace PersianNews.Core;

/// <summary>
/// Parses raw Persian news text into a <see cref="NewsArticle"/>: date, outlet, reporters, sources, title, body
/// paragraphs and attributed quotes, each with its span in the original input. Immutable and thread-safe: build one
/// from <see cref="PersianNewsOptions"/> and share it.
/// </summary>
public sealed partial class PersianNewsParser
{
    private readonly PersianNormalizer _normalizer;
    private readonly HeaderParser _header;
    private readonly QuoteExtractor _quotes;

    /// <summary>A parser with <see cref="PersianNewsOptions.Default"/>.</summary>
    public static PersianNewsParser Default { get; } = new(PersianNewsOptions.Default);

    /// <summary>Builds a parser.</summary>
    /// <param name="options">The options; <see langword="null"/> throws <see cref="ArgumentNullException"/>, invalid
    /// values throw <see cref="ArgumentException"/> naming the option.</param>
    public PersianNewsParser(PersianNewsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        OptionsValidator.Validate(options);
        Options = options;
        _normalizer = new PersianNormalizer(options.Normalization);
        var cues = CueLexicon.Create(options.AdditionalCues);
        _header = new HeaderParser(OutletRegistry.Create(options.AdditionalOutlets), cues);
        _quotes = new QuoteExtractor(cues);
    }

    /// <summary>The options this parser was built with.</summary>
    public PersianNewsOptions Options { get; }

    /// <summary>Parses an article. Never throws on any text: problems become <see cref="NewsArticle.Diagnostics"/>.</summary>
    /// <param name="text">The article text; <see langword="null"/> throws <see cref="ArgumentNullException"/>.</param>
    /// <returns>The parsed article; its spans index into <paramref name="text"/>.</returns>
    public NewsArticle Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ParseCore(text);
    }

    /// <summary>Parses an article from a span (copied once into <see cref="NewsArticle.Text"/>). Never throws.</summary>
    /// <param name="text">The article text.</param>
    /// <returns>The parsed article; its spans index into the text.</returns>
    public NewsArticle Parse(ReadOnlySpan<char> text) => ParseCore(text.ToString());

    private NewsArticle ParseCore(string text)
    {
        var diagnostics = new List<Diagnostic>();
        int length = text.Length;
        if (length > Options.MaxInputLength)
        {
            length = Options.MaxInputLength;
            if (char.IsHighSurrogate(text[length - 1]))
            {
                length--;
            }

            diagnostics.Add(new Diagnostic(DiagnosticCode.InputTooLong, DiagnosticSeverity.Error,
                DiagnosticMessages.Get(DiagnosticCode.InputTooLong, $"Limit: {Options.MaxInputLength} characters."), length, text.Length - length));
        }

        if (text.AsSpan(0, length).IsWhiteSpace())
        {
            diagnostics.Add(new Diagnostic(DiagnosticCode.EmptyInput, DiagnosticSeverity.Warning, DiagnosticMessages.Get(DiagnosticCode.EmptyInput), 0, text.Length));
            return new NewsArticle { Text = text, NormalizedText = string.Empty, Diagnostics = diagnostics };
        }

        ReportInvalidCharacters(text.AsSpan(0, length), diagnostics);

        try
        {
            using var ctx = new ParseContext(text, length, _normalizer);
            _header.Parse(ctx);
            var paragraphs = BodyBuilder.Build(ctx, out var bodyRanges);
            IReadOnlyList<AttributedQuote> quotes = Options.ExtractQuotes ? _quotes.Extract(ctx, bodyRanges) : [];
            ctx.Diagnostics.Sort(static (a, b) => a.Start.CompareTo(b.Start));

            // The input's own diagnostics first, then the stages' in text order, copied once into the result's array.
            int diagnosticCount = diagnostics.Count + ctx.Diagnostics.Count;
            var allDiagnostics = diagnosticCount == 0 ? [] : new Diagnostic[diagnosticCount];
            diagnostics.CopyTo(allDiagnostics);
            ctx.Diagnostics.CopyTo(allDiagnostics, diagnostics.Count);
            return new NewsArticle
            {
                Text = text,
                NormalizedText = ctx.Normalized,
                Date = ctx.Date,
                Outlet = ctx.Outlet,
                Reporters = ctx.Reporters.ToArray(),
                Sources = ctx.Sources.ToArray(),
                Title = ctx.Title,
                Paragraphs = paragraphs,
                Quotes = quotes,
                Diagnostics = allDiagnostics,
            };
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The last line of defence of the never-throw contract: a bug must not take down a batch of millions.
            diagnostics.Add(new Diagnostic(DiagnosticCode.InternalError, DiagnosticSeverity.Error,
                DiagnosticMessages.Get(DiagnosticCode.InternalError, ex.GetType().Name + ": " + ex.Message), 0, text.Length));
            return new NewsArticle { Text = text, Diagnostics = diagnostics.ToArray() };
        }
    }

    // Control characters other than the white space a text may hold (tab, LF, VT, FF, CR).
    private static readonly System.Buffers.SearchValues<char> BadControls = System.Buffers.SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    private static void ReportInvalidCharacters(ReadOnlySpan<char> text, List<Diagnostic> diagnostics)
    {
        // Almost every text has neither a surrogate nor a stray control character: two vectorized searches show it,
        // and the character-by-character check starts at the first of them (nothing before it can be invalid).
        int control = text.IndexOfAny(BadControls);
        int surrogate = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (control < 0 && surrogate < 0)
        {
            return;
        }

        int from = control < 0 ? surrogate : surrogate < 0 ? control : Math.Min(control, surrogate);
        int first = -1, count = 0;
        for (int i = from; i < text.Length; i++)
        {
            char c = text[i];
            bool bad;
            if (char.IsHighSurrogate(c))
            {
                bad = i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
                if (!bad)
                {
                    i++;
                    continue;
                }
            }
            else
            {
                bad = char.IsLowSurrogate(c) || (c < ' ' && c is not ('\n' or '\r' or '\t' or '\f' or '\v'));
            }

            if (bad)
            {
                count++;
                if (first < 0)
                {
                    first = i;
                }
            }
        }

        if (count > 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCode.InvalidCharacters, DiagnosticSeverity.Warning,
                DiagnosticMessages.Get(DiagnosticCode.InvalidCharacters, $"{count} such characters; the first is at offset {first}."), first, 1));
        }
    }
}
