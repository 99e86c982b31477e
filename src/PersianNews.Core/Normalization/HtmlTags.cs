using System.Globalization;

namespace PersianNews.Core;

/// <summary>What the normalizer writes for an HTML tag: nothing, or a line break.</summary>
internal enum HtmlTagKind : byte
{
    /// <summary>No tag starts there: the '&lt;' is text.</summary>
    None,

    /// <summary>A phrasing tag (a, b, span, font, img…), a comment or a declaration: removed without a trace, so the
    /// letters on both sides stay one word as a browser shows them.</summary>
    Inline,

    /// <summary>A tag that starts or ends a block (p, div, br, h1, li, tr…): a line break.</summary>
    Block,
}

/// <summary>
/// HTML tags left in scraped text ("&lt;p&gt;", "&lt;br/&gt;", "&lt;a href='…'&gt;", "&lt;!-- … --&gt;",
/// "&lt;script&gt;…&lt;/script&gt;"). Only well-formed tag syntax is a tag: '&lt;', an optional '/', the name of an
/// HTML element (or a custom or namespaced one: "amp-img", "o:p"), attributes of ASCII names with quoted or unquoted
/// values, and '&gt;' within <see cref="MaxLength"/> characters; anything else ("a &lt; b", "&lt;&lt;", "&lt;5%",
/// "&lt;info@irna.ir&gt;", "&lt;خبر&gt;", an unterminated "&lt;p") is text. A tag escaped as "&amp;lt;p&amp;gt;"
/// (markup of an RSS description) is a tag too when character references are decoded.
/// </summary>
/// <remarks>A tag is read twice at most: as HTML reads it (a character reference in an attribute is literal, so a quoted
/// '&gt;' or "&amp;quot;" stays inside its value), and, if that fails, as the normalizer will write it (references
/// decoded, removed characters skipped, tags inside it removed), so that no tag forms in the output that was not
/// removed (normalizing twice changes nothing more). Time is bounded: each read looks at most a fixed number of
/// characters, and the ends of script, style and comment blocks are searched once per text.</remarks>
internal static class HtmlTags
{
    /// <summary>How far the '&gt;' that closes a tag is looked for (attribute values included).</summary>
    public const int MaxLength = 4096;

    private const int MaxName = 16;

    // How far the end of a comment inside another tag (or a character reference) is looked for.
    private const int NestedComment = 64;
    private const int MaxDepth = 3;

    /// <summary>Reads the tag that starts at <paramref name="start"/> ('&lt;', or "&amp;lt;" when
    /// <paramref name="entities"/>).</summary>
    /// <param name="s">The whole text.</param>
    /// <param name="start">Where the tag would start.</param>
    /// <param name="entities">Whether the normalizer decodes character references.</param>
    /// <param name="raw">The search state of script, style and comment ends for this text, or <see langword="null"/>
    /// to read a script or style start tag as a tag alone and a comment only when it ends within
    /// <see cref="MaxLength"/>.</param>
    /// <param name="length">How many characters the tag takes (with a script's or style's content and end tag).</param>
    /// <returns>What the tag becomes; <see cref="HtmlTagKind.None"/> when no tag starts there.</returns>
    public static HtmlTagKind Read(ReadOnlySpan<char> s, int start, bool entities, HtmlRawEnds? raw, out int length)
        => Read(s, start, s.Length, entities, 0, raw, out length);

    /// <summary><see cref="Read(ReadOnlySpan{char}, int, bool, HtmlRawEnds?, out int)"/> within [start, limit), at a
    /// nesting depth (tags and character references read inside each other).</summary>
    internal static HtmlTagKind Read(ReadOnlySpan<char> s, int start, int limit, bool entities, int depth, HtmlRawEnds? raw, out int length)
    {
        int budget = MaxLength * 2;
        return Read(s, start, limit, entities, depth, raw, comments: true, ref budget, out length);
    }

