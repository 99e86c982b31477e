namespace PersianNews.Core;

/// <summary>
/// Where the publication date is printed: a labelled field ("تاریخ انتشار:", "به روز شده در:"), a page stamp (a date
/// opening a line, or followed by its time or its other-calendar equivalent) in the opening or the closing lines. Date
/// forms are <see cref="DateLocator"/>'s business; this decides where to look and which date wins. A date in the
/// body without any of these marks is an event date and is left alone.
/// </summary>
internal sealed partial class HeaderParser
{
    private static readonly string[] PublishedLabels = ["تاریخ انتشار", "زمان انتشار", "تاریخ و ساعت انتشار", "منتشر شده در", "منتشر شده", "انتشار یافته", "تاریخ درج", "تاریخ خبر", "تاریخ نشر", "تاریخ", "انتشار"];

    private static readonly string[] UpdatedLabels = ["به روز شده در", "به روزرسانی", "به روز رسانی", "بروزرسانی", "بروز رسانی", "آخرین به روزرسانی", "آخرین به روز رسانی", "آخرین بروزرسانی", "آخرین بروز رسانی", "به روز شده"];

    private static readonly string[] Weekdays = ["شنبه", "یکشنبه", "یک شنبه", "دوشنبه", "سه شنبه", "چهارشنبه", "پنجشنبه", "پنج شنبه", "جمعه"];

    private enum DateKind
    {
        Clock = 0,
        Updated = 1,
        Stamp = 2,
        Published = 3,
    }

    private readonly record struct DateCandidate(PublicationDate Date, int Start, int End, int CutEnd, DateKind Kind, int Line)
    {
        /// <summary>Where the date's label starts (the date itself when it has none).</summary>
        public int LabelFrom { get; init; }
    }

    private static void LocateDate(HeaderState s)
    {
        var ctx = s.Ctx;
        string t = s.T;
        var lines = ctx.Lines;
        List<DateCandidate>? found = null;
        for (int li = 0; li < lines.Length; li++)
        {
            bool opening = li <= s.OpeningLastLine;
            bool closing = li >= lines.Length - 2;
            if (!opening && !closing)
            {
                continue;
            }

            var line = lines[li];
            int end = opening ? s.OpeningEnd(li) : line.End;
            int from = closing && !opening ? Math.Max(line.Start, line.End - 300) : line.Start;
            ScanDates(ctx, li, from, end, ref found);
        }

        if (found is null)
        {
            return;
        }

        int best = -1;
        for (int i = 0; i < found.Count; i++)
        {
            if (best < 0 || found[i].Kind > found[best].Kind)
            {
                best = i;
            }
        }

        for (int i = 0; i < found.Count; i++)
        {
            var c = found[i];
            if (i == best)
            {
                var span = ctx.ToOriginal(c.Start, c.End);
                ctx.Date = c.Date with { Text = ctx.OriginalText(span), Start = span.Start, Length = span.Length };
                ctx.Report(DiagnosticCode.HeaderLine, DiagnosticSeverity.Info, c.Start, c.CutEnd, "Publication date.");
            }
            else
            {
                ctx.Report(DiagnosticCode.AdditionalDate, DiagnosticSeverity.Info, c.Start, c.End, c.Kind == DateKind.Clock ? "A page clock." : "Another printed date.");
            }

            Cut(ctx, c.Line, Math.Min(c.LabelFrom, c.Start), c.CutEnd);
        }
    }

