namespace PersianNews.Core;

/// <summary>Outlet recognition: who published the text, and which other outlets it credits.</summary>
internal sealed partial class HeaderParser
{
    private static readonly string[] GenericPrefixes = ["خبرگزاری", "روزنامه", "سایت", "وبسایت", "وب‌سایت", "پایگاه خبری", "پایگاه اطلاع رسانی", "پایگاه", "شبکه", "نشریه", "هفته نامه", "رادیو", "تلویزیون", "پرتال"];

    /// <summary>The letters a generic prefix starts with: any other word is not looked at for one.</summary>
    private static readonly bool[] GenericPrefixFirst = BuildFirstLetters(GenericPrefixes);

    /// <summary>A table of the first characters of <paramref name="words"/> (all below U+0700).</summary>
    private static bool[] BuildFirstLetters(string[] words)
    {
        var table = new bool[0x0700];
        foreach (string w in words)
        {
            table[w[0]] = true;
        }

        return table;
    }

    private static readonly string[] DeskWords = ["خبرنگار", "خبرنگاران", "گروه", "سرویس", "حوزه", "دفتر", "بخش", "تحریریه", "میز"];

    private static readonly string[] MediumWords = ["خبرگزاری", "روزنامه", "سایت", "وبسایت", "وب‌سایت", "پایگاه", "شبکه", "نشریه", "هفته‌نامه", "ماهنامه", "رادیو", "تلویزیون", "خبرآنلاین"];

    private static readonly string[] InstitutionWords = ["سایت", "وبسایت", "وب‌سایت", "پایگاه اطلاع", "روابط عمومی", "ستاد", "دفتر", "وزارت", "سازمان", "مرکز", "اداره", "اداره کل", "بانک", "پلیس", "دانشگاه", "شرکت", "شهرداری", "استانداری", "فرمانداری", "دادگستری", "بنیاد", "انجمن", "کمیته", "شورای", "دبیرخانه", "قرارگاه"];

    /// <summary>Heads of a "به گزارش" phrase that name people, a plural or the text itself, never a publisher:
    /// "به گزارش منابع محلی،", "به گزارش شاهدان عینی،", "به گزارش این خبرگزاری،", "به گزارش همکارمان،".</summary>
    private static readonly string[] NotPublisherHeads = ["منابع", "مقامات", "شاهدان", "ناظران", "کارشناسان", "فعالان", "ساکنان", "اهالی", "مردم", "برخی", "بعضی", "این", "آن", "همین", "همان", "همکار", "همکارمان", "همکاران", "همکارانمان", "یک", "یکی"];

    private static readonly string[] MetadataLabels = ["تاریخ انتشار", "کد خبر", "شماره خبر", "کد مطلب"];

    /// <summary>An outlet named in a recognized pattern: known (in the registry) or unknown (name as written).</summary>
    private readonly record struct OutletMention(int Start, int End, OutletDefinition? Known);

    /// <summary>Reads the opening clause by clause: attributions, datelines, page headers and "نگارش از" bylines.</summary>
    private void ReadOpening(HeaderState s)
    {
        var ctx = s.Ctx;
        string t = s.T;
        if (ctx.BodyCuts.Count > 0)
        {
            var ends = new int[ctx.BodyCuts.Count];
            for (int k = 0; k < ends.Length; k++)
            {
                ends[k] = TextScan.SkipSpaces(t, ctx.BodyCuts[k].End, t.Length);
            }

            Array.Sort(ends);
            s.CutEnds = ends;
        }

        Span<int> phraseSlots = stackalloc int[ClausePhrases.Anchors.Length];
        for (int li = 0; li <= s.OpeningLastLine; li++)
        {
            if (s.IsClutter[li] && !ctx.BodyLines![li])
            {
                continue;
            }

            var line = ctx.Lines[li];
            int end = s.OpeningEnd(li);
            if (s.IsTitle[li])
            {
                continue;
            }

            int p = ctx.BodyLines![li] ? Math.Max(line.Start, ctx.BodyStarts![li]) : line.Start;
            if (p > line.Start)
            {
                // Something set aside at the start of the line (a date, a disclaimer) may follow a page header.
                ReadClause(s, li, line.Start, Math.Min(end, p));
            }

            p = TextScan.SkipSpaces(t, p, end);

            // The scan only moves forward through the line, so the searches behind the clause starts are shared.
            var cursors = new ClauseCursors(
                new TextScan.CharCursor(t, end, ClausePunctuationAscii, ClausePunctuationOther, ClauseDashesOther),
                new TextScan.AnchorCursor(t, end, ClausePhrases, phraseSlots),
                new TextScan.CharCursor(t, end, OutletSeparators, null, null));
            while (p < end)
            {
                int next = ReadClause(s, li, p, end);
                p = NextClauseStart(s, Math.Max(next, p + 1), end, ref cursors);
            }
        }
    }

