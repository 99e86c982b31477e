namespace PersianNews.Cli.Evaluation;

/// <summary>
/// Scores predictions against gold annotations with the rules of <c>corpus/README.md</c>, as a literal port of
/// <c>tools/score.py</c> (every figure agrees with it): outlets by folded name containment, dates as Gregorian days,
/// reporters and sources by name containment, quotes matched one-to-one, greedily, best Dice overlap first, when the
/// shared tokens cover at least the threshold of both texts.
/// </summary>
public sealed class GoldScorer
{
    /// <summary>The overlap both texts of a matched quote pair must reach (score.py's default <c>--thr</c>).</summary>
    public const double DefaultThreshold = 0.5;

    /// <summary>The overlap of a "strict" match.</summary>
    public const double StrictThreshold = 0.9;

    /// <summary>Creates a scorer.</summary>
    /// <param name="threshold">The overlap a matched quote pair must reach, in (0, 1]; otherwise throws <see cref="ArgumentOutOfRangeException"/>.</param>
    public GoldScorer(double threshold = DefaultThreshold)
    {
        if (!(threshold > 0 && threshold <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The quote overlap threshold must be in (0, 1].");
        }

        Threshold = threshold;
    }

    /// <summary>The scorer with score.py's defaults.</summary>
    public static GoldScorer Default { get; } = new();

    /// <summary>The overlap a matched quote pair must reach.</summary>
    public double Threshold { get; }

    /// <summary>Scores gold files against their predictions, in the given order.</summary>
    /// <param name="items">Each gold file with its prediction, or <see langword="null"/> when there is none (counted as missing).</param>
    /// <returns>Per-file results, the summed counts and the metrics.</returns>
    public EvalReport Score(IEnumerable<(GoldFile Gold, PredictedArticle? Prediction)> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var files = new List<FileScore>();
        var counts = new EvalCounts();
        foreach (var (gold, prediction) in items)
        {
            var file = ScoreFile(gold, prediction);
            files.Add(file);
            counts += file.Counts;
        }

        return new EvalReport(files, counts, EvalMetrics.From(counts));
    }

    /// <summary>Scores one article.</summary>
    /// <param name="gold">The gold answer; <see langword="null"/> throws <see cref="ArgumentNullException"/>.</param>
    /// <param name="prediction">The prediction, or <see langword="null"/> when there is none (every gold item is missed).</param>
    /// <returns>The article's counts and its quote matching.</returns>
    public FileScore ScoreFile(GoldFile gold, PredictedArticle? prediction)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var p = prediction ?? new PredictedArticle(null, null, null, null, null, null);

        bool? outletRight = null;
        bool outletInvented = false;
        if (gold.Outlet is not null)
        {
            outletRight = OutletMatches(gold.Outlet, p.Outlet);
        }
        else
        {
            outletInvented = p.Outlet is not null;
        }

        string? goldDay = GoldCalendar.GoldDateIso(gold.Date);
        string? predictedDay = p.Date?.Value;
        bool? dateRight = null;
        bool dateInvented = false;
        if (!string.IsNullOrEmpty(goldDay))
        {
            int tolerance = gold.Date!.Calendar == "hijri" ? 1 : 0;
            dateRight = !string.IsNullOrEmpty(predictedDay)
                && GoldCalendar.DaysApart(goldDay, ScoreText.CodePointPrefix(predictedDay, 10)) <= tolerance;
        }
        else
        {
            dateInvented = !string.IsNullOrEmpty(predictedDay);
        }

        var reporters = NamesPrf((gold.Reporters ?? []).Select(r => r.Name), (p.Reporters ?? []).Select(r => r.Name));
        var sources = NamesPrf((gold.Sources ?? []).Select(r => r.Name), (p.Sources ?? []).Select(r => r.Name));

        IReadOnlyList<GoldQuote> gq = gold.Quotes ?? [];
        IReadOnlyList<PredictedQuote> pq = p.Quotes ?? [];
        var goldTexts = gq.Select(q => q.Text).ToList();
        var predictedTexts = pq.Select(q => q.Text).ToList();
        var pairs = MatchQuotes(goldTexts, predictedTexts, Threshold);
        var strict = MatchQuotes(goldTexts, predictedTexts, StrictThreshold);

        var goldDirect = gq.Where(q => q.Kind == "direct").Select(q => q.Text).ToList();
        var predictedDirect = pq.Where(q => q.Kind == "direct").Select(q => q.Text).ToList();
        var directPairs = MatchQuotes(goldDirect, predictedDirect, Threshold);

        var matches = new List<QuoteMatch>(pairs.Count);
        int speakerRight = 0, kindRight = 0;
        foreach (var (gi, pj) in pairs)
        {
            bool speakerOk = SpeakerMatches(gq[gi].Speaker, pq[pj].Speaker);
            bool kindOk = string.Equals(gq[gi].Kind, pq[pj].Kind, StringComparison.Ordinal);
            speakerRight += speakerOk ? 1 : 0;
            kindRight += kindOk ? 1 : 0;
            matches.Add(new QuoteMatch(gi, pj, speakerOk, kindOk));
        }

        var counts = new EvalCounts
        {
            Articles = 1,
            Missing = prediction is null ? 1 : 0,
            OutletGold = outletRight is null ? 0 : 1,
            OutletRight = outletRight == true ? 1 : 0,
            OutletNone = outletRight is null ? 1 : 0,
            OutletInvented = outletInvented ? 1 : 0,
            DateGold = dateRight is null ? 0 : 1,
            DateRight = dateRight == true ? 1 : 0,
            DateNone = dateRight is null ? 1 : 0,
            DateInvented = dateInvented ? 1 : 0,
            ReporterMatched = reporters.Matched,
            ReporterGold = reporters.Gold,
            ReporterPredicted = reporters.Predicted,
            SourceMatched = sources.Matched,
            SourceGold = sources.Gold,
            SourcePredicted = sources.Predicted,
            QuoteGold = gq.Count,
            QuotePredicted = pq.Count,
            QuoteMatched = pairs.Count,
            StrictMatched = strict.Count,
            DirectGold = goldDirect.Count,
            DirectPredicted = predictedDirect.Count,
            DirectMatched = directPairs.Count,
            SpeakerRight = speakerRight,
            KindRight = kindRight,
        };

        var matchedGold = pairs.Select(x => x.Gold).ToHashSet();
        var matchedPredicted = pairs.Select(x => x.Predicted).ToHashSet();
        return new FileScore(
            gold,
            prediction,
            counts,
            outletRight,
            dateRight,
            matches,
            [.. Enumerable.Range(0, gq.Count).Where(i => !matchedGold.Contains(i))],
            [.. Enumerable.Range(0, pq.Count).Where(j => !matchedPredicted.Contains(j))]);
    }