    /// <summary>
    /// Tries a date at word starts of [<paramref name="from"/>, <paramref name="end"/>), and where digits start inside a
    /// token: scraped pages glue the stamp to the headline ("...خوزستان۲ مرداد ۱۴۰۰ - ۲۴ ژوئیه ۲۰۲۱").
    /// </summary>
    /// <remarks>
    /// A date is only taken with its year, four digits at most 32 characters after where the date is read from
    /// (<see cref="YearAhead"/>). So positions far from every run of four digits or more are skipped, except where a
    /// label is written (a label moves where the date is read from); the runs and the labels are found with
    /// vectorized searches. The positions tried, and so the dates found, are the ones a test at every word would give.
    /// </remarks>
    private static void ScanDates(ParseContext ctx, int li, int from, int end, ref List<DateCandidate>? found)
    {
        string t = ctx.Normalized;
        var line = ctx.Lines[li];
        int runSearch = from;
        int lo = int.MaxValue, hi = int.MinValue;
        var digits = new TextScan.DigitCursor(t, end);
        NextYearWindow(t, ref digits, ref runSearch, from, end, ref lo, ref hi);
        var labels = new TextScan.AnchorCursor(t, end, LabelAnchors, stackalloc int[LabelAnchors.Anchors.Length]);
        int p = from;
        while (p < end)
        {
            if (p > hi)
            {
                NextYearWindow(t, ref digits, ref runSearch, from, end, ref lo, ref hi);
            }

            if (p < lo)
            {
                // Outside every window only a label can start a date.
                int label = labels.Next(p);
                if (label >= lo)
                {
                    p = lo;
                    continue;
                }

                if (label >= end)
                {
                    return;
                }

                p = label;
            }

            bool digitStart = PersianLetters.IsDigit(t[p]) && (p == line.Start || !PersianLetters.IsDigit(t[p - 1]));
            bool wordStart = !TextScan.IsSpace(t[p]) && (p == line.Start || TextScan.IsSpace(t[p - 1]));
            if ((digitStart || wordStart) && TryDateAt(ctx, li, p, end, out var candidate))
            {
                (found ??= []).Add(candidate);
                p = Math.Max(p, candidate.CutEnd - 1);
            }

            p++;
        }
    }

    /// <summary>Where the date labels (<see cref="LabelAt"/>) can start, each searched for on its own.</summary>
    private static readonly TextScan.AnchorSearch LabelAnchors = new(UpdatedLabels.Concat(PublishedLabels));

    /// <summary>
    /// The positions a date with the next run of four digits or more as its year can be read from: a window of 32
    /// characters holds four of its digits. [lo, hi] is empty (lo = int.MaxValue) when no run is left.
    /// </summary>
    private static void NextYearWindow(string t, ref TextScan.DigitCursor digits, ref int search, int from, int end, ref int lo, ref int hi)
    {
        while (search < end)
        {
            int rs = digits.Next(search);
            if (rs < 0)
            {
                break;
            }

            int re = rs + 1;
            while (re < end && PersianLetters.IsDigit(t[re]))
            {
                re++;
            }

            search = re;
            if (re - rs >= 4)
            {
                lo = Math.Max(from, rs - 28);
                hi = re - 4;
                return;
            }
        }

        search = end;
        lo = int.MaxValue;
        hi = int.MaxValue;
    }