    // The budget is shared by the reads of the tags inside: a read looks at no more characters than it allows.
    // Inside a comment another comment is text (comments: false): a comment's '<!--' is not read again at every '<!--'.
    private static HtmlTagKind Read(ReadOnlySpan<char> s, int start, int limit, bool entities, int depth, HtmlRawEnds? raw, bool comments, ref int budget, out int length)
    {
        length = 0;
        limit = Math.Min(limit, s.Length);
        if (start >= limit || depth > MaxDepth)
        {
            return HtmlTagKind.None;
        }

        limit = Math.Min(limit, start + MaxLength);
        var kind = HtmlTagKind.None;
        if (s[start] == '<')
        {
            kind = ReadTag(new Reader(s, start, limit, normalized: false, entities, depth) { NoComments = !comments }, raw, ref budget, out length);
        }

        if (kind == HtmlTagKind.None && (s[start] == '<' || (entities && s[start] == '&')))
        {
            kind = ReadTag(new Reader(s, start, limit, normalized: true, entities, depth) { NoComments = !comments }, raw, ref budget, out length);
        }

        return kind;
    }

    private static HtmlTagKind ReadTag(Reader r, HtmlRawEnds? raw, ref int budget, out int length)
    {
        length = 0;
        int start = r.Pos;
        if (r.Next(ref budget, nested: false) != '<')
        {
            return HtmlTagKind.None;
        }

        int c = r.Next(ref budget, nested: true);
        if (c == '!')
        {
            if (r.NoComments)
            {
                return HtmlTagKind.None;
            }

            return ReadDeclaration(r, raw, ref budget, out length);
        }

        bool closing = c == '/';
        if (closing)
        {
            c = r.Next(ref budget, nested: true);
        }

        if (!char.IsAsciiLetter((char)Math.Max(c, 0)))
        {
            return HtmlTagKind.None;
        }

        Span<char> name = stackalloc char[MaxName];
        int n = 0;
        bool custom = false;
        while (c >= 0 && (char.IsAsciiLetterOrDigit((char)c) || c is '-' or ':' or '_' or '.'))
        {
            custom |= c is '-' or ':';
            if (n == MaxName)
            {
                return HtmlTagKind.None;
            }

            name[n++] = char.ToLowerInvariant((char)c);
            c = r.Next(ref budget, nested: true);
        }

        var kind = Classify(name[..n]);
        if (kind == HtmlTagKind.None && custom)
        {
            // Custom elements ("amp-img") and namespaced ones of word processors ("o:p") wrap phrasing content.
            kind = HtmlTagKind.Inline;
        }

        if (kind == HtmlTagKind.None || !(IsSpace(c) || c is '/' or '>'))
        {
            return HtmlTagKind.None;
        }

        if (!ReadAttributes(ref r, c, ref budget))
        {
            return HtmlTagKind.None;
        }

        length = r.Pos - start;
        if (!closing && name[..n] is "script" or "style")
        {
            // The content of a script or style is not text: it goes with the element, up to the end tag. Without an
            // end tag only the start tag goes. Inside another tag the end is looked for within that tag's reach.
            bool script = name[1] == 'c';
            int end = raw is not null
                ? raw.End(r.Source, r.Pos, script ? HtmlRawEnds.Script : HtmlRawEnds.Style)
                : HtmlRawEnds.EndWithin(r.Source[..r.Limit], r.Pos, script ? HtmlRawEnds.Script : HtmlRawEnds.Style);
            if (end > 0)
            {
                length = end - start;
            }
        }

        return kind;
    }

