namespace PersianNews.Core;

/// <summary>Page clutter: what a scraper keeps from the page around the article (ids, counters, share and follow
/// prompts, breadcrumbs, end markers, disclaimers). Recognized by what it is, kept out of the body, reported.</summary>
internal sealed partial class HeaderParser
{
    /// <summary>Phrases that are clutter wherever they stand, with what follows them on the same field.</summary>
    private static readonly (string Phrase, ClutterTail Tail)[] InlineClutter =
    [
        ("کد خبر", ClutterTail.Value),
        ("شماره خبر", ClutterTail.Value),
        ("کد مطلب", ClutterTail.Value),
        ("شناسه خبر", ClutterTail.Value),
        ("تعداد بازدید", ClutterTail.ValueRequired),
        ("تعداد نظرات", ClutterTail.ValueRequired),
        ("مدت زمان مطالعه", ClutterTail.RestOfLine),
        ("زمان تقریبی مطالعه", ClutterTail.RestOfLine),
        ("زمان مطالعه", ClutterTail.RestOfLine),
        ("بازدید", ClutterTail.ValueRequired),
        ("دسته بندی", ClutterTail.Word),
        ("سرویس", ClutterTail.Word),
        ("خبرنگار", ClutterTail.NumericValue),
        ("هم‌رسانی این مطلب", ClutterTail.Colon),
        ("اشتراک گذاری", ClutterTail.Colon),
        ("اندازه متن", ClutterTail.Aa),
        ("بزرگنمایی متن خبر", ClutterTail.None),
        ("محتوای این برنامه در حوزه جغرافیایی شما در دسترس نیست", ClutterTail.None),
        ("سرویس‌های خبری", ClutterTail.LineEnd),
        ("آخرین اخبار", ClutterTail.LineEnd),
        ("اخبار مرتبط", ClutterTail.LineEnd),
        ("خبرهای بیشتر", ClutterTail.LineEnd),
        ("جزییات بیشتر را در سایت بخوانید", ClutterTail.None),
        ("جزئیات بیشتر را در سایت بخوانید", ClutterTail.None),
        ("انتهای پیام", ClutterTail.Slash),
        ("انتهای پپام", ClutterTail.Slash),
        ("کپی رایت", ClutterTail.Word),
        ("لینک کوتاه", ClutterTail.Token),
        ("نشانی کوتاه", ClutterTail.Token),
        ("برچسب‌ها", ClutterTail.RestOfLine),
        ("برچسب ها", ClutterTail.RestOfLine),
        ("کلیدواژه‌ها", ClutterTail.RestOfLine),
        ("کلید واژه ها", ClutterTail.RestOfLine),
        ("کلمات کلیدی", ClutterTail.RestOfLine),
    ];

    /// <summary>
    /// The first word of every clutter phrase (the letters before its first space, which a match spells exactly), of
    /// "تاریخ انتشار" (a relative stamp), of the disclaimer and of an inline breadcrumb: a phrase is tried only where
    /// one of them is written.
    /// </summary>
    private static readonly TextScan.AnchorSet ClutterAnchors = new(InlineClutter.Select(c => TextScan.AnchorSet.FirstWord(c.Phrase)).Concat(["تاریخ", "انتشار", "اخبار"]));

    /// <summary>The indexes of the <see cref="InlineClutter"/> phrases by their first letter, in table order: a
    /// candidate is tried against the phrases it can start only.</summary>
    private static readonly Dictionary<char, int[]> InlineClutterByFirst = InlineClutter
        .Select((c, k) => (c.Phrase[0], k))
        .GroupBy(x => x.Item1)
        .ToDictionary(g => g.Key, g => g.Select(x => x.k).ToArray());

    /// <summary>The diagnostic detail of each <see cref="InlineClutter"/> phrase, built once.</summary>
    private static readonly string[] InlineClutterDetails = InlineClutter.Select(c => "Page chrome \"" + c.Phrase + "\".").ToArray();

    private enum ClutterTail
    {
        None,
        Value,
        ValueRequired,
        NumericValue,
        Word,
        Colon,
        Aa,
        Slash,

        /// <summary>An ordinary phrase ("آخرین اخبار") that is chrome only when nothing follows it on the line.</summary>
        LineEnd,

        /// <summary>A colon and one token after it ("لینک کوتاه: https://...").</summary>
        Token,

        /// <summary>A colon and the rest of the line ("برچسب‌ها: ...").</summary>
        RestOfLine,
    }

    // Tables read on every line live in static arrays: a collection expression of strings is an array allocated on
    // each call wherever the JIT does not place it on the stack (net8.0, and unoptimized code before tier-up).
    private static readonly string[] PromptAnchors = ["بپیوندید", "دنبال کنید"];
    private static readonly string[] PhotoCreditLabels = ["عکس", "عکس‌ها", "عکس ها", "تصاویر", "عکاس", "منبع عکس", "منبع تصویر", "اعتبار عکس"];