    private static bool TryDateAt(ParseContext ctx, int li, int p, int end, out DateCandidate candidate)
    {
        string t = ctx.Normalized;
        var line = ctx.Lines[li];
        candidate = default;
        char c = t[p];
        DateKind? labelled = null;
        int dateFrom = p;
        // A Latin word opening the line can start an English date or label ("Aug 2, 2024", "Published: 2024-08-02").
        bool latinLineStart = char.IsAsciiLetter(c) && TextScan.SkipSpaces(t, line.Start, end) == p;
        if (!PersianLetters.IsDigit(c) && !latinLineStart && !StartsWithAny(t, p, end, Weekdays) && !TextScan.WordAt(t, p, end, "date"))
        {
            labelled = LabelAt(t, p, end, out int labelEnd);
            if (labelled is null)
            {
                return false;
            }

            dateFrom = labelEnd;
        }

        // A printed publication date always has its year: without four digits close ahead ("۱۲۰ نفر", "۱ سال پیش")
        // the date parser is not asked at all, which keeps the opening cheap to scan.
        int window = Math.Min(end, dateFrom + 64);
        if (!YearAhead(t, dateFrom, Math.Min(end, dateFrom + 32)))
        {
            return false;
        }

        if (!DateLocator.TryLocate(t, dateFrom, window, out var date, out int ds, out int de, out var issue) || date is null || ds > dateFrom + 16)
        {
            if (issue is { } code)
            {
                ctx.Report(code, code == DiagnosticCode.InvalidDate ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, dateFrom, Math.Min(end, dateFrom + 16));
            }

            return false;
        }

        if (issue is DiagnosticCode.AmbiguousDate)
        {
            ctx.Report(DiagnosticCode.AmbiguousDate, DiagnosticSeverity.Warning, ds, de);
        }

        // What follows the date: its time ("- ۱۵:۳۴", "/ ۱۷:۰۷"), a page clock ("GMT"), the other calendar's date.
        int q = de;
        int cutEnd = de;
        bool time = date.Time is not null;
        int r = SkipDateJoiners(t, q, end);
        if (r + 4 < end && PersianLetters.IsDigit(t[r]) && (t[r + 1] == ':' || (r + 2 < end && t[r + 2] == ':')))
        {
            time = true;
            int v = r;
            while (v < end && (PersianLetters.IsDigit(t[v]) || t[v] == ':'))
            {
                v++;
            }

            cutEnd = v;
        }

        bool clock = TextScan.PhraseAt(t, TextScan.SkipSpaces(t, cutEnd, end), end, "GMT", out _);
        bool twin = false;
        int twinAt = SkipDateJoiners(t, cutEnd, end);
        // The same day in the other calendars: "۱۲ مرداد ۱۴۰۳ - ۲۶ محرم ۱۴۴۶ - ۲ اوت ۲۰۲۴".
        for (int n = 0; n < 2 && !time && twinAt > cutEnd && twinAt < end && PersianLetters.IsDigit(t[twinAt])
            && DateLocator.TryLocate(t, twinAt, Math.Min(end, twinAt + 40), out _, out int ts, out int te, out _) && ts == twinAt; n++)
        {
            twin = true;
            cutEnd = te;
            twinAt = SkipDateJoiners(t, cutEnd, end);
        }

        bool atLineStart = TextScan.SkipSpaces(t, line.Start, end) >= Math.Min(ds, p);

        // A dateline: the place, then the date, alone on the line ("کابل ۱۲ اسد ۱۴۰۳", "تهران، ۱۲ مرداد ۱۴۰۳").
        int labelFrom = p;
        if (!atLineStart && labelled is null && IsDatelinePlace(t, line.Start, ds, line.End, cutEnd))
        {
            atLineStart = true;
            labelFrom = line.Start;
        }

        // A dateline with the date in the outlet's bracket, "کابل (پژواک، ۱۲ قوس ۱۴۰۳): ...", or after it and a dash,
        // "تهران- ایرنا- ۸ آذر ۱۴۰۵ - ...".
        if (!atLineStart && labelled is null && InDatelineBracket(t, line.Start, ds, de, end))
        {
            atLineStart = true;
        }
        else if (!atLineStart && labelled is null && AfterDashedDateline(t, line.Start, ds, cutEnd, end))
        {
            // The dash or colon after the date (or the line's end) closes the dateline, which is cut whole.
            atLineStart = true;
            int closer = TextScan.SkipSpaces(t, cutEnd, end);
            cutEnd = closer < end && (TextScan.IsDash(t[closer]) || t[closer] == ':') ? closer + 1 : cutEnd;
            labelFrom = line.Start;
        }

        // The last field of a page's metadata strip, after a pipe or a bullet and ending the line ("نویسنده: NAME |
        // ۱۲ مرداد ۱۴۰۳"): the pipe goes with the date.
        if (!atLineStart && labelled is null && LastStripField(t, line.Start, ds, cutEnd, line.End) is int pipe and >= 0)
        {
            atLineStart = true;
            labelFrom = pipe;
        }

        // A date glued to the word before it was a separate element of the page that the scraper ran together.
        bool glued = ds > line.Start && char.IsLetter(t[ds - 1]);
        DateKind kind;
        if (labelled is { } k)
        {
            kind = k;
        }
        else if (clock)
        {
            kind = DateKind.Clock;
        }
        else if (atLineStart || time || twin || glued)
        {
            kind = DateKind.Stamp;
        }
        else
        {
            return false;
        }

        candidate = new DateCandidate(date, ds, de, Math.Max(cutEnd, de), kind, li) { LabelFrom = labelFrom };
        return true;
    }

