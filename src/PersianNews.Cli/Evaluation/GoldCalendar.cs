using System.Globalization;

namespace PersianNews.Cli.Evaluation;

/// <summary>
/// The calendar arithmetic of score.py, ported literally so the two scorers agree to the day: Jalali→Gregorian by the
/// jalaali-js (Borkowski) algorithm with truncating division, Hijri→Gregorian by the tabular Islamic calendar
/// (score.py allows ±1 day for Hijri), and Python's <c>date.fromisoformat</c> for comparing days.
/// Deliberately not <see cref="PersianCalendar"/> or <see cref="UmAlQuraCalendar"/>: the scorer must be independent
/// of the conversions the parser uses.
/// </summary>
public static class GoldCalendar
{
    private static readonly long[] Breaks = [-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178];

    /// <summary>Converts a Jalali date to the Gregorian "YYYY-MM-DD" (jalaali-js; not range-checked, like score.py).</summary>
    /// <param name="jy">Jalali year.</param>
    /// <param name="jm">Jalali month, 1..12.</param>
    /// <param name="jd">Jalali day.</param>
    /// <returns>The Gregorian date as score.py formats it.</returns>
    public static string JalaliToGregorian(long jy, long jm, long jd)
    {
        long gy = jy + 621;
        long leapJ = -14;
        long jp = Breaks[0];
        long jump = 0;
        for (int k = 1; k < Breaks.Length; k++)
        {
            long jmK = Breaks[k];
            jump = jmK - jp;
            if (jy < jmK)
            {
                break;
            }

            leapJ += (Div(jump, 33) * 8) + Div(Mod(jump, 33), 4);
            jp = jmK;
        }

        long n = jy - jp;
        leapJ += (Div(n, 33) * 8) + Div(Mod(n, 33) + 3, 4);
        if (Mod(jump, 33) == 4 && jump - n == 4)
        {
            leapJ += 1;
        }

        long leapG = Div(gy, 4) - Div((Div(gy, 100) + 1) * 3, 4) - 150;
        long march = 20 + leapJ - leapG;

        long jdn = G2D(gy, 3, march) + ((jm - 1) * 31) - (Div(jm, 7) * (jm - 7)) + jd - 1;
        long j = (4 * jdn) + 139361631;
        j = j + (Div(Div((4 * jdn) + 183187720, 146097) * 3, 4) * 4) - 3908;
        long i = (Div(Mod(j, 1461), 4) * 5) + 308;
        long gd = Div(Mod(i, 153), 5) + 1;
        long gm = Mod(Div(i, 153), 12) + 1;
        long gyOut = Div(j, 1461) - 100100 + Div(8 - gm, 6);
        return FormatYmd(gyOut, gm, gd);

        static long G2D(long y, long m, long d)
        {
            long x = Div((y + Div(m - 8, 6) + 100100) * 1461, 4) + Div((153 * Mod(m + 9, 12)) + 2, 5) + d - 34840408;
            return x - Div(Div(y + 100100 + Div(m - 8, 6), 100) * 3, 4) + 752;
        }
    }

    /// <summary>Converts a Hijri (tabular Islamic calendar) date to the Gregorian "YYYY-MM-DD", as score.py does.</summary>
    /// <param name="hy">Hijri year.</param>
    /// <param name="hm">Hijri month, 1..12.</param>
    /// <param name="hd">Hijri day.</param>
    /// <returns>The Gregorian date as score.py formats it.</returns>
    public static string HijriToGregorian(long hy, long hm, long hd)
    {
        // ceil(29.5 * (hm - 1)) in exact integer arithmetic: 29.5 * k is a multiple of 0.5.
        long monthDays = FloorDiv((59 * (hm - 1)) + 1, 2);
        long jdn = hd + monthDays + ((hy - 1) * 354) + FloorDiv(3 + (11 * hy), 30) + 1948439 - 1;
        long a = jdn + 32044;
        long b = FloorDiv((4 * a) + 3, 146097);
        long c = a - FloorDiv(146097 * b, 4);
        long d = FloorDiv((4 * c) + 3, 1461);
        long e = c - FloorDiv(1461 * d, 4);
        long m = FloorDiv((5 * e) + 2, 153);
        return FormatYmd((100 * b) + d - 4800 + FloorDiv(m, 10), m + 3 - (12 * FloorDiv(m, 10)), e - FloorDiv((153 * m) + 2, 5) + 1);
    }