    /// <summary>
    /// The next place a clause can start: after a sentence end, a dash between spaces or a bullet; and where an
    /// attribution is written without punctuation before it (a scraped page runs its title, stamp and lead together):
    /// "به گزارش", or a known outlet followed by ":" or "|".
    /// </summary>
    /// <remarks>
    /// Only the places where one of these can be are looked at, each kind found with a vectorized search: the
    /// punctuation, the two phrases, the ends of text set aside, and the words shortly before a ":" or "|" (an outlet
    /// followed by one ends at most 60 characters after its start). The first of them where <see cref="ClauseStartAt"/>
    /// answers is the answer a test at every position would give.
    /// </remarks>
    private int NextClauseStart(HeaderState s, int p, int end, ref ClauseCursors cursors)
    {
        string t = s.T;
        ref var punctuation = ref cursors.Punctuation;
        ref var phrases = ref cursors.Phrases;
        ref var separators = ref cursors.Separators;
        int[]? cuts = s.CutEnds;
        int cut = 0;
        for (int i = p; i < end;)
        {
            int next = Math.Min(punctuation.Next(i), phrases.Next(i));
            if (cuts is not null)
            {
                while (cut < cuts.Length && cuts[cut] < i)
                {
                    cut++;
                }

                if (cut < cuts.Length)
                {
                    next = Math.Min(next, cuts[cut]);
                }
            }

            // Words before the next ":" or "|" after i (the windows only move forward as the separators do).
            // An outlet followed by the separator ends right before the spaces before it, on an alias's last letter:
            // a separator after any other letter (or before i) is passed over for good.
            int sep = i + 1 < end ? separators.Next(i + 1) : end;
            while (sep < end)
            {
                int b = sep;
                while (b > 0 && TextScan.IsSpace(t[b - 1]))
                {
                    b--;
                }

                if (b > i && _outlets.CanEndAlias(t[b - 1]))
                {
                    // Only a word start in the window can start the outlet (the punctuation and dashes a clause can
                    // also start at are the other searches' finds), so the window's next word start is the place to try.
                    int w = Math.Max(i, Math.Max(p + 1, b - 60));
                    while (w < b && !(TextScan.IsSpace(t[w - 1]) && !TextScan.IsSpace(t[w])))
                    {
                        w++;
                    }

                    next = Math.Min(next, w);
                    break;
                }

                sep = sep + 1 < end ? separators.Next(sep + 1) : end;
            }

            if (next >= end)
            {
                break;
            }

            int r = ClauseStartAt(s, next, p, end);
            if (r >= 0)
            {
                return r;
            }

            i = next + 1;
        }

        return end;
    }

    /// <summary>The searches behind <see cref="NextClauseStart"/> over one line of the opening.</summary>
    private ref struct ClauseCursors(TextScan.CharCursor punctuation, TextScan.AnchorCursor phrases, TextScan.CharCursor separators)
    {
        public TextScan.CharCursor Punctuation = punctuation;
        public TextScan.AnchorCursor Phrases = phrases;
        public TextScan.CharCursor Separators = separators;
    }

    private static readonly System.Buffers.SearchValues<char> ClausePunctuationAscii = System.Buffers.SearchValues.Create(".!?|)-_");
    private const string ClausePunctuationOther = "؟…•»";
    private const string ClauseDashesOther = "–—ـ−";
    private static readonly System.Buffers.SearchValues<char> OutletSeparators = System.Buffers.SearchValues.Create(":|");
    private static readonly TextScan.AnchorSearch ClausePhrases = new(["به گزارش", "نگارش از"]);