    // After the name: attributes (ASCII names, values quoted or not) up to the '>'; a '/' may stand between them.
    private static bool ReadAttributes(ref Reader r, int c, ref int budget)
    {
        while (true)
        {
            if (c == '>')
            {
                return true;
            }

            if (c < 0)
            {
                return false;
            }

            if (IsSpace(c) || c == '/')
            {
                c = r.Next(ref budget, nested: true);
                continue;
            }

            if (!IsAttributeNameChar(c))
            {
                return false;
            }

            while (IsAttributeNameChar(c))
            {
                c = r.Next(ref budget, nested: true);
            }

            while (IsSpace(c))
            {
                c = r.Next(ref budget, nested: true);
            }

            if (c != '=')
            {
                continue;
            }

            c = r.Next(ref budget, nested: true);
            while (IsSpace(c))
            {
                c = r.Next(ref budget, nested: true);
            }

            if (c is '"' or '\'')
            {
                // A quoted value holds anything, '>' and '<' included.
                int quote = c;
                do
                {
                    c = r.Next(ref budget, nested: false);
                }
                while (c >= 0 && c != quote);

                if (c < 0)
                {
                    return false;
                }

                c = r.Next(ref budget, nested: true);
                continue;
            }

            while (c >= 0 && !IsSpace(c) && c is not ('>' or '"' or '\'' or '<' or '=' or '`'))
            {
                c = r.Next(ref budget, nested: true);
            }

            if (c is '"' or '\'' or '<' or '=' or '`')
            {
                return false;
            }
        }
    }

    // "<!-- … -->" and "<!DOCTYPE …>" ('!' read): removed whole.
    private static HtmlTagKind ReadDeclaration(Reader r, HtmlRawEnds? raw, ref int budget, out int length)
    {
        length = 0;
        int start = r.Start;
        var s = r.Source;
        int at = r.Pos;
        if (!r.Normalized && at + 1 < r.Limit && s[at] == '-' && s[at + 1] == '-')
        {
            int end = raw is not null
                ? raw.End(s, at + 2, HtmlRawEnds.Comment)
                : EndOf(s[(at + 2)..Math.Min(r.Limit, at + 2 + NestedComment)], "-->") is int e and >= 0 ? at + 2 + e : -1;
            if (end < 0)
            {
                return HtmlTagKind.None;
            }

            length = end - start;
            return HtmlTagKind.Inline;
        }

        int c = r.Next(ref budget, nested: true);
        if (c == '-' && r.Normalized)
        {
            return r.Next(ref budget, nested: true) == '-' && ReadCommentAsNormalized(ref r, raw, ref budget)
                ? Found(r, out length)
                : HtmlTagKind.None;
        }

        if (!char.IsAsciiLetter((char)Math.Max(c, 0)))
        {
            return HtmlTagKind.None;
        }

        while (c >= 0 && c != '>')
        {
            if (c is '"' or '\'')
            {
                int quote = c;
                do
                {
                    c = r.Next(ref budget, nested: false);
                }
                while (c >= 0 && c != quote);

                if (c < 0)
                {
                    return HtmlTagKind.None;
                }
            }

            c = r.Next(ref budget, nested: true);
        }

        if (c < 0)
        {
            return HtmlTagKind.None;
        }

        length = r.Pos - start;
        return HtmlTagKind.Inline;
    }

    private static HtmlTagKind Found(Reader r, out int length)
    {
        length = r.Pos - r.Start;
        return HtmlTagKind.Inline;
    }

    // A comment whose end is written as the normalizer will write it ("--&gt;", "--</b>>"): only looked for when no
    // "-->" is written anywhere after it, and within 256 characters (64 inside another tag); tags inside are read
    // through within that reach. Where a search of this text found none and read no tag inside (which may have taken
    // an end), it is not searched again.
    private static bool ReadCommentAsNormalized(ref Reader r, HtmlRawEnds? raw, ref int budget)
    {
        int limit = Math.Min(r.Limit, r.Pos + (raw is null ? NestedComment : 256));
        if (raw is not null && raw.NormalizedCommentSearchedTo > r.Pos)
        {
            if (raw.NormalizedCommentSearchedTo >= limit)
            {
                return false;
            }

            r.Pos = Math.Max(r.Pos, raw.NormalizedCommentSearchedTo - 8);
        }

        var content = r.Within(limit);
        int previous = -1, last = -1;
        bool found = false;
        while (true)
        {
            int c = content.Next(ref budget, nested: true);
            if (c < 0)
            {
                break;
            }

            if (c == '>' && last == '-' && previous == '-')
            {
                found = true;
                break;
            }

            previous = last;
            last = c;
        }

        r.Pos = content.Pos;
        if (!found && raw is not null && !content.ReadNestedTag)
        {
            raw.NormalizedCommentSearchedTo = r.Pos;
        }

        return found;
    }

