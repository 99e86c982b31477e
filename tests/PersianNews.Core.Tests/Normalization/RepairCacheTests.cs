using System.Text;

namespace PersianNews.Core.Tests.Normalization;

/// <summary>
/// The process-wide cache of half-space repair answers: a lookup may only hit on a text a writer published whole, with
/// that writer's answer, however writers and readers meet; and normalizing with the cache, on any number of threads,
/// gives exactly what the rules give without it.
/// </summary>
public sealed class RepairCacheTests
{
    private const char Zwnj = '\u200C';
    private const uint Hash = 0x5EED_1234;

    // Sentences of our own with every kind of damage the repair handles, and words it leaves alone.
    private static readonly string[] OwnTexts =
    [
        "دانشجویان میگویند که برنامهریزیها برای تضمینهای بیشتر است و رئیسجمهور گفتوگو را پنجشنبه آغاز میکند.",
        "کتاب های تازه در خانه ها و کتابخانه ها می خوانند؛ بزرگ ترین کشور ها حرفه ای تر می شوند.",
        "میز و میدان و میلیون ها نفر؛ انجام شده است و مشکلات مان را نمی دانند، بی توجهی و بیکاری.",
        "هموطنانمان مطالباتشان را گفتند و نظامیاش رفت؛ پیش تر عقبتر بود و موفقیت آمیز و امکان پذیر شد.",
        "غنیسازی، قانونشکنی، روانشناسی و اجتناب ناپذیر؛ آمدهام، رفتهاید و کردهایم، خانه ی ما، حرفه ای.",
    ];

    [Fact]
    public void TryGet_WritersRacingInOneSlot_NeverHitsOnATextNoWriterWrote()
    {
        // Two texts of the slot's full capacity with the same hash and kind (only the text tells them apart) and every
        // mix of them at the seam of an 8-byte word: a reader that took a half-written slot for whole would hit on a
        // mix, or on a text with the other's answer.
        var cache = new RepairCache(2);
        char[] a = Filled('آ');
        char[] b = Filled('ب');
        var mixes = new List<char[]>();
        for (int cut = 4; cut < RepairCache.Capacity; cut += 4)
        {
            mixes.Add([.. a.AsSpan(0, cut), .. b.AsSpan(cut)]);
            mixes.Add([.. b.AsSpan(0, cut), .. a.AsSpan(cut)]);
        }

        // The writers alternate the two texts (with opposite answers) until both readers are done; a reader goes on
        // until it has found each text a few times, or gives up after a bound no run on a working machine reaches.
        const int MinimumLookups = 10_000_000;
        const int Enough = 1_000;
        const long GiveUp = 200_000_000;
        long hitsA = 0, hitsB = 0, wrong = 0;
        int readersLeft = 1;
        using var start = new Barrier(2);
        var threads = new List<Thread>();
        for (int t = 0; t < 1; t++)
        {
            threads.Add(new Thread(() =>
            {
                start.SignalAndWait();
                for (int i = 0; Volatile.Read(ref readersLeft) > 0; i++)
                {
                    bool isA = (i & 1) == 0;
                    cache.Add(ref (isA ? a : b)[0], RepairCache.Capacity, Hash, RepairCache.Spaced, isA);
                }
            }));
        }

        for (int t = 0; t < 1; t++)
        {
            threads.Add(new Thread(() =>
            {
                start.SignalAndWait();
                long myA = 0, myB = 0, myWrong = 0;
                for (long i = 0; i < GiveUp && (i < MinimumLookups || myA < Enough || myB < Enough); i++)
                {
                    if (cache.TryGet(ref a[0], RepairCache.Capacity, Hash, RepairCache.Spaced, out bool answer))
                    {
                        myA++;
                        myWrong += answer ? 0 : 1;
                    }

                    if (cache.TryGet(ref b[0], RepairCache.Capacity, Hash, RepairCache.Spaced, out answer))
                    {
                        myB++;
                        myWrong += answer ? 1 : 0;
                    }

                    char[] mix = mixes[(int)(i % mixes.Count)];
                    myWrong += cache.TryGet(ref mix[0], RepairCache.Capacity, Hash, RepairCache.Spaced, out _) ? 1 : 0;
                }

                Interlocked.Add(ref hitsA, myA);
                Interlocked.Add(ref hitsB, myB);
                Interlocked.Add(ref wrong, myWrong);
                Interlocked.Decrement(ref readersLeft);
            }));
        }

        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Equal(0, wrong);

        // Both texts were really found (the test exercised hits, not only misses).
        Assert.True(hitsA >= Enough && hitsB >= Enough, $"hits: {hitsA} and {hitsB}");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(RepairCache.Capacity)]
    public void TryGet_TextOfAnyLength_HitsOnlyOnTheSameTextAndKind(int length)
    {
        var cache = new RepairCache(16);
        char[] text = [.. Filled('ک').AsSpan(0, length), 'x', 'y', 'z'];
        char[] other = [.. text];
        other[length - 1] = 'گ';
        char[] longer = [.. text.AsSpan(0, length), 'ک', 'x', 'y', 'z'];

        cache.Add(ref text[0], length, Hash, RepairCache.SpacedWithZwnj, true);

        // The characters past the text (read, not compared) do not matter.
        char[] sameOtherTail = [.. text.AsSpan(0, length), 'p', 'q', 'r'];
        Assert.True(cache.TryGet(ref sameOtherTail[0], length, Hash, RepairCache.SpacedWithZwnj, out bool answer));
        Assert.True(answer);
        Assert.False(cache.TryGet(ref other[0], length, Hash, RepairCache.SpacedWithZwnj, out _));
        Assert.False(cache.TryGet(ref text[0], length, Hash, RepairCache.Spaced, out _));
        Assert.False(cache.TryGet(ref text[0], length, Hash ^ 1, RepairCache.SpacedWithZwnj, out _));
        if (length < RepairCache.Capacity)
        {
            Assert.False(cache.TryGet(ref longer[0], length + 1, Hash, RepairCache.SpacedWithZwnj, out _));
        }

        cache.Clear();
        Assert.False(cache.TryGet(ref text[0], length, Hash, RepairCache.SpacedWithZwnj, out _));
    }