    /// <summary>Headings of a list of other stories' headlines, which the lines after them are.</summary>
    private static readonly string[] RelatedHeadings = ["اخبار مرتبط", "خبرهای مرتبط", "مطالب مرتبط", "مطالب پیشنهادی", "بیشتر بخوانید", "پربازدیدترین اخبار", "پربازدیدترین‌ها", "پیشنهاد سردبیر"];

    /// <summary>Page controls and headings that stand alone on their line ("ارسال نظر", "چاپ خبر").</summary>
    private static readonly string[] ChromeLines = ["ارسال نظر", "نظرات", "دیدگاه‌ها", "دیدگاه ها", "هنوز دیدگاهی ثبت نشده است", "هنوز نظری ثبت نشده است", "نظر خود را بنویسید", "دیدگاه خود را بنویسید", "ارسال دیدگاه", "اشتراک گذاری این مطلب", "اشتراک گذاری این خبر", "پایان پیام", "پایان خبر", "نظرات کاربران", "ثبت نظر", "نظر شما", "چاپ خبر", "نسخه چاپی", "ارسال به دوستان", "لینک کپی شد", "کپی لینک", "تبلیغات", "این مطلب را به اشتراک بگذارید", "این خبر را به اشتراک بگذارید"];

    /// <summary>Units of a relative stamp ("۳ ساعت پیش").</summary>
    private static readonly string[] StampUnits = ["ثانیه", "دقیقه", "ساعت", "روز", "هفته", "ماه", "سال"];

    /// <summary>The words of a share bar ("تلگرام واتساپ توییتر"): a line of only these is page chrome.</summary>
    private static readonly string[] ShareWords = ["اینستاگرام", "تلگرام", "توییتر", "توئیتر", "فیسبوک", "فیس‌بوک", "واتس‌اپ", "واتساپ", "لینکدین", "ایتا", "بله", "روبیکا", "سروش", "ایمیل", "پرینت", "کپی", "لینک", "ایکس", "اشتراک"];

    /// <summary>The fields and buttons of a comment form ("نام", "ایمیل", "ارسال"), chrome one a line.</summary>
    private static readonly string[] FormWords = ["نام", "ارسال", "ذخیره", "چاپ", "وبسایت", "وب‌سایت"];

    private static readonly string[] SocialNetworks = ["اینستاگرام", "تلگرام", "توییتر", "توئیتر", "فیسبوک", "فیس‌بوک", "یوتیوب", "آپارات", "ایکس", "واتس‌اپ", "بله", "ایتا", "روبیکا", "سروش"];

    /// <summary>Marks clutter lines and inline clutter; a follow/join prompt names the outlet when nothing else does.</summary>
    private void DetectClutter(HeaderState s)
    {
        var ctx = s.Ctx;
        string t = s.T;

        // Which prompt anchors the text holds at all: one search each over the text, not one per line.
        int prompts = 0;
        for (int k = 0; k < PromptAnchors.Length; k++)
        {
            if (t.Contains(PromptAnchors[k], StringComparison.Ordinal))
            {
                prompts |= 1 << k;
            }
        }

        for (int li = 0; li < ctx.Lines.Length; li++)
        {
            var line = ctx.Lines[li];
            if (WholeLineClutter(t, line.Start, line.End) is { } kind)
            {
                s.IsClutter[li] = true;
                RemoveLine(ctx, li, DiagnosticCode.PageClutter, kind);

                // A related-news heading takes the headlines listed under it (short lines that are no sentence).
                while (ReferenceEquals(kind, RelatedHeading) && li + 1 < ctx.Lines.Length && IsListedHeadline(t, ctx.Lines[li + 1].Start, ctx.Lines[li + 1].End))
                {
                    li++;
                    s.IsClutter[li] = true;
                    RemoveLine(ctx, li, DiagnosticCode.PageClutter, "Related-news headline.");
                }

                // A tag heading alone on its line takes the tags listed under it, one a line.
                while (ReferenceEquals(kind, TagHeading) && li + 1 < ctx.Lines.Length && IsListedTag(t, ctx.Lines[li + 1].Start, ctx.Lines[li + 1].End))
                {
                    li++;
                    s.IsClutter[li] = true;
                    RemoveLine(ctx, li, DiagnosticCode.PageClutter, "Listed tag.");
                }

                continue;
            }

            // A share bar a scraper keeps one button a line: two or more lines of one share word each.
            int bar = li;
            while (bar < ctx.Lines.Length && ctx.BodyLines![bar] && IsShareWordLine(t, ctx.Lines[bar].Start, ctx.Lines[bar].End))
            {
                bar++;
            }

            if (bar - li >= 2 || (bar - li == 1 && li > 0 && s.IsClutter[li - 1]))
            {
                for (; li < bar; li++)
                {
                    s.IsClutter[li] = true;
                    RemoveLine(ctx, li, DiagnosticCode.PageClutter, "Share bar.");
                }

                li--;
                continue;
            }

            ScanInlineClutter(s, li);
            if (prompts != 0)
            {
                ScanPrompts(s, li, prompts);
            }

            // A follow prompt that names no outlet ("ما را در تلگرام دنبال کنید").
            if (ctx.BodyLines![li] && IsSocialPromptLine(t, line.Start, line.End))
            {
                s.IsClutter[li] = true;
                RemoveLine(ctx, li, DiagnosticCode.PageClutter, "Follow prompt.");
            }
        }
    }

