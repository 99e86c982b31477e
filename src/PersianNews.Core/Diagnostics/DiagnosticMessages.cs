namespace PersianNews.Core;

/// <summary>All diagnostic message text lives here, so codes stay stable and messages stay consistent.</summary>
internal static class DiagnosticMessages
{
    public static string Get(DiagnosticCode code, string? detail = null)
    {
        string message = code switch
        {
            DiagnosticCode.EmptyInput => "The input is empty or white space only.",
            DiagnosticCode.InputTooLong => "The input exceeds the maximum input length; only its beginning was parsed.",
            DiagnosticCode.InvalidCharacters => "The input contains characters that are not text (NUL, control characters or unpaired surrogates).",
            DiagnosticCode.PageClutter => "Page clutter was kept out of the body.",
            DiagnosticCode.TitleLine => "The title line was kept out of the body.",
            DiagnosticCode.HeaderLine => "A header field was kept out of the body.",
            DiagnosticCode.SourceLine => "A credit line was kept out of the body.",
            DiagnosticCode.AdditionalDate => "Another date was found; the publication date was preferred.",
            DiagnosticCode.InvalidDate => "A date was written that cannot exist.",
            DiagnosticCode.AmbiguousDate => "A numeric date could be read day-first or month-first.",
            DiagnosticCode.UnclosedQuote => "A quotation mark was never closed; the quote ends where the speech stops.",
            DiagnosticCode.UnresolvedSpeaker => "The quote's speaker could not be found.",
            DiagnosticCode.InternalError => "An internal error stopped the parse; please report the text.",
            _ => "Diagnostic.",
        };

        return detail is null ? message : message + " " + detail;
    }
}
