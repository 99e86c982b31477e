namespace PersianNews.Core;

/// <summary>Builds the body paragraphs from the lines the header stage left in the body.</summary>
internal static class BodyBuilder
{
    public static TextElement[] Build(ParseContext ctx, out Line[] ranges)
    {
        var lines = ctx.Lines;
        var paragraphs = new List<TextElement>(lines.Length);
        var kept = new List<Line>(lines.Length);
        string text = ctx.Normalized;
        var cuts = ctx.BodyCuts;
        if (cuts.Count > 1)
        {
            cuts.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }

        int cut = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            if (ctx.BodyLines is { } body && !body[i])
            {
                continue;
            }

            int s = ctx.BodyStarts?[i] ?? lines[i].Start;
            int e = ctx.BodyEnds?[i] ?? lines[i].End;
            while (cut < cuts.Count && cuts[cut].End <= s)
            {
                cut++;
            }

            // Inline clutter splits the line: the text before and after it are separate paragraphs.
            while (cut < cuts.Count && cuts[cut].Start < e)
            {
                Add(ctx, text, s, Math.Min(cuts[cut].Start, e), paragraphs, kept);
                s = Math.Max(s, cuts[cut].End);
                cut++;
            }

            Add(ctx, text, s, e, paragraphs, kept);
        }

        ranges = [.. kept];
        return [.. paragraphs];
    }

    private static void Add(ParseContext ctx, string text, int s, int e, List<TextElement> paragraphs, List<Line> kept)
    {
        while (s < e && LineSegmenter.IsTrimmable(text[s]))
        {
            s++;
        }

        while (e > s && LineSegmenter.IsTrimmable(text[e - 1]))
        {
            e--;
        }

        if (e > s)
        {
            paragraphs.Add(ctx.Element(s, e));
            kept.Add(new Line(s, e));
        }
    }
}
