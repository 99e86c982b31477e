namespace PersianNews.Core;

/// <summary>Title lines: the headline (with its kicker or subtitle) that a page prints above the lead.</summary>
internal sealed partial class HeaderParser
{
    private const int MaxTitleLength = 160;
    private const int MaxTitleWords = 24;

    /// <summary>
    /// Up to three short lines at the top, without a sentence end, followed by a real paragraph, are the headline and
    /// its kicker or subtitle; the first is <see cref="NewsArticle.Title"/>. A headline ending "- ایرنا" or
    /// "| خبرگزاری مهر" names the outlet too.
    /// </summary>
    private void DetectTitle(HeaderState s)
    {
        var ctx = s.Ctx;
        string t = s.T;
        var lines = ctx.Lines;
        int li = 0;
        while (li < lines.Length && !ctx.BodyLines![li])
        {
            li++;
        }

        int titles = 0;
        int first = -1;
        for (; li < lines.Length && titles < 3; li++)
        {
            if (!ctx.BodyLines![li])
            {
                continue;
            }

            var line = lines[li];
            if (IsFieldLine(t, line))
            {
                // Page metadata and a byline above the headline ("کد خبر: ...", "تاریخ انتشار: ...", "نویسنده: ...") are
                // skipped; a byline under it ends it.
                if (titles == 0 && li < 6)
                {
                    continue;
                }

                break;
            }

            if (IsOutletLine(t, line))
            {
                // The outlet's name alone, its dateline alone ("تهران - ایسنا") or its byline ("نگارش از یورونیوز")
                // on a line of its own is the page's masthead or header, not a headline: read with the opening.
                if (titles == 0)
                {
                    continue;
                }

                break;
            }

            if (titles == 0 && OutletPrefixedHeadline(s, li, line))
            {
                titles++;
                first = li;
                continue;
            }

            if (titles == 0 && KickerWithColon(s, li, line) is int headline)
            {
                // "رئیس‌جمهور در جمع خبرنگاران:" over "بنزین گران نمی‌شود": one title printed on two lines.
                s.IsTitle[li] = s.IsTitle[headline] = true;
                ctx.BodyLines[li] = ctx.BodyLines[headline] = false;
                ctx.Title = ctx.Element(line.Start, lines[headline].End);
                ctx.Report(DiagnosticCode.TitleLine, DiagnosticSeverity.Info, line.Start, lines[headline].End);
                TitleSuffixOutlet(s, lines[headline]);
                titles += 2;
                first = li;
                li = headline;
                continue;
            }

            if (!LooksLikeHeadline(t, line) || !HasParagraphAfter(ctx, li) || OpensWithAttribution(t, line) || IsInterviewQuestion(t, line))
            {
                break;
            }

            s.IsTitle[li] = true;
            ctx.BodyLines[li] = false;
            titles++;
            if (first < 0)
            {
                first = li;
                ctx.Title = ctx.Element(line.Start, line.End);
            }

            ctx.Report(DiagnosticCode.TitleLine, DiagnosticSeverity.Info, line.Start, line.End);
            TitleSuffixOutlet(s, line);
        }

        s.FirstBodyLine = li;
    }

    private static bool LooksLikeHeadline(string t, Line line)
    {
        // A headline is words: a line opening with a digit is a date, a time or a counter, not a title.
        if (line.Length > MaxTitleLength || TextScan.CountWords(t, line.Start, line.End) > MaxTitleWords || !char.IsLetter(t[line.Start]))
        {
            return false;
        }

        // A closing quotation mark or bracket after the full stop still ends a sentence: «... است.»
        int e = line.End;
        while (e > line.Start + 1 && t[e - 1] is '»' or '"' or '”' or ')' or '\'')
        {
            e--;
        }

        char last = t[e - 1];
        return last is not ('.' or ':' or '،' or ',' or '؛' or '!') && !TextScan.HasSentenceEnd(t, line.Start, line.End - 1);
    }

    private static readonly string[] QuestionLabels = ["پرسش", "سوال", "سؤال", "س"];

