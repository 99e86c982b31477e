namespace PersianNews.Core;

/// <summary>Bylines: reporters, writers and translators named in byline positions.</summary>
internal sealed partial class HeaderParser
{
    /// <summary>Labels of byline fields; the ones ending in "از" take no colon.</summary>
    private static readonly string[] BylineLabels = ["نویسنده خبر", "خبرنگار", "نویسندگان", "مترجمان", "نویسنده", "ترجمه", "مترجم", "گزارش از", "به قلم", "نوشته", "گردآوری", "تهیه و تنظیم", "ترجمه و تنظیم", "گزارشگر", "گزارش", "تنظیم", "یادداشت از", "گفت‌وگو از", "مصاحبه از"];

    /// <summary>Words that make a "WORDS:" opening a role or a description, not a personal name.</summary>
    private static readonly string[] RoleWords =
    [
        "وزیر", "رئیس", "رییس", "سخنگو", "سخنگوی", "نماینده", "مدیر", "مدیرکل", "معاون", "دبیر", "فرمانده", "عضو", "کارشناس",
        "استاندار", "فرماندار", "سفیر", "دادستان", "امام", "رهبر", "مشاور", "نایب", "سرمربی", "مربی", "بازیکن", "کاخ", "وزارت",
        "دولت", "مجلس", "سازمان", "ستاد", "گروه", "سرویس", "یک", "این", "آیت", "حجت", "سردار", "دکتر", "مهندس", "پلیس", "ارتش",
    ];

    /// <summary>Titles written before a personal name in a labelled byline field.</summary>
    private static readonly string[] Honorifics = ["دکتر", "مهندس", "استاد"];

    /// <summary>Reporting verbs that, after "NAME:", show the name is a byline and someone else speaks.</summary>
    private static readonly string[] BylineCues = ["گفت", "افزود", "اظهار داشت", "اظهار کرد", "تصریح کرد", "تاکید کرد", "تأکید کرد", "اعلام کرد", "بیان کرد", "عنوان کرد", "خاطرنشان کرد", "نوشت", "می‌گوید", "ادامه داد"];

    /// <summary>The cues with the space before them, as searched for.</summary>
    private static readonly string[] SpacedBylineCues = BylineCues.Select(c => " " + c).ToArray();

    /// <summary>Labelled byline fields in the opening and the closing lines: "خبرنگار: NAME", "ترجمه: NAME", ...</summary>
    private void ReadBylineFields(HeaderState s)
    {
        var ctx = s.Ctx;
        string t = s.T;
        var lines = ctx.Lines;
        Span<int> anchorSlots = stackalloc int[BylineAnchors.Anchors.Length];
        for (int li = 0; li < lines.Length; li++)
        {
            if (li > s.OpeningLastLine && li < lines.Length - 3)
            {
                continue;
            }

            var line = lines[li];
            int end = Math.Min(line.End, line.Start + OpeningLength);

            // The fields are tried at the words of the line (the starts NextWord steps to); a field starts with a
            // label, so only the places where a label's first word is written are looked at.
            var anchors = new TextScan.AnchorCursor(t, end, BylineAnchors, anchorSlots);
            int walk = line.Start;
            bool walkTried = false;
            for (int p = anchors.Next(line.Start); p < end; p = anchors.Next(p + 1))
            {
                if (!(p == walk ? !walkTried : StepsTo(t, walk, p)))
                {
                    continue;
                }

                walk = p;
                walkTried = true;
                if (!TryBylineField(s, li, p, end, out int fieldEnd))
                {
                    continue;
                }

                // A bare name on the line above a translator's or writer's field is the author ("NAME" / "ترجمه: NAME").
                if (p == line.Start && li > 0 && lines[li - 1].End - lines[li - 1].Start <= 40)
                {
                    var above = lines[li - 1];
                    int words = TextScan.CountWords(t, above.Start, above.End);
                    if (words is >= 2 and <= 4 && TextScan.IsLettersOnly(t, above.Start, above.End) && !StartsWithAny(t, above.Start, above.End, RoleWords)
                        && !(ctx.Title is { } title && ctx.ToOriginal(above.Start, above.End).Start == title.Start)
                        && !IsOutletLine(t, above.Start, above.End))
                    {
                        AddReporter(ctx, above.Start, above.End);
                        if (s.IsTitle[li - 1])
                        {
                            var span = ctx.ToOriginal(above.Start, above.End);
                            ctx.Diagnostics.RemoveAll(d => d.Code == DiagnosticCode.TitleLine && d.Start == span.Start);
                        }

                        s.IsTitle[li - 1] = false;
                        ctx.BodyLines![li - 1] = false;
                        ctx.Report(DiagnosticCode.HeaderLine, DiagnosticSeverity.Info, above.Start, above.End, "Byline.");
                    }
                }

                p = Math.Max(p, fieldEnd - 1);
                walk = p;
                walkTried = true;
            }
        }

        // "NAME: ... گفت: ...": the reporter's name opening the lead.
        if (ctx.Reporters.Count == 0 && s.FirstBodyLine < lines.Length && ctx.BodyLines![s.FirstBodyLine])
        {
            int li = s.FirstBodyLine;
            int p = TextScan.SkipSpaces(t, ctx.BodyStarts![li], lines[li].End);
            if (TryLeadByline(s, p, lines[li].End, afterOutlet: false, out int bylineEnd))
            {
                Cut(ctx, li, p, bylineEnd);
            }
        }
    }