    /// <summary>Whether a clause starts at <paramref name="i"/> (see <see cref="NextClauseStart"/>): where it starts, or -1.</summary>
    private int ClauseStartAt(HeaderState s, int i, int p, int end)
    {
        string t = s.T;
        char c = t[i];
        if (TextScan.IsSentenceEnd(c) || c is '•' or '|' or '»' or ')')
        {
            int q = i + 1;
            while (q < end && (TextScan.IsSentenceEnd(t[q]) || t[q] is '»' or '"' or ')'))
            {
                q++;
            }

            q = TextScan.SkipSpaces(t, q, end);
            return q < end && !PersianLetters.IsDigit(t[q]) ? q : -1;
        }

        if (TextScan.IsDash(c) && i > 0 && TextScan.IsSpace(t[i - 1]) && i + 1 < end && TextScan.IsSpace(t[i + 1]))
        {
            return TextScan.SkipSpaces(t, i + 1, end);
        }

        if (i > p && TextScan.IsSpace(t[i - 1]) && !TextScan.IsSpace(c))
        {
            if (TextScan.WordAt(t, i, end, "به گزارش") || TextScan.WordAt(t, i, end, "نگارش از") || AfterCut(s, i))
            {
                return i;
            }

            if (MatchOutlet(t, i, Math.Min(end, i + 60), out var m, out _))
            {
                int sep = TextScan.SkipSpaces(t, m.End, end);
                if (sep < end && t[sep] is ':' or '|' && !IsPrepositionBefore(t, i, p))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>"به نقل از B،": B, up to six words without digits, ended by a clause delimiter.</summary>
    private static bool QuotedFromSource(string t, int p, int end, out int start, out int stop)
        => QuotedFromSource(t, p, "به نقل از", end, out start, out stop);

    /// <summary>"PHRASE B،" (<paramref name="phrase"/> at <paramref name="p"/>): B, up to six words without digits, ended by a comma.</summary>
    private static bool QuotedFromSource(string t, int p, string phrase, int end, out int start, out int stop)
    {
        start = TextScan.SkipSpaces(t, p + phrase.Length, end);
        stop = -1;
        for (int i = start; i < Math.Min(end, start + 80); i++)
        {
            if (TextScan.IsClauseDelimiter(t[i]) || TextScan.IsSentenceEnd(t[i]))
            {
                if (t[i] is '،' or ',')
                {
                    stop = TextScan.TrimEnd(t, start, i);
                }

                break;
            }
        }

        return stop > start && TextScan.CountWords(t, start, stop) <= 6 && !TextScan.HasDigit(t, start, stop);
    }

    /// <summary>Whether <paramref name="p"/> is where something set aside inside a line ends (page chrome, a date).</summary>
    private static bool AfterCut(HeaderState s, int p) => s.CutEnds is { } ends && Array.BinarySearch(ends, p) >= 0;

    private static bool IsPrepositionBefore(string t, int word, int floor)
    {
        int e = TextScan.TrimEnd(t, floor, word);
        int b = e;
        while (b > floor && !TextScan.IsSpace(t[b - 1]))
        {
            b--;
        }

        var prev = t.AsSpan(b, e - b);
        return prev is "به" or "با" or "از" or "در" or "که" or "و" or "برای";
    }

    /// <summary>Tries every opening pattern at a clause start; returns where reading continues.</summary>
    private int ReadClause(HeaderState s, int li, int p, int end)
    {
        var ctx = s.Ctx;
        string t = s.T;
        var line = ctx.Lines[li];

        if (TextScan.WordAt(t, p, end, "به گزارش"))
        {
            return ReadReportAttribution(s, li, p, TextScan.SkipSpaces(t, p + "به گزارش".Length, end), end);
        }

        if (p == line.Start && li == 0 && TruncatedAttribution(t, p, end, out int cutLead))
        {
            // A scraper cut the first letters of the text: "ه گزارش ایسنا،", "زارش ایسنا،".
            return ReadReportAttribution(s, li, p, TextScan.SkipSpaces(t, cutLead, end), end);
        }

        if (p == line.Start && TextScan.WordAt(t, p, end, "به نقل از") && QuotedFromSource(t, p, end, out int bStart, out int bEnd))
        {
            // A lead that opens with where the story is taken from: "به نقل از گاردین، ...".
            AddSource(ctx, bStart, bEnd);
            return bEnd;
        }

        if (TextScan.WordAt(t, p, end, "نگارش از"))
        {
            int q = TextScan.SkipSpaces(t, p + "نگارش از".Length, end);
            if (MatchOutlet(t, q, end, out var m, out _))
            {
                Credit(s, m, fromHeader: true, isChain: false);
                Cut(ctx, li, p, m.End);
                ctx.Report(DiagnosticCode.HeaderLine, DiagnosticSeverity.Info, p, m.End, "Byline naming the outlet.");
                return m.End;
            }
        }

        if (TextScan.WordAt(t, p, end, "گزارش") && MatchOutlet(t, TextScan.SkipSpaces(t, p + "گزارش".Length, end), end, out var g, out _))
        {
            int sep = TextScan.SkipSpaces(t, g.End, end);
            if (sep < end && TextScan.IsDash(t[sep]))
            {
                Credit(s, g, fromHeader: true, isChain: false);
                Cut(ctx, li, p, sep + 1);
                ctx.Report(DiagnosticCode.HeaderLine, DiagnosticSeverity.Info, p, sep + 1, "Outlet.");
                return sep + 1;
            }
        }

        return ReadOutletHeader(s, li, p, end);
    }

    private static readonly string[] TruncatedReportTails = ["ه گزارش", "گزارش", "زارش", "ارش"];

    /// <summary>The tail of a cut "به گزارش" opening the text, followed by a known outlet and a delimiter.</summary>
    private bool TruncatedAttribution(string t, int p, int end, out int after)
    {
        foreach (string tail in TruncatedReportTails)
        {
            if (TextScan.WordAt(t, p, end, tail))
            {
                after = p + tail.Length;
                int q = TextScan.SkipSpaces(t, after, end);
                if (tail == "ه گزارش" || (MatchOutlet(t, q, Math.Min(end, q + 60), out var m, out _) && TextScan.SkipSpaces(t, m.End, end) is int d && d < end && TextScan.IsClauseDelimiter(t[d])))
                {
                    return true;
                }
            }
        }

        after = p;
        return false;
    }

    /// <summary>
    /// "A -", "A:", "A|", "A؛ NAME -", "A/CITY", "CITY- A-", "CITY/ A", "سرویس X A -", "خبرگزاری NAME –" and a page
    /// header "[...] A تاریخ انتشار".
    /// </summary>
    private int ReadOutletHeader(HeaderState s, int li, int p, int end)
    {
        var ctx = s.Ctx;
        string t = s.T;
        int limit = Math.Min(end, p + 120);
        OutletMention m = default;
        bool found = MatchOutlet(t, p, limit, out m, out _);
        bool afterCity = false;
        bool pageHeader = false;

        if ((!found || (m.End < limit && t[m.End] == '.')) && p < limit && char.IsAsciiLetter(t[p]))
        {
            // "isna.ir - ...": the site's address signs the dateline.
            int we = p;
            while (we < limit && !TextScan.IsSpace(t[we]))
            {
                we++;
            }

            var token = t.AsSpan(p, we - p);
            int sep = TextScan.SkipSpaces(t, we, limit);
            if (token.Contains('.') && sep < limit && (TextScan.IsDash(t[sep]) || t[sep] is ':' or '|')
                && _outlets.TryMatchDomain(token.TrimStart("www."), out var byDomain))
            {
                m = new OutletMention(p, we, byDomain);
                found = true;
            }
        }

        if (!found && (TextScan.WordAt(t, p, limit, "سرویس") || TextScan.WordAt(t, p, limit, "گروه")))
        {
            // A desk before the outlet: "سرویس اقتصاد مشرق -".
            int w = TextScan.NextWord(t, p, limit);
            for (int k = 0; k < 3 && w < limit && !found; k++, w = TextScan.NextWord(t, w, limit))
            {
                found = MatchOutlet(t, w, limit, out m, out _) && IsSeparatorAfter(t, m.End, limit);
            }
        }

        if (!found)
        {
            // A dateline: "تهران- ایرنا-", "استانبول/ خبرگزاری آناتولی".
            int w = p;
            for (int k = 0; k < 3 && w < limit; k++)
            {
                int we = TextScan.WordEnd(t, w, limit);
                if (we == w || PersianLetters.IsDigit(t[w]))
                {
                    break;
                }

                int sep = TextScan.SkipSpaces(t, we, limit);
                if (sep < limit && t[sep] == '(' && MatchOutlet(t, TextScan.SkipSpaces(t, sep + 1, limit), limit, out m, out _)
                    && DatelineBracketClose(t, m.End, limit) is int close && close >= 0)
                {
                    // "تهران (پانا) -", "کابل (پژواک، ۱۲ قوس ۱۴۰۳):": the city, the outlet in brackets (with the date, as
                    // Afghan agencies write it), a dash or a colon.
                    int after = TextScan.SkipSpaces(t, close + 1, end);
                    if (after < end && (TextScan.IsDash(t[after]) || t[after] == ':'))
                    {
                        Credit(s, m, fromHeader: true, isChain: false);
                        Cut(ctx, li, p, after + 1);
                        ctx.Report(DiagnosticCode.HeaderLine, DiagnosticSeverity.Info, p, after + 1, "Dateline and outlet.");
                        return after + 1;
                    }

                    break;
                }

                if (sep < limit && t[sep] == '(' && UnknownDatelineOutlet(t, sep, end) is (int nameStart, int nameEnd, int dash))
                {
                    // "اصفهان (ایمنا) -": the dateline's form names the outlet even when the registry does not know it.
                    Credit(s, new OutletMention(nameStart, nameEnd, null), fromHeader: true, isChain: false);
                    Cut(ctx, li, p, dash + 1);
                    ctx.Report(DiagnosticCode.HeaderLine, DiagnosticSeverity.Info, p, dash + 1, "Dateline and outlet.");
                    return dash + 1;
                }

                if (sep < limit && (TextScan.IsDash(t[sep]) || t[sep] == '/'))
                {
                    int a = TextScan.SkipSpaces(t, sep + 1, limit);
                    if (MatchOutlet(t, a, limit, out m, out _))
                    {
                        int after = TextScan.SkipSpaces(t, m.End, end);
                        bool closed = after >= end || TextScan.IsDash(t[after]) || t[after] is ':' or '|' || (t[sep] == '/' && (after >= end || TextScan.IsSentenceEnd(t[after])));
                        if (closed)
                        {
                            found = true;
                            afterCity = true;
                        }
                    }

                    break;
                }

                w = TextScan.SkipSpaces(t, we, limit);
            }
        }

        if (!found)
        {
            // A page header names the publisher before its metadata: "سایت خوان روزنامه دنیای اقتصاد تاریخ انتشار :".
            // (No outlet starts at p itself: that was the first thing tried, with the same limit.)
            int w = p;
            for (int k = 0; k < 4 && w < limit && !found; k++, w = TextScan.NextWord(t, w, limit))
            {
                if (w != p && MatchOutlet(t, w, limit, out m, out _))
                {
                    int after = TextScan.SkipSpaces(t, m.End, limit);
                    foreach (string label in MetadataLabels)
                    {
                        if (TextScan.PhraseAt(t, after, limit, label, out _))
                        {
                            found = pageHeader = true;
                            break;
                        }
                    }

                    if (!found)
                    {
                        break;
                    }
                }
            }
        }

        if (!found)
        {
            return ReadUnknownAgencyHeader(s, li, p, end);
        }

        if (pageHeader)
        {
            Credit(s, m, fromHeader: true, isChain: false);
            Cut(ctx, li, p, m.End);
            ctx.Report(DiagnosticCode.PageClutter, DiagnosticSeverity.Info, p, m.End, "Page header naming the outlet.");
            return m.End;
        }

        int q = TextScan.SkipSpaces(t, m.End, end);
        if (afterCity && (q >= end || !(TextScan.IsDash(t[q]) || t[q] is ':' or '|')))
        {
            Credit(s, m, fromHeader: true, isChain: false);
            Cut(ctx, li, p, q);
            ctx.Report(DiagnosticCode.HeaderLine, DiagnosticSeverity.Info, p, q, "Dateline and outlet.");
            return q;
        }

        if (q < end && t[q] == '/' && !afterCity)
        {
            // "ایسنا/مشهد": the outlet and the city it reports from.
            int city = TextScan.SkipSpaces(t, q + 1, end);
            int cityEnd = TextScan.WordEnd(t, city, end);
            if (cityEnd > city && !PersianLetters.IsDigit(t[city]))
            {
                cityEnd = PlaceNameEnd(t, city, cityEnd, end);
                int after = TextScan.SkipSpaces(t, cityEnd, end);
                if (after < end && (TextScan.IsDash(t[after]) || t[after] is ':' or '|'))
                {
                    after++;
                }

                Credit(s, m, fromHeader: true, isChain: false);
                Cut(ctx, li, p, after);
                ctx.Report(DiagnosticCode.HeaderLine, DiagnosticSeverity.Info, p, after, "Outlet and city.");
                return after;
            }

            return q;
        }

        if (q >= end)
        {
            var line = ctx.Lines[li];
            if (end == line.End && p == TextScan.SkipSpaces(t, line.Start, end) && li <= s.FirstBodyLine)
            {
                // The outlet's name alone on a line above the lead (or the headline) is the page's masthead; a second
                // one credits nothing.
                if (ctx.Outlet is null)
                {
                    Credit(s, m, fromHeader: true, isChain: false);
                }

                Cut(ctx, li, p, q);
                ctx.Report(DiagnosticCode.PageClutter, DiagnosticSeverity.Info, p, q, "Page header naming the outlet.");
            }

            return q;
        }

        char c = t[q];
        if (c is '،' or ',' && !afterCity)
        {
            // "پژواک، ۱۲ حمل ۱۴۰۳: ...": the outlet, then the date and a colon (the date is read with the dates).
            int desk = TextScan.SkipSpaces(t, q + 1, end);
            if (desk < end && PersianLetters.IsDigit(t[desk]))
            {
                int colon = t.AsSpan(desk, Math.Min(end, desk + 30) - desk).IndexOf(':');
                if (colon > 0 && TextScan.HasDigit(t, desk + colon - 4, desk + colon))
                {
                    int after = desk + colon + 1;
                    Credit(s, m, fromHeader: true, isChain: false);
                    Cut(ctx, li, p, after);
                    ctx.Report(DiagnosticCode.HeaderLine, DiagnosticSeverity.Info, p, after, "Outlet and date.");
                    return after;
                }
            }

            // "خبرگزاری مهر، گروه بین‌الملل: ...": the outlet, then its desk, then a colon or a dash.
            if (TextScan.WordAt(t, desk, end, "گروه") || TextScan.WordAt(t, desk, end, "سرویس"))
            {
                for (int i = desk; i < Math.Min(end, desk + 40); i++)
                {
                    if (t[i] == ':' || (TextScan.IsDash(t[i]) && TextScan.IsSpace(t[i - 1])))
                    {
                        Credit(s, m, fromHeader: true, isChain: false);
                        Cut(ctx, li, p, i + 1);
                        ctx.Report(DiagnosticCode.HeaderLine, DiagnosticSeverity.Info, p, i + 1, "Outlet and desk.");
                        return i + 1;
                    }

                    if (TextScan.IsSentenceEnd(t[i]) || t[i] is '،' or ',')
                    {
                        break;
                    }
                }
            }

            return q;
        }

        if (c == '؛')
        {
            // "OUTLET؛ NAME -": the reporter's name runs to a dash.
            int nameStart = TextScan.SkipSpaces(t, q + 1, end);
            int dash = -1;
            for (int i = nameStart; i < Math.Min(end, nameStart + 60); i++)
            {
                if (TextScan.IsDash(t[i]))
                {
                    dash = i;
                    break;
                }
            }

            if (dash < 0)
            {
                return q;
            }

            Credit(s, m, fromHeader: true, isChain: false);
            AddReporters(ctx, nameStart, TextScan.TrimEnd(t, nameStart, dash));
            Cut(ctx, li, p, dash + 1);
            ctx.Report(DiagnosticCode.HeaderLine, DiagnosticSeverity.Info, p, dash + 1, "Outlet and byline.");
            return dash + 1;
        }

        if (TextScan.IsDash(c) || c is ':' or '|')
        {
            // Titles are never read here, so "A:" is an attribution, not a headline quoting A.
            Credit(s, m, fromHeader: true, isChain: false);
            int after = q + 1;
            if (TextScan.IsDash(c) && TryLeadByline(s, TextScan.SkipSpaces(t, after, end), end, afterOutlet: true, out int bylineEnd))
            {
                after = bylineEnd;
            }
            else if (TextScan.IsDash(c) && TextScan.SkipSpaces(t, after, end) is int desk
                     && (TextScan.WordAt(t, desk, end, "گروه") || TextScan.WordAt(t, desk, end, "سرویس")) && DeskLabelEnd(t, desk, end) is int deskEnd and > 0)
            {
                // "خبرگزاری مهر - گروه اقتصاد: ...": the outlet's desk after its dateline.
                after = deskEnd;
            }

            Cut(ctx, li, p, after);
            ctx.Report(DiagnosticCode.HeaderLine, DiagnosticSeverity.Info, p, after, afterCity ? "Dateline and outlet." : "Outlet.");
            return after;
        }

        return q;
    }

    /// <summary>"خبرگزاری NAME –", "آژانس خبری NAME –": an agency the registry does not know, in the dateline position.</summary>
    private int ReadUnknownAgencyHeader(HeaderState s, int li, int p, int end)
    {
        string t = s.T;
        int prefixEnd;
        if (TextScan.WordAt(t, p, end, "خبرگزاری"))
        {
            prefixEnd = p + "خبرگزاری".Length;
        }
        else if (TextScan.PhraseAt(t, p, end, "آژانس خبری", out int e) && e < end && !TextScan.IsWordChar(t[e]))
        {
            prefixEnd = e;
        }
        else
        {
            return p;
        }

        int nameStart = TextScan.SkipSpaces(t, prefixEnd, end);
        int w = nameStart;
        for (int k = 0; k < 2 && w < end; k++)
        {
            int we = TextScan.WordEnd(t, w, end);
            if (we == w)
            {
                break;
            }

            int sep = TextScan.SkipSpaces(t, we, end);
            if (sep < end && TextScan.IsDash(t[sep]))
            {
                Credit(s, new OutletMention(p, we, null), fromHeader: true, isChain: false);
                Cut(s.Ctx, li, p, sep + 1);
                s.Ctx.Report(DiagnosticCode.HeaderLine, DiagnosticSeverity.Info, p, sep + 1, "Outlet.");
                return sep + 1;
            }

            w = sep;
        }

        return p;
    }

    /// <summary>
    /// The name in a dateline bracket the registry does not know, "CITY (NAME) -": one to three words of letters (at
    /// least two letters, so "(ع)" after a holy name is no outlet), the closing bracket, then a dash. Returns the name's
    /// bounds and the dash, or null.
    /// </summary>
    private static (int Start, int End, int Dash)? UnknownDatelineOutlet(string t, int open, int end)
    {
        int start = TextScan.SkipSpaces(t, open + 1, end);
        int w = start, nameEnd = start;
        for (int k = 0; k < 3 && w < end && t[w] != ')'; k++)
        {
            int we = TextScan.WordEnd(t, w, end);
            if (we == w || !TextScan.IsLettersOnly(t, w, we))
            {
                return null;
            }

            nameEnd = we;
            w = TextScan.SkipSpaces(t, we, end);
        }

        if (w >= end || t[w] != ')' || nameEnd - start < 2 || IsHonorific(t.AsSpan(start, nameEnd - start)))
        {
            return null;
        }

        int dash = TextScan.SkipSpaces(t, w + 1, end);
        return dash < end && TextScan.IsDash(t[dash]) ? (start, nameEnd, dash) : null;
    }

    // The bracketed blessings written after holy names ("امام خمینی (ره) -"), which a dateline bracket must not be read as.
    private static bool IsHonorific(ReadOnlySpan<char> name) =>
        name is "ع" or "ص" or "س" or "ره" or "عج" or "قده" or "رض" or "رضی" or "مدظله" or "مد ظله" or "مدظله العالی" or "مد ظله العالی" or "مدظله‌العالی" or "سلام الله علیها" or "علیه السلام";

    // The ')' closing a dateline's bracket right after the outlet, or after a date written in it ("پژواک، ۱۲ قوس
    // ۱۴۰۳)"): a comma or space and at most 24 characters with a digit and no sentence mark; -1 when none.
    private static int DatelineBracketClose(string t, int outletEnd, int limit)
    {
        int q = TextScan.SkipSpaces(t, outletEnd, limit);
        if (q < limit && t[q] == ')')
        {
            return q;
        }

        if (q < limit && t[q] is '،' or ',')
        {
            q = TextScan.SkipSpaces(t, q + 1, limit);
        }

        bool digit = false;
        for (int i = q; i < limit && i < q + 24; i++)
        {
            char c = t[i];
            if (c == ')')
            {
                return digit && i > q ? i : -1;
            }

            if (c is '(' or '.' or '!' or '?' or '؟' or '«' or '»' or '\n')
            {
                return -1;
            }

            digit |= PersianLetters.IsDigit(c);
        }

        return -1;
    }

    private static bool IsSeparatorAfter(string t, int p, int end)
    {
        int q = TextScan.SkipSpaces(t, p, end);
        return q < end && (TextScan.IsDash(t[q]) || t[q] is ':' or '|' or '؛');
    }

    /// <summary>"گروه اقتصاد:", "سرویس بین‌الملل -": where a desk label of at most four words, closed by a colon or a
    /// spaced dash, ends (after its closer), or -1.</summary>
    private static int DeskLabelEnd(string t, int p, int end)
    {
        int words = 0;
        for (int i = p; i < Math.Min(end, p + 40); i++)
        {
            if (t[i] == ':' || (TextScan.IsDash(t[i]) && i > p && TextScan.IsSpace(t[i - 1])))
            {
                return words <= 4 ? i + 1 : -1;
            }

            if (TextScan.IsSentenceEnd(t[i]) || t[i] is '،' or ',' || PersianLetters.IsDigit(t[i]))
            {
                return -1;
            }

            words += TextScan.IsSpace(t[i]) && i + 1 < end && !TextScan.IsSpace(t[i + 1]) ? 1 : 0;
        }

        return -1;
    }

    /// <summary>
    /// "به گزارش [گروه X | خبرنگار Y] [خبرگزاری] A[ از CITY][ به نقل از B]،": the outlet's own attribution (it stays in
    /// the body, where the gold keeps it, since quotes end before it). A chain credits B as a source; an attribution
    /// after the outlet is known, or one describing the outlet from outside ("خبرگزاری رسمی ..."), credits a source.
    /// </summary>
    private int ReadReportAttribution(HeaderState s, int li, int p, int q, int end)
    {
        var ctx = s.Ctx;
        string t = s.T;
        int limit = Math.Min(end, q + 200);
        int delim = -1;
        for (int i = q; i < limit; i++)
        {
            // A dot inside a Latin token ("tasnimnews.com") ends nothing.
            if (TextScan.IsClauseDelimiter(t[i]) || (t[i] == '.' && !(i > q && i + 1 < limit && char.IsAsciiLetterOrDigit(t[i - 1]) && char.IsAsciiLetterOrDigit(t[i + 1]))))
            {
                delim = i;
                break;
            }
        }

        int via = TextScan.IndexOf(t, q, delim >= 0 ? delim : limit, "به نقل از");
        int attrEnd = via >= 0 ? TextScan.TrimEnd(t, q, via) : delim;
        int scanEnd = attrEnd >= 0 ? attrEnd : Math.Min(limit, q + 80);

        OutletMention? mention = null;
        for (int w = q; w < scanEnd; w = TextScan.NextWord(t, w, scanEnd))
        {
            if (MatchOutlet(t, w, scanEnd, out var m, out int aliasStart))
            {
                // A one-word alias is an ordinary word too ("مهر", "فارس"): it names the outlet only where the
                // attribution ends with it.
                if (OutletRegistry.IsOneWord(t, aliasStart, m.End) && !EndsAttribution(t, m.End, scanEnd))
                {
                    continue;
                }

                mention = m;
                break;
            }
        }

        bool described = false;
        if (mention is null && attrEnd > q && char.IsAsciiLetter(t[q]) && !t.AsSpan(q, attrEnd - q).Contains(' ')
            && t.AsSpan(q, attrEnd - q).Contains('.') && _outlets.TryMatchDomain(t.AsSpan(q, attrEnd - q).TrimStart("www."), out var byDomain))
        {
            // "به گزارش tasnimnews.com،": the site's address names it.
            mention = new OutletMention(q, attrEnd, byDomain);
        }

        if (mention is null && attrEnd > q)
        {
            // A clause that runs on to a full stop without a comma ("به گزارش ایرنا خسارتی گزارش نشده است.") is a
            // sentence, not an outlet's name: only a known outlet opening it is the credit.
            if (via >= 0 || t[delim] != '.')
            {
                mention = UnknownAttribution(t, q, attrEnd);
            }
            else if (MatchOutlet(t, q, attrEnd, out var opening, out _) && !EndsInWord(t, opening.End, attrEnd))
            {
                mention = opening;
            }
        }

        if (mention is { } found)
        {
            described = DescribesFromOutside(t, q, found.End, end);
            bool chain = via >= 0;
            if (described && delim >= 0 && found.End >= TextScan.TrimEnd(t, q, delim))
            {
                // "خبرگزاری رسمی جمهوری اسلامی، ایرنا،": the appositive name belongs to the credit.
                int a = TextScan.SkipSpaces(t, delim + 1, end);
                if (MatchOutlet(t, a, end, out var apposition, out _) && TextScan.SkipSpaces(t, apposition.End, end) is int after && after < end && TextScan.IsClauseDelimiter(t[after]))
                {
                    found = found with { End = apposition.End };
                }
            }

            bool institutional = found.Known is null && !chain && StartsWithAny(t, found.Start, found.End, InstitutionWords);
            if (described || institutional)
            {
                AddSource(ctx, found.Start, found.End);
            }
            else
            {
                Credit(s, found, fromHeader: false, isChain: chain);
            }
        }

        // The chain: "به نقل از B" inside the clause, or "به نقل از B" / "به نوشته B" opening the next one ("به گزارش
        // خبرگزاری مهر، به نقل از B،", "به گزارش ایسنا، به نوشته روزنامه گاردین،").
        int viaAt = via, viaLength = "به نقل از".Length;
        if (viaAt < 0 && delim >= 0)
        {
            int next = TextScan.SkipSpaces(t, delim + 1, end);
            if (TextScan.WordAt(t, next, end, "به نقل از"))
            {
                viaAt = next;
            }
            else if (t[delim] is '،' or ',' && TextScan.WordAt(t, next, end, "به نوشته") && QuotedFromSource(t, next, "به نوشته", end, out _, out _))
            {
                // Only a short phrase ended by a comma: "به نوشته روزنامه گاردین، ...".
                viaAt = next;
                viaLength = "به نوشته".Length;
            }
        }

        if (viaAt >= 0)
        {
            int b = TextScan.SkipSpaces(t, viaAt + viaLength, end);
            int bEnd = -1;
            if (MatchOutlet(t, b, end, out var source, out _))
            {
                bEnd = source.End;
            }
            else
            {
                for (int i = b; i < Math.Min(end, b + 90); i++)
                {
                    if (TextScan.IsClauseDelimiter(t[i]) || t[i] == '.')
                    {
                        bEnd = TextScan.TrimEnd(t, b, i);
                        break;
                    }
                }
            }

            if (bEnd > b)
            {
                AddSource(ctx, TrimQuotes(t, b, bEnd, out int be), be);
                return bEnd;
            }
        }

        return delim >= 0 ? delim + 1 : scanEnd;
    }

    /// <summary>Whether the alias ending at <paramref name="p"/> runs on inside a longer word.</summary>
    private static bool EndsInWord(string t, int p, int end) => p < end && !char.IsWhiteSpace(t[p]);

    /// <summary>Whether the alias ending at <paramref name="p"/> ends the attribution ("به گزارش فارس،", "... فارس از تبریز").</summary>
    private static bool EndsAttribution(string t, int p, int end)
    {
        int q = TextScan.SkipSpaces(t, p, end);
        return q >= end || TextScan.IsClauseDelimiter(t[q]) || TextScan.IsQuoteMark(t[q]) || t[q] is '.' or '('
            || TextScan.WordAt(t, q, end, "از") || TextScan.WordAt(t, q, end, "در") || TextScan.WordAt(t, q, end, "و") || TextScan.WordAt(t, q, end, "به نقل از");
    }

    /// <summary>An attribution naming an outlet the registry does not know ("به گزارش لنگرخبر،"), or null for
    /// "به گزارش خبرنگار ما،" and plural "رسانه‌های ...".</summary>
    private static OutletMention? UnknownAttribution(string t, int q, int attrEnd)
    {
        int start = q;
        if (StartsWithAny(t, start, attrEnd, DeskWords))
        {
            int medium = -1;
            for (int w = start; w < attrEnd; w = TextScan.NextWord(t, w, attrEnd))
            {
                if (StartsWithAny(t, w, attrEnd, MediumWords))
                {
                    medium = w;
                    break;
                }
            }

            if (medium < 0)
            {
                return null;
            }

            start = medium;
        }

        int end = attrEnd;
        int from = TextScan.IndexOf(t, start, end, " از ");
        if (from > start)
        {
            end = from;
        }

        start = TrimQuotes(t, start, TextScan.TrimEnd(t, start, end), out end);
        int firstEnd = TextScan.WordEnd(t, start, end);
        if (end <= start || TextScan.CountWords(t, start, end) > 6 || TextScan.HasDigit(t, start, end)
            || IsPlural(t.AsSpan(start, firstEnd - start)) || StartsWithAny(t, start, end, NotPublisherHeads))
        {
            return null;
        }

        return new OutletMention(start, end, null);
    }

    /// <summary>"رسانه‌های ...", "خبرگزاری‌ها": many outlets, not one publisher.</summary>
    private static bool IsPlural(ReadOnlySpan<char> word)
        => word.Length > 4 && (word.EndsWith("ها") || word.EndsWith("های") || word.Contains("\u200Cها", StringComparison.Ordinal));

    /// <summary>"خبرگزاری رسمی ...", "خبرگزاری دولتی ...", "... وابسته به ...": another outlet described from outside.</summary>
    private static bool DescribesFromOutside(string t, int start, int end, int lineEnd)
    {
        for (int w = start; w < end; w = TextScan.NextWord(t, w, end))
        {
            if (TextScan.WordAt(t, w, end, "خبرگزاری") || TextScan.WordAt(t, w, end, "رسانه") || TextScan.WordAt(t, w, end, "تلویزیون"))
            {
                int n = TextScan.NextWord(t, w, end);
                if (TextScan.WordAt(t, n, end, "رسمی") || TextScan.WordAt(t, n, end, "دولتی") || TextScan.WordAt(t, n, end, "حکومتی"))
                {
                    return true;
                }
            }
        }

        int after = TextScan.SkipSpaces(t, end, lineEnd);
        if (after < lineEnd && t[after] is '،' or ',')
        {
            after = TextScan.SkipSpaces(t, after + 1, lineEnd);
        }

        return TextScan.WordAt(t, after, lineEnd, "وابسته");
    }

    /// <summary>Records a credited outlet: the first one is the publisher; a later different one is a source.</summary>
    private static void Credit(HeaderState s, OutletMention m, bool fromHeader, bool isChain)
    {
        var ctx = s.Ctx;
        if (ctx.Outlet is null)
        {
            SetOutlet(ctx, m);
            s.OutletFromHeader = fromHeader;
            return;
        }

        if (m.Known is { } known && known.Id == ctx.Outlet.Id)
        {
            return;
        }

        if (m.Known is null && string.Equals(OutletRegistry.Fold(ctx.Outlet.Name), OutletRegistry.Fold(ctx.Normalized[m.Start..m.End]), StringComparison.Ordinal))
        {
            return;
        }

        // A later, different outlet in an attribution is where the story came from; a bare unknown phrase is credited
        // only when it looks like a medium (known, quoted or "خبرگزاری X").
        string t = ctx.Normalized;
        bool looksLikeMedium = m.Known is not null || StartsWithAny(t, m.Start, m.End, MediumWords)
            || (m.Start > 0 && TextScan.IsQuoteMark(t[m.Start - 1]));
        if (looksLikeMedium || isChain)
        {
            AddSource(ctx, m.Start, m.End);
        }
    }

    private static void SetOutlet(ParseContext ctx, OutletMention m)
    {
        var span = ctx.ToOriginal(m.Start, m.End);
        string text = ctx.OriginalText(span);
        ctx.Outlet = m.Known is { } o
            ? new Outlet(o.Id, o.Name, text, span.Start, span.Length)
            : new Outlet(null, ctx.NameText(span), text, span.Start, span.Length);
    }

    private static void AddSource(ParseContext ctx, int start, int end)
    {
        end = TextScan.TrimEnd(ctx.Normalized, start, end);
        if (end <= start)
        {
            return;
        }

        var span = ctx.ToOriginal(start, end);
        foreach (var existing in ctx.Sources)
        {
            if (existing.Start == span.Start)
            {
                return;
            }
        }

        ctx.Sources.Add(new Source(ctx.NameText(span), span.Start, span.Length));
    }

    /// <summary>
    /// Matches a known outlet at <paramref name="p"/>, with an optional generic prefix ("خبرگزاری", "روزنامه") and
    /// quotation marks ("به گزارش «ایسنا»"). The mention covers the prefix and the name, not the marks.
    /// </summary>
    private bool MatchOutlet(string t, int p, int end, out OutletMention mention, out int aliasStart)
    {
        int start = p;
        if (start < end && TextScan.IsQuoteMark(t[start]))
        {
            start = TextScan.SkipSpaces(t, start + 1, end);
        }

        if (_outlets.TryMatchAt(t, start, end, out var outlet, out int aliasEnd))
        {
            aliasStart = start;
            mention = new OutletMention(start, aliasEnd, outlet);
            return true;
        }

        if (start >= end || t[start] >= GenericPrefixFirst.Length || !GenericPrefixFirst[t[start]])
        {
            aliasStart = p;
            mention = default;
            return false;
        }

        foreach (string prefix in GenericPrefixes)
        {
            if (prefix[0] == t[start] && TextScan.PhraseAt(t, start, end, prefix, out int prefixEnd) && prefixEnd < end && TextScan.IsSpace(t[prefixEnd]))
            {
                int a = TextScan.SkipSpaces(t, prefixEnd, end);
                if (a < end && TextScan.IsQuoteMark(t[a]))
                {
                    a = TextScan.SkipSpaces(t, a + 1, end);
                }

                if (_outlets.TryMatchAt(t, a, end, out outlet, out aliasEnd))
                {
                    aliasStart = a;
                    mention = new OutletMention(start, aliasEnd, outlet);
                    return true;
                }
            }
        }

        aliasStart = p;
        mention = default;
        return false;
    }

    private static bool StartsWithAny(string t, int start, int end, string[] words)
    {
        foreach (string w in words)
        {
            if (TextScan.PhraseAt(t, start, end, w, out int e) && (e >= end || !TextScan.IsWordChar(t[e]) || t[e] == PersianLetters.Zwnj))
            {
                return true;
            }
        }

        return false;
    }

    private static int TrimQuotes(string t, int start, int end, out int newEnd)
    {
        while (start < end && (TextScan.IsQuoteMark(t[start]) || TextScan.IsSpace(t[start])))
        {
            start++;
        }

        while (end > start && (TextScan.IsQuoteMark(t[end - 1]) || TextScan.IsSpace(t[end - 1])))
        {
            end--;
        }

        newEnd = end;
        return start;
    }

    // Words that complete a province's name after its first word ("خراسان رضوی", "آذربایجان شرقی", "استان مرکزی").
    private static readonly string[] PlaceQualifiers = ["رضوی", "شمالی", "جنوبی", "شرقی", "غربی", "مرکزی"];

    // Provinces named by two words joined with "و" ("سیستان و بلوچستان").
    private static readonly string[] PairedPlaces = ["سیستان", "کهگیلویه", "چهارمحال"];

    // The end of a place name that starts with the word [start, wordEnd): a dateline "ایسنا/خراسان رضوی" or "ایرنا/سیستان و
    // بلوچستان" names the whole province, not its first word (the rest would be read as the lead's subject).
    private static int PlaceNameEnd(string t, int start, int wordEnd, int end)
    {
        int next = TextScan.SkipSpaces(t, wordEnd, end);
        foreach (string q in PlaceQualifiers)
        {
            if (TextScan.WordAt(t, next, end, q))
            {
                return next + q.Length;
            }
        }

        foreach (string first in PairedPlaces)
        {
            if (wordEnd - start == first.Length && t.AsSpan(start, first.Length).SequenceEqual(first) && TextScan.WordAt(t, next, end, "و"))
            {
                int second = TextScan.SkipSpaces(t, next + 1, end);
                int secondEnd = TextScan.WordEnd(t, second, end);
                return secondEnd > second ? secondEnd : wordEnd;
            }
        }

        return wordEnd;
    }
}