    /// <summary>"س: ...؟", "پرسش: ...": an interview's first question, printed with its label, is body text (the
    /// answer after it is quoted), never a headline.</summary>
    private static bool IsInterviewQuestion(string t, Line line)
    {
        foreach (string label in QuestionLabels)
        {
            if (TextScan.PhraseAt(t, line.Start, line.End, label, out int e) && TextScan.SkipSpaces(t, e, line.End) is int q && q < line.End && t[q] == ':')
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasParagraphAfter(ParseContext ctx, int li)
    {
        var lines = ctx.Lines;
        for (int k = li + 1; k < lines.Length && k <= li + 6; k++)
        {
            if (lines[k].Length > MaxTitleLength || ctx.Normalized[lines[k].End - 1] is '.' or '!' or '؟' or '»')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsMetadataLine(string t, Line line)
    {
        foreach (string label in MetadataLabels)
        {
            if (TextScan.PhraseAt(t, line.Start, line.End, label, out _))
            {
                return true;
            }
        }

        foreach (string label in PublishedLabels)
        {
            if (TextScan.PhraseAt(t, line.Start, line.End, label, out int e) && TextScan.SkipSpaces(t, e, line.End) is int q && q < line.End && t[q] == ':')
            {
                return true;
            }
        }

        // A credit field: "منبع: B", "منبع خبر: B", "به نقل از: B".
        foreach (string label in CreditFieldLabels)
        {
            if (TextScan.PhraseAt(t, line.Start, line.End, label, out int e) && TextScan.SkipSpaces(t, e, line.End) is int q && q < line.End && t[q] == ':')
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] CreditFieldLabels = ["منبع", "منبع خبر", "منبع مطلب", "به نقل از"];

    /// <summary>A header field is not a headline: "خبرنگار: ...", "ترجمه: ...", a bare name under the title.</summary>
    private static bool IsFieldLine(string t, Line line)
    {
        foreach (string label in BylineLabels)
        {
            if (TextScan.PhraseAt(t, line.Start, line.End, label, out int e) && (e >= line.End || !TextScan.IsWordChar(t[e])))
            {
                return true;
            }
        }

        return IsMetadataLine(t, line);
    }

    /// <summary>A short first line that opens with "تهران- ایرنا-", "ایسنا -" or "به گزارش" is a lead without its full
    /// stop, not a headline.</summary>
    private bool OpensWithAttribution(string t, Line line)
    {
        if (TextScan.IndexOf(t, line.Start, line.End, "به گزارش") >= 0)
        {
            return true;
        }

        int limit = Math.Min(line.End, line.Start + 40);
        for (int w = line.Start, k = 0; w < limit && k < 3; w = TextScan.NextWord(t, w, limit), k++)
        {
            if (MatchOutlet(t, w, line.End, out var m, out _))
            {
                int sep = TextScan.SkipSpaces(t, m.End, line.End);
                bool dateline = k == 0 || (w > line.Start && (TextScan.IsDash(t[TextScan.TrimEnd(t, line.Start, w) - 1]) || t[TextScan.TrimEnd(t, line.Start, w) - 1] == '/'));
                if (dateline && sep < line.End && (TextScan.IsDash(t[sep]) || t[sep] is '|' or '؛' or '/' || (k == 0 && t[sep] == ':')))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A line that is only a known outlet's name, "CITY - OUTLET" or "نگارش از OUTLET".</summary>
    private bool IsOutletLine(string t, Line line)
    {
        int end = TextScan.TrimEnd(t, line.Start, line.End);
        int p = TextScan.SkipSpaces(t, line.Start, end);
        if (TextScan.WordAt(t, p, end, "نگارش از"))
        {
            p = TextScan.SkipSpaces(t, p + "نگارش از".Length, end);
        }
        else if (end - p < 60)
        {
            // "تهران - ایسنا": one city word, then a dash or a slash.
            int we = TextScan.WordEnd(t, p, end);
            int sep = TextScan.SkipSpaces(t, we, end);
            if (we > p && sep < end && (TextScan.IsDash(t[sep]) || t[sep] == '/') && !MatchOutlet(t, p, end, out _, out _))
            {
                p = TextScan.SkipSpaces(t, sep + 1, end);
            }
        }

        return p < end && MatchOutlet(t, p, end, out var m, out _) && m.End == end;
    }

    /// <summary>
    /// "ایسنا: وزیر نیرو: «تابستان خاموشی نداریم»": a headline after its outlet's name and a colon, as aggregators and
    /// channels print it. The outlet is the publisher and the rest of the line the title, when that rest reads as a
    /// headline (no full stop, a paragraph after it); "ایسنا: " before a lead that ends its sentence stays with the opening.
    /// </summary>
    private bool OutletPrefixedHeadline(HeaderState s, int li, Line line)
    {
        var ctx = s.Ctx;
        string t = s.T;
        if (!MatchOutlet(t, line.Start, line.End, out var m, out _))
        {
            return false;
        }

        int colon = TextScan.SkipSpaces(t, m.End, line.End);
        if (colon >= line.End || t[colon] != ':')
        {
            return false;
        }

        var rest = new Line(TextScan.SkipSpaces(t, colon + 1, line.End), line.End);
        if (rest.Length == 0 || !LooksLikeHeadline(t, rest) || !HasParagraphAfter(ctx, li) || OpensWithAttribution(t, rest) || IsInterviewQuestion(t, rest))
        {
            return false;
        }

        if (ctx.Outlet is null)
        {
            SetOutlet(ctx, m);
            s.OutletFromHeader = true;
        }

        s.IsTitle[li] = true;
        ctx.BodyLines![li] = false;
        ctx.Title = ctx.Element(rest.Start, rest.End);
        ctx.Report(DiagnosticCode.HeaderLine, DiagnosticSeverity.Info, line.Start, rest.Start, "Outlet.");
        ctx.Report(DiagnosticCode.TitleLine, DiagnosticSeverity.Info, rest.Start, rest.End);
        return true;
    }

    private const int MaxKickerWords = 10;

    /// <summary>
    /// A kicker ending in a colon over the headline ("وزیر نیرو در نشست خبری:" / "تابستان خاموشی نداریم"): a short line
    /// with no sentence end and no reporting verb (so "X گفت:" over the words said stays a quote), then a line that
    /// reads as a headline with a paragraph after it. Returns the headline's line, or null.
    /// </summary>
    private int? KickerWithColon(HeaderState s, int li, Line line)
    {
        var ctx = s.Ctx;
        string t = s.T;
        if (t[line.End - 1] != ':' || line.Length < 4 || TextScan.CountWords(t, line.Start, line.End) > MaxKickerWords
            || !char.IsLetter(t[line.Start]) || TextScan.HasSentenceEnd(t, line.Start, line.End) || IsInterviewQuestion(t, line)
            || OpensWithAttribution(t, line) || TextScan.WordAt(t, line.Start, line.End, "گروه") || TextScan.WordAt(t, line.Start, line.End, "سرویس")
            || _cues.IndexOfCue(t, line.Start, line.End, out _, out _) >= 0)
        {
            return null;
        }

        int next = li + 1;
        if (next >= ctx.Lines.Length || !ctx.BodyLines![next])
        {
            return null;
        }

        var headline = ctx.Lines[next];
        return LooksLikeHeadline(t, headline) && HasParagraphAfter(ctx, next) && !IsFieldLine(t, headline) && !IsOutletLine(t, headline)
               && !OpensWithAttribution(t, headline) && !IsInterviewQuestion(t, headline) ? next : null;
    }

    /// <summary>"... - ایرنا", "... | خبرگزاری مهر": the headline signed by its outlet.</summary>
    private void TitleSuffixOutlet(HeaderState s, Line line)
    {
        string t = s.T;
        for (int i = line.End - 1; i > line.Start && i > line.End - 40; i--)
        {
            if (TextScan.IsDash(t[i]) || t[i] == '|')
            {
                int a = TextScan.SkipSpaces(t, i + 1, line.End);
                if (i > line.Start && TextScan.IsSpace(t[i - 1]) && MatchOutlet(t, a, line.End, out var m, out _) && m.End == line.End && s.Ctx.Outlet is null)
                {
                    SetOutlet(s.Ctx, m);
                    s.OutletFromHeader = true;
                }

                return;
            }
        }
    }
}