    /// <summary>Where the byline labels can start: a field can only start where one is written.</summary>
    private static readonly TextScan.AnchorSearch BylineAnchors = new(BylineLabels);

    /// <summary>
    /// Whether stepping word by word with <see cref="TextScan.NextWord"/> from <paramref name="from"/> lands on
    /// <paramref name="p"/> (&gt; from): the spaces right before it hold a space, tab or no-break space at or after
    /// <paramref name="from"/> (NextWord steps over half-spaces inside a word).
    /// </summary>
    private static bool StepsTo(string t, int from, int p)
    {
        if (TextScan.IsSpace(t[p]))
        {
            return false;
        }

        for (int r = p - 1; r >= from && TextScan.IsSpace(t[r]); r--)
        {
            if (t[r] != PersianLetters.Zwnj)
            {
                return true;
            }
        }

        return false;
    }

    private bool TryBylineField(HeaderState s, int li, int p, int end, out int fieldEnd)
    {
        var ctx = s.Ctx;
        string t = s.T;
        fieldEnd = p;
        if (p > ctx.Lines[li].Start && TextScan.IsWordChar(t[p - 1]))
        {
            return false;
        }

        foreach (string label in BylineLabels)
        {
            if (!TextScan.PhraseAt(t, p, end, label, out int e) || (e < end && TextScan.IsWordChar(t[e]) && t[e] != PersianLetters.Zwnj))
            {
                continue;
            }

            int q = TextScan.SkipSpaces(t, e, end);
            if (label is "خبرنگار" or "گزارشگر" && q < end && t[q] != ':' && MatchOutlet(t, q, end, out var employer, out _)
                && TextScan.SkipSpaces(t, employer.End, end) is int afterOutlet && afterOutlet < end && t[afterOutlet] == ':')
            {
                // "خبرنگار ایسنا: NAME": the reporter's outlet between the label and the colon.
                Credit(s, employer, fromHeader: true, isChain: false);
                q = afterOutlet;
            }

            bool colon = q < end && t[q] == ':';
            bool noColonLabel = label is "گزارش از" or "به قلم" or "یادداشت از" or "گفت‌وگو از" or "مصاحبه از";
            if (colon)
            {
                q = TextScan.SkipSpaces(t, q + 1, end);
            }
            else if (!noColonLabel || p != ctx.Lines[li].Start)
            {
                return false;
            }

            if (q >= end || PersianLetters.IsDigit(t[q]))
            {
                return false;
            }

            if (MatchOutlet(t, q, end, out var outlet, out _))
            {
                // "نگارش از یورونیوز فارسی": the byline names the outlet, not a person.
                Credit(s, outlet, fromHeader: true, isChain: false);
                fieldEnd = outlet.End;
                return true;
            }

            int nameEnd = q;
            int words = 0;
            while (nameEnd < end && words < 9)
            {
                char c = t[nameEnd];
                if (c is '.' or '|' or '/' or '•' or '(' or ')' or ':' or '؛' || (TextScan.IsDash(c) && nameEnd + 1 < end && TextScan.IsSpace(t[nameEnd + 1])) || PersianLetters.IsDigit(c))
                {
                    break;
                }

                if (TextScan.IsSpace(c) && c != PersianLetters.Zwnj)
                {
                    words++;
                }

                nameEnd++;
            }

            if (words >= 9 || IsNextLabelAhead(t, q, nameEnd))
            {
                nameEnd = Math.Min(nameEnd, LabelStart(t, q, nameEnd));
            }

            nameEnd = TextScan.TrimEnd(t, q, nameEnd);

            // A labelled field names a person even with a title: "نویسنده: دکتر NAME" is NAME.
            foreach (string title in Honorifics)
            {
                if (TextScan.WordAt(t, q, nameEnd, title) && TextScan.CountWords(t, q, nameEnd) >= 3)
                {
                    q = TextScan.SkipSpaces(t, q + title.Length, nameEnd);
                    break;
                }
            }

            if (nameEnd <= q || TextScan.CountWords(t, q, nameEnd) > 8 || StartsWithAny(t, q, nameEnd, RoleWords))
            {
                return false;
            }

            AddReporters(ctx, q, nameEnd);
            ctx.Report(DiagnosticCode.HeaderLine, DiagnosticSeverity.Info, p, nameEnd, "Byline.");

            // "گزارش: NAME / عکس: NAME": the photographer's credit after a slash or a pipe ends the line with the byline.
            int lineEnd = TextScan.TrimEnd(t, ctx.Lines[li].Start, ctx.Lines[li].End);
            int sep = TextScan.SkipSpaces(t, nameEnd, lineEnd);
            if (sep < lineEnd && t[sep] is '/' or '|' && TextScan.SkipSpaces(t, sep + 1, lineEnd) is int credit && IsPhotoCreditLine(t, credit, lineEnd))
            {
                ctx.Report(DiagnosticCode.PageClutter, DiagnosticSeverity.Info, credit, lineEnd, "Photo credit.");
                nameEnd = lineEnd;
            }
            if (p == ctx.Lines[li].Start && nameEnd >= TextScan.TrimEnd(t, p, ctx.Lines[li].End))
            {
                ctx.BodyLines![li] = false;
            }
            else
            {
                Cut(ctx, li, p, nameEnd);
            }

            fieldEnd = nameEnd;
            return true;
        }

        return false;
    }