    /// <summary>Finds clutter phrases in one line, left to right, in linear time.</summary>
    private void ScanInlineClutter(HeaderState s, int li)
    {
        var ctx = s.Ctx;
        string t = s.T;
        var line = ctx.Lines[li];
        int end = line.End;

        // Phrases are tried where a word starts (after a character that is not part of a word; a half-space is) with
        // the first word of one of them: the line start, then the places a vectorized test of the character before
        // and the first two letters lets through, each checked in full. A phrase found is jumped over.
        int p = line.Start;
        while (p < end && TryClutterWordAt(s, li, p, end, out int jump))
        {
            p = jump;
        }

        p = Math.Max(p, line.Start + 1);
        while (p < end)
        {
            int q = ClutterAnchors.NextCandidate(t, p, end);
            if (q >= end)
            {
                return;
            }

            p = TryClutterWordAt(s, li, q, end, out int clutterEnd) ? clutterEnd : q + 1;
        }
    }

    /// <summary>A clutter phrase at <paramref name="p"/> when a word starts there (the scan's test at one position).</summary>
    private bool TryClutterWordAt(HeaderState s, int li, int p, int end, out int clutterEnd)
    {
        string t = s.T;
        clutterEnd = p;
        return ClutterAnchors.StartsAt(t, p, end) && (p == s.Ctx.Lines[li].Start || !TextScan.IsWordChar(t[p - 1]))
            && TryClutterAt(s, li, p, end, out clutterEnd);
    }

    private bool TryClutterAt(HeaderState s, int li, int p, int end, out int clutterEnd)
    {
        var ctx = s.Ctx;
        string t = s.T;
        clutterEnd = p;
        char c = t[p];

        if (c == 'ا' && TryInlineBreadcrumb(t, ctx.Lines[li].Start, p, end, out int crumbStart, out clutterEnd))
        {
            MarkClutter(s, li, crumbStart, clutterEnd, "Breadcrumb.");
            return true;
        }

        // "تاریخ انتشار: ۱ سال پیش": a relative stamp is page chrome, not a date.
        if (c == 'ت' && TextScan.PhraseAt(t, p, end, "تاریخ انتشار", out int label) && TryRelativeStamp(t, label, end, out clutterEnd))
        {
            MarkClutter(s, li, p, clutterEnd, "Relative publication stamp.");
            return true;
        }

        // A disclaimer sentence: "انتشار این مطلب به معنی تأیید محتوای آن نیست."
        if (c == 'ا' && (TextScan.PhraseAt(t, p, end, "انتشار این مطلب به معنی", out int d) || TextScan.PhraseAt(t, p, end, "انتشار این مطلب به معنای", out d)))
        {
            int sentenceEnd = d;
            while (sentenceEnd < end && !TextScan.IsSentenceEnd(t[sentenceEnd]))
            {
                sentenceEnd++;
            }

            int sentenceStart = p;
            var line = ctx.Lines[li];
            while (sentenceStart > line.Start && !TextScan.IsSentenceEnd(t[sentenceStart - 1]) && p - sentenceStart < 300)
            {
                sentenceStart--;
            }

            clutterEnd = Math.Min(end, sentenceEnd + 1);
            MarkClutter(s, li, sentenceStart, clutterEnd, "Disclaimer.");
            return true;
        }

        if (!InlineClutterByFirst.TryGetValue(c, out var phrases))
        {
            return false;
        }

        foreach (int k in phrases)
        {
            var (phrase, tail) = InlineClutter[k];
            if (!TextScan.PhraseAt(t, p, end, phrase, out int e) || (e < end && TextScan.IsWordChar(t[e]) && t[e] != PersianLetters.Zwnj))
            {
                continue;
            }

            int q = TextScan.SkipSpaces(t, e, end);
            bool colon = q < end && t[q] == ':';
            if (colon)
            {
                q = TextScan.SkipSpaces(t, q + 1, end);
            }

            switch (tail)
            {
                case ClutterTail.Value or ClutterTail.ValueRequired or ClutterTail.NumericValue:
                    {
                        int v = q;
                        while (v < end && (PersianLetters.IsDigit(t[v]) || t[v] is '-' or '/'))
                        {
                            v++;
                        }

                        // "کد خبر: 123" or "کد خبر 123"; a counter or a reporter code needs both the colon and the number.
                        if (v == q || (tail != ClutterTail.Value && !colon))
                        {
                            continue;
                        }

                        e = v > q ? v : (colon ? q : e);
                        break;
                    }

                case ClutterTail.Word when phrase == "کپی رایت":
                    // A photo credit: "کپی رایت عکس از ایرنا", "کپی رایت AP Photo" (not the copyright law of prose).
                    if (!(TextScan.WordAt(t, q, end, "عکس") || (q < end && char.IsAsciiLetter(t[q]))))
                    {
                        continue;
                    }

                    e = SkipCredit(t, q, end);
                    break;
                case ClutterTail.Word:
                    if (!colon)
                    {
                        continue;
                    }

                    e = TextScan.WordEnd(t, q, end);
                    break;
                case ClutterTail.Colon:
                    if (!colon && TextScan.SkipSpaces(t, e, end) < end)
                    {
                        continue;
                    }

                    e = colon ? q : e;
                    break;
                case ClutterTail.Token:
                    if (!colon || q >= end)
                    {
                        continue;
                    }

                    e = q;
                    while (e < end && !TextScan.IsSpace(t[e]))
                    {
                        e++;
                    }

                    break;
                case ClutterTail.RestOfLine:
                    if (!colon)
                    {
                        continue;
                    }

                    e = end;
                    break;
                case ClutterTail.LineEnd:
                    if (TextScan.SkipSpaces(t, e, end) < end)
                    {
                        continue;
                    }

                    break;
                case ClutterTail.Aa:
                    {
                        int aaEnd = e;
                        while (q + 1 < end && t[q] == 'A' && t[q + 1] == 'a')
                        {
                            aaEnd = q + 2;
                            q = TextScan.SkipSpaces(t, q + 2, end);
                        }

                        if (aaEnd == e)
                        {
                            continue;
                        }

                        e = aaEnd;
                        break;
                    }
                case ClutterTail.Slash:
                    {
                        // "انتهای پیام/", "انتهای پیام/ش": the sign-off code is part of the marker.
                        int v = q;
                        while (v < end && (t[v] == '/' || t[v] == '.' || TextScan.IsSpace(t[v])))
                        {
                            v++;
                        }

                        int digits = v;
                        while (digits < end && PersianLetters.IsDigit(t[digits]))
                        {
                            digits++;
                        }

                        if (v > e && digits > v && TextScan.SkipSpaces(t, digits, end) == end)
                        {
                            // "انتهای پیام/ ۲۱۱۲۱۱": the desk's code ending the line.
                            v = digits;
                        }
                        else if (v < end && v > e)
                        {
                            int we = TextScan.WordEnd(t, v, end);
                            if (we - v <= 3)
                            {
                                v = we;
                            }
                        }

                        e = Math.Max(e, v);
                        break;
                    }
            }

            clutterEnd = e;
            MarkClutter(s, li, p, e, InlineClutterDetails[k]);
            return true;
        }

        return false;
    }