    /// <summary>
    /// score.py's <c>match_quotes</c>: every pair whose shared tokens (a multiset intersection) cover at least
    /// <paramref name="threshold"/> of both texts is a candidate, scored by Dice (2·shared / (|gold| + |predicted|));
    /// candidates are taken best first (ties: higher gold index, then higher predicted index, as Python's reverse
    /// tuple sort orders them), each quote at most once.
    /// </summary>
    /// <param name="gold">Gold quote texts.</param>
    /// <param name="predicted">Predicted quote texts.</param>
    /// <param name="threshold">The overlap both sides must reach.</param>
    /// <returns>The matched (gold index, predicted index) pairs, in the order they were taken.</returns>
    public static IReadOnlyList<(int Gold, int Predicted)> MatchQuotes(IReadOnlyList<string?> gold, IReadOnlyList<string?> predicted, double threshold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var goldBags = gold.Select(TokenBag.Of).ToArray();
        var predictedBags = predicted.Select(TokenBag.Of).ToArray();

        var candidates = new List<(double Score, int I, int J)>();
        for (int i = 0; i < goldBags.Length; i++)
        {
            var g = goldBags[i];
            for (int j = 0; j < predictedBags.Length; j++)
            {
                var p = predictedBags[j];
                int inter = g.Intersect(p);
                double coverGold = g.Count != 0 ? (double)inter / g.Count : 0;
                double coverPredicted = p.Count != 0 ? (double)inter / p.Count : 0;
                if (coverGold >= threshold && coverPredicted >= threshold)
                {
                    candidates.Add((2.0 * inter / (g.Count + p.Count), i, j));
                }
            }
        }

        candidates.Sort(static (a, b) =>
        {
            int c = b.Score.CompareTo(a.Score);
            if (c == 0)
            {
                c = b.I.CompareTo(a.I);
            }

            return c != 0 ? c : b.J.CompareTo(a.J);
        });

        var usedGold = new HashSet<int>();
        var usedPredicted = new HashSet<int>();
        var pairs = new List<(int, int)>();
        foreach (var (_, i, j) in candidates)
        {
            if (!usedGold.Contains(i) && !usedPredicted.Contains(j))
            {
                usedGold.Add(i);
                usedPredicted.Add(j);
                pairs.Add((i, j));
            }
        }

        return pairs;
    }

