namespace PersianNews.Core;

/// <summary>Finds attributed quotes in the body paragraphs in one left-to-right pass.</summary>
internal sealed class QuoteExtractor
{
    private readonly CueLexicon _cues;

    public QuoteExtractor(CueLexicon cues) => _cues = cues;

    public IReadOnlyList<AttributedQuote> Extract(ParseContext ctx, Line[] paragraphs)
    {
        var quotes = new List<AttributedQuote>();
        string t = ctx.Normalized;
        foreach (var para in paragraphs)
        {
            int p = para.Start;
            while (p < para.End)
            {
                int colon = t.AsSpan(p, para.End - p).IndexOf(':');
                if (colon < 0)
                {
                    break;
                }

                colon += p;
                int q = colon + 1;
                while (q < para.End && t[q] == ' ')
                {
                    q++;
                }

                if (q < para.End && t[q] == '«' && _cues.TryMatchEndingAt(t, para.Start, TrimEnd(t, para.Start, colon), out int cueStart))
                {
                    int close = t.AsSpan(q + 1, para.End - q - 1).IndexOf('»');
                    int contentEnd = close < 0 ? para.End : q + 1 + close;
                    var content = ctx.ToOriginal(q + 1, contentEnd);
                    var cueSpan = ctx.ToOriginal(cueStart, TrimEnd(t, para.Start, colon));
                    quotes.Add(new AttributedQuote(QuoteKind.Direct, ctx.OriginalText(content), content.Start, content.Length,
                        new QuoteCue(ctx.OriginalText(cueSpan), cueSpan.Start, cueSpan.Length), null)
                    { Rule = "direct.colon" });
                    p = contentEnd + 1;
                    continue;
                }

                p = colon + 1;
            }
        }

        return quotes;
    }

    private static int TrimEnd(string t, int start, int end)
    {
        while (end > start && t[end - 1] == ' ')
        {
            end--;
        }

        return end;
    }
}
