namespace PersianNews.Core;

/// <summary>Builds the body paragraphs from the lines the header stage left in the body.</summary>
internal static class BodyBuilder
{
    public static TextElement[] Build(ParseContext ctx, out Line[] ranges)
    {
        var lines = ctx.Lines;
        string text = ctx.Normalized;
        var cuts = ctx.BodyCuts;
        if (cuts.Count > 1)
        {
            cuts.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }

        // The ranges are collected in a scratch buffer first (each cut may split one line in two), so the arrays the
        // result keeps are made once at their exact size.
        var scratch = System.Buffers.ArrayPool<Line>.Shared.Rent(lines.Length + cuts.Count + 1);
        int count = 0;
        try
        {
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

                // Inline clutter splits the line: the text before and after it are separate paragraphs. A line whose
                // head or tail the header took is beside removed text too.
                bool split = s != lines[i].Start || e != lines[i].End;
                while (cut < cuts.Count && cuts[cut].Start < e)
                {
                    Add(text, s, Math.Min(cuts[cut].Start, e), scratch, ref count, besideCut: true);
                    s = Math.Max(s, cuts[cut].End);
                    cut++;
                    split = true;
                }

                Add(text, s, e, scratch, ref count, besideCut: split);
            }

            ranges = count == 0 ? [] : scratch.AsSpan(0, count).ToArray();
        }
        finally
        {
            System.Buffers.ArrayPool<Line>.Shared.Return(scratch);
        }

        var paragraphs = count == 0 ? [] : new TextElement[count];
        for (int i = 0; i < count; i++)
        {
            paragraphs[i] = ctx.Element(ranges[i].Start, ranges[i].End);
        }

        return paragraphs;
    }

    /// <summary>Keeps the trimmed range as a paragraph; beside removed clutter, a remnant with no letter or digit (the
    /// "|" or "-" that separated the removed fields: "کد خبر: ۱۲ | سرویس: اقتصادی") is not one.</summary>
    private static void Add(string text, int s, int e, Line[] kept, ref int count, bool besideCut = false)
    {
        while (s < e && LineSegmenter.IsTrimmable(text[s]))
        {
            s++;
        }

        while (e > s && LineSegmenter.IsTrimmable(text[e - 1]))
        {
            e--;
        }

        if (e > s && !(besideCut && !HasLetterOrDigit(text, s, e)))
        {
            kept[count++] = new Line(s, e);
        }
    }

    private static bool HasLetterOrDigit(string text, int s, int e)
    {
        for (int i = s; i < e; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
