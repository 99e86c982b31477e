namespace PersianNews.Core;

/// <summary>
/// Stable codes of <see cref="Diagnostic"/>s. Numbers never change meaning; new codes are only added.
/// </summary>
public enum DiagnosticCode
{
    /// <summary>The input was empty or whitespace only: nothing to parse.</summary>
    EmptyInput = 1,

    /// <summary>The input is longer than <see cref="PersianNewsOptions.MaxInputLength"/>; only the first part was parsed.</summary>
    InputTooLong = 2,

    /// <summary>The input holds characters that cannot be text (NUL, unpaired surrogates, other control characters).</summary>
    InvalidCharacters = 3,

    /// <summary>A page-clutter line (news code, view counter, share prompt, "انتهای پیام") was kept out of the body.</summary>
    PageClutter = 100,

    /// <summary>A title line was recognized at the top of the text and kept out of the body.</summary>
    TitleLine = 101,

    /// <summary>A header field (date, byline, outlet line) was kept out of the body.</summary>
    HeaderLine = 102,

    /// <summary>A credit line ("منبع: ...") was kept out of the body.</summary>
    SourceLine = 103,

    /// <summary>A second date (update time, scrape time) was found; the publication date won.</summary>
    AdditionalDate = 200,

    /// <summary>A date was written but cannot exist (month 13, ۳۱ اسفند of a common year).</summary>
    InvalidDate = 201,

    /// <summary>A numeric date could be read day-first or month-first; the reading chosen is reported.</summary>
    AmbiguousDate = 202,

    /// <summary>An opening quotation mark never closed; the quote was ended where the speech plainly stops.</summary>
    UnclosedQuote = 300,

    /// <summary>A quote's speaker could not be found (a dropped subject with no earlier speaker).</summary>
    UnresolvedSpeaker = 301,

    /// <summary>An unexpected internal failure; the article holds what was read before it. Please report it with the text.</summary>
    InternalError = 900,
}