    /// <summary>Where the first <paramref name="marker"/> in <paramref name="s"/> ends, or -1.</summary>
    internal static int EndOf(ReadOnlySpan<char> s, string marker)
    {
        int at = s.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? -1 : at + marker.Length;
    }

    private static bool IsSpace(int c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    // Attribute names are ASCII (data-*, aria-*, xml:lang, the bindings of front-end frameworks: @click, :href,
    // [value], (click), #ref, v-on.prevent); a Persian letter after a tag name means the '<' was text.
    private static bool IsAttributeNameChar(int c)
        => c is > ' ' and < 0x7F and not ('"' or '\'' or '<' or '>' or '/' or '=' or '&' or '`');

    // The elements of HTML by how a browser lays them out: those that start or end a block of text (a paragraph, a
    // heading, a list item, a table cell, a line break) and the phrasing ones that sit inside a line.
    private static HtmlTagKind Classify(ReadOnlySpan<char> name) => name switch
    {
        "p" or "br" or "div" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "li" or "ul" or "ol" or "dl" or "dt" or "dd"
            or "tr" or "td" or "th" or "table" or "thead" or "tbody" or "tfoot" or "caption" or "blockquote" or "section"
            or "article" or "aside" or "header" or "footer" or "nav" or "main" or "figure" or "figcaption" or "hr" or "pre"
            or "address" or "center" or "details" or "summary" or "dialog" or "fieldset" or "legend" or "form" or "hgroup"
            or "menu" or "option" or "title" or "html" or "head" or "body" or "iframe" or "video" or "audio" or "canvas"
            or "noscript" or "script" or "style" or "textarea" or "select" or "object" or "embed" or "svg" or "picture"
            or "frame" or "frameset" or "marquee" => HtmlTagKind.Block,
        "a" or "b" or "i" or "u" or "s" or "q" or "em" or "strong" or "span" or "font" or "sup" or "sub" or "small" or "big"
            or "mark" or "abbr" or "acronym" or "cite" or "code" or "kbd" or "samp" or "var" or "dfn" or "del" or "ins"
            or "strike" or "tt" or "bdi" or "bdo" or "time" or "data" or "label" or "nobr" or "wbr" or "img" or "source"
            or "track" or "param" or "meta" or "link" or "base" or "input" or "button" or "area" or "map" or "col"
            or "colgroup" or "ruby" or "rt" or "rp" or "path" or "g" or "use" or "output" or "meter" or "progress" => HtmlTagKind.Inline,
        _ => HtmlTagKind.None,
    };

    /// <summary>Reads a tag's characters: as written, or as the normalizer will write them.</summary>
    private ref struct Reader
    {
        public readonly ReadOnlySpan<char> Source;
        public readonly int Start;
        public readonly int Limit;
        public readonly bool Normalized;
        private readonly bool _entities;
        private readonly int _depth;
        public int Pos;

        /// <summary>Whether a tag inside was read through.</summary>
        public bool ReadNestedTag;

        /// <summary>Whether this reads a comment's content (a comment inside is text).</summary>
        public bool InComment;

        /// <summary>Whether a comment or declaration here is text.</summary>
        public bool NoComments;

        public Reader(ReadOnlySpan<char> source, int start, int limit, bool normalized, bool entities, int depth)
        {
            Source = source;
            Start = start;
            Pos = start;
            Limit = limit;
            Normalized = normalized;
            _entities = entities;
            _depth = depth;
        }

        /// <summary>This reader from where it is, up to <paramref name="limit"/> at most.</summary>
        public readonly Reader Within(int limit)
            => new(Source, Start, Math.Min(Limit, limit), Normalized, _entities, _depth) { Pos = Pos, InComment = true };

        /// <summary>The next character, or -1 at the limit or when the budget is spent. Read as normalized: a character
        /// reference is its character, a removed character is skipped, and where <paramref name="nested"/> a tag inside
        /// is what the normalizer writes for it (nothing, or a line break).</summary>
        public int Next(ref int budget, bool nested)
        {
            while (Pos < Limit && --budget >= 0)
            {
                char c = Source[Pos];
                if (!Normalized)
                {
                    Pos++;
                    return c;
                }

                if (nested && Pos > Start && c is '<' or '&')
                {
                    var kind = Read(Source, Pos, Limit, _entities, _depth + 1, null, !InComment, ref budget, out int length);
                    if (kind != HtmlTagKind.None)
                    {
                        ReadNestedTag = true;
                        Pos += length;
                        if (kind == HtmlTagKind.Block)
                        {
                            return '\n';
                        }

                        continue;
                    }
                }

                if (c == '&' && _entities && HtmlEntities.TryDecode(Source[Pos..Limit], _depth + 1, tags: true, out char decoded, out int n))
                {
                    Pos += n;
                    c = decoded;
                }
                else
                {
                    Pos++;
                }

                if (c is '\u0640' or '\u00AC' || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark)
                {
                    continue;
                }

                // Other spaces (NBSP, thin space) are written as spaces.
                return char.IsWhiteSpace(c) && c is not ('\n' or '\r') ? ' ' : c;
            }

            return -1;
        }
    }
}

/// <summary>Where the script, style and comment blocks of one text end: each end is searched once and remembered
/// while the text is read left to right, so a text full of unterminated "&lt;script&gt;" costs one pass.</summary>
internal sealed class HtmlRawEnds
{
    public const int Script = 0;
    public const int Style = 1;
    public const int Comment = 2;

