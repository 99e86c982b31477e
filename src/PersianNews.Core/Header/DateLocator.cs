namespace PersianNews.Core;

/// <summary>Finds a publication date inside a range of normalized text (a header line, a dateline prefix).</summary>
internal static class DateLocator
{
    /// <summary>
    /// Finds the first date that starts in [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/>.
    /// <paramref name="matchStart"/>/<paramref name="matchEnd"/> cover the date and any label before it
    /// ("تاریخ انتشار:"), as normalized offsets. <paramref name="issue"/> is a diagnostic code when a date-like text
    /// was found but is invalid or ambiguous.
    /// </summary>
    public static bool TryLocate(string text, int start, int end, out PublicationDate? date, out int matchStart, out int matchEnd, out DiagnosticCode? issue)
    {
        issue = null;
        int p = start;
        while (p < end && char.IsWhiteSpace(text[p]))
        {
            p++;
        }

        if (p < end && PersianDateParser.TryParse(text.AsSpan(p, end - p), out date, out int consumed))
        {
            matchStart = p + date.Start;
            matchEnd = p + consumed;
            date = date with { Start = matchStart, Length = matchEnd - matchStart };
            return true;
        }

        date = null;
        matchStart = matchEnd = start;
        return false;
    }
}
