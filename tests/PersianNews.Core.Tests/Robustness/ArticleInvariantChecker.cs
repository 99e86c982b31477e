using PersianNews.Core;

namespace PersianNews.Core.Tests.Robustness;

/// <summary>
/// The contract every parsed article keeps, whatever the input: no internal error, every span inside the input and
/// never splitting a surrogate pair, and every element's text exactly the input text its span claims.
/// Framework-free (no xunit) so the fuzz harness under fuzz/ links this file as is.
/// </summary>
public static class ArticleInvariantChecker
{
    /// <summary>Lists every broken invariant of <paramref name="article"/> parsed from <paramref name="text"/>.</summary>
    /// <param name="text">The exact input given to the parser.</param>
    /// <param name="article">What the parser returned.</param>
    /// <returns>One line per violation; empty when the article is valid.</returns>
    public static List<string> Check(string text, NewsArticle article)
    {
        var errors = new List<string>();
        if (article is null)
        {
            errors.Add("Parse returned null");
            return errors;
        }

        if (!string.Equals(article.Text, text, StringComparison.Ordinal))
        {
            errors.Add("article.Text is not the input text");
        }

        foreach (var d in article.Diagnostics)
        {
            if (d.Code == DiagnosticCode.InternalError)
            {
                errors.Add("InternalError diagnostic: " + d.Message);
            }

            CheckSpan(text, "diagnostic " + d.Code, d.Start, d.Length, null, errors);
        }

        if (article.Date is { } date)
        {
            CheckSpan(text, "date", date.Start, date.Length, date.Text, errors);
        }

        if (article.Outlet is { } outlet)
        {
            CheckSpan(text, "outlet", outlet.Start, outlet.Length, outlet.Text, errors);
            CheckName("outlet", outlet.Name, errors);
        }

        foreach (var r in article.Reporters)
        {
            CheckSpan(text, "reporter", r.Start, r.Length, null, errors);
            CheckName("reporter", r.Name, errors);
        }

        foreach (var s in article.Sources)
        {
            CheckSpan(text, "source", s.Start, s.Length, null, errors);
            CheckName("source", s.Name, errors);
        }

        if (article.Title is { } title)
        {
            CheckSpan(text, "title", title.Start, title.Length, title.Text, errors);
        }

        for (int i = 0; i < article.Paragraphs.Count; i++)
        {
            var p = article.Paragraphs[i];
            CheckSpan(text, $"paragraph {i}", p.Start, p.Length, p.Text, errors);
        }

        for (int i = 0; i < article.Quotes.Count; i++)
        {
            var q = article.Quotes[i];
            CheckSpan(text, $"quote {i}", q.Start, q.Length, q.Text, errors);
            if (q.Cue is { } cue)
            {
                CheckSpan(text, $"quote {i} cue", cue.Start, cue.Length, cue.Text, errors);
            }

            if (q.Speaker is { } speaker)
            {
                CheckSpan(text, $"quote {i} speaker", speaker.Start, speaker.Length, speaker.Text, errors);
                CheckName($"quote {i} speaker", speaker.Name, errors);
            }
        }

        return errors;
    }

    private static void CheckName(string what, string? name, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add($"{what}: empty name");
        }
    }

    private static void CheckSpan(string text, string what, int start, int length, string? claimed, List<string> errors)
    {
        if (start < 0 || length < 0 || start > text.Length || length > text.Length - start)
        {
            errors.Add($"{what}: span [{start}, +{length}) out of bounds of a text of length {text.Length}");
            return;
        }

        if (SplitsPair(text, start) || SplitsPair(text, start + length))
        {
            errors.Add($"{what}: span [{start}, +{length}) splits a surrogate pair");
        }

        if (claimed is not null && !text.AsSpan(start, length).SequenceEqual(claimed))
        {
            errors.Add($"{what}: text \"{Escape(claimed)}\" is not the input at [{start}, +{length}) \"{Escape(text.Substring(start, length))}\"");
        }
    }

    private static bool SplitsPair(string text, int offset)
        => offset > 0 && offset < text.Length && char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset]);

    private static string Escape(string s)
    {
        const int Max = 80;
        var sb = new System.Text.StringBuilder();
        foreach (char c in s.Length > Max ? s[..Max] : s)
        {
            if (c < ' ' || char.IsSurrogate(c) || c is '\u200C' or '\u200F' or '\u202E' or '\uFEFF')
            {
                sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                sb.Append(c);
            }
        }

        return s.Length > Max ? sb.Append("…").ToString() : sb.ToString();
    }
}
