using System.Buffers;

namespace PersianNews.Core;

/// <summary>
/// Month, weekday, label and calendar-marker names of Persian dates, matched over raw or normalized text in any
/// letter variant (Arabic ي/ك/ة/ى/أ, ۀ and ژانویهٔ's hamza, kashida, diacritics) and with or without the
/// half-space or space inside compound names (پنجشنبه / پنج‌شنبه / پنج شنبه), without allocating.
/// </summary>
internal static class DateLexicon
{
    // A space in a pattern is a joiner slot: nothing, or up to three spaces, no-break spaces or half-spaces.
    private const char JoinerSlot = ' ';
    private const int MaxJoiner = 3;

    // Marks skipped between two letters; a bound keeps hostile runs of diacritics from making matching quadratic.
    private const int MaxIgnorable = 4;

    public readonly record struct Entry(string Pattern, int Value);

    /// <summary>
    /// A list of names grouped by their (folded) first letter, so a position is rejected with one lookup and only
    /// the names that begin with its letter are compared.
    /// </summary>
    public sealed class Table
    {
        private readonly SearchValues<char> _first;
        private readonly Dictionary<char, (int Start, int Count)> _byFirst = [];

        public Table(Entry[] entries)
        {
            Entries = [.. entries.OrderBy(e => e.Pattern[0])];
            for (int k = 0; k < Entries.Length; k++)
            {
                char c = Entries[k].Pattern[0];
                _byFirst[c] = _byFirst.TryGetValue(c, out var r) ? (r.Start, r.Count + 1) : (k, 1);
            }

            _first = SearchValues.Create([.. _byFirst.Keys.Order()]);
        }

        public Entry[] Entries { get; }

        /// <summary>The entries that can start at <paramref name="i"/> (leading marks are looked through); empty when none.</summary>
        public ReadOnlySpan<Entry> CandidatesAt(ReadOnlySpan<char> s, int i)
        {
            for (int n = 0; n <= MaxIgnorable && i < s.Length; n++, i++)
            {
                if (!IsIgnorable(s[i]))
                {
                    char f = Fold(s[i]);
                    return _first.Contains(f) && _byFirst.TryGetValue(f, out var r) ? Entries.AsSpan(r.Start, r.Count) : default;
                }
            }

            return default;
        }
    }

    /// <summary>Solar months: Iranian names (۱ فروردین ... ۱۲ اسفند) and the Afghan (Dari) zodiac names of the same months.</summary>
    public static readonly Table PersianMonths = Build(
    [
        ("فروردین", 1), ("اردیبهشت", 2), ("اردی بهشت", 2), ("خرداد", 3), ("تیر", 4), ("مرداد", 5), ("امرداد", 5),
        ("شهریور", 6), ("مهر", 7), ("آبان", 8), ("آذر", 9), ("دی", 10), ("بهمن", 11), ("اسفند", 12),
        ("حمل", 1), ("ثور", 2), ("جوزا", 3), ("جوزاء", 3), ("سرطان", 4), ("اسد", 5), ("سنبله", 6), ("میزان", 7),
        ("عقرب", 8), ("قوس", 9), ("جدی", 10), ("دلو", 11), ("حوت", 12),
    ]);

