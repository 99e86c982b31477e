namespace PersianNews.Core;

/// <summary>
/// Reads the article's metadata from its opening and closing lines (date, outlet, byline, credited sources) and marks
/// which lines and which part of the first line belong to the body.
/// </summary>
internal sealed class HeaderParser
{
    private readonly OutletRegistry _outlets;

    public HeaderParser(OutletRegistry outlets) => _outlets = outlets;

    public void Parse(ParseContext ctx)
    {
        var lines = ctx.Lines;
        ctx.BodyLines = new bool[lines.Length];
        ctx.BodyStarts = new int[lines.Length];
        ctx.BodyEnds = new int[lines.Length];
        for (int i = 0; i < lines.Length; i++)
        {
            ctx.BodyLines[i] = true;
            ctx.BodyStarts[i] = lines[i].Start;
            ctx.BodyEnds[i] = lines[i].End;
        }

        if (lines.Length == 0)
        {
            return;
        }

        ParseOpening(ctx, 0);
        ParseCreditLines(ctx);
    }

    /// <summary>Consumes header fields at the start of a line: a date, "OUTLET؛ NAME -", "به گزارش OUTLET،".</summary>
    private void ParseOpening(ParseContext ctx, int lineIndex)
    {
        string t = ctx.Normalized;
        var line = ctx.Lines[lineIndex];
        int p = line.Start;
        int end = line.End;

        for (int guard = 0; guard < 4 && p < end; guard++)
        {
            p = SkipSpaces(t, p, end);
            int before = p;

            if (ctx.Date is null && DateLocator.TryLocate(t, p, end, out var date, out int dateStart, out int dateEnd, out _) && dateStart == p)
            {
                var span = ctx.ToOriginal(dateStart, dateEnd);
                ctx.Date = date! with { Text = ctx.OriginalText(span), Start = span.Start, Length = span.Length };
                ctx.Report(DiagnosticCode.HeaderLine, DiagnosticSeverity.Info, dateStart, dateEnd, "Publication date.");
                p = dateEnd;
                continue;
            }

            if (ctx.Outlet is null && TryOutletByline(ctx, p, end, out int next))
            {
                p = next;
                continue;
            }

            if (p == before)
            {
                break;
            }
        }

        p = SkipSpaces(t, p, end);
        if (p > line.Start)
        {
            ctx.BodyStarts![lineIndex] = p;
            if (p >= end)
            {
                ctx.BodyLines![lineIndex] = false;
            }
        }

        TryReportOpening(ctx, ctx.BodyStarts![lineIndex], end);
    }

    /// <summary>"OUTLET؛ NAME -" / "OUTLET -" / "OUTLET:" at the start of the text.</summary>
    private bool TryOutletByline(ParseContext ctx, int p, int end, out int next)
    {
        string t = ctx.Normalized;
        next = p;
        int limit = Math.Min(end, p + 80);
        int aliasStart = p;
        if (t.AsSpan(p, limit - p).StartsWith("خبرگزاری "))
        {
            p += "خبرگزاری ".Length;
        }

        if (!_outlets.TryMatchAt(t, p, limit, out var outlet, out int aliasEnd))
        {
            // A dateline "CITY- OUTLET-" ("تهران- ایرنا-"): a place of one to three words, a dash, then the outlet.
            int dash = IndexOfDash(t, p, Math.Min(limit, p + 30));
            if (dash <= p || CountWords(t, p, dash) > 3)
            {
                return false;
            }

            aliasStart = SkipSpaces(t, dash + 1, limit);
            if (!_outlets.TryMatchAt(t, aliasStart, limit, out outlet, out aliasEnd))
            {
                return false;
            }

            int q2 = SkipSpaces(t, aliasEnd, end);
            if (q2 >= end || t[q2] is not ('-' or '–' or '—'))
            {
                return false;
            }

            SetOutlet(ctx, outlet, aliasStart, aliasEnd);
            ctx.Report(DiagnosticCode.HeaderLine, DiagnosticSeverity.Info, p, q2 + 1, "Dateline and outlet.");
            next = q2 + 1;
            return true;
        }

        int q = SkipSpaces(t, aliasEnd, end);
        if (q >= end)
        {
            return false;
        }

        char sep = t[q];
        if (sep == '؛')
        {
            // "OUTLET؛ NAME -": the name runs to a dash.
            int nameStart = SkipSpaces(t, q + 1, end);
            int dash = IndexOfDash(t, nameStart, Math.Min(end, nameStart + 60));
            if (dash < 0)
            {
                return false;
            }

            int nameEnd = TrimEnd(t, nameStart, dash);
            SetOutlet(ctx, outlet, aliasStart, aliasEnd);
            if (nameEnd > nameStart && !PersianLetters.IsDigit(t[nameStart]))
            {
                var span = ctx.ToOriginal(nameStart, nameEnd);
                ctx.Reporters.Add(new Reporter(ctx.OriginalText(span), span.Start, span.Length));
            }

            ctx.Report(DiagnosticCode.HeaderLine, DiagnosticSeverity.Info, aliasStart, dash + 1, "Outlet and byline.");
            next = dash + 1;
            return true;
        }

        if (sep is '-' or '–' or '—' or ':' or '|')
        {
            SetOutlet(ctx, outlet, aliasStart, aliasEnd);
            ctx.Report(DiagnosticCode.HeaderLine, DiagnosticSeverity.Info, aliasStart, q + 1, "Outlet.");
            next = q + 1;
            return true;
        }

        return false;
    }

