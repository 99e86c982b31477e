namespace PersianNews.Core;

/// <summary>A trimmed, non-empty line of the normalized text: [Start, End).</summary>
internal readonly record struct Line(int Start, int End)
{
    public int Length => End - Start;
}

/// <summary>Splits text into lines at LF, CRLF, CR, NEL, U+2028 and U+2029, trimming white space.</summary>
internal static class LineSegmenter
{
    private static readonly System.Buffers.SearchValues<char> LineBreaks = System.Buffers.SearchValues.Create("\n\r\u0085\u2028\u2029");

    // The lines are collected in a list kept per thread, so only the result array is allocated.
    [ThreadStatic]
    private static List<Line>? _scratch;

    public static Line[] Split(string text)
    {
        var lines = _scratch ?? new List<Line>();
        _scratch = null;
        lines.Clear();
        int i = 0;
        while (i <= text.Length)
        {
            int rel = text.AsSpan(i).IndexOfAny(LineBreaks);
            int end = rel < 0 ? text.Length : i + rel;
            int s = i, e = end;
            while (s < e && IsTrimmable(text[s]))
            {
                s++;
            }

            while (e > s && IsTrimmable(text[e - 1]))
            {
                e--;
            }

            if (e > s)
            {
                lines.Add(new Line(s, e));
            }

            if (rel < 0)
            {
                break;
            }

            i = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }

        Line[] result = [.. lines];
        if (lines.Capacity <= 4096)
        {
            _scratch = lines;
        }

        return result;
    }

    public static bool IsTrimmable(char c) => char.IsWhiteSpace(c) || c is PersianLetters.Zwnj or '\uFEFF' or '\u200E' or '\u200F';
}