    private static bool TryRelativeStamp(string t, int p, int end, out int stampEnd)
    {
        stampEnd = p;
        int q = TextScan.SkipSpaces(t, p, end);
        if (q >= end || t[q] != ':')
        {
            return false;
        }

        q = TextScan.SkipSpaces(t, q + 1, end);
        int n = q;
        while (n < end && PersianLetters.IsDigit(t[n]))
        {
            n++;
        }

        int unit = TextScan.SkipSpaces(t, n, end);
        int unitEnd = TextScan.WordEnd(t, unit, end);
        var word = t.AsSpan(unit, unitEnd - unit);
        if (n == q || !(word is "ثانیه" or "دقیقه" or "ساعت" or "روز" or "هفته" or "ماه" or "سال"))
        {
            return false;
        }

        int ago = TextScan.SkipSpaces(t, unitEnd, end);
        if (!TextScan.WordAt(t, ago, end, "پیش"))
        {
            return false;
        }

        stampEnd = ago + "پیش".Length;
        return true;
    }

    private static int SkipCredit(string t, int q, int end)
    {
        // "کپی رایت عکس از ایرنا", "کپی رایت عکس از خبرگزاری فارس", "کپی رایت AP Photo": a short photo credit.
        int e = q;
        if (q < end && char.IsAsciiLetter(t[q]))
        {
            while (e < end && char.IsAsciiLetter(t[e]))
            {
                e = TextScan.WordEnd(t, e, end);
                int n = TextScan.SkipSpaces(t, e, end);
                if (n >= end || !char.IsAsciiLetter(t[n]))
                {
                    break;
                }

                e = n;
            }

            return e;
        }

        e = TextScan.WordEnd(t, q, end);
        int w = TextScan.SkipSpaces(t, e, end);
        if (TextScan.WordAt(t, w, end, "از"))
        {
            w = TextScan.SkipSpaces(t, w + 2, end);
            if (w < end && !StartsAnyClutterPhrase(t, w, end))
            {
                bool prefix = StartsWithAny(t, w, end, GenericPrefixes);
                e = TextScan.WordEnd(t, w, end);
                if (prefix)
                {
                    e = TextScan.WordEnd(t, TextScan.SkipSpaces(t, e, end), end);
                }
            }
        }

        return e;
    }