    [Fact]
    public void Normalize_WordMarkedUnchangedInTheCache_IsLeftAsWritten()
    {
        // A wrong answer planted in a cache of this thread shows that the normalizer really asks the cache (with the
        // memo's hash), so the other tests here exercise it.
        const string Text = "آنها هر روز میکنند و میروند";
        string repaired = PersianNormalizer.Default.Normalize(Text);
        Assert.Contains("می\u200Cکنند", repaired, StringComparison.Ordinal);

        var cache = new RepairCache(64);
        char[] word = [.. "میکنند", '\0', '\0', '\0'];
        cache.Add(ref word[0], 6, NormalizingWriter.TextHash(word.AsSpan(0, 6), NormalizingWriter.MemoJoined), RepairCache.Unchanged, false);
        RepairCache.ThreadOverride = cache;
        try
        {
            string result = PersianNormalizer.Default.Normalize(Text);
            Assert.Contains(" میکنند ", result, StringComparison.Ordinal);
            Assert.Contains("می\u200Cروند", result, StringComparison.Ordinal);
        }
        finally
        {
            RepairCache.ThreadOverride = null;
        }
    }

    [Theory]
    [InlineData(4)]
    [InlineData(4096)]
    public void Normalize_ManyThreadsSharingOneCache_SameAsWithoutCache(int slots)
    {
        // Each text in three damages, normalized without gates (the rules on every word, no cache) on this thread:
        // the reference. Then four threads normalize them all, each in its own order, three rounds, through one cache
        // (a tiny one makes writers and readers meet in its slots all the time).
        var texts = Texts();
        string[] expected = texts.Select(Reference).ToArray();
        var cache = new RepairCache(slots);
        var failures = new List<string>();
        var threads = Enumerable.Range(0, 4).Select(t => new Thread(() =>
        {
            RepairCache.ThreadOverride = cache;
            var normalizer = new PersianNormalizer(PersianNormalizerOptions.Default);
            for (int round = 0; round < 3; round++)
            {
                for (int k = 0; k < texts.Count; k++)
                {
                    int i = ((k * (2 * t + 1)) + t) % texts.Count;
                    string result = normalizer.Normalize(texts[i]);
                    if (result != expected[i])
                    {
                        lock (failures)
                        {
                            failures.Add($"thread {t} round {round} text {i}");
                        }
                    }
                }
            }
        })).ToList();

        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Empty(failures);
        Assert.True(cache.CountFilled() > 0);
    }

    private static string Reference(string text)
    {
        NormalizingWriter.GatesOff = true;
        try
        {
            return PersianNormalizer.Default.Normalize(text);
        }
        finally
        {
            NormalizingWriter.GatesOff = false;
        }
    }

    private static List<string> Texts()
    {
        var originals = new List<string>(OwnTexts);
        string dir = Path.Combine(TestPaths.Corpus, "articles");
        if (Directory.Exists(dir))
        {
            originals.AddRange(Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal).Take(12).Select(File.ReadAllText));
        }

        var texts = new List<string>();
        foreach (string text in originals)
        {
            texts.Add(text);
            texts.Add(text.Replace(Zwnj.ToString(), string.Empty, StringComparison.Ordinal));
            texts.Add(text.Replace(Zwnj, ' '));
        }

        return texts;
    }

    private static char[] Filled(char c) => new StringBuilder().Append(c, RepairCache.Capacity).ToString().ToCharArray();
}
