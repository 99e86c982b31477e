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
        for (int i = 0; i < lines.Length; i++)
        {
            if (ctx.BodyLines is { } body && !body[i])
            {
                continue;
            }

            int s = ctx.BodyStarts?[i] ?? lines[i].Start;
            int e = ctx.BodyEnds?[i] ?? lines[i].End;
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

        ranges = [.. kept];
        return [.. paragraphs];
    }
}
