namespace PersianNews.Core;

/// <summary>The calendar a date was written in.</summary>
public enum CalendarKind
{
    /// <summary>The Gregorian calendar ("۴ سپتامبر ۲۰۲۵", "2025-09-04").</summary>
    Gregorian,

    /// <summary>The Persian solar (Jalali, Hijri Shamsi) calendar ("۱۳ شهریور ۱۴۰۴").</summary>
    Persian,

    /// <summary>The Islamic lunar (Hijri Qamari) calendar, converted with the Umm al-Qura tables.</summary>
    Hijri,
}

/// <summary>Whether a quote reproduces the speaker's words or reports their content.</summary>
public enum QuoteKind
{
    /// <summary>The speaker's own words, verbatim: in «», quotation marks, or after a cue ending in a colon.</summary>
    Direct,

    /// <summary>Reported speech: a clause introduced by a reporting verb ("X گفت که ...") or phrase ("به گفته X، ...").</summary>
    Indirect,
}

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Something the parser recognized and set aside (page clutter, a second date); nothing is wrong.</summary>
    Info,

    /// <summary>The text is unusual or damaged and the parser made a choice (an unclosed quote, an ambiguous date).</summary>
    Warning,

    /// <summary>Part of the input could not be parsed (it exceeds the size limit, a date that cannot exist).</summary>
    Error,
}