    /// <summary>score.py's <c>gold_date</c>: the gold date as a Gregorian "YYYY-MM-DD", or <see langword="null"/> when there is none.</summary>
    /// <param name="date">The gold date.</param>
    /// <returns>The Gregorian date, or <see langword="null"/>.</returns>
    public static string? GoldDateIso(GoldDate? date) => date switch
    {
        null or { Calendar: null } => null,
        { Calendar: "gregorian" } => FormatYmd(date.Y, date.M, date.D),
        { Calendar: "persian" } => JalaliToGregorian(date.Y, date.M, date.D),
        _ => HijriToGregorian(date.Y, date.M, date.D),
    };

    /// <summary>score.py's <c>days_apart</c>: the absolute number of days between two ISO dates, 999 when either is not one.</summary>
    /// <param name="a">An ISO date.</param>
    /// <param name="b">Another ISO date.</param>
    /// <returns>The distance in days, or 999.</returns>
    public static int DaysApart(string? a, string? b)
        => TryFromIsoFormat(a, out DateOnly x) && TryFromIsoFormat(b, out DateOnly y) ? Math.Abs(x.DayNumber - y.DayNumber) : 999;

    /// <summary>
    /// Python 3.11's <c>date.fromisoformat</c>, quirks included: the text must be 7, 8 or 10 UTF-8 bytes long and start
    /// with "YYYY-MM-DD", "YYYYMMDD", "YYYY-Www[-D]" or "YYYYWww[D]" in ASCII digits; what follows is not checked.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="date">The date.</param>
    /// <returns>Whether Python would read a date.</returns>
    public static bool TryFromIsoFormat(string? s, out DateOnly date)
    {
        date = default;
        if (s is null)
        {
            return false;
        }

        int len = System.Text.Encoding.UTF8.GetByteCount(s);
        if (len is not (7 or 8 or 10) || !TryDigits(s, 0, 4, out int year))
        {
            return false;
        }

        int p = 4;
        bool dashed = At(s, p) == '-';
        if (dashed)
        {
            p++;
        }

        if (At(s, p) == 'W')
        {
            p++;
            if (!TryDigits(s, p, 2, out int week))
            {
                return false;
            }

            p += 2;
            int day = 1;
            if (p < len)
            {
                if (dashed && At(s, p++) != '-')
                {
                    return false;
                }

                if (!TryDigits(s, p, 1, out day))
                {
                    return false;
                }
            }

            if (year < 1 || week < 1 || week > ISOWeek.GetWeeksInYear(year) || day is < 1 or > 7)
            {
                return false;
            }

            try
            {
                date = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, (DayOfWeek)(day % 7)));
                return true;
            }
            catch (ArgumentOutOfRangeException)
            {
                return false;
            }
        }

        if (!TryDigits(s, p, 2, out int month))
        {
            return false;
        }

        p += 2;
        if (dashed && At(s, p++) != '-')
        {
            return false;
        }

        if (!TryDigits(s, p, 2, out int dayOfMonth) || year < 1 || month is < 1 or > 12
            || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, dayOfMonth);
        return true;
    }

    /// <summary>Python's <c>'%04d-%02d-%02d' % (y, m, d)</c>.</summary>
    /// <param name="y">Year.</param>
    /// <param name="m">Month.</param>
    /// <param name="d">Day.</param>
    /// <returns>The formatted date.</returns>
    public static string FormatYmd(long y, long m, long d) => $"{Pad(y, 4)}-{Pad(m, 2)}-{Pad(d, 2)}";

    // Python's %0Nd: zero padding to N characters including the sign.
    private static string Pad(long v, int width)
        => v < 0
            ? "-" + (-(decimal)v).ToString(CultureInfo.InvariantCulture).PadLeft(width - 1, '0')
            : v.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');

    private static char At(string s, int i) => i < s.Length ? s[i] : '\0';

    private static bool TryDigits(string s, int start, int count, out int value)
    {
        value = 0;
        for (int i = start; i < start + count; i++)
        {
            char c = At(s, i);
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    // jalaali-js divides with truncation toward zero (score.py: int(a / b)), which is C#'s integer division.
    private static long Div(long a, long b) => a / b;

    private static long Mod(long a, long b) => a - (Div(a, b) * b);

    // score.py's hijri conversion uses Python's // (floor division).
    private static long FloorDiv(long a, long b)
    {
        long q = a / b;
        return (a % b != 0) && ((a < 0) ^ (b < 0)) ? q - 1 : q;
    }
}
