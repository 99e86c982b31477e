namespace PersianNews.Cli.Evaluation;

/// <summary>The counts scoring accumulates (score.py's <c>S</c>); metrics are computed from them.</summary>
public sealed record EvalCounts
{
    /// <summary>Gold files scored.</summary>
    public int Articles { get; init; }

    /// <summary>Gold files with no prediction (article not found or not readable).</summary>
    public int Missing { get; init; }

    /// <summary>Articles whose gold names an outlet.</summary>
    public int OutletGold { get; init; }

    /// <summary>Of those, articles whose predicted outlet is right.</summary>
    public int OutletRight { get; init; }

    /// <summary>Articles whose gold has no outlet.</summary>
    public int OutletNone { get; init; }

    /// <summary>Of those, articles for which an outlet was predicted anyway.</summary>
    public int OutletInvented { get; init; }

    /// <summary>Articles whose gold has a date.</summary>
    public int DateGold { get; init; }

    /// <summary>Of those, articles whose predicted date is the same day (±1 for Hijri).</summary>
    public int DateRight { get; init; }

    /// <summary>Articles whose gold has no date.</summary>
    public int DateNone { get; init; }

    /// <summary>Of those, articles for which a date was predicted anyway.</summary>
    public int DateInvented { get; init; }

    /// <summary>Gold reporters found by some predicted reporter (containment either way).</summary>
    public int ReporterMatched { get; init; }

    /// <summary>Gold reporters.</summary>
    public int ReporterGold { get; init; }

    /// <summary>Predicted reporters.</summary>
    public int ReporterPredicted { get; init; }

    /// <summary>Gold sources found by some predicted source.</summary>
    public int SourceMatched { get; init; }

    /// <summary>Gold sources.</summary>
    public int SourceGold { get; init; }

    /// <summary>Predicted sources.</summary>
    public int SourcePredicted { get; init; }

    /// <summary>Gold quotes.</summary>
    public int QuoteGold { get; init; }

    /// <summary>Predicted quotes.</summary>
    public int QuotePredicted { get; init; }

    /// <summary>Quotes matched one-to-one with overlap ≥ the threshold (0.5).</summary>
    public int QuoteMatched { get; init; }

    /// <summary>Quotes matched with overlap ≥ 0.9.</summary>
    public int StrictMatched { get; init; }

    /// <summary>Gold direct quotes.</summary>
    public int DirectGold { get; init; }

    /// <summary>Predicted direct quotes.</summary>
    public int DirectPredicted { get; init; }

    /// <summary>Direct quotes matched among themselves.</summary>
    public int DirectMatched { get; init; }

    /// <summary>Matched quotes whose speaker is right.</summary>
    public int SpeakerRight { get; init; }

    /// <summary>Matched quotes whose kind is right.</summary>
    public int KindRight { get; init; }

    /// <summary>Adds two sets of counts.</summary>
    /// <param name="a">Counts.</param>
    /// <param name="b">More counts.</param>
    /// <returns>The sums.</returns>
    public static EvalCounts operator +(EvalCounts a, EvalCounts b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new EvalCounts
        {
            Articles = a.Articles + b.Articles,
            Missing = a.Missing + b.Missing,
            OutletGold = a.OutletGold + b.OutletGold,
            OutletRight = a.OutletRight + b.OutletRight,
            OutletNone = a.OutletNone + b.OutletNone,
            OutletInvented = a.OutletInvented + b.OutletInvented,
            DateGold = a.DateGold + b.DateGold,
            DateRight = a.DateRight + b.DateRight,
            DateNone = a.DateNone + b.DateNone,
            DateInvented = a.DateInvented + b.DateInvented,
            ReporterMatched = a.ReporterMatched + b.ReporterMatched,
            ReporterGold = a.ReporterGold + b.ReporterGold,
            ReporterPredicted = a.ReporterPredicted + b.ReporterPredicted,
            SourceMatched = a.SourceMatched + b.SourceMatched,
            SourceGold = a.SourceGold + b.SourceGold,
            SourcePredicted = a.SourcePredicted + b.SourcePredicted,
            QuoteGold = a.QuoteGold + b.QuoteGold,
            QuotePredicted = a.QuotePredicted + b.QuotePredicted,
            QuoteMatched = a.QuoteMatched + b.QuoteMatched,
            StrictMatched = a.StrictMatched + b.StrictMatched,
            DirectGold = a.DirectGold + b.DirectGold,
            DirectPredicted = a.DirectPredicted + b.DirectPredicted,
            DirectMatched = a.DirectMatched + b.DirectMatched,
            SpeakerRight = a.SpeakerRight + b.SpeakerRight,
            KindRight = a.KindRight + b.KindRight,
        };
    }

    /// <summary>Adds two sets of counts.</summary>
    /// <param name="other">More counts.</param>
    /// <returns>The sums.</returns>
    public EvalCounts Add(EvalCounts other) => this + other;
}