    /// <summary>Gregorian months as Persian writes them (French-derived in Iran, English-derived in Afghanistan and on some sites).</summary>
    public static readonly Table GregorianMonths = Build(
    [
        ("ژانویه", 1), ("ژانویه ی", 1), ("ژانوی", 1), ("جنوری", 1), ("ژانیه", 1),
        ("فوریه", 2), ("فبریه", 2), ("فوریه ی", 2), ("فبروری", 2),
        ("مارس", 3), ("مارچ", 3),
        ("آوریل", 4), ("آپریل", 4), ("اپریل", 4), ("اوریل", 4),
        ("مه", 5), ("می", 5), ("مئی", 5),
        ("ژوئن", 6), ("ژوین", 6), ("جون", 6), ("ژون", 6),
        ("ژوئیه", 7), ("ژوییه", 7), ("ژوئیه ی", 7), ("جولای", 7), ("ژولای", 7),
        ("اوت", 8), ("آگوست", 8), ("اگوست", 8), ("آگست", 8), ("اگست", 8), ("اوگوست", 8),
        ("سپتامبر", 9), ("سپتمبر", 9),
        ("اکتبر", 10), ("اکتوبر", 10),
        ("نوامبر", 11), ("نوومبر", 11),
        ("دسامبر", 12), ("دسمبر", 12),
        ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3), ("april", 4), ("apr", 4),
        ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7), ("august", 8), ("aug", 8), ("september", 9),
        ("sept", 9), ("sep", 9), ("october", 10), ("oct", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
    ]);

    /// <summary>Islamic lunar months, with the Persian and Arabic spellings of the compound names.</summary>
    public static readonly Table HijriMonths = Build(
    [
        ("محرم", 1), ("محرم الحرام", 1), ("صفر", 2), ("صفر المظفر", 2),
        ("ربیع الاول", 3), ("ربیع الاولی", 3), ("ربیع اول", 3), ("ربیع الثانی", 4), ("ربیع الاخر", 4), ("ربیع ثانی", 4), ("ربیع الثانیه", 4),
        ("جمادی الاول", 5), ("جمادی الاولی", 5), ("جمادی اول", 5), ("جمادی الاوله", 5),
        ("جمادی الثانی", 6), ("جمادی الثانیه", 6), ("جمادی الاخر", 6), ("جمادی الاخره", 6), ("جمادی ثانی", 6),
        ("رجب", 7), ("رجب المرجب", 7), ("شعبان", 8), ("شعبان المعظم", 8), ("رمضان", 9), ("رمضان المبارک", 9), ("شوال", 10),
        ("ذی القعده", 11), ("ذیقعده", 11), ("ذو القعده", 11), ("ذی قعده", 11),
        ("ذی الحجه", 12), ("ذیحجه", 12), ("ذو الحجه", 12), ("ذی حجه", 12),
    ]);

    /// <summary>Weekday names; the value is <see cref="DayOfWeek"/>.</summary>
    public static readonly Table Weekdays = Build(
    [
        ("شنبه", (int)DayOfWeek.Saturday), ("یک شنبه", (int)DayOfWeek.Sunday), ("دو شنبه", (int)DayOfWeek.Monday),
        ("سه شنبه", (int)DayOfWeek.Tuesday), ("چهار شنبه", (int)DayOfWeek.Wednesday), ("پنج شنبه", (int)DayOfWeek.Thursday),
        ("جمعه", (int)DayOfWeek.Friday), ("آدینه", (int)DayOfWeek.Friday),
        ("saturday", (int)DayOfWeek.Saturday), ("sunday", (int)DayOfWeek.Sunday), ("monday", (int)DayOfWeek.Monday),
        ("tuesday", (int)DayOfWeek.Tuesday), ("wednesday", (int)DayOfWeek.Wednesday), ("thursday", (int)DayOfWeek.Thursday),
        ("friday", (int)DayOfWeek.Friday), ("sat", (int)DayOfWeek.Saturday), ("sun", (int)DayOfWeek.Sunday),
        ("mon", (int)DayOfWeek.Monday), ("tue", (int)DayOfWeek.Tuesday), ("wed", (int)DayOfWeek.Wednesday),
        ("thu", (int)DayOfWeek.Thursday), ("fri", (int)DayOfWeek.Friday),
    ]);

    /// <summary>Labels printed before a date; the value is <see cref="DateLabel"/>.</summary>
    public static readonly Table Labels = Build(
    [
        ("تاریخ انتشار", (int)DateLabel.Publication), ("زمان انتشار", (int)DateLabel.Publication), ("انتشار", (int)DateLabel.Publication),
        ("تاریخ و ساعت انتشار", (int)DateLabel.Publication), ("تاریخ و زمان انتشار", (int)DateLabel.Publication),
        ("منتشر شده در", (int)DateLabel.Publication), ("منتشر شده", (int)DateLabel.Publication), ("تاریخ خبر", (int)DateLabel.Publication),
        ("تاریخ نشر", (int)DateLabel.Publication),
        ("تاریخ", (int)DateLabel.Publication), ("تاریخ درج", (int)DateLabel.Publication), ("تاریخ ثبت", (int)DateLabel.Publication),
        ("تاریخ مخابره", (int)DateLabel.Publication), ("زمان مخابره", (int)DateLabel.Publication), ("مخابره", (int)DateLabel.Publication),
        ("published", (int)DateLabel.Publication), ("published on", (int)DateLabel.Publication), ("publish date", (int)DateLabel.Publication),
        ("date published", (int)DateLabel.Publication), ("pubdate", (int)DateLabel.Publication),
        ("به روز شده در", (int)DateLabel.Update), ("به روز شده", (int)DateLabel.Update), ("بروز شده در", (int)DateLabel.Update),
        ("بروز شده", (int)DateLabel.Update), ("به روز رسانی", (int)DateLabel.Update), ("بروز رسانی", (int)DateLabel.Update),
        ("به روز رسانی شده در", (int)DateLabel.Update), ("بروز رسانی شده در", (int)DateLabel.Update),
        ("آخرین به روز رسانی", (int)DateLabel.Update), ("آخرین بروز رسانی", (int)DateLabel.Update),
        ("تاریخ به روز رسانی", (int)DateLabel.Update), ("تاریخ بروز رسانی", (int)DateLabel.Update),
        ("ویرایش", (int)DateLabel.Update), ("آخرین ویرایش", (int)DateLabel.Update), ("ویرایش شده در", (int)DateLabel.Update),
        ("تاریخ ویرایش", (int)DateLabel.Update), ("updated", (int)DateLabel.Update), ("last updated", (int)DateLabel.Update),
        ("updated on", (int)DateLabel.Update), ("modified", (int)DateLabel.Update), ("last modified", (int)DateLabel.Update),
        ("تاریخ دسترسی", (int)DateLabel.Other), ("تاریخ بازدید", (int)DateLabel.Other), ("تاریخ دریافت", (int)DateLabel.Other),
        ("تاریخ برداشت", (int)DateLabel.Other), ("تاریخ تولد", (int)DateLabel.Other), ("تاریخ امروز", (int)DateLabel.Other),
        ("امروز", (int)DateLabel.Other), ("retrieved", (int)DateLabel.Other), ("accessed", (int)DateLabel.Other),
        ("crawled", (int)DateLabel.Other), ("scraped", (int)DateLabel.Other), ("fetched", (int)DateLabel.Other),
    ]);

    /// <summary>Calendar markers after a year ("۱۴۴۷ ه.ق", "۱۴۰۴ هجری شمسی", "۲۰۲۵ م"); the value is <see cref="CalendarKind"/>.</summary>
    public static readonly Table CalendarMarkers = Build(
    [
        ("ه.ش", (int)CalendarKind.Persian), ("ه. ش", (int)CalendarKind.Persian), ("ه ش", (int)CalendarKind.Persian), ("هش", (int)CalendarKind.Persian),
        ("هجری شمسی", (int)CalendarKind.Persian), ("شمسی", (int)CalendarKind.Persian), ("خورشیدی", (int)CalendarKind.Persian),
        ("ه.ق", (int)CalendarKind.Hijri), ("ه. ق", (int)CalendarKind.Hijri), ("ه ق", (int)CalendarKind.Hijri), ("هق", (int)CalendarKind.Hijri),
        ("ق", (int)CalendarKind.Hijri), ("هجری قمری", (int)CalendarKind.Hijri), ("قمری", (int)CalendarKind.Hijri),
        ("م", (int)CalendarKind.Gregorian), ("میلادی", (int)CalendarKind.Gregorian),
    ]);

    /// <summary>"ق.ظ" / "ب.ظ" (before/after noon); the value is 1 for after noon.</summary>
    public static readonly Table Meridiems = Build(
    [
        ("ق.ظ", 0), ("ق. ظ", 0), ("ق ظ", 0), ("قبل از ظهر", 0), ("صبح", 0), ("am", 0), ("a.m.", 0),
        ("ب.ظ", 1), ("ب. ظ", 1), ("ب ظ", 1), ("بعد از ظهر", 1), ("بعدازظهر", 1), ("عصر", 1), ("شب", 1), ("pm", 1), ("p.m.", 1),
    ]);

    /// <summary>Words that make a following date part of running text ("روز ...", "در تاریخ ...", "از ... تا ...").</summary>
    public static readonly Table RunningTextWords = Build(
    [
        ("در", 0), ("از", 0), ("تا", 0), ("روز", 0), ("شب", 0), ("صبح", 0), ("عصر", 0), ("ظهر", 0), ("بامداد", 0), ("مورخ", 0),
        ("مورخه", 0), ("به", 0), ("که", 0), ("سال", 0), ("و", 0), ("یا", 0), ("تاریخ", 0), ("پیش", 0), ("پس", 0), ("قبل", 0),
        ("بعد", 0), ("اول", 0), ("اکنون", 0), ("حدود", 0), ("امروز", 0), ("دیروز", 0), ("فردا", 0), ("امشب", 0), ("دیشب", 0),
        ("پریروز", 0), ("هنگام", 0), ("ظرف", 0), ("طی", 0), ("با", 0), ("since", 0), ("on", 0), ("from", 0), ("until", 0),
    ]);

    public static readonly Table Month = Build([("ماه", 0)]);
    public static readonly Table Year = Build([("سال", 0)]);
    public static readonly Table Hour = Build([("ساعت", 0)]);
    public static readonly Table DateField = Build([("date", 0)]);

    // First (folded) letters of every label, weekday and "ساعت", so the locator tries a word only when it can start one.
    private static readonly SearchValues<char> WordStarters = BuildStarters();

    /// <summary>Whether a date, label or time word can start with this letter.</summary>
    public static bool CanStartWord(char c) => WordStarters.Contains(Fold(c));

    /// <summary>
    /// Finds the longest entry matching at <paramref name="i"/> and ending at a word boundary.
    /// Returns its value and the index after it, or -1.
    /// </summary>
    public static int MatchLongest(ReadOnlySpan<char> s, int i, Table table, out int value)
    {
        int best = -1;
        value = 0;
        foreach (var e in table.CandidatesAt(s, i))
        {
            int end = MatchAt(s, i, e.Pattern);
            if (end > best && IsBoundary(s, end))
            {
                best = end;
                value = e.Value;
            }
        }

        return best;
    }

    /// <summary>Matches one folded pattern at <paramref name="i"/>; returns the index after it, or -1.</summary>
    public static int MatchAt(ReadOnlySpan<char> s, int i, string pattern)
    {
        if (i >= s.Length || (Fold(s[i]) != pattern[0] && !IsIgnorable(s[i])))
        {
            return -1;
        }

        foreach (char pc in pattern)
        {
            if (pc == JoinerSlot)
            {
                for (int n = 0; n < MaxJoiner && i < s.Length && IsJoiner(s[i]); n++)
                {
                    i++;
                }

                continue;
            }

            for (int n = 0; n < MaxIgnorable && i < s.Length && IsIgnorable(s[i]); n++)
            {
                i++;
            }

            if (i >= s.Length || Fold(s[i]) != pc)
            {
                return -1;
            }

            i++;
        }

        // Marks written on the last letter (ژانویهٔ's hamza, a kashida) still belong to the word.
        for (int n = 0; n < MaxIgnorable && i < s.Length && IsIgnorable(s[i]); n++)
        {
            i++;
        }

        return i;
    }

    /// <summary>Whether a word ends before <paramref name="i"/> (the next character is not a letter).</summary>
    public static bool IsBoundary(ReadOnlySpan<char> s, int i) => i >= s.Length || !char.IsLetter(s[i]);

    /// <summary>Space, no-break space or half-space: what may sit inside a compound name.</summary>
    public static bool IsJoiner(char c) => c is ' ' or PersianLetters.Nbsp or PersianLetters.Zwnj or '\u202F' or '\u2009';

    /// <summary>Marks that do not change a word: kashida, diacritics, ZWJ, bidi and other invisible controls.</summary>
    public static bool IsIgnorable(char c)
        => c >= '\u0610' && (c == PersianLetters.Kashida || c == PersianLetters.Shadda || PersianLetters.IsDiacritic(c) || PersianLetters.IsInvisible(c));

    /// <summary>Folds letter variants together: Arabic to Persian letters, every alef to ا, ۀ/ة to ه, ئ to ی, ؤ to و, ASCII to lower case.</summary>
    public static char Fold(char c)
    {
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        c = PersianLetters.ToPersianLetter(c);
        return c switch
        {
            'آ' or 'أ' or 'إ' or 'ٱ' => 'ا',
            'ۀ' or 'ة' => 'ه',
            'ئ' => 'ی',
            'ؤ' => 'و',
            _ => c,
        };
    }

    private static Table Build((string Text, int Value)[] items)
    {
        var entries = new Entry[items.Length];
        for (int k = 0; k < items.Length; k++)
        {
            var chars = new char[items[k].Text.Length];
            int n = 0;
            foreach (char c in items[k].Text)
            {
                if (!IsIgnorable(c))
                {
                    chars[n++] = c == JoinerSlot ? c : Fold(c);
                }
            }

            entries[k] = new Entry(new string(chars, 0, n), items[k].Value);
        }

        return new Table(entries);
    }

    private static SearchValues<char> BuildStarters()
    {
        var set = new HashSet<char>();
        foreach (var table in new[] { Labels, Weekdays, Hour, DateField })
        {
            foreach (var e in table.Entries)
            {
                set.Add(e.Pattern[0]);
            }
        }

        // English month names can open a date ("Sep 4, 2025"); Persian ones never do, so they add no candidates.
        foreach (var e in GregorianMonths.Entries)
        {
            if (e.Pattern[0] < 128)
            {
                set.Add(e.Pattern[0]);
            }
        }

        var chars = set.ToArray();
        Array.Sort(chars);
        return SearchValues.Create(chars);
    }
}