    /// <summary>
    /// score.py's <c>speaker_ok</c>: the predicted resolved name (or, when it has no tokens, the mention) and the gold
    /// speaker share their words: one token set contains the other, or their Jaccard index is at least 0.5.
    /// </summary>
    /// <param name="gold">The gold speaker.</param>
    /// <param name="predicted">The predicted speaker; <see langword="null"/> is never right.</param>
    /// <returns>Whether the speaker is right.</returns>
    public static bool SpeakerMatches(string? gold, PredictedSpeaker? predicted)
    {
        if (predicted is null)
        {
            return false;
        }

        var g = ScoreText.Tokens(gold).ToHashSet(StringComparer.Ordinal);
        var p = ScoreText.Tokens(predicted.Name).ToHashSet(StringComparer.Ordinal);
        if (p.Count == 0)
        {
            p = ScoreText.Tokens(predicted.Text).ToHashSet(StringComparer.Ordinal);
        }

        if (g.Count == 0 || p.Count == 0)
        {
            return false;
        }

        if (g.IsSubsetOf(p) || p.IsSubsetOf(g))
        {
            return true;
        }

        int shared = g.Count(p.Contains);
        int union = g.Count + p.Count - shared;
        return (double)shared / union >= 0.5;
    }

    /// <summary>
    /// score.py's <c>names_prf</c>: how many gold names (folded, non-empty) some predicted name contains or is contained
    /// in, with the numbers of gold and predicted names.
    /// </summary>
    /// <param name="gold">Gold names.</param>
    /// <param name="predicted">Predicted names.</param>
    /// <returns>(matched gold names, gold names, predicted names).</returns>
    public static (int Matched, int Gold, int Predicted) NamesPrf(IEnumerable<string?> gold, IEnumerable<string?> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var g = gold.Select(ScoreText.Norm).Where(x => x.Length > 0).ToList();
        var p = predicted.Select(ScoreText.Norm).Where(x => x.Length > 0).ToList();
        int tp = g.Count(x => p.Exists(y => y.Contains(x, StringComparison.Ordinal) || x.Contains(y, StringComparison.Ordinal)));
        return (tp, g.Count, p.Count);
    }