/// <summary>
/// The quality figures of score.py's <c>R</c> (same definitions, same values), plus the precision and recall behind the
/// reporter, source and direct-quote F1. A ratio with an empty denominator is 1.0, except the false-positive rates,
/// which are 0.0 when no gold article lacks the field.
/// </summary>
public sealed record EvalMetrics
{
    /// <summary>Gold files scored.</summary>
    public int Articles { get; init; }

    /// <summary>Gold files without a prediction.</summary>
    public int Missing { get; init; }

    /// <summary>Share of gold outlets predicted right (score.py <c>outlet_acc</c>).</summary>
    public double OutletAccuracy { get; init; }

    /// <summary>Share of outlet-less articles given an outlet anyway (<c>outlet_fp</c>).</summary>
    public double OutletFalsePositiveRate { get; init; }

    /// <summary>Share of gold dates predicted right (<c>date_acc</c>).</summary>
    public double DateAccuracy { get; init; }

    /// <summary>Share of date-less articles given a date anyway (<c>date_fp</c>).</summary>
    public double DateFalsePositiveRate { get; init; }

    /// <summary>Reporter F1 (<c>reporter_f1</c>).</summary>
    public double ReporterF1 { get; init; }

    /// <summary>Source F1 (<c>source_f1</c>).</summary>
    public double SourceF1 { get; init; }

    /// <summary>Quote precision (<c>quote_p</c>).</summary>
    public double QuotePrecision { get; init; }

    /// <summary>Quote recall (<c>quote_r</c>).</summary>
    public double QuoteRecall { get; init; }

    /// <summary>Quote F1 at overlap ≥ 0.5 (<c>quote_f1</c>).</summary>
    public double QuoteF1 { get; init; }

    /// <summary>Quote F1 at overlap ≥ 0.9 (<c>quote_f1_strict</c>).</summary>
    public double QuoteF1Strict { get; init; }

    /// <summary>Direct-quote F1 (<c>direct_f1</c>).</summary>
    public double DirectF1 { get; init; }

    /// <summary>Share of matched quotes with the right speaker (<c>speaker_acc</c>).</summary>
    public double SpeakerAccuracy { get; init; }

    /// <summary>Share of matched quotes with the right kind (<c>kind_acc</c>).</summary>
    public double KindAccuracy { get; init; }

    /// <summary>Gold quotes (<c>gold_quotes</c>).</summary>
    public int GoldQuotes { get; init; }

    /// <summary>Predicted quotes (<c>pred_quotes</c>).</summary>
    public int PredictedQuotes { get; init; }

    /// <summary>Reporter precision: matched gold reporters over predicted reporters.</summary>
    public double ReporterPrecision { get; init; }

    /// <summary>Reporter recall: matched gold reporters over gold reporters.</summary>
    public double ReporterRecall { get; init; }

    /// <summary>Source precision.</summary>
    public double SourcePrecision { get; init; }

    /// <summary>Source recall.</summary>
    public double SourceRecall { get; init; }

    /// <summary>Direct-quote precision.</summary>
    public double DirectPrecision { get; init; }

    /// <summary>Direct-quote recall.</summary>
    public double DirectRecall { get; init; }

    /// <summary>
    /// Every figure in score.py's order (its key, then this type's camelCase property name), then the extra figures,
    /// with whether it is a count.
    /// </summary>
    public IReadOnlyList<MetricEntry> Entries =>
    [
        new("articles", "articles", Articles, true),
        new("missing", "missing", Missing, true),
        new("outlet_acc", "outletAccuracy", OutletAccuracy, false),
        new("outlet_fp", "outletFalsePositiveRate", OutletFalsePositiveRate, false),
        new("date_acc", "dateAccuracy", DateAccuracy, false),
        new("date_fp", "dateFalsePositiveRate", DateFalsePositiveRate, false),
        new("reporter_f1", "reporterF1", ReporterF1, false),
        new("source_f1", "sourceF1", SourceF1, false),
        new("quote_p", "quotePrecision", QuotePrecision, false),
        new("quote_r", "quoteRecall", QuoteRecall, false),
        new("quote_f1", "quoteF1", QuoteF1, false),
        new("quote_f1_strict", "quoteF1Strict", QuoteF1Strict, false),
        new("direct_f1", "directF1", DirectF1, false),
        new("speaker_acc", "speakerAccuracy", SpeakerAccuracy, false),
        new("kind_acc", "kindAccuracy", KindAccuracy, false),
        new("gold_quotes", "goldQuotes", GoldQuotes, true),
        new("pred_quotes", "predictedQuotes", PredictedQuotes, true),
        new("reporter_p", "reporterPrecision", ReporterPrecision, false),
        new("reporter_r", "reporterRecall", ReporterRecall, false),
        new("source_p", "sourcePrecision", SourcePrecision, false),
        new("source_r", "sourceRecall", SourceRecall, false),
        new("direct_p", "directPrecision", DirectPrecision, false),
        new("direct_r", "directRecall", DirectRecall, false),
    ];