    private static readonly string[] Markers = ["</script", "</style", "-->"];

    // Per kind: from where the last search started, where the end it found is (after the '>'), -1 when none.
    private readonly int[] _searchedFrom = [-1, -1, -1];
    private readonly int[] _markerAt = [-1, -1, -1];
    private readonly int[] _end = [-1, -1, -1];

    /// <summary>How far a search for a comment's end written as the normalizer will write it found none.</summary>
    public int NormalizedCommentSearchedTo { get; set; } = -1;

    /// <summary>Where the block whose content starts at <paramref name="from"/> ends within <paramref name="s"/>
    /// (after its end tag's '&gt;'), or -1; searched without a memory.</summary>
    public static int EndWithin(ReadOnlySpan<char> s, int from, int kind)
    {
        string marker = Markers[kind];
        int at = s[from..].IndexOf(marker, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return -1;
        }

        at += from + marker.Length;
        int gt = kind == Comment ? 0 : s[at..].IndexOf('>');
        return gt < 0 ? -1 : kind == Comment ? at : at + gt + 1;
    }

    /// <summary>Where the block whose content starts at <paramref name="from"/> ends (after its end tag's '&gt;'), or
    /// -1 when it does not end.</summary>
    public int End(ReadOnlySpan<char> s, int from, int kind)
    {
        if (_searchedFrom[kind] >= 0 && _searchedFrom[kind] <= from && (_end[kind] < 0 || _markerAt[kind] >= from))
        {
            return _end[kind];
        }

        string marker = Markers[kind];
        int at = s[from..].IndexOf(marker, StringComparison.OrdinalIgnoreCase);
        int end = -1;
        if (at >= 0)
        {
            at += from;
            int gt = kind == Comment ? 0 : s[(at + marker.Length)..].IndexOf('>');
            end = gt < 0 ? -1 : kind == Comment ? at + marker.Length : at + marker.Length + gt + 1;
        }

        _searchedFrom[kind] = from;
        _markerAt[kind] = at;
        _end[kind] = end;
        return end;
    }
}
