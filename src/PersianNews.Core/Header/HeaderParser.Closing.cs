namespace PersianNews.Core;

/// <summary>The closing of the text: credit lines, a bare credited outlet, footers, channel signatures.</summary>
internal sealed partial class HeaderParser
{
    private static readonly string[] AboutWords = ["یک سازمان", "یک رسانه", "یک شبکه", "یک خبرگزاری", "اخبار خود"];

    /// <summary>Every "منبع: B" line credits a source; so does a bare outlet name closing the text ("... . فارس").</summary>
    private void ReadCredits(HeaderState s)
    {
        var ctx = s.Ctx;
        string t = s.T;
        var lines = ctx.Lines;
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length > 120)
            {
                continue;
            }

            // "منبع: B", or "به نقل از: B" (the attribution as a field: with a colon it opens no sentence).
            int q;
            if (TextScan.WordAt(t, line.Start, line.End, "منبع"))
            {
                q = TextScan.SkipSpaces(t, line.Start + "منبع".Length, line.End);
            }
            else if (TextScan.PhraseAt(t, line.Start, line.End, "به نقل از", out int quotedEnd) && TextScan.SkipSpaces(t, quotedEnd, line.End) is int colon
                && colon < line.End && t[colon] == ':')
            {
                q = colon;
            }
            else
            {
                continue;
            }

            // "منبع خبر: B", "منبع مطلب: B".
            if (TextScan.WordAt(t, q, line.End, "خبر") || TextScan.WordAt(t, q, line.End, "مطلب"))
            {
                q = TextScan.SkipSpaces(t, TextScan.WordEnd(t, q, line.End), line.End);
            }

            if (q >= line.End || t[q] != ':')
            {
                continue;
            }

            int nameStart = TextScan.SkipSpaces(t, q + 1, line.End);
            if (nameStart < line.End)
            {
                AddSource(ctx, nameStart, line.End);
            }

