using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using PersianNews.Core.Serialization;

namespace PersianNews.Core;

/// <summary>
/// A publication date as printed in the text, converted to the Gregorian calendar.
/// Implements <see cref="ISpanParsable{TSelf}"/> (through <see cref="PersianDateParser"/>) and
/// <see cref="ISpanFormattable"/> (format "o"/"G"/null: ISO Gregorian <c>yyyy-MM-dd[ HH:mm]</c>;
/// "c": the date in the calendar it was written in, <c>yyyy/MM/dd</c>).
/// </summary>
public sealed record PublicationDate : ISpanParsable<PublicationDate>, ISpanFormattable
{
    /// <summary>Creates a date.</summary>
    /// <param name="value">The Gregorian day.</param>
    /// <param name="time">The time of day when printed, else <see langword="null"/>.</param>
    /// <param name="calendar">The calendar the date was written in.</param>
    /// <param name="text">The text as written in the original input.</param>
    /// <param name="start">0-based UTF-16 offset of <paramref name="text"/> in the original input.</param>
    /// <param name="length">Length of <paramref name="text"/> in UTF-16 code units.</param>
    [JsonConstructor]
    public PublicationDate(DateOnly value, TimeOnly? time, CalendarKind calendar, string text, int start, int length)
    {
        Value = value;
        Time = time;
        Calendar = calendar;
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Start = start;
        Length = length;
    }

    /// <summary>The day, in the Gregorian calendar.</summary>
    [JsonConverter(typeof(IsoDateOnlyConverter))]
    public DateOnly Value { get; init; }

    /// <summary>The time of day when the text prints one (minutes precision), else <see langword="null"/>.</summary>
    [JsonConverter(typeof(HourMinuteConverter))]
    public TimeOnly? Time { get; init; }

    /// <summary>The calendar the date was written in.</summary>
    public CalendarKind Calendar { get; init; }

    /// <summary>The date as written in the original input.</summary>
    public string Text { get; init; }

    /// <summary>0-based UTF-16 offset of <see cref="Text"/> in the original input.</summary>
    public int Start { get; init; }

    /// <summary>Length of <see cref="Text"/> in UTF-16 code units.</summary>
    public int Length { get; init; }

    /// <summary>
    /// The offset from UTC printed with an ISO timestamp ("+03:30", "Z"), else <see langword="null"/>.
    /// <see cref="Time"/> is the time as printed, not converted to UTC. Not part of the JSON contract.
    /// </summary>
    [JsonIgnore]
    public TimeSpan? UtcOffset { get; init; }

    /// <summary>The span of <see cref="Text"/> in the original input.</summary>
    [JsonIgnore]
    public TextSpan Span => new(Start, Length);

    /// <summary>The date in the calendar it was written in (year, month, day).</summary>
    [JsonIgnore]
    public (int Year, int Month, int Day) WrittenDate
    {
        get
        {
            var dt = Value.ToDateTime(TimeOnly.MinValue);
            Calendar cal = Calendar switch
            {
                CalendarKind.Persian => PersianDateParser.PersianCalendar,
                CalendarKind.Hijri => PersianDateParser.HijriCalendar,
                _ => CultureInfo.InvariantCulture.Calendar,
            };
            return (cal.GetYear(dt), cal.GetMonth(dt), cal.GetDayOfMonth(dt));
        }
    }

    /// <summary>Parses a date in any form <see cref="PersianDateParser"/> reads; throws <see cref="FormatException"/> when none is found.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: parsing is culture-invariant.</param>
    /// <returns>The date.</returns>
    public static PublicationDate Parse(ReadOnlySpan<char> s, IFormatProvider? provider = null)
        => TryParse(s, provider, out var result) ? result : ThrowHelper.ThrowFormatException<PublicationDate>("No Persian, Gregorian or Hijri date was found in the text.");

    /// <summary>Parses a date; throws <see cref="ArgumentNullException"/> for null and <see cref="FormatException"/> when none is found.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: parsing is culture-invariant.</param>
    /// <returns>The date.</returns>
    public static PublicationDate Parse(string s, IFormatProvider? provider = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Tries to parse a date at the start of <paramref name="s"/>; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: parsing is culture-invariant.</param>
    /// <param name="result">The date, or <see langword="null"/>.</param>
    /// <returns>Whether a valid date was read.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, [MaybeNullWhen(false)] out PublicationDate result)
        => PersianDateParser.TryParse(s, out result, out _);

    /// <summary>Tries to parse a date; returns <see langword="false"/> for null.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: parsing is culture-invariant.</param>
    /// <param name="result">The date, or <see langword="null"/>.</param>
    /// <returns>Whether a valid date was read.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out PublicationDate result)
    {
        if (s is null)
        {
            result = null;
            return false;
        }

        return TryParse(s.AsSpan(), provider, out result);
    }

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (format.SequenceEqual("c"))
        {
            var (y, m, d) = WrittenDate;
            return destination.TryWrite(CultureInfo.InvariantCulture, $"{y:D4}/{m:D2}/{d:D2}", out charsWritten);
        }

        return Time is { } t
            ? destination.TryWrite(CultureInfo.InvariantCulture, $"{Value:yyyy-MM-dd} {t:HH:mm}", out charsWritten)
            : destination.TryWrite(CultureInfo.InvariantCulture, $"{Value:yyyy-MM-dd}", out charsWritten);
    }

    /// <inheritdoc />
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> buffer = stackalloc char[32];
        return TryFormat(buffer, out int written, format, formatProvider) ? new string(buffer[..written]) : string.Empty;
    }

    /// <summary>The ISO Gregorian form, <c>yyyy-MM-dd</c> with <c> HH:mm</c> when a time is known.</summary>
    /// <returns>The formatted date.</returns>
    public override string ToString() => ToString(null, null);
}