    private static bool IsNextLabelAhead(string t, int start, int end) => LabelStart(t, start, end) < end;

    private static int LabelStart(string t, int start, int end)
    {
        for (int w = TextScan.NextWord(t, start, end); w < end; w = TextScan.NextWord(t, w, end))
        {
            foreach (string label in BylineLabels)
            {
                if (TextScan.PhraseAt(t, w, end, label, out int e) && TextScan.SkipSpaces(t, e, end) is int q && q < end && t[q] == ':')
                {
                    return w;
                }
            }

            foreach (string label in MetadataLabels)
            {
                if (TextScan.PhraseAt(t, w, end, label, out _))
                {
                    return w;
                }
            }
        }

        return end;
    }

    /// <summary>
    /// "NAME: X گفت: ...": a short personal name, a colon, and a sentence in which someone else speaks. Right after an
    /// outlet's dash ("همشهری آنلاین - NAME: ...") the name is a byline without that check: a headline never stands there.
    /// </summary>
    private bool TryLeadByline(HeaderState s, int p, int end, bool afterOutlet, out int bylineEnd)
    {
        string t = s.T;
        bylineEnd = p;
        int limit = Math.Min(end, p + 40);
        int colon = -1;
        for (int i = p; i < limit; i++)
        {
            if (t[i] == ':')
            {
                colon = i;
                break;
            }
        }

        if (colon < 0)
        {
            return false;
        }

        int nameEnd = TextScan.TrimEnd(t, p, colon);
        int words = TextScan.CountWords(t, p, nameEnd);
        if (words is < 2 or > 3 || !TextScan.IsLettersOnly(t, p, nameEnd) || StartsWithAny(t, p, nameEnd, RoleWords)
            || FindOutletIn(t, p, nameEnd, out _))
        {
            return false;
        }

        if (afterOutlet)
        {
            AddReporter(s.Ctx, p, nameEnd);
            s.Ctx.Report(DiagnosticCode.HeaderLine, DiagnosticSeverity.Info, p, colon + 1, "Byline.");
            bylineEnd = colon + 1;
            return true;
        }

        int sentenceEnd = colon + 1;
        while (sentenceEnd < Math.Min(end, colon + 250) && !TextScan.IsSentenceEnd(t[sentenceEnd]))
        {
            sentenceEnd++;
        }

        foreach (string spacedCue in SpacedBylineCues)
        {
            int at = TextScan.IndexOf(t, colon + 1, sentenceEnd, spacedCue);
            if (at > 0)
            {
                int after = TextScan.SkipSpaces(t, at + spacedCue.Length, sentenceEnd);
                if (after < sentenceEnd && t[after] == ':')
                {
                    AddReporter(s.Ctx, p, nameEnd);
                    s.Ctx.Report(DiagnosticCode.HeaderLine, DiagnosticSeverity.Info, p, colon + 1, "Byline.");
                    bylineEnd = colon + 1;
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Adds the names of a byline field: several joined by "و" or commas; numeric codes are not names.</summary>
    private static void AddReporters(ParseContext ctx, int start, int end)
    {
        string t = ctx.Normalized;

        // "OUTLET؛ گزارش از NAME -": the label is not part of the name.
        foreach (string label in BylineLabels)
        {
            if (TextScan.PhraseAt(t, start, end, label, out int e) && (e >= end || !TextScan.IsWordChar(t[e])))
            {
                int q = TextScan.SkipSpaces(t, e, end);
                if (q < end && t[q] == ':')
                {
                    q = TextScan.SkipSpaces(t, q + 1, end);
                }

                start = q;
                break;
            }
        }

        int s = start;
        bool afterComma = false, added = false;
        for (int i = start; i <= end; i++)
        {
            bool comma = i < end && t[i] is '،' or ',';
            bool split = i == end || comma || (t[i] == 'و' && i > start && TextScan.IsSpace(t[i - 1]) && i + 1 < end && TextScan.IsSpace(t[i + 1]));
            if (!split)
            {
                continue;
            }

            int ns = TextScan.SkipSpaces(t, s, i);
            int ne = TextScan.TrimEnd(t, ns, i);
            if (added && afterComma && (TextScan.CountWords(t, ns, ne) < 2 || StartsWithAny(t, ns, ne, RoleWords) || StartsWithAny(t, ns, ne, Honorifics)))
            {
                // "نویسنده: علی سرزعیم، اقتصاددان", "..., استاد دانشگاه تهران": after a comma, one word or a title
                // describes the writer named before; it is no second writer (and what follows it describes on).
                break;
            }

            if (ne > ns && !TextScan.HasDigit(t, ns, ne))
            {
                AddReporter(ctx, ns, ne);
                added = true;
            }

            afterComma = comma;
            s = i + 1;
        }
    }

    private static void AddReporter(ParseContext ctx, int start, int end)
    {
        var span = ctx.ToOriginal(start, end);

        // A "name" of white space only (a form feed the normalizer keeps: "خبرنگار:\f؛") names no one.
        if (ctx.Original.AsSpan(span.Start, span.Length).IsWhiteSpace())
        {
            return;
        }
        foreach (var r in ctx.Reporters)
        {
            if (r.Start == span.Start)
            {
                return;
            }
        }

        ctx.Reporters.Add(new Reporter(ctx.NameText(span), span.Start, span.Length));
    }

    // "روزنامه اعتماد" / "گزارش: NAME": the outlet's masthead above a byline is no author's name.
    private bool IsOutletLine(string t, int start, int end)
        => MatchOutlet(t, TextScan.SkipSpaces(t, start, end), end, out var outlet, out _) && TextScan.SkipSpaces(t, outlet.End, end) >= end;
}