            ctx.BodyLines![i] = false;
            ctx.Report(DiagnosticCode.SourceLine, DiagnosticSeverity.Info, line.Start, line.End);
        }

        // "... منبع: ایسنا" closing a text scraped as one line.
        var lastLine = lines[^1];
        for (int p = Math.Max(lastLine.Start + 1, lastLine.End - 60); p < lastLine.End; p++)
        {
            if (TextScan.IsSpace(t[p - 1]) && TextScan.WordAt(t, p, lastLine.End, "منبع"))
            {
                int q = TextScan.SkipSpaces(t, p + "منبع".Length, lastLine.End);
                if (q < lastLine.End && t[q] == ':')
                {
                    int nameStart = TextScan.SkipSpaces(t, q + 1, lastLine.End);
                    if (nameStart < lastLine.End && TextScan.CountWords(t, nameStart, lastLine.End) <= 5)
                    {
                        AddSource(ctx, nameStart, lastLine.End);
                        Cut(ctx, lines.Length - 1, p, lastLine.End);
                        ctx.Report(DiagnosticCode.SourceLine, DiagnosticSeverity.Info, p, lastLine.End);
                    }
                }

                break;
            }
        }

        // The last words of the text, after its last sentence, are only an outlet's name: a credit.
        int li = lines.Length - 1;
        var last = lines[li];
        if (!ctx.BodyLines![li])
        {
            return;
        }

        int e = TextScan.TrimEnd(t, last.Start, ctx.BodyEnds![li]);
        int b = e;
        while (b > last.Start && e - b < 50 && !TextScan.IsSentenceEnd(t[b - 1]) && t[b - 1] != '»')
        {
            b--;
        }

        b = TextScan.SkipSpaces(t, b, e);
        if (b < e && (b == last.Start || e - b < 50) && MatchOutlet(t, b, e, out var m, out _) && m.End == e && (li > 0 || b > last.Start))
        {
            if (ctx.Outlet is null || m.Known is null || m.Known.Id != ctx.Outlet.Id)
            {
                AddSource(ctx, m.Start, m.End);
            }

            Cut(ctx, li, b, e);
            ctx.Report(DiagnosticCode.SourceLine, DiagnosticSeverity.Info, b, e, "Credited outlet.");
        }
    }

    /// <summary>
    /// When the opening names no publisher: a follow/join prompt ("دویچه وله فارسی را در اینستاگرام دنبال کنید"), a
    /// footer about the outlet ("صدای آمریکا یک سازمان ... است"), a channel signature (a link to the outlet's site or
    /// its handle), or the opening sentence of an interview the outlet's own reporter made ("در گفت‌وگو با خبرنگار ایلنا").
    /// An outlet only spoken to ("در گفت‌وگو با ایسنا", "به ایران‌اینترنشنال گفت") is never the publisher.
    /// </summary>
    private void ReadClosingOutlet(HeaderState s)
    {
        var ctx = s.Ctx;
        string t = s.T;
        var lines = ctx.Lines;
        if (s.ClosingOutlet is { } promo)
        {
            SetOutlet(ctx, promo);
            return;
        }

        for (int li = 0; li < lines.Length; li++)
        {
            // Footers stand in the page chrome around the article: its opening or its last lines.
            if (li > s.OpeningLastLine && li < lines.Length - 3)
            {
                continue;
            }

            var line = lines[li];
            if (MatchOutlet(t, line.Start, line.End, out var m, out _))
            {
                int after = TextScan.SkipSpaces(t, m.End, line.End);
                foreach (string about in AboutWords)
                {
                    if (TextScan.PhraseAt(t, after, line.End, about, out _))
                    {
                        SetOutlet(ctx, m);
                        RemoveLine(ctx, li, DiagnosticCode.PageClutter, "Footer about the outlet.");
                        return;
                    }
                }
            }
        }

        for (int li = Math.Max(0, lines.Length - 3); li < lines.Length; li++)
        {
            var line = lines[li];
            if (!IsLinkOrHandle(t, line.Start, line.End))
            {
                continue;
            }

            var token = t.AsSpan(line.Start, line.Length);
            if (token[0] == '@')
            {
                token = token[1..];
            }
            else
            {
                int scheme = token.IndexOf("//", StringComparison.Ordinal);
                token = scheme >= 0 ? token[(scheme + 2)..] : token;
                if (token.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
                {
                    token = token[4..];
                }
            }

            if (_outlets.TryMatchDomain(token, out var outlet))
            {
                var span = ctx.ToOriginal(line.Start, line.End);
                ctx.Outlet = new Outlet(outlet.Id, outlet.Name, ctx.OriginalText(span), span.Start, span.Length);
                return;
            }
        }

        InterviewOutlet(s);
    }

    /// <summary>"X در گفت‌وگو با خبرنگار ایلنا، ..." in the first sentence of the body: the outlet's own interview.</summary>
    private void InterviewOutlet(HeaderState s)
    {
        var ctx = s.Ctx;
        string t = s.T;
        int li = s.FirstBodyLine;
        if (li >= ctx.Lines.Length || !ctx.BodyLines![li])
        {
            return;
        }

        var line = ctx.Lines[li];
        int start = ctx.BodyStarts![li];
        int end = start;
        while (end < line.End && end - start < 300 && !TextScan.IsSentenceEnd(t[end]))
        {
            end++;
        }

        int at = TextScan.IndexOf(t, start, end, "با خبرنگار");
        if (at < 0 || TextScan.IndexOf(t, Math.Max(start, at - 14), at, "گو") < 0)
        {
            return;
        }

        int w = TextScan.SkipSpaces(t, at + "با خبرنگار".Length, end);
        for (int k = 0; k < 3 && w < end; k++, w = TextScan.NextWord(t, w, end))
        {
            if (MatchOutlet(t, w, end, out var m, out int aliasStart)
                && (!OutletRegistry.IsOneWord(t, aliasStart, m.End) || EndsAttribution(t, m.End, end)))
            {
                SetOutlet(ctx, m);
                return;
            }
        }
    }

    private void ClosingCandidate(HeaderState s, OutletMention m) => s.ClosingOutlet ??= m;
}
