namespace PersianNews.Core;

/// <summary>
/// Finds dates inside a range of normalized text (a header line, a dateline prefix, a footer): where they are, what
/// their label says, and how they were written, so the header stage can tell the publication date from an update
/// time, a scrape time or the date of an event. Linear in the length of the range; allocates only for dates found.
/// </summary>
internal static class DateLocator
{
    /// <summary>
    /// Finds the first date that starts in [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/>.
    /// <paramref name="matchStart"/>/<paramref name="matchEnd"/> cover the date and any label before it
    /// ("تاریخ انتشار:"), as normalized offsets. <paramref name="issue"/> is a diagnostic code when a date-like text
    /// was found but is invalid (the method then returns false, and the match covers the impossible date) or
    /// ambiguous (the method returns true with the day-first reading).
    /// </summary>
    public static bool TryLocate(string text, int start, int end, out PublicationDate? date, out int matchStart, out int matchEnd, out DiagnosticCode? issue)
    {
        bool found = TryLocate(text, start, end, out DateMatch match);
        date = match.Date;
        matchStart = match.Start;
        matchEnd = match.End;
        issue = match.Issue;
        return found;
    }

    /// <summary>
    /// Finds the first date-like text that starts in [<paramref name="start"/>, <paramref name="end"/>).
    /// Returns true for a date that exists (<see cref="DateMatch.Date"/> set; Issue is AmbiguousDate or null).
    /// Returns false with Issue = InvalidDate and the match covering the text when the first date-like text cannot
    /// exist (month 13, ۳۱ اسفند); call again from <see cref="DateMatch.End"/> to look further. Returns false with
    /// Issue null and an empty match at <paramref name="start"/> when the range holds no date.
    /// </summary>
    public static bool TryLocate(string text, int start, int end, out DateMatch match)
    {
        ArgumentNullException.ThrowIfNull(text);
        end = Math.Clamp(end, 0, text.Length);
        start = Math.Clamp(start, 0, end);
        var s = text.AsSpan(0, end);
        for (int p = start; p < end; p++)
        {
            if (!IsCandidate(s, p))
            {
                continue;
            }

            var status = PersianDateParser.Scan(s, p, out var r);
            if (status == PersianDateParser.ScanStatus.None)
            {
                continue;
            }

            match = Build(text, s, ref r, status);
            return match.IsValid;
        }

        match = new DateMatch(null, start, start, start, DateLabel.None, DateTraits.None, null);
        return false;
    }

    /// <summary>
    /// Adds every date-like text in the range to <paramref name="results"/>, in order, valid and invalid, at most
    /// <paramref name="max"/>; returns how many were added.
    /// </summary>
    public static int LocateAll(string text, int start, int end, List<DateMatch> results, int max = 16)
    {
        ArgumentNullException.ThrowIfNull(results);
        int added = 0;
        int p = start;
        while (added < max && p < end)
        {
            if (!TryLocate(text, p, end, out DateMatch m) && m.Issue is null)
            {
                break;
            }

            results.Add(m);
            added++;
            p = m.End;
        }

        return added;
    }

    /// <summary>
    /// Chooses the publication date among dates found in a header: the first one labelled as publication
    /// ("تاریخ انتشار"); else the earliest unlabelled date that is not in running text (a page clock, an update or a
    /// scrape time are never earlier than the publication); else the earliest update date ("به روز شده در", which is
    /// what pages that print only an update time show). Dates labelled as something else (access, scrape, today),
    /// invalid dates, and dates inside a sentence ("روز ...") are never chosen. Returns the index, or -1.
    /// The dates not chosen are the ones to report as <see cref="DiagnosticCode.AdditionalDate"/>.
    /// </summary>
    public static int ChoosePublication(IReadOnlyList<DateMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(matches);
        int unlabelled = -1;
        int update = -1;
        for (int k = 0; k < matches.Count; k++)
        {
            var m = matches[k];
            if (!m.IsValid || m.InRunningText)
            {
                continue;
            }

            switch (m.Label)
            {
                case DateLabel.Publication:
                    return k;
                case DateLabel.None when unlabelled < 0 || m.Date!.Value < matches[unlabelled].Date!.Value:
                    unlabelled = k;
                    break;
                case DateLabel.Update when update < 0 || m.Date!.Value < matches[update].Date!.Value:
                    update = k;
                    break;
            }
        }

        return unlabelled >= 0 ? unlabelled : update;
    }

