namespace PersianNews.Core;

/// <summary>
/// Reads the article's metadata (date, outlet, bylines, credited sources, title) from where Persian news pages print
/// it, and keeps page clutter out of the body. The opening of the text (its first
/// <see cref="OpeningLength"/> characters: page header, title, lead, dateline and the outlet's own "به گزارش X،") is
/// read clause by clause; the closing lines are read for credits, promo lines and channel signatures. Every range
/// set aside is reported as a diagnostic. Split by concern: outlets (<c>HeaderParser.Outlets.cs</c>), bylines,
/// title, clutter and date placement.
/// </summary>
internal sealed partial class HeaderParser
{
    /// <summary>How far into the text the opening is read; the outlet's attribution never comes later than this.</summary>
    internal const int OpeningLength = 1500;

    private readonly OutletRegistry _outlets;
    private readonly CueLexicon _cues;

    public HeaderParser(OutletRegistry outlets, CueLexicon cues)
    {
        _outlets = outlets;
        _cues = cues;
    }

    public void Parse(ParseContext ctx)
    {
        var lines = ctx.Lines;
        ctx.BodyLines = new bool[lines.Length];
        ctx.BodyStarts = new int[lines.Length];
        ctx.BodyEnds = new int[lines.Length];
        for (int i = 0; i < lines.Length; i++)
        {
            ctx.BodyLines[i] = true;
            ctx.BodyStarts[i] = lines[i].Start;
            ctx.BodyEnds[i] = lines[i].End;
        }

        if (lines.Length == 0)
        {
            return;
        }

        var state = new HeaderState(ctx);
        DetectClutter(state);
        LocateDate(state);
        DetectTitle(state);
        ReadOpening(state);
        ReadCredits(state);
        ReadBylineFields(state);
        if (ctx.Outlet is null)
        {
            ReadClosingOutlet(state);
        }

        ctx.Reporters.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        ctx.Sources.Sort(static (a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>What the header stage has learnt so far about one text.</summary>
    private sealed class HeaderState
    {
        public HeaderState(ParseContext ctx)
        {
            Ctx = ctx;
            T = ctx.Normalized;
            var lines = ctx.Lines;
            int last = 0;
            while (last + 1 < lines.Length && lines[last + 1].Start < OpeningLength)
            {
                last++;
            }

            OpeningLastLine = last;
            IsTitle = new bool[lines.Length];
            IsClutter = new bool[lines.Length];
        }

        public ParseContext Ctx { get; }

        public string T { get; }

        /// <summary>The last line that starts inside the opening.</summary>
        public int OpeningLastLine { get; }

        public bool[] IsTitle { get; }

        public bool[] IsClutter { get; }

        /// <summary>The first line of the body (after title lines).</summary>
        public int FirstBodyLine { get; set; }

        /// <summary>Whether the outlet was read from a page header or dateline (so a later "به گزارش B" credits a source).</summary>
        public bool OutletFromHeader { get; set; }

        /// <summary>Where text set aside inside a line ends (sorted): a clause can start there.</summary>
        public int[]? CutEnds { get; set; }

        /// <summary>An outlet named by a follow/join prompt or a footer, used when the opening names none.</summary>
        public OutletMention? ClosingOutlet { get; set; }

        /// <summary>The end of the opening within a line: one long scraped line is read for its first characters only.</summary>
        public int OpeningEnd(int lineIndex)
        {
            var line = Ctx.Lines[lineIndex];
            return Math.Min(line.End, Math.Max(line.Start + 300, OpeningLength));
        }
    }

    private static void Cut(ParseContext ctx, int lineIndex, int start, int end)
    {
        var line = ctx.Lines[lineIndex];
        start = Math.Max(start, line.Start);
        end = Math.Min(end, line.End);
        if (end <= start)
        {
            return;
        }

        // A cut at the edge of the line's body moves the edge; one in the middle splits the paragraph.
        int bs = TextScan.SkipSpaces(ctx.Normalized, ctx.BodyStarts![lineIndex], line.End);
        int be = ctx.BodyEnds![lineIndex];
        if (start <= bs)
        {
            ctx.BodyStarts[lineIndex] = Math.Max(bs, end);
        }
        else if (end >= TextScan.TrimEnd(ctx.Normalized, bs, be))
        {
            ctx.BodyEnds[lineIndex] = Math.Min(be, start);
        }
        else
        {
            ctx.BodyCuts.Add(new Line(start, end));
        }

        if (TextScan.SkipSpaces(ctx.Normalized, ctx.BodyStarts[lineIndex], line.End) >= TextScan.TrimEnd(ctx.Normalized, line.Start, ctx.BodyEnds[lineIndex]))
        {
            ctx.BodyLines![lineIndex] = false;
        }
    }

    private static void RemoveLine(ParseContext ctx, int lineIndex, DiagnosticCode code, string detail)
    {
        var line = ctx.Lines[lineIndex];
        if (ctx.BodyLines![lineIndex])
        {
            ctx.BodyLines[lineIndex] = false;
            ctx.Report(code, DiagnosticSeverity.Info, line.Start, line.End, detail);
        }
    }

    private static int LineOf(ParseContext ctx, int position)
    {
        var lines = ctx.Lines;
        int lo = 0, hi = lines.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (lines[mid].Start <= position)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }
}