    private static bool StartsAnyClutterPhrase(string t, int p, int end)
    {
        foreach (var (phrase, _) in InlineClutter)
        {
            if (phrase[0] == t[p] && TextScan.PhraseAt(t, p, end, phrase, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"- اخبار سیاسی -": a breadcrumb run into the text between dashes.</summary>
    private static bool TryInlineBreadcrumb(string t, int lineStart, int p, int end, out int crumbStart, out int crumbEnd)
    {
        crumbStart = crumbEnd = p;
        int before = TextScan.TrimEnd(t, lineStart, p);
        if (before <= lineStart || !TextScan.IsDash(t[before - 1]) || !TextScan.WordAt(t, p, end, "اخبار"))
        {
            return false;
        }

        int w = TextScan.NextWord(t, p, end);
        for (int k = 0; k < 2 && w < end; k++)
        {
            if (TextScan.IsDash(t[w]))
            {
                crumbStart = before - 1;
                crumbEnd = w + 1;
                return true;
            }

            w = TextScan.NextWord(t, w, end);
        }

        if (w < end && TextScan.IsDash(t[w]))
        {
            crumbStart = before - 1;
            crumbEnd = w + 1;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Follow and join prompts ("دویچه وله فارسی را در اینستاگرام دنبال کنید", "به کانال تلگرام یورونیوز فارسی بپیوندید"),
    /// found from their rare closing verb with a vectorized search, then read back to where the prompt starts: the
    /// cost stays linear however long the line is.
    /// </summary>
    private void ScanPrompts(HeaderState s, int li, int present)
    {
        string t = s.T;
        var line = s.Ctx.Lines[li];
        for (int k = 0; k < PromptAnchors.Length; k++)
        {
            string anchor = PromptAnchors[k];
            if ((present & (1 << k)) == 0)
            {
                continue;
            }

            int from = line.Start;
            while (from < line.End)
            {
                int a = TextScan.IndexOf(t, from, line.End, anchor);
                if (a < 0)
                {
                    break;
                }

                int promptEnd = a + anchor.Length;
                from = promptEnd;
                int b = a;
                int floor = Math.Max(line.Start, a - 90);
                while (b > floor && !TextScan.IsSentenceEnd(t[b - 1]))
                {
                    b--;
                }

                b = TextScan.SkipSpaces(t, b, a);
                if (anchor[0] == 'ب')
                {
                    TryJoinPrompt(s, li, b, a, promptEnd);
                }
                else
                {
                    TryFollowPrompt(s, li, b, a, promptEnd);
                }
            }
        }
    }

    /// <summary>"به (کانال|صفحه)? (تلگرام|اینستاگرام ...)? OUTLET (در تلگرام)? بپیوندید".</summary>
    private void TryJoinPrompt(HeaderState s, int li, int start, int anchor, int promptEnd)
    {
        string t = s.T;
        for (int w = start; w < anchor; w = TextScan.NextWord(t, w, anchor))
        {
            if (!TextScan.WordAt(t, w, anchor, "به"))
            {
                continue;
            }

            if ((TextScan.IndexOf(t, w, anchor, "کانال") > 0 || ContainsAny(t, w, anchor, SocialNetworks)) && FindOutletIn(t, w, anchor, out var m))
            {
                MarkClutter(s, li, w, promptEnd, "Join prompt.");
                ClosingCandidate(s, m);
            }

            return;
        }
    }

    /// <summary>"OUTLET را در اینستاگرام دنبال کنید".</summary>
    private void TryFollowPrompt(HeaderState s, int li, int start, int anchor, int promptEnd)
    {
        string t = s.T;
        int ra = TextScan.IndexOf(t, start, anchor, " را ");
        if (ra < 0 || !ContainsAny(t, ra, anchor, SocialNetworks))
        {
            return;
        }

        for (int w = start; w < ra; w = TextScan.NextWord(t, w, ra))
        {
            if (MatchOutlet(t, w, ra, out var m, out _) && TextScan.SkipSpaces(t, m.End, ra + 1) >= ra)
            {
                MarkClutter(s, li, w, promptEnd, "Follow prompt.");
                ClosingCandidate(s, m);
                return;
            }
        }
    }

    private bool FindOutletIn(string t, int start, int end, out OutletMention mention)
    {
        for (int w = start; w < end; w = TextScan.NextWord(t, w, end))
        {
            if (MatchOutlet(t, w, end, out mention, out _))
            {
                return true;
            }
        }

        mention = default;
        return false;
    }

    private static bool ContainsAny(string t, int start, int end, string[] words)
    {
        foreach (string w in words)
        {
            if (TextScan.IndexOf(t, start, end, w) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static void MarkClutter(HeaderState s, int li, int start, int end, string what)
    {
        var ctx = s.Ctx;
        var line = ctx.Lines[li];
        end = TextScan.TrimEnd(ctx.Normalized, start, end);
        if (end <= start)
        {
            return;
        }

        ctx.Report(DiagnosticCode.PageClutter, DiagnosticSeverity.Info, start, end, what);
        if (start <= line.Start && end >= line.End)
        {
            s.IsClutter[li] = true;
            ctx.BodyLines![li] = false;
            return;
        }

        Cut(ctx, li, start, end);
        if (!ctx.BodyLines![li])
        {
            s.IsClutter[li] = true;
        }
    }

    private const string RelatedHeading = "Related-news heading.";

    private const string TagHeading = "Tag heading.";

    /// <summary>The headings of a page's tag list.</summary>
    private static readonly string[] TagHeadings = ["برچسب‌ها", "برچسب ها", "برچسبها", "کلیدواژه‌ها", "کلید واژه ها", "کلیدواژه ها", "کلمات کلیدی", "تگ‌ها", "تگ ها"];

    /// <summary>"برچسب‌ها:" alone on its line, before a list of tags.</summary>
    private static bool IsTagHeading(string t, int start, int end)
    {
        int s0 = TextScan.SkipSpaces(t, start, end);
        int e = end;
        while (e > s0 && (TextScan.IsSpace(t[e - 1]) || t[e - 1] is ':'))
        {
            e--;
        }

        if (e - s0 > 20)
        {
            return false;
        }

        foreach (string heading in TagHeadings)
        {
            if (TextScan.PhraseAt(t, s0, e, heading, out int he) && he == e)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A listed tag: up to four words that end no sentence and hold no clause punctuation.</summary>
    private static bool IsListedTag(string t, int start, int end)
    {
        int s0 = TextScan.SkipSpaces(t, start, end);
        int e = TextScan.TrimEnd(t, s0, end);
        if (e <= s0 || e - s0 > 50 || TextScan.CountWords(t, s0, e) > 4)
        {
            return false;
        }

        for (int i = s0; i < e; i++)
        {
            if (t[i] is '.' or ':' or '،' or '؛' or '؟' or '!' or '«' or '»')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"۲ دقیقه مطالعه", "زمان مطالعه ۵ دقیقه", "مطالعه: ۳ دقیقه": a reading time alone on its line.</summary>
    private static bool IsReadingTimeLine(string t, int start, int end)
    {
        int p = TextScan.SkipSpaces(t, start, end);
        int e = TextScan.TrimEnd(t, p, end);
        if (e - p > 40)
        {
            return false;
        }

        if (TextScan.PhraseAt(t, p, e, "زمان مطالعه", out int label) || TextScan.PhraseAt(t, p, e, "مطالعه", out label))
        {
            // The label, an optional colon, then the minutes.
            int v = TextScan.SkipSpaces(t, label, e);
            v = v < e && t[v] == ':' ? TextScan.SkipSpaces(t, v + 1, e) : v;
            return Minutes(t, v, e, out int after) && after == e;
        }

        // The minutes, then "مطالعه".
        return Minutes(t, p, e, out int m) && TextScan.PhraseAt(t, TextScan.SkipSpaces(t, m, e), e, "مطالعه", out int me) && me == e;

        static bool Minutes(string t, int p, int e, out int after)
        {
            int d = p;
            while (d < e && PersianLetters.IsDigit(t[d]))
            {
                d++;
            }

            after = d;
            if (d == p || d - p > 3)
            {
                return false;
            }

            int u = TextScan.SkipSpaces(t, d, e);
            if (!TextScan.PhraseAt(t, u, e, "دقیقه", out after))
            {
                return false;
            }

            return true;
        }
    }

    /// <summary>"۰ نظر", "۱۲ دیدگاه", "۱۲۴۵ بازدید": a page counter alone on its line.</summary>
    private static bool IsCounterLine(string t, int start, int end)
    {
        int p = TextScan.SkipSpaces(t, start, end);
        int e = TextScan.TrimEnd(t, p, end);
        int d = p;
        while (d < e && (PersianLetters.IsDigit(t[d]) || (d > p && t[d] is ',' or '٬')))
        {
            d++;
        }

        if (d == p || e - p > 24)
        {
            return false;
        }

        int w = TextScan.SkipSpaces(t, d, e);
        foreach (string unit in CounterUnits)
        {
            if (TextScan.PhraseAt(t, w, e, unit, out int ue) && ue == e)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] CounterUnits = ["نظر", "دیدگاه", "بازدید", "بار بازدید"];

    /// <summary>A line of one share-bar word ("تلگرام") and nothing else.</summary>
    private static bool IsShareWordLine(string t, int start, int end)
    {
        int w = TextScan.SkipSpaces(t, start, end);
        if (w >= end || end - start > 20)
        {
            return false;
        }

        int e = TextScan.TrimEnd(t, w, end);
        foreach (string share in ShareWords)
        {
            if (TextScan.WordAt(t, w, e, share) && w + share.Length == e)
            {
                return true;
            }
        }

        foreach (string field in FormWords)
        {
            if (TextScan.WordAt(t, w, e, field) && w + field.Length == e)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// What kind of page clutter a whole line is, as the diagnostic's detail, or <see langword="null"/> for a line of
    /// the article; the first test that holds decides.
    /// </summary>
    private static string? WholeLineClutter(string t, int start, int end) =>
        IsLinkOrHandle(t, start, end) ? "Link or channel handle."
        : IsPhotoCreditLine(t, start, end) ? "Photo credit."
        : IsRelatedHeading(t, start, end) ? RelatedHeading
        : IsTagHeading(t, start, end) ? TagHeading
        : IsShareBarLine(t, start, end) ? "Share bar."
        : IsChromeLine(t, start, end) ? "Page control, tag line or relative stamp."
        : IsReadingTimeLine(t, start, end) ? "Reading time."
        : IsCounterLine(t, start, end) ? "Counter."
        : IsCopyrightLine(t, start, end) ? "Copyright line."
        : IsBreadcrumbLine(t, start, end) ? "Breadcrumb."
        : IsNumberOnlyLine(t, start, end) ? "Number only (a page or news code)."
        : null;

    /// <summary>"۲۴۱۲۴۱" alone on a line: a news code or counter the page printed without its label.</summary>
    private static bool IsNumberOnlyLine(string t, int start, int end)
    {
        bool digit = false;
        for (int i = start; i < end; i++)
        {
            char c = t[i];
            if (PersianLetters.IsDigit(c))
            {
                digit = true;
            }
            else if (!TextScan.IsSpace(c))
            {
                return false;
            }
        }

        return digit;
    }

    /// <summary>A line that is only a link or a channel handle ("https://iranintl.com/...", "@iranintltvsport").</summary>
    private static bool IsLinkOrHandle(string t, int start, int end)
    {
        var span = t.AsSpan(start, end - start);
        if (span.Contains(' '))
        {
            return false;
        }

        return span.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || span.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || span.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || (span.Length > 2 && span[0] == '@');
    }

    /// <summary>"ما را در تلگرام دنبال کنید", "به کانال ما در اینستاگرام بپیوندید": a short follow/join line.</summary>
    private static bool IsSocialPromptLine(string t, int start, int end)
    {
        if (end - start > 100)
        {
            return false;
        }

        int e = end;
        while (e > start && (TextScan.IsSentenceEnd(t[e - 1]) || TextScan.IsSpace(t[e - 1]) || t[e - 1] == ':'))
        {
            e--;
        }

        var span = t.AsSpan(start, e - start);
        return (span.EndsWith("دنبال کنید", StringComparison.Ordinal) || span.EndsWith("بپیوندید", StringComparison.Ordinal))
            && ContainsAny(t, start, e, SocialNetworks);
    }

    /// <summary>"عکس: آرشیو", "عکس از ایرنا", "منبع تصویر: رویترز": a short photo credit line.</summary>
    private static bool IsPhotoCreditLine(string t, int start, int end)
    {
        if (end - start > 60)
        {
            return false;
        }

        foreach (string label in PhotoCreditLabels)
        {
            if (TextScan.PhraseAt(t, start, end, label, out int e) && e < end && !TextScan.IsWordChar(t[e]))
            {
                int q = TextScan.SkipSpaces(t, e, end);
                if (q < end && (t[q] is ':' or '،' or ',' || TextScan.WordAt(t, q, end, "از")))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"اخبار مرتبط", "بیشتر بخوانید:": a heading alone on its line, before a list of headlines.</summary>
    private static bool IsRelatedHeading(string t, int start, int end)
    {
        int e = end;
        while (e > start && (TextScan.IsSpace(t[e - 1]) || t[e - 1] is ':' or '-' or '|'))
        {
            e--;
        }

        if (e - start > 30)
        {
            return false;
        }

        foreach (string heading in RelatedHeadings)
        {
            if (TextScan.PhraseAt(t, start, e, heading, out int he) && he == e)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A listed headline: a short line ("- ..." or "• ...", or up to 16 words) that ends no sentence.</summary>
    private static bool IsListedHeadline(string t, int start, int end)
    {
        int e = TextScan.TrimEnd(t, start, end);
        if (e <= start || e - start > 160 || t[e - 1] is '.' or ':' or '،' or '؛')
        {
            return false;
        }

        return TextScan.IsDash(t[start]) || t[start] is '•' or '*' or '▪' || TextScan.CountWords(t, start, e) <= 16;
    }

    /// <summary>A line that is only a page control ("ارسال نظر"), hashtags ("#سیاسی #اقتصادی") or a relative stamp
    /// ("۳ ساعت پیش", "آخرین به‌روزرسانی: ۲ ساعت پیش").</summary>
    private static bool IsChromeLine(string t, int start, int end)
    {
        int s0 = TextScan.SkipSpaces(t, start, end);
        int e = TextScan.TrimEnd(t, s0, end);
        if (e <= s0 || e - s0 > 60)
        {
            return false;
        }

        foreach (string chrome in ChromeLines)
        {
            if (TextScan.PhraseAt(t, s0, e, chrome, out int ce) && ce == e)
            {
                return true;
            }
        }

        if (t[s0] == '#')
        {
            for (int w = s0; w < e; w = TextScan.NextWord(t, w, e))
            {
                if (t[w] != '#')
                {
                    return false;
                }
            }

            return true;
        }

        // A relative stamp, with an optional label ending in a colon.
        int colon = t.AsSpan(s0, e - s0).IndexOf(':');
        int v = colon >= 0 && colon < 30 ? TextScan.SkipSpaces(t, s0 + colon + 1, e) : s0;
        int d = v;
        while (d < e && PersianLetters.IsDigit(t[d]))
        {
            d++;
        }

        if (d == v || d - v > 3)
        {
            return false;
        }

        int u = TextScan.SkipSpaces(t, d, e);
        foreach (string unit in StampUnits)
        {
            if (TextScan.WordAt(t, u, e, unit))
            {
                int after = TextScan.SkipSpaces(t, u + unit.Length, e);
                return TextScan.WordAt(t, after, e, "پیش") && TextScan.WordEnd(t, after, e) == e;
            }
        }

        return false;
    }

    /// <summary>"تلگرام واتساپ توییتر": a line of two or more share-bar words and nothing else.</summary>
    private static bool IsShareBarLine(string t, int start, int end)
    {
        if (end - start > 80)
        {
            return false;
        }

        int words = 0;
        for (int w = TextScan.SkipSpaces(t, start, end); w < end; w = TextScan.NextWord(t, w, end))
        {
            bool known = false;
            foreach (string share in ShareWords)
            {
                if (TextScan.WordAt(t, w, end, share))
                {
                    known = true;
                    break;
                }
            }

            if (!known)
            {
                return false;
            }

            words++;
        }

        return words >= 2;
    }

    /// <summary>"کلیه حقوق این سایت محفوظ است", "© ... تمامی حقوق متعلق به ... است", "استفاده از مطالب با ذکر منبع
    /// بلامانع است": a site's copyright footer.</summary>
    private static bool IsCopyrightLine(string t, int start, int end)
    {
        if (end - start > 200)
        {
            return false;
        }

        var span = t.AsSpan(start, end - start);
        // The rights of a site or its content, not of people ("همه حقوق شهروندان محفوظ است").
        bool rights = span.Contains("حقوق", StringComparison.Ordinal)
            && (span.Contains("محفوظ", StringComparison.Ordinal) || span.Contains("متعلق به", StringComparison.Ordinal))
            && (span.Contains('©') || TextScan.WordAt(t, start, end, "کلیه") || TextScan.WordAt(t, start, end, "تمامی") || TextScan.WordAt(t, start, end, "همه"))
            && (span.Contains('©') || TextScan.CountWords(t, start, end) <= 5 || ContainsAny(t, start, end, MediumWords) || span.Contains("مطالب", StringComparison.Ordinal));
        bool reuse = span.Contains("ذکر منبع", StringComparison.Ordinal)
            && (span.Contains("بلامانع", StringComparison.Ordinal) || span.Contains("مجاز", StringComparison.Ordinal));
        // Only 'r' and 'R' fold to 'R', so a line without either holds no "rights reserved" in any case (a cheap
        // vectorized test first: the case-insensitive search is the costly one, and Persian lines rarely hold an r).
        bool latin = span.ContainsAny('r', 'R') && span.Contains("rights reserved", StringComparison.OrdinalIgnoreCase)
            && (span.Contains('©') || span.Contains("Copyright", StringComparison.OrdinalIgnoreCase));
        return rights || reuse || latin || (span.TrimStart().StartsWith("©") && !span.Contains('.'));
    }

    /// <summary>"اخبار سیاسی", "- اخبار استانها -", "خانه / اخبار / سیاسی": a short navigation line.</summary>
    private static bool IsBreadcrumbLine(string t, int start, int end)
    {
        int p = start;
        while (p < end && (TextScan.IsDash(t[p]) || TextScan.IsSpace(t[p])))
        {
            p++;
        }

        int e = end;
        while (e > p && (TextScan.IsDash(t[e - 1]) || TextScan.IsSpace(t[e - 1])))
        {
            e--;
        }

        return (TextScan.WordAt(t, p, e, "اخبار") && TextScan.CountWords(t, p, e) <= 3 && !TextScan.HasDigit(t, p, e)
            && t.AsSpan(p, e - p).IndexOfAny(".:،") < 0) || IsNavigationPath(t, p, e);
    }

    private static readonly string[] HomeWords = ["خانه", "صفحه اصلی", "صفحه نخست", "صفحه نخستین"];

    /// <summary>
    /// "خانه » سیاسی » مجلس", "سیاسی › مجلس", "صفحه اصلی / اقتصادی": short sections joined by a path separator (a "/"
    /// only after a home word or between three sections: a headline kicker is "X/ ...").
    /// </summary>
    private static bool IsNavigationPath(string t, int p, int e)
    {
        var span = t.AsSpan(p, e - p);
        if (span.Length > 80 || span.IndexOfAny(".:،؟!«") >= 0 || TextScan.HasDigit(t, p, e))
        {
            return false;
        }

        int sections = 1, words = 0, slashes = 0;
        for (int i = p; i < e; i++)
        {
            char c = t[i];
            if (c is '»' or '›' or '>' or '/')
            {
                if (words == 0 || words > 3)
                {
                    return false;
                }

                slashes += c == '/' ? 1 : 0;
                sections++;
                words = 0;
            }
            else if (TextScan.IsWordChar(c) && (i == p || !TextScan.IsWordChar(t[i - 1])))
            {
                words++;
            }
        }

        if (sections < 2 || words == 0 || words > 3)
        {
            return false;
        }

        if (slashes == 0)
        {
            return true;
        }

        foreach (string home in HomeWords)
        {
            if (TextScan.WordAt(t, p, e, home))
            {
                return true;
            }
        }

        return sections >= 3 && slashes == sections - 1;
    }
}