    /// <summary>Classifies a label as written ("تاریخ انتشار", "به‌روز شده در:", "Updated"); <see cref="DateLabel.None"/> when it is not one.</summary>
    public static DateLabel ClassifyLabel(ReadOnlySpan<char> label)
    {
        label = label.Trim().TrimEnd(":：");
        label = label.TrimEnd();
        if (label.IsEmpty)
        {
            return DateLabel.None;
        }

        foreach (var e in DateLexicon.Labels.Entries)
        {
            if (DateLexicon.MatchAt(label, 0, e.Pattern) == label.Length)
            {
                return (DateLabel)e.Value;
            }
        }

        return DateLexicon.MatchAt(label, 0, DateLexicon.DateField.Entries[0].Pattern) == label.Length ? DateLabel.Publication : DateLabel.None;
    }

    /// <summary>
    /// A date can start at the first digit of a number (not inside "1.2.3" or "12345") or at the first letter of a word
    /// that can begin a label, weekday or time ("تاریخ", "پنجشنبه", "ساعت", "date"). A digit glued to a word
    /// ("خوزستان۲ مرداد ۱۴۰۰", as scrapers join a title to its dateline) still starts a date.
    /// </summary>
    private static bool IsCandidate(ReadOnlySpan<char> s, int p)
    {
        char c = s[p];
        if (PersianLetters.IsDigit(c))
        {
            if (p > 0 && PersianLetters.IsDigit(s[p - 1]))
            {
                return false;
            }

            return !(p > 1 && s[p - 1] is '/' or '.' or '-' or ':' && PersianLetters.IsDigit(s[p - 2]));
        }

        if (!char.IsLetter(c) || !DateLexicon.CanStartWord(c))
        {
            return false;
        }

        return p == 0 || !(char.IsLetter(s[p - 1]) || s[p - 1] == PersianLetters.Zwnj || DateLexicon.IsIgnorable(s[p - 1]));
    }

    private static DateMatch Build(string text, ReadOnlySpan<char> s, ref PersianDateParser.DateScan r, PersianDateParser.ScanStatus status)
    {
        int matchStart = r.LabelStart >= 0 ? r.LabelStart : r.DateStart;
        if (IsAfterRunningTextWord(s, matchStart))
        {
            r.Traits |= DateTraits.InRunningText;
            if (r.Label != DateLabel.None && (r.Traits & DateTraits.LabelColon) == 0)
            {
                // "در تاریخ ۱۳ شهریور ۱۴۰۴": the word is part of the sentence, not a field label.
                r.Label = DateLabel.None;
                r.LabelStart = -1;
                matchStart = r.DateStart;
            }
        }

        DiagnosticCode? issue = status == PersianDateParser.ScanStatus.Invalid ? DiagnosticCode.InvalidDate
            : (r.Traits & DateTraits.Ambiguous) != 0 ? DiagnosticCode.AmbiguousDate
            : null;
        var date = status == PersianDateParser.ScanStatus.Valid
            ? new PublicationDate(r.Value, r.Time, r.Calendar, text[r.DateStart..r.End], r.DateStart, r.End - r.DateStart) { UtcOffset = r.Offset }
            : null;
        return new DateMatch(date, matchStart, r.End, r.DateStart, r.Label, r.Traits, issue);
    }

    /// <summary>
    /// Whether the word before <paramref name="pos"/> ties the date into a sentence ("روز", "در", "از", "تا", "مورخ",
    /// "امروز"). A weekday in parentheses between them is looked through: "امروز (یکشنبه) ۲۰ تیرماه ۱۴۰۰".
    /// </summary>
    private static bool IsAfterRunningTextWord(ReadOnlySpan<char> s, int pos)
    {
        const int MaxWord = 12;
        const int MaxParenthesis = 16;
        int q = SkipJoinersBack(s, pos);
        if (q > 0 && s[q - 1] is ')' or '）')
        {
            int from = Math.Max(0, q - MaxParenthesis);
            int open = s[from..(q - 1)].LastIndexOfAny('(', '（');
            if (open < 0)
            {
                return false;
            }

            pos = from + open;
            q = SkipJoinersBack(s, pos);
        }

        if (q == pos)
        {
            return false;
        }

        int wordEnd = q;
        while (q > 0 && wordEnd - q < MaxWord && (char.IsLetter(s[q - 1]) || DateLexicon.IsIgnorable(s[q - 1])))
        {
            q--;
        }

        if (q == wordEnd || (q > 0 && (char.IsLetter(s[q - 1]) || s[q - 1] == PersianLetters.Zwnj)))
        {
            return false;
        }

        foreach (var e in DateLexicon.RunningTextWords.CandidatesAt(s, q))
        {
            if (DateLexicon.MatchAt(s, q, e.Pattern) == wordEnd)
            {
                return true;
            }
        }

        return false;
    }

    private static int SkipJoinersBack(ReadOnlySpan<char> s, int q)
    {
        for (int n = 0; n < 3 && q > 0 && DateLexicon.IsJoiner(s[q - 1]); n++)
        {
            q--;
        }

        return q;
    }
}