    /// <summary>Where the pipe, bullet or spaced dash before the date at <paramref name="ds"/> stands when nothing but spaces
    /// follows <paramref name="dateEnd"/> on the line; -1 otherwise.</summary>
    private static int LastStripField(string t, int lineStart, int ds, int dateEnd, int lineEnd)
    {
        if (TextScan.SkipSpaces(t, dateEnd, lineEnd) < lineEnd)
        {
            return -1;
        }

        int b = ds;
        while (b > lineStart && TextScan.IsSpace(t[b - 1]))
        {
            b--;
        }

        // A pipe or a bullet; a dash only with a space before it too ("NAME - DATE", not a numeric "1403-08-12").
        return b > lineStart && b < ds && (t[b - 1] is '|' or '•' || (TextScan.IsDash(t[b - 1]) && b - 1 > lineStart && TextScan.IsSpace(t[b - 2]))) ? b - 1 : -1;
    }

    private static readonly string[] Prepositions = ["در", "از", "تا", "به", "با", "و", "که"];

    /// <summary>Whether one or two words without digits (not a preposition, which makes it running text) stand before
    /// the date at <paramref name="ds"/>, and nothing but spaces after <paramref name="dateEnd"/>.</summary>
    private static bool IsDatelinePlace(string t, int lineStart, int ds, int lineEnd, int dateEnd)
    {
        int s0 = TextScan.SkipSpaces(t, lineStart, ds);
        if (ds - s0 > 30 || TextScan.SkipSpaces(t, dateEnd, lineEnd) < lineEnd)
        {
            return false;
        }

        int e = ds;
        while (e > s0 && (TextScan.IsSpace(t[e - 1]) || TextScan.IsDash(t[e - 1]) || t[e - 1] is '،' or ',' or '/'))
        {
            e--;
        }

        if (e <= s0 || TextScan.HasDigit(t, s0, e) || TextScan.CountWords(t, s0, e) > 2 || t.AsSpan(s0, e - s0).IndexOfAny(".:؛") >= 0)
        {
            return false;
        }

        foreach (string word in Prepositions)
        {
            if (TextScan.WordAt(t, s0, e, word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the date [<paramref name="ds"/>, <paramref name="de"/>) closes the bracket of a dateline that
    /// opens its line: a place of at most two words, "(", words without digits (the outlet), the date, ")" and a colon or
    /// a dash.</summary>
    private static bool InDatelineBracket(string t, int lineStart, int ds, int de, int end)
    {
        int close = TextScan.SkipSpaces(t, de, end);
        int open = t.AsSpan(lineStart, ds - lineStart).LastIndexOf('(') + lineStart;
        if (close >= end || t[close] != ')' || open < lineStart || ds - open > 40)
        {
            return false;
        }

        int after = TextScan.SkipSpaces(t, close + 1, end);
        int s0 = TextScan.SkipSpaces(t, lineStart, open);
        return after < end && (t[after] == ':' || TextScan.IsDash(t[after]))
               && !TextScan.HasDigit(t, s0, ds) && TextScan.CountWords(t, s0, open) is >= 1 and <= 2;
    }

    /// <summary>Whether the date at <paramref name="ds"/> follows a dateline of dash-separated words without digits
    /// ("تهران- ایرنا-", "تهران (ایرنا) -", at most four words, ending in a dash) and is itself followed by a dash, a
    /// colon or the line's end, or follows
    /// one or two words and a comma and is followed by a colon ("پژواک، ۱۲ حمل ۱۴۰۳:").</summary>
    private static bool AfterDashedDateline(string t, int lineStart, int ds, int dateEnd, int end)
    {
        int after = TextScan.SkipSpaces(t, dateEnd, end);
        bool lineEnds = after >= end || t[after] is '\n' or '\r';
        if (!lineEnds && !(TextScan.IsDash(t[after]) || t[after] == ':'))
        {
            return false;
        }

        int s0 = TextScan.SkipSpaces(t, lineStart, ds);
        int e = ds;
        while (e > s0 && TextScan.IsSpace(t[e - 1]))
        {
            e--;
        }

        if (e <= s0 || ds - s0 > 40 || TextScan.HasDigit(t, s0, e))
        {
            return false;
        }

        if (t[e - 1] is '،' or ',')
        {
            // "پژواک، ۱۲ حمل ۱۴۰۳: ...": one or two words and a comma before the date, a colon after it.
            return !lineEnds && t[after] == ':' && TextScan.CountWords(t, s0, e - 1) is >= 1 and <= 2 && t.AsSpan(s0, e - 1 - s0).IndexOfAny("،,.:") < 0;
        }

        if (!TextScan.IsDash(t[e - 1]))
        {
            return false;
        }

        int dashes = 0;
        for (int i = s0; i < e; i++)
        {
            dashes += TextScan.IsDash(t[i]) ? 1 : 0;
        }

        // "تهران- ایرنا-", or the outlet in a bracket: "تهران (ایرنا) -".
        var head = t.AsSpan(s0, e - s0);
        bool bracket = head.IndexOf('(') is int ob and >= 0 && head.LastIndexOf(')') > ob;
        return (dashes >= 2 || (bracket && dashes >= 1)) && TextScan.CountWords(t, s0, e) <= 4;
    }

    private static bool YearAhead(string t, int start, int end)
    {
        int run = 0;
        for (int i = start; i < end; i++)
        {
            if (PersianLetters.IsDigit(t[i]))
            {
                run++;
                continue;
            }

            if (run == 4)
            {
                return true;
            }

            run = 0;
        }

        return run == 4;
    }

    private static int SkipDateJoiners(string t, int p, int end)
    {
        while (p < end && (TextScan.IsSpace(t[p]) || TextScan.IsDash(t[p]) || t[p] is '/' or '،' or ',' or '|'))
        {
            p++;
        }

        return p;
    }

    private static DateKind? LabelAt(string t, int p, int end, out int labelEnd)
    {
        foreach (string label in UpdatedLabels)
        {
            if (TextScan.PhraseAt(t, p, end, label, out int e) && ColonAfter(t, e, end, out labelEnd))
            {
                return DateKind.Updated;
            }
        }

        foreach (string label in PublishedLabels)
        {
            if (TextScan.PhraseAt(t, p, end, label, out int e) && ColonAfter(t, e, end, out labelEnd))
            {
                return DateKind.Published;
            }
        }

        // A label ending in "در" is complete without a colon where it opens its line ("منتشر شده در ۱۲ مرداد ۱۴۰۳").
        if ((p == 0 || t[p - 1] == '\n') && TextScan.PhraseAt(t, p, end, "منتشر شده در", out int pe))
        {
            labelEnd = TextScan.SkipSpaces(t, pe, end);
            return DateKind.Published;
        }

        if ((p == 0 || t[p - 1] == '\n') && TextScan.PhraseAt(t, p, end, "به روز شده در", out int ue))
        {
            labelEnd = TextScan.SkipSpaces(t, ue, end);
            return DateKind.Updated;
        }

        labelEnd = p;
        return null;
    }

    private static bool ColonAfter(string t, int e, int end, out int after)
    {
        int q = TextScan.SkipSpaces(t, e, end);
        if (q < end && t[q] == ':')
        {
            after = TextScan.SkipSpaces(t, q + 1, end);
            return true;
        }

        after = e;
        return false;
    }
}
