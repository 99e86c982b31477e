using System.Globalization;

namespace PersianNews.Core;

/// <summary>
/// HTML character references left in scraped text ("می&amp;zwnj;کند", "&amp;laquo;", "&amp;#1740;"): the named ones
/// news pages use for spacing, marks and quotation, and numeric ones for any character of the Basic Multilingual Plane.
/// A reference escaped again by a careless scraper ("&amp;amp;zwnj;") is read through.
/// </summary>
internal static class HtmlEntities
{
    // The longest name or number between '&' and ';' ("#x0200C"), and how far the ';' is looked for.
    private const int MaxBody = 8;
    private const int MaxScan = 32;
    private const int MaxDepth = 3;

    /// <summary>Reads the character reference that starts <paramref name="s"/> (at its '&amp;').</summary>
    /// <param name="s">Text starting with '&amp;'.</param>
    /// <param name="value">The character it stands for.</param>
    /// <param name="length">How many characters of <paramref name="s"/> it takes, ';' included.</param>
    /// <returns><see langword="false"/> when no well-formed reference starts there (a bare '&amp;' stays as written).</returns>
    public static bool TryDecode(ReadOnlySpan<char> s, out char value, out int length) => TryDecode(s, 0, tags: false, out value, out length);

    /// <summary>Reads the character reference that starts <paramref name="s"/>, at a nesting depth (references and
    /// tags read inside each other); with <paramref name="tags"/>, an HTML tag the normalizer removes is read through
    /// ("&amp;am&lt;b&gt;p;" is written "&amp;amp;", so it is the reference).</summary>
    internal static bool TryDecode(ReadOnlySpan<char> s, int depth, bool tags, out char value, out int length)
    {
        value = '\0';
        length = 0;
        if (s.Length < 4 || s[0] != '&' || depth > MaxDepth || !TryDecodeName(s[1..], depth, tags, out value, out int n))
        {
            return false;
        }

        length = 1 + n;

        // "&amp;zwnj;", "&amp;amp;zwnj;": a reference whose ampersand was escaped again is read through, so an '&'
        // this writes is never the start of a reference (normalizing twice changes nothing more).
        while (value == '&' && TryDecodeName(s[length..], depth, tags, out char inner, out int innerLength))
        {
            value = inner;
            length += innerLength;
        }

        return true;
    }

    // The name or number of a reference and its ';' (what follows the '&'): the character, and the length read. It is
    // read as the normalizer will write it, so that no reference forms in the output that was not decoded: characters
    // the normalizer removes (format characters, diacritics, kashida) are read through, a reference inside counts as
    // its character ("&z&#119;nj;"), and digits of any system count, as they may be converted.
    private static bool TryDecodeName(ReadOnlySpan<char> s, int depth, bool tags, out char value, out int length)
    {
        value = '\0';
        length = 0;
        Span<char> body = stackalloc char[MaxBody];
        int n = 0;
        for (int i = 0; i < s.Length && i < MaxScan; i++)
        {
            char c = s[i];
            if (c == '<' && tags)
            {
                int limit = Math.Min(s.Length, MaxScan);
                if (HtmlTags.Read(s, i, limit, entities: true, depth + 1, null, out int tag) == HtmlTagKind.Inline)
                {
                    i += tag - 1;
                    continue;
                }
            }

            if (c == '&')
            {
                if (!TryDecode(s[i..], depth + 1, tags, out c, out int inner))
                {
                    return false;
                }

                i += inner - 1;
            }

            if (c == ';')
            {
                if (n < 2)
                {
                    return false;
                }

                value = body[0] == '#' ? Numeric(body[1..n]) : Named(body[..n]);
                length = i + 1;
                return value != '\0';
            }

            if (c is '\u0640' or '\u00AC' || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (n == MaxBody)
            {
                return false;
            }

            body[n++] = c;
        }

        return false;
    }

    private static char Numeric(ReadOnlySpan<char> digits)
    {
        bool hex = digits.Length > 0 && digits[0] is 'x' or 'X';
        if (hex)
        {
            digits = digits[1..];
        }

        if (digits.IsEmpty || digits.Length > 6)
        {
            return '\0';
        }

        int v = 0;
        foreach (char c in digits)
        {
            int d = PersianLetters.DigitValue(c);
            if (d < 0 && hex)
            {
                d = c is >= 'a' and <= 'f' ? c - 'a' + 10 : c is >= 'A' and <= 'F' ? c - 'A' + 10 : -1;
            }

            if (d < 0)
            {
                return '\0';
            }

            v = (v * (hex ? 16 : 10)) + d;
        }

        // Characters outside the BMP, surrogates and control characters other than tab and line breaks stay as written.
        if (v > 0xFFFF || v is >= 0xD800 and <= 0xDFFF || (v < 0x20 && v is not (9 or 10 or 13)) || v is >= 0x7F and < 0xA0)
        {
            return '\0';
        }

        return (char)v;
    }

    private static char Named(ReadOnlySpan<char> name) => name switch
    {
        "nbsp" => '\u00A0',
        "zwnj" => '\u200C',
        "zwj" => '\u200D',
        "lrm" => '\u200E',
        "rlm" => '\u200F',
        "shy" => '\u00AD',
        "laquo" => '«',
        "raquo" => '»',
        "quot" or "QUOT" => '"',
        "amp" or "AMP" => '&',
        "lt" or "LT" => '<',
        "gt" or "GT" => '>',
        "apos" => '\'',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "bull" => '•',
        "middot" => '·',
        "thinsp" => '\u2009',
        "ensp" => '\u2002',
        "emsp" => '\u2003',
        _ => '\0',
    };
}