    /// <summary>"به گزارش [گروه X] [خبرگزاری] OUTLET[ به نقل از B]،" opening the first paragraph (it stays in the body).</summary>
    private void TryReportOpening(ParseContext ctx, int p, int end)
    {
        string t = ctx.Normalized;
        const string Lead = "به گزارش ";
        if (ctx.Outlet is not null || !t.AsSpan(p, end - p).StartsWith(Lead))
        {
            return;
        }

        int commaLimit = Math.Min(end, p + 160);
        int comma = t.AsSpan(p, commaLimit - p).IndexOfAny('،', ',');
        if (comma < 0)
        {
            return;
        }

        comma += p;
        for (int q = p + Lead.Length; q < comma; q = NextWord(t, q, comma))
        {
            if (_outlets.TryMatchAt(t, q, comma, out var outlet, out int aliasEnd))
            {
                SetOutlet(ctx, outlet, q, aliasEnd);
                break;
            }
        }

        const string Quoting = "به نقل از ";
        int via = t.AsSpan(p, comma - p).IndexOf(Quoting);
        if (via >= 0)
        {
            int s = p + via + Quoting.Length;
            int e = TrimEnd(t, s, comma);
            if (e > s)
            {
                var span = ctx.ToOriginal(s, e);
                ctx.Sources.Add(new Source(ctx.OriginalText(span), span.Start, span.Length));
            }
        }
    }

    /// <summary>Lines "منبع: B" (anywhere, usually last) credit a source and are not body text.</summary>
    private static void ParseCreditLines(ParseContext ctx)
    {
        string t = ctx.Normalized;
        for (int i = 0; i < ctx.Lines.Length; i++)
        {
            var line = ctx.Lines[i];
            var s = t.AsSpan(line.Start, line.Length);
            if (!s.StartsWith("منبع") || line.Length > 120)
            {
                continue;
            }

            int q = SkipSpaces(t, line.Start + "منبع".Length, line.End);
            if (q >= line.End || t[q] != ':')
            {
                continue;
            }

            int nameStart = SkipSpaces(t, q + 1, line.End);
            if (nameStart < line.End)
            {
                var span = ctx.ToOriginal(nameStart, line.End);
                ctx.Sources.Add(new Source(ctx.OriginalText(span), span.Start, span.Length));
            }

            ctx.BodyLines![i] = false;
            ctx.Report(DiagnosticCode.SourceLine, DiagnosticSeverity.Info, line.Start, line.End);
        }
    }

    private static void SetOutlet(ParseContext ctx, OutletDefinition outlet, int start, int end)
    {
        var span = ctx.ToOriginal(start, end);
        ctx.Outlet = new Outlet(outlet.Id, outlet.Name, ctx.OriginalText(span), span.Start, span.Length);
    }

    private static int SkipSpaces(string t, int p, int end)
    {
        while (p < end && (t[p] == ' ' || t[p] == PersianLetters.Zwnj))
        {
            p++;
        }

        return p;
    }

    private static int TrimEnd(string t, int start, int end)
    {
        while (end > start && (t[end - 1] == ' ' || t[end - 1] == PersianLetters.Zwnj))
        {
            end--;
        }

        return end;
    }

    private static int IndexOfDash(string t, int start, int end)
    {
        int i = t.AsSpan(start, end - start).IndexOfAny('-', '–', '—');
        return i < 0 ? -1 : start + i;
    }

    private static int CountWords(string t, int start, int end)
    {
        int words = 0;
        for (int i = start; i < end; i = NextWord(t, i, end))
        {
            words++;
        }

        return words;
    }

    private static int NextWord(string t, int p, int end)
    {
        while (p < end && t[p] != ' ')
        {
            p++;
        }

        return SkipSpaces(t, p, end);
    }
}
