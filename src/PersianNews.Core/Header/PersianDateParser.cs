using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace PersianNews.Core;

/// <summary>
/// Reads publication dates as Persian news text prints them, in the Gregorian, Persian (Jalali) and Hijri calendars:
/// ISO dates and timestamps, numeric dates in any digit system ("۱۴۰۴/۰۶/۱۳", "۲۷/۰۲/۲۰۲۱"), month names
/// ("۱۳ شهریور ۱۴۰۴", "۴ سپتامبر ۲۰۲۵", "۱۲ ربیع‌الاول ۱۴۴۷ ه.ق"), with a weekday, a label and a time before or after.
/// Culture-invariant, allocation-light (one string for the date's text, on success) and never throws on text.
/// </summary>
public static class PersianDateParser
{
    internal static readonly PersianCalendar PersianCalendar = new();
    internal static readonly UmAlQuraCalendar HijriCalendar = new();

    // Years from this one on are Gregorian when a numeric date says nothing else; below it they are Jalali (13xx/14xx).
    private const int FirstGregorianYear = 1600;
    private const int MaxSpaces = 3;
    private const int MaxSeparators = 6;

    /// <summary>
    /// Tries to read a date at the start of <paramref name="text"/>. Leading white space is skipped, and so is a label
    /// before the date ("تاریخ انتشار:", "به روز شده در:"); a leading "date" field name ("date 2025-09-04") is part of
    /// the date. Reads ISO dates and timestamps, numeric dates with <c>/ - .</c> in Persian, Arabic or Latin digits
    /// (a year of 13xx/14xx is Jalali year-first or day-first; 19xx/20xx is Gregorian, day-first unless only the
    /// month-first reading exists), dates with Jalali, Gregorian or Hijri month names, an optional weekday before
    /// and an optional time before or after.
    /// </summary>
    /// <param name="text">The text; any letter variant (Arabic ي/ك, with or without half-spaces) and digit system.</param>
    /// <param name="date">The date, or <see langword="null"/>; its span (Start/Length) is relative to <paramref name="text"/>
    /// and covers the date itself without a label.</param>
    /// <param name="consumed">How many characters of <paramref name="text"/> were read, up to the end of the date (0 on failure).</param>
    /// <returns>Whether a date that exists was read. <see langword="false"/> for no date and for impossible dates
    /// (month 13, day 32, ۳۱ اسفند, a year outside the calendar's range).</returns>
    public static bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out PublicationDate? date, out int consumed)
    {
        int i = 0;
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || DateLexicon.IsIgnorable(text[i])))
        {
            i++;
        }

        if (Scan(text, i, out var r) == ScanStatus.Valid)
        {
            date = r.ToDate(text);
            consumed = r.End;
            return true;
        }

        date = null;
        consumed = 0;
        return false;
    }

    internal enum ScanStatus
    {
        None,
        Valid,
        Invalid,
    }

    /// <summary>What <see cref="Scan"/> read: positions are indices into the scanned span.</summary>
    internal struct DateScan
    {
        public int LabelStart;
        public DateLabel Label;
        public int DateStart;
        public int End;
        public CalendarKind Calendar;
        public int Year;
        public int Month;
        public int Day;
        public DateOnly Value;
        public TimeOnly? Time;
        public TimeSpan? Offset;
        public int Weekday;
        public DateTraits Traits;

        public readonly PublicationDate ToDate(ReadOnlySpan<char> s)
            => new(Value, Time, Calendar, s[DateStart..End].ToString(), DateStart, End - DateStart) { UtcOffset = Offset };
    }

    /// <summary>Reads a date (with an optional label before it) starting exactly at <paramref name="i"/>.</summary>
    internal static ScanStatus Scan(ReadOnlySpan<char> s, int i, out DateScan r)
    {
        r = default;
        r.LabelStart = -1;
        r.Weekday = -1;
        if (i >= s.Length)
        {
            return ScanStatus.None;
        }

        int labelEnd = DateLexicon.MatchLongest(s, i, DateLexicon.Labels, out int label);
        bool field = false;
        if (labelEnd < 0)
        {
            labelEnd = DateLexicon.MatchLongest(s, i, DateLexicon.DateField, out _);
            label = (int)DateLabel.Publication;
            field = labelEnd >= 0;
        }

        if (labelEnd > i)
        {
            int j = SkipSpaces(s, labelEnd);
            bool colon = j < s.Length && s[j] is ':' or '：';
            if (colon)
            {
                j = SkipSpaces(s, j + 1);
            }

            if (colon || j > labelEnd)
            {
                var status = ScanBody(s, j, ref r);
                if (status != ScanStatus.None)
                {
                    r.LabelStart = i;
                    r.Label = (DateLabel)label;
                    if (colon)
                    {
                        r.Traits |= DateTraits.LabelColon;
                    }

                    if (field)
                    {
                        // "date 2025-09-04" is a metadata field: the field name is part of the date as printed.
                        r.DateStart = i;
                    }

                    return status;
                }

                r = default;
                r.LabelStart = -1;
                r.Weekday = -1;
            }
        }

        return ScanBody(s, i, ref r);
    }

    /// <summary>[time sep] [weekday sep] date [sep time].</summary>
    private static ScanStatus ScanBody(ReadOnlySpan<char> s, int i, ref DateScan r)
    {
        r.DateStart = i;
        if (TryTime(s, i, out var time, out int afterTime))
        {
            int j = SkipSeparators(s, afterTime);
            if (j == afterTime)
            {
                return ScanStatus.None;
            }

            int k = TryWeekday(s, j, ref r);
            var status = ScanCore(s, k, ref r);
            if (status != ScanStatus.None)
            {
                r.Time = time;
                r.Traits |= DateTraits.HasTime | DateTraits.TimeFirst;
                CheckWeekday(ref r);
            }

            return status;
        }

        int q = TryWeekday(s, i, ref r);
        if (q == i && r.Weekday >= 0)
        {
            return ScanStatus.None;
        }

        var result = ScanCore(s, q, ref r);
        if (result == ScanStatus.None && q < s.Length && char.IsAsciiLetter(s[q]))
        {
            result = ScanMonthFirst(s, q, ref r);
        }

        if (result == ScanStatus.None)
        {
            return result;
        }

        if (r.Time is null)
        {
            int j = SkipSeparators(s, r.End);
            if (j > r.End && TryTime(s, j, out time, out afterTime))
            {
                r.Time = time;
                r.End = afterTime;
                r.Traits |= DateTraits.HasTime;
            }
        }

        CheckWeekday(ref r);
        return result;
    }

    /// <summary>A weekday and the separators after it; returns where the date must start (i itself when there is no weekday).</summary>
    private static int TryWeekday(ReadOnlySpan<char> s, int i, ref DateScan r)
    {
        int end = DateLexicon.MatchLongest(s, i, DateLexicon.Weekdays, out int day);
        if (end < 0)
        {
            return i;
        }

        r.Weekday = day;
        int j = SkipSeparators(s, end);

        // A weekday must be followed by a separator; when it is not, the caller sees q == i with a weekday set and fails.
        return j > end ? j : i;
    }

    private static void CheckWeekday(ref DateScan r)
    {
        if (r.Weekday < 0)
        {
            return;
        }

        r.Traits |= DateTraits.HasWeekday;
        if (r.Value != default && (int)r.Value.DayOfWeek != r.Weekday)
        {
            r.Traits |= DateTraits.WeekdayMismatch;
        }
    }

    /// <summary>The date itself: numeric (y/m/d, d/m/y, ISO with an optional T time) or day, month name, year.</summary>
    private static ScanStatus ScanCore(ReadOnlySpan<char> s, int i, ref DateScan r)
    {
        int p = i;
        int c1 = ReadNumber(s, ref p, 4, out int n1);
        if (c1 <= 0)
        {
            return ScanStatus.None;
        }

        if (p + 1 < s.Length && IsNumericSeparator(s[p]) && PersianLetters.IsDigit(s[p + 1]))
        {
            return ScanNumeric(s, p, c1, n1, ref r);
        }

        if (c1 > 2)
        {
            return ScanStatus.None;
        }

        int m = SkipSpaces(s, p);

        // "۱۲/مرداد/۱۴۰۳", "۱۲-مرداد-۱۴۰۳": the month name between the same two separators.
        char joiner = m < s.Length && s[m] is '/' or '-' ? s[m] : '\0';
        if (joiner != '\0')
        {
            m = SkipSpaces(s, m + 1);
        }

        int monthEnd = MatchMonth(s, m, out var calendar, out int month);
        if (monthEnd < 0)
        {
            return ScanStatus.None;
        }

        int y = SkipSpaces(s, monthEnd);
        if (joiner != '\0')
        {
            if (y >= s.Length || s[y] != joiner)
            {
                return ScanStatus.None;
            }

            y = SkipSpaces(s, y + 1);
        }

        int afterYearWord = DateLexicon.MatchLongest(s, y, DateLexicon.Year, out _);
        if (afterYearWord > 0)
        {
            y = SkipSpaces(s, afterYearWord);
        }

        if (ReadNumber(s, ref y, 4, out int year) != 4)
        {
            return ScanStatus.None;
        }

        r.Calendar = calendar;
        r.Year = year;
        r.Month = month;
        r.Day = n1;
        r.End = y;
        r.Traits |= DateTraits.MonthName;

        int markerStart = SkipSpaces(s, y);
        int markerEnd = DateLexicon.MatchLongest(s, markerStart, DateLexicon.CalendarMarkers, out int marker);
        if (markerEnd > 0 && (CalendarKind)marker == calendar)
        {
            r.End = markerEnd;
            r.Traits |= DateTraits.CalendarMarker;
        }

        return Validate(ref r);
    }

    /// <summary>"September 4, 2025", "Sep. 4 2025": English month first, as scraped metadata and English bylines print it.</summary>
    private static ScanStatus ScanMonthFirst(ReadOnlySpan<char> s, int i, ref DateScan r)
    {
        int monthEnd = DateLexicon.MatchLongest(s, i, DateLexicon.GregorianMonths, out int month);
        if (monthEnd < 0)
        {
            return ScanStatus.None;
        }

        int p = monthEnd < s.Length && s[monthEnd] == '.' ? monthEnd + 1 : monthEnd;
        int d = SkipSpaces(s, p);
        if (d == p || ReadNumber(s, ref d, 2, out int day) <= 0)
        {
            return ScanStatus.None;
        }

        int y = d < s.Length && s[d] is ',' or '،' ? d + 1 : d;
        y = SkipSpaces(s, y);
        if (y == d || ReadNumber(s, ref y, 4, out int year) != 4)
        {
            return ScanStatus.None;
        }

        r.Calendar = CalendarKind.Gregorian;
        r.Year = year;
        r.Month = month;
        r.Day = day;
        r.End = y;
        r.Traits |= DateTraits.MonthName;
        return Validate(ref r);
    }

    private static ScanStatus ScanNumeric(ReadOnlySpan<char> s, int p, int c1, int n1, ref DateScan r)
    {
        char sep = s[p++];
        int c2 = ReadNumber(s, ref p, 2, out int n2);
        if (c2 <= 0 || p >= s.Length || s[p] != sep)
        {
            return ScanStatus.None;
        }

        p++;
        int c3 = ReadNumber(s, ref p, 4, out int n3);
        if (c3 <= 0)
        {
            return ScanStatus.None;
        }

        // "1/2/2021/5", "192.168.10.1": part of a longer run of numbers, not a date.
        if (p + 1 < s.Length && IsNumericSeparator(s[p]) && PersianLetters.IsDigit(s[p + 1]))
        {
            return ScanStatus.None;
        }

        int year, month, day;
        if (c1 == 4 && c3 <= 2)
        {
            (year, month, day) = (n1, n2, n3);
        }
        else if (c3 == 4 && c1 <= 2)
        {
            (year, month, day) = (n3, n2, n1);
        }
        else
        {
            return ScanStatus.None;
        }

        var calendar = year >= FirstGregorianYear ? CalendarKind.Gregorian : CalendarKind.Persian;
        r.End = p;
        r.Traits |= DateTraits.Numeric;

        int markerStart = SkipSpaces(s, p);
        int markerEnd = DateLexicon.MatchLongest(s, markerStart, DateLexicon.CalendarMarkers, out int marker);
        if (markerEnd > 0 && (year >= FirstGregorianYear) == ((CalendarKind)marker == CalendarKind.Gregorian))
        {
            calendar = (CalendarKind)marker;
            r.End = markerEnd;
            r.Traits |= DateTraits.CalendarMarker;
        }

        if (calendar == CalendarKind.Gregorian && c3 == 4)
        {
            // Day-first is how Persian pages write Gregorian dates (Euronews "۲۷/۰۲/۲۰۲۱"); month-first is taken only
            // when the day-first reading cannot exist, and a date both readings allow is reported as ambiguous.
            if (n1 <= 12 && n2 > 12 && n2 <= 31)
            {
                (month, day) = (n1, n2);
            }
            else if (n1 <= 12 && n2 <= 12 && n1 != n2)
            {
                r.Traits |= DateTraits.Ambiguous;
            }
        }

        r.Calendar = calendar;
        r.Year = year;
        r.Month = month;
        r.Day = day;

        if (c1 == 4 && sep == '-' && r.End == p && p < s.Length && s[p] is 'T' or 't'
            && TryIsoTime(s, p + 1, out var time, out var offset, out int timeEnd))
        {
            r.Time = time;
            r.Offset = offset;
            r.End = timeEnd;
            r.Traits |= DateTraits.HasTime | DateTraits.Timestamp;
        }

        return Validate(ref r);
    }

    private static ScanStatus Validate(ref DateScan r)
    {
        if (TryToGregorian(r.Calendar, r.Year, r.Month, r.Day, out var value))
        {
            r.Value = value;
            return ScanStatus.Valid;
        }

        return ScanStatus.Invalid;
    }

    // The years a news text writes: their first day and leap flag are read from PersianCalendar once each, and a
    // date is that day plus the days of the months before (PersianCalendar's own arithmetic: six months of 31 days,
    // five of 30, and Esfand of 30 in a leap year, else 29). Its astronomical new-year computation is the costly part.
    private const int CachedFirstYear = 1200;
    private const int CachedLastYear = 1600;

    // Per year: (first day's DayNumber * 2 + leap) + 1, or 0 before it is first read. Int writes are atomic and every
    // thread computes the same value, so the table is safe to fill from any thread.
    private static readonly int[] PersianYears = new int[CachedLastYear - CachedFirstYear + 1];

    private static readonly int[] PersianDaysBeforeMonth = [0, 31, 62, 93, 124, 155, 186, 216, 246, 276, 306, 336];

    private static bool TryPersianFromTable(int year, int month, int day, out DateOnly value)
    {
        int entry = PersianYears[year - CachedFirstYear];
        if (entry == 0)
        {
            int first = DateOnly.FromDateTime(PersianCalendar.ToDateTime(year, 1, 1, 0, 0, 0, 0)).DayNumber;
            entry = ((first << 1) | (PersianCalendar.IsLeapYear(year) ? 1 : 0)) + 1;
            PersianYears[year - CachedFirstYear] = entry;
        }

        entry--;
        int days = month <= 6 ? 31 : month <= 11 ? 30 : (entry & 1) != 0 ? 30 : 29;
        if (day > days)
        {
            value = default;
            return false;
        }

        value = DateOnly.FromDayNumber((entry >> 1) + PersianDaysBeforeMonth[month - 1] + day - 1);
        return true;
    }

    /// <summary>Converts a date written in <paramref name="calendar"/> to a Gregorian day; false when it cannot exist or the year is out of the calendar's range.</summary>
    internal static bool TryToGregorian(CalendarKind calendar, int year, int month, int day, out DateOnly value)
    {
        value = default;
        if (month is < 1 or > 12 || day < 1 || day > 31)
        {
            return false;
        }

        try
        {
            switch (calendar)
            {
                case CalendarKind.Gregorian:
                    if (year is < 1 or > 9999 || day > DateTime.DaysInMonth(year, month))
                    {
                        return false;
                    }

                    value = new DateOnly(year, month, day);
                    return true;

                case CalendarKind.Persian when year is >= CachedFirstYear and <= CachedLastYear:
                    return TryPersianFromTable(year, month, day, out value);

                case CalendarKind.Persian:
                    // PersianCalendar ends on 9378/10/10 (9999-12-31); the last full year is 9377.
                    if (year is < 1 or > 9377 || day > PersianCalendar.GetDaysInMonth(year, month))
                    {
                        return false;
                    }

                    value = DateOnly.FromDateTime(PersianCalendar.ToDateTime(year, month, day, 0, 0, 0, 0));
                    return true;

                case CalendarKind.Hijri:
                    // The Umm al-Qura tables cover 1318 to 1500 AH (1900 to 2077).
                    if (year is < 1318 or > 1500 || day > HijriCalendar.GetDaysInMonth(year, month))
                    {
                        return false;
                    }

                    value = DateOnly.FromDateTime(HijriCalendar.ToDateTime(year, month, day, 0, 0, 0, 0));
                    return true;

                default:
                    return false;
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            // The range checks above keep every supported date away from here; this is the never-throw backstop.
            return false;
        }
    }

    /// <summary>The longest month name in any calendar at <paramref name="i"/>, with an optional "ماه" after it.</summary>
    private static int MatchMonth(ReadOnlySpan<char> s, int i, out CalendarKind calendar, out int month)
    {
        int best = -1;
        calendar = CalendarKind.Persian;
        month = 0;
        MatchMonthIn(s, i, DateLexicon.PersianMonths, CalendarKind.Persian, ref best, ref calendar, ref month);
        MatchMonthIn(s, i, DateLexicon.GregorianMonths, CalendarKind.Gregorian, ref best, ref calendar, ref month);
        MatchMonthIn(s, i, DateLexicon.HijriMonths, CalendarKind.Hijri, ref best, ref calendar, ref month);
        return best;
    }

    private static void MatchMonthIn(ReadOnlySpan<char> s, int i, DateLexicon.Table table, CalendarKind kind, ref int best, ref CalendarKind calendar, ref int month)
    {
        foreach (var e in table.CandidatesAt(s, i))
        {
            int end = DateLexicon.MatchAt(s, i, e.Pattern);
            if (end < 0)
            {
                continue;
            }

            // "شهریورماه", "شهریور‌ماه", "شهریور ماه".
            int k = end;
            for (int n = 0; n < MaxSpaces && k < s.Length && DateLexicon.IsJoiner(s[k]); n++)
            {
                k++;
            }

            int withMonthWord = DateLexicon.MatchAt(s, k, DateLexicon.Month.Entries[0].Pattern);
            if (withMonthWord > 0 && DateLexicon.IsBoundary(s, withMonthWord))
            {
                end = withMonthWord;
            }
            else if (!DateLexicon.IsBoundary(s, end))
            {
                continue;
            }

            if (end > best)
            {
                best = end;
                calendar = kind;
                month = e.Value;
            }
        }
    }

    /// <summary>["ساعت"] H:MM[:SS] [ق.ظ|ب.ظ]: a time of day, kept to the minute.</summary>
    private static bool TryTime(ReadOnlySpan<char> s, int i, out TimeOnly time, out int end)
    {
        time = default;
        end = i;
        int p = i;
        int afterWord = DateLexicon.MatchLongest(s, p, DateLexicon.Hour, out _);
        if (afterWord > 0)
        {
            p = SkipSpaces(s, afterWord);
        }

        int ch = ReadNumber(s, ref p, 2, out int hour);
        if (ch <= 0 || p + 1 >= s.Length || s[p] != ':' || !PersianLetters.IsDigit(s[p + 1]))
        {
            return false;
        }

        p++;
        if (ReadNumber(s, ref p, 2, out int minute) != 2)
        {
            return false;
        }

        if (p + 1 < s.Length && s[p] == ':' && PersianLetters.IsDigit(s[p + 1]))
        {
            p++;
            if (ReadNumber(s, ref p, 2, out int second) != 2 || second > 59)
            {
                return false;
            }
        }

        if (hour > 23 || minute > 59)
        {
            return false;
        }

        int m = SkipSpaces(s, p);
        int meridiemEnd = DateLexicon.MatchLongest(s, m, DateLexicon.Meridiems, out int pm);
        if (meridiemEnd > 0 && hour is >= 1 and <= 12)
        {
            hour = pm == 1 ? (hour % 12) + 12 : hour % 12;
            p = meridiemEnd;
        }

        time = new TimeOnly(hour, minute);
        end = p;
        return true;
    }

    /// <summary>HH:MM[:SS[.fff]][Z|±HH:MM|±HHMM] after the "T" of an ISO timestamp.</summary>
    private static bool TryIsoTime(ReadOnlySpan<char> s, int p, out TimeOnly time, out TimeSpan? offset, out int end)
    {
        time = default;
        offset = null;
        end = p;
        if (ReadNumber(s, ref p, 2, out int hour) != 2 || p >= s.Length || s[p] != ':')
        {
            return false;
        }

        p++;
        if (ReadNumber(s, ref p, 2, out int minute) != 2 || hour > 23 || minute > 59)
        {
            return false;
        }

        if (p + 1 < s.Length && s[p] == ':' && PersianLetters.IsDigit(s[p + 1]))
        {
            p++;
            if (ReadNumber(s, ref p, 2, out int second) != 2 || second > 60)
            {
                return false;
            }

            if (p + 1 < s.Length && s[p] is '.' or ',' && PersianLetters.IsDigit(s[p + 1]))
            {
                p++;
                for (int n = 0; n < 9 && p < s.Length && PersianLetters.IsDigit(s[p]); n++)
                {
                    p++;
                }
            }
        }

        if (p < s.Length && s[p] is 'Z' or 'z')
        {
            offset = TimeSpan.Zero;
            p++;
        }
        else if (p + 2 < s.Length && s[p] is '+' or '-' or '−')
        {
            int sign = s[p] == '+' ? 1 : -1;
            int q = p + 1;
            if (ReadNumber(s, ref q, 2, out int oh) == 2)
            {
                int om = 0;
                bool ok = true;
                if (q < s.Length && s[q] == ':')
                {
                    q++;
                    ok = ReadNumber(s, ref q, 2, out om) == 2;
                }
                else if (q < s.Length && PersianLetters.IsDigit(s[q]))
                {
                    ok = ReadNumber(s, ref q, 2, out om) == 2;
                }

                if (ok && oh <= 14 && om <= 59)
                {
                    offset = new TimeSpan(sign * oh, sign * om, 0);
                    p = q;
                }
            }
        }

        time = new TimeOnly(hour, minute);
        end = p;
        return true;
    }

    /// <summary>Reads up to <paramref name="max"/> digits of any digit system; returns how many, 0 when none, -1 when the run is longer.</summary>
    private static int ReadNumber(ReadOnlySpan<char> s, ref int i, int max, out int value)
    {
        value = 0;
        int n = 0;
        int p = i;
        while (p < s.Length && PersianLetters.DigitValue(s[p]) is var v and >= 0)
        {
            if (n == max)
            {
                return -1;
            }

            value = (value * 10) + v;
            p++;
            n++;
        }

        i = p;
        return n;
    }

    private static bool IsNumericSeparator(char c) => c is '/' or '-' or '.' or '‐' or '‑' or '–';

    /// <summary>Up to three spaces, no-break spaces or half-spaces.</summary>
    private static int SkipSpaces(ReadOnlySpan<char> s, int i)
    {
        for (int n = 0; n < MaxSpaces && i < s.Length && (DateLexicon.IsJoiner(s[i]) || s[i] == '\t'); n++)
        {
            i++;
        }

        return i;
    }

    /// <summary>What news pages print between a weekday, a date and a time: spaces, commas, dashes, slashes, bars, bullets.</summary>
    private static int SkipSeparators(ReadOnlySpan<char> s, int i)
    {
        for (int n = 0; n < MaxSeparators && i < s.Length && (DateLexicon.IsJoiner(s[i]) || s[i] is '\t' or ',' or '،' or '-' or '–' or '—' or '/' or '|' or '•' or '·' or '‐'); n++)
        {
            i++;
        }

        return i;
    }
}