    /// <summary>
    /// score.py's outlet rule: some alias key (<see cref="ScoreText.OutletKey"/>) equals the key of the predicted name or
    /// text, or one contains the other and the shorter has at least 3 characters.
    /// </summary>
    /// <param name="gold">The gold outlet; <see langword="null"/> throws <see cref="ArgumentNullException"/>.</param>
    /// <param name="predicted">The predicted outlet; <see langword="null"/> is never right.</param>
    /// <returns>Whether the outlet is right.</returns>
    public static bool OutletMatches(GoldOutlet gold, PredictedOutlet? predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        if (predicted is null)
        {
            return false;
        }

        var keys = (gold.Aliases ?? []).Select(ScoreText.OutletKey).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        var predictedKeys = new[] { ScoreText.OutletKey(predicted.Name), ScoreText.OutletKey(predicted.Text) }
            .Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        foreach (string x in keys)
        {
            foreach (string y in predictedKeys)
            {
                if (x == y || (Math.Min(ScoreText.CodePointLength(x), ScoreText.CodePointLength(y)) >= 3
                    && (y.Contains(x, StringComparison.Ordinal) || x.Contains(y, StringComparison.Ordinal))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The multiset of a text's folded tokens (Python's Counter).
    private sealed class TokenBag
    {
        private readonly Dictionary<string, int> _counts;

        private TokenBag(string[] tokens)
        {
            Count = tokens.Length;
            _counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (string t in tokens)
            {
                _counts[t] = _counts.GetValueOrDefault(t) + 1;
            }
        }

        public int Count { get; }

        public static TokenBag Of(string? text) => new(ScoreText.Tokens(text));

        public int Intersect(TokenBag other)
        {
            var (small, large) = _counts.Count <= other._counts.Count ? (this, other) : (other, this);
            int n = 0;
            foreach (var (token, count) in small._counts)
            {
                n += Math.Min(count, large._counts.GetValueOrDefault(token));
            }

            return n;
        }
    }
}

/// <summary>The result of scoring a set of articles.</summary>
/// <param name="Files">Per-file results, in the order scored.</param>
/// <param name="Counts">The summed counts.</param>
/// <param name="Metrics">The metrics.</param>
public sealed record EvalReport(IReadOnlyList<FileScore> Files, EvalCounts Counts, EvalMetrics Metrics);

/// <summary>The result of scoring one article.</summary>
/// <param name="Gold">The gold answer.</param>
/// <param name="Prediction">The prediction, or <see langword="null"/> when it was missing.</param>
/// <param name="Counts">This article's counts.</param>
/// <param name="OutletRight">Whether the outlet is right; <see langword="null"/> when the gold has none.</param>
/// <param name="DateRight">Whether the date is right; <see langword="null"/> when the gold has none.</param>
/// <param name="Matches">The matched quote pairs (threshold 0.5).</param>
/// <param name="UnmatchedGold">Indexes of gold quotes no prediction matched.</param>
/// <param name="UnmatchedPredicted">Indexes of predicted quotes that match no gold quote.</param>
public sealed record FileScore(
    GoldFile Gold,
    PredictedArticle? Prediction,
    EvalCounts Counts,
    bool? OutletRight,
    bool? DateRight,
    IReadOnlyList<QuoteMatch> Matches,
    IReadOnlyList<int> UnmatchedGold,
    IReadOnlyList<int> UnmatchedPredicted)
{
    /// <summary>score.py's <c>--by-file</c> line: "FILE gold=N pred=N matched=N".</summary>
    /// <returns>The line.</returns>
    public string ByFileLine() => FormattableString.Invariant($"{Gold.File} gold={Counts.QuoteGold} pred={Counts.QuotePredicted} matched={Counts.QuoteMatched}");
}

/// <summary>A matched quote pair.</summary>
/// <param name="GoldIndex">Index into the gold quotes.</param>
/// <param name="PredictedIndex">Index into the predicted quotes.</param>
/// <param name="SpeakerRight">Whether the speaker is right.</param>
/// <param name="KindRight">Whether the kind is right.</param>
public sealed record QuoteMatch(int GoldIndex, int PredictedIndex, bool SpeakerRight, bool KindRight);
