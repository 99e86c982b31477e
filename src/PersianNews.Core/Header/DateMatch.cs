namespace PersianNews.Core;

/// <summary>What the label printed before a date says the date is.</summary>
internal enum DateLabel
{
    /// <summary>No label.</summary>
    None,

    /// <summary>"تاریخ انتشار:", "تاریخ:", "منتشر شده در", "date": the publication date.</summary>
    Publication,

    /// <summary>"به روز شده در:", "به‌روزرسانی:", "آخرین ویرایش:": the time of a later update.</summary>
    Update,

    /// <summary>"تاریخ دسترسی:", "امروز:", "retrieved": a date that is not about the article (access, scrape, today).</summary>
    Other,
}

/// <summary>How a date was written: what the header stage needs to judge whether it is the publication date.</summary>
[Flags]
internal enum DateTraits
{
    None = 0,

    /// <summary>A time of day was printed with the date.</summary>
    HasTime = 1 << 0,

    /// <summary>A weekday was printed before the date.</summary>
    HasWeekday = 1 << 1,

    /// <summary>The month was written as a name ("۱۳ شهریور ۱۴۰۴").</summary>
    MonthName = 1 << 2,

    /// <summary>The date was written in numbers ("۱۴۰۴/۰۶/۱۳", "۲۷/۰۲/۲۰۲۱").</summary>
    Numeric = 1 << 3,

    /// <summary>An ISO 8601 timestamp ("2026-07-19T18:22:38+00:00").</summary>
    Timestamp = 1 << 4,

    /// <summary>A calendar marker followed the year ("ه.ق", "هجری شمسی", "میلادی").</summary>
    CalendarMarker = 1 << 5,

    /// <summary>The word before the date makes it part of a sentence ("روز", "در", "از", "تا", "مورخ").</summary>
    InRunningText = 1 << 6,

    /// <summary>The weekday printed does not fall on the date printed.</summary>
    WeekdayMismatch = 1 << 7,

    /// <summary>The numeric date could be read day-first or month-first (the day-first reading was taken).</summary>
    Ambiguous = 1 << 8,

    /// <summary>The label ended with a colon ("تاریخ انتشار:").</summary>
    LabelColon = 1 << 9,

    /// <summary>The time was printed before the date ("۲۲:۳۶ - ۱۳ اسفند ۱۳۹۹").</summary>
    TimeFirst = 1 << 10,
}

/// <summary>
/// A date found by <see cref="DateLocator"/> in normalized text. <see cref="Start"/>..<see cref="End"/> covers the label
/// and the date; <see cref="DateStart"/>..<see cref="End"/> the date alone (a "date" field name belongs to the date).
/// Every date found has a year: a bare "۱۳ شهریور" is never a match.
/// </summary>
/// <param name="Date">The date (its Start/Length are the date alone, as normalized offsets), or <see langword="null"/> when the written date cannot exist.</param>
/// <param name="Start">Start of the label, or of the date when there is no label.</param>
/// <param name="End">End of the date (after its time, when printed).</param>
/// <param name="DateStart">Start of the date itself.</param>
/// <param name="Label">What the label says.</param>
/// <param name="Traits">How the date was written.</param>
/// <param name="Issue"><see cref="DiagnosticCode.InvalidDate"/>, <see cref="DiagnosticCode.AmbiguousDate"/>, or <see langword="null"/>.</param>
internal readonly record struct DateMatch(PublicationDate? Date, int Start, int End, int DateStart, DateLabel Label, DateTraits Traits, DiagnosticCode? Issue)
{
    /// <summary>Whether the written date exists.</summary>
    public bool IsValid => Date is not null;

    /// <summary>Whether the match had a year (always: the locator finds only complete dates).</summary>
    public bool HasYear => true;

    /// <summary>Whether a time of day was printed.</summary>
    public bool HasTime => (Traits & DateTraits.HasTime) != 0;

    /// <summary>Whether a label came before the date.</summary>
    public bool HasLabel => Label != DateLabel.None;

    /// <summary>Whether the date sits inside a sentence ("روز ...", "در تاریخ ..."): an event date, not a header field.</summary>
    public bool InRunningText => (Traits & DateTraits.InRunningText) != 0;
}