    /// <summary>Computes the metrics from counts exactly as score.py does.</summary>
    /// <param name="c">The counts; <see langword="null"/> throws <see cref="ArgumentNullException"/>.</param>
    /// <returns>The metrics.</returns>
    public static EvalMetrics From(EvalCounts c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new EvalMetrics
        {
            Articles = c.Articles,
            Missing = c.Missing,
            OutletAccuracy = Ratio(c.OutletRight, c.OutletGold),
            OutletFalsePositiveRate = c.OutletNone != 0 ? Ratio(c.OutletInvented, c.OutletNone) : 0.0,
            DateAccuracy = Ratio(c.DateRight, c.DateGold),
            DateFalsePositiveRate = c.DateNone != 0 ? Ratio(c.DateInvented, c.DateNone) : 0.0,
            ReporterF1 = F1(c.ReporterMatched, c.ReporterGold, c.ReporterPredicted),
            SourceF1 = F1(c.SourceMatched, c.SourceGold, c.SourcePredicted),
            QuotePrecision = Ratio(c.QuoteMatched, c.QuotePredicted),
            QuoteRecall = Ratio(c.QuoteMatched, c.QuoteGold),
            QuoteF1 = F1(c.QuoteMatched, c.QuoteGold, c.QuotePredicted),
            QuoteF1Strict = F1(c.StrictMatched, c.QuoteGold, c.QuotePredicted),
            DirectF1 = F1(c.DirectMatched, c.DirectGold, c.DirectPredicted),
            SpeakerAccuracy = Ratio(c.SpeakerRight, c.QuoteMatched),
            KindAccuracy = Ratio(c.KindRight, c.QuoteMatched),
            GoldQuotes = c.QuoteGold,
            PredictedQuotes = c.QuotePredicted,
            ReporterPrecision = Ratio(c.ReporterMatched, c.ReporterPredicted),
            ReporterRecall = Ratio(c.ReporterMatched, c.ReporterGold),
            SourcePrecision = Ratio(c.SourceMatched, c.SourcePredicted),
            SourceRecall = Ratio(c.SourceMatched, c.SourceGold),
            DirectPrecision = Ratio(c.DirectMatched, c.DirectPredicted),
            DirectRecall = Ratio(c.DirectMatched, c.DirectGold),
        };
    }

    /// <summary>The one-line summary score.py prints, character for character.</summary>
    /// <returns>The line.</returns>
    public string SummaryLine()
    {
        static string F(double v) => PythonFormat.Fixed(v, 2);
        return $"outlet {F(OutletAccuracy)} (fp {F(OutletFalsePositiveRate)}) | date {F(DateAccuracy)} (fp {F(DateFalsePositiveRate)}) | " +
               $"reporters F1 {F(ReporterF1)} | sources F1 {F(SourceF1)} | quotes P {F(QuotePrecision)} R {F(QuoteRecall)} F1 {F(QuoteF1)} " +
               $"(strict {F(QuoteF1Strict)}) | direct F1 {F(DirectF1)} | speaker {F(SpeakerAccuracy)} | kind {F(KindAccuracy)}";
    }

    /// <summary>The metrics object as score.py prints it (<c>json.dumps(R, indent=1)</c>), score.py's keys first, then the extra figures.</summary>
    /// <returns>The JSON text (no trailing newline).</returns>
    public string ToPythonJson()
    {
        var sb = new System.Text.StringBuilder("{\n");
        var entries = Entries;
        for (int i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            string value = e.IsCount ? ((long)e.Value).ToString(System.Globalization.CultureInfo.InvariantCulture) : PythonFormat.Repr(e.Value);
            sb.Append(" \"").Append(e.Key).Append("\": ").Append(value).Append(i + 1 < entries.Count ? ",\n" : "\n");
        }

        return sb.Append('}').ToString();
    }

    // score.py's pr and f1.
    private static double Ratio(int tp, int n) => n != 0 ? (double)tp / n : 1.0;

    private static double F1(int tp, int gold, int predicted) => gold + predicted != 0 ? 2.0 * tp / (gold + predicted) : 1.0;
}

/// <summary>One figure of <see cref="EvalMetrics"/>.</summary>
/// <param name="Key">score.py's key ("quote_f1").</param>
/// <param name="Name">The camelCase property name ("quoteF1"), as quality-floor files use it.</param>
/// <param name="Value">The value.</param>
/// <param name="IsCount">Whether the figure is a count rather than a ratio.</param>
public sealed record MetricEntry(string Key, string Name, double Value, bool IsCount);
