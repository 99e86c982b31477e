using System.Buffers;

namespace PersianNews.Core;

/// <summary>
/// The state of one parse: the original text, its normalized form, the map between them, the lines, and what each
/// stage has found so far. Stages read normalized text and record normalized ranges; <see cref="ToOriginal"/> turns a
/// normalized range into a span of the original input.
/// </summary>
internal sealed class ParseContext : IDisposable
{
    private int[]? _map;
    private readonly bool _stripTags;
    private readonly bool _entities;

    public ParseContext(string original, int parseLength, PersianNormalizer normalizer)
    {
        Original = original;
        _stripTags = normalizer.Options.StripHtmlTags;
        _entities = normalizer.Options.DecodeHtmlEntities;
        char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, PersianNormalizer.GetMaxNormalizedLength(parseLength)));
        _map = ArrayPool<int>.Shared.Rent(buffer.Length + 1);
        try
        {
            normalizer.TryNormalize(original.AsSpan(0, parseLength), buffer, _map, out int written);
            written = Math.Max(0, written);
            _map[written] = parseLength;
            UnifyLineBreaks(buffer.AsSpan(0, written));
            Normalized = written == original.Length && original.AsSpan().SequenceEqual(buffer.AsSpan(0, written))
                ? original
                : new string(buffer, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }

        Lines = LineSegmenter.Split(Normalized);
    }

    // The mandatory line breaks of Unicode line breaking (UAX #14) other than LF and CR: NEL, LS, PS, and the form feed and
    // vertical tab that text extracted from PDFs and word processors carries.
    private static readonly SearchValues<char> OtherLineBreaks = SearchValues.Create("\u0085\u2028\u2029\f\v");

    /// <summary>
    /// Every stage reads LF and CR as line ends; the other mandatory breaks become LF in the text the stages read, one
    /// character for one so the offset map is unchanged. Almost no text has one: a vectorized search shows it.
    /// </summary>
    private static void UnifyLineBreaks(Span<char> text)
    {
        int i = text.IndexOfAny(OtherLineBreaks);
        while (i >= 0)
        {
            text[i] = '\n';
            int next = text.Slice(i + 1).IndexOfAny(OtherLineBreaks);
            i = next < 0 ? -1 : i + 1 + next;
        }
    }

    /// <summary>The caller's text.</summary>
    public string Original { get; }

    /// <summary>The normalized text every stage reads.</summary>
    public string Normalized { get; }

    /// <summary>Non-empty lines of <see cref="Normalized"/>, trimmed, in order.</summary>
    public Line[] Lines { get; }

    /// <summary>Which lines belong to the body (not header, title, credit or clutter).</summary>
    public bool[]? BodyLines { get; set; }

    /// <summary>Start of the body within each line (a header prefix such as "تهران- ایرنا-" is skipped).</summary>
    public int[]? BodyStarts { get; set; }

    /// <summary>End of the body within each line (a trailing credit is cut).</summary>
    public int[]? BodyEnds { get; set; }

    /// <summary>Normalized ranges [Start, End) inside body lines that are not body text (inline page clutter, a
    /// header field run into a paragraph); the body builder splits a paragraph around them.</summary>
    public List<Line> BodyCuts { get; } = [];

    public List<Diagnostic> Diagnostics { get; } = [];

    public PublicationDate? Date { get; set; }

    public Outlet? Outlet { get; set; }

    public List<Reporter> Reporters { get; } = [];

    public List<Source> Sources { get; } = [];

    public TextElement? Title { get; set; }

    /// <summary>Maps a normalized range [start, end) to the span of original text it came from.</summary>
    public TextSpan ToOriginal(int start, int end)
    {
        int[] map = _map!;
        if (end <= start)
        {
            int p = map[Math.Clamp(start, 0, Normalized.Length)];
            return new TextSpan(p, 0);
        }

        int s = map[start];
        int e = map[end - 1] + 1;

        // A character decoded from an HTML reference ("&raquo;") stands at its '&': the span takes the whole reference
        // when the next normalized character starts after it.
        if (Original[e - 1] == '&' && HtmlEntities.TryDecode(Original.AsSpan(e - 1), out _, out int length) && map[end] >= e - 1 + length)
        {
            e += length - 1;
        }

        // A surrogate pair or a removed mark right after the last character still belongs to it only when the
        // normalized text kept it; otherwise the span ends at the last kept character.
        if (e < Original.Length && char.IsHighSurrogate(Original[e - 1]) && char.IsLowSurrogate(Original[e]))
        {
            e++;
        }

        return TextSpan.FromBounds(s, Math.Max(s, e));
    }

    /// <summary>The original text of a normalized range, trimmed.</summary>
    public string OriginalText(TextSpan span) => Original.Substring(span.Start, span.Length);

    /// <summary>A name as written in the original span, without the HTML tags inside it ("&lt;b&gt;علی&lt;/b&gt; احمدی"
    /// is named "علی احمدی"): the span keeps covering the original, the name is text.</summary>
    public string NameText(TextSpan span)
    {
        var s = Original.AsSpan(span.Start, span.Length);
        if (!_stripTags || (s.IndexOf('<') < 0 && !(_entities && s.Contains("&lt;", StringComparison.OrdinalIgnoreCase))))
        {
            return s.ToString();
        }

        var name = new System.Text.StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] is '<' or '&' && HtmlTags.Read(s, i, _entities, null, out int length) != HtmlTagKind.None)
            {
                i += length - 1;
                continue;
            }

            name.Append(s[i]);
        }

        return name.ToString();
    }

    /// <summary>Builds a text element for a normalized range.</summary>
    public TextElement Element(int start, int end)
    {
        var span = ToOriginal(start, end);
        return new TextElement(OriginalText(span), span.Start, span.Length);
    }

    public void Report(DiagnosticCode code, DiagnosticSeverity severity, int normStart, int normEnd, string? detail = null)
    {
        var span = ToOriginal(normStart, normEnd);
        Diagnostics.Add(new Diagnostic(code, severity, DiagnosticMessages.Get(code, detail), span.Start, span.Length));
    }

    public void Dispose()
    {
        if (_map is { } m)
        {
            _map = null;
            ArrayPool<int>.Shared.Return(m);
        }
    }
}
