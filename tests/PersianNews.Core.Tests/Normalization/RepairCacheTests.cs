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
    public void TryGet_WriterRacingAReaderInOneBucket_NeverHitsOnATextNoWriterWrote()
    {
        // Three texts of a slot's full capacity with the same hash and kind (only the text tells them apart), each with
        // its own answer, written in turn into a cache of one bucket of four slots (each write replaces another text
        // there once all are taken).
        // They differ only in their first and last four characters, so a slot half-way from one to another holds the
        // first's start and the other's end whichever 8-byte words the writer has stored; every such mix is looked up
        // too. A reader that took a half-written slot for whole would hit on a mix, or on a text with another's answer.
        var cache = new RepairCache(4);
        char[][] texts = [Text('آ', 'ب'), Text('پ', 'ت'), Text('ث', 'ج')];
        ulong[] answers = [0xAAAA_AAAA_AAAA_AAAA, 0xBBBB_BBBB_BBBB_BBBB, 0xCCCC_CCCC_CCCC_CCCC];
        char[][] mixes = [.. from x in texts from y in texts where x != y select Text(x[0], y[^1])];

        // One writer and one reader, so that both run at once on two cores. The writer goes on until the reader is
        // done; the reader until it has found every text a number of times (or after a bound no run on a working
        // machine reaches).
        const int MinimumRounds = 2_000_000;
        const int Enough = 1_000;
        const long GiveUp = 200_000_000;
        long[] hits = new long[texts.Length];
        long wrong = 0;
        int readerDone = 0;
        using var start = new Barrier(2);
        var writer = new Thread(() =>
        {
            start.SignalAndWait();
            for (int i = 0; Volatile.Read(ref readerDone) == 0; i = (i + 1) % texts.Length)
            {
                cache.Add(ref texts[i][0], RepairCache.Capacity, Hash, RepairCache.Spaced, answers[i]);
            }
        });
        var reader = new Thread(() =>
        {
            start.SignalAndWait();
            for (long round = 0; round < GiveUp && (round < MinimumRounds || hits.Min() < Enough); round++)
            {
                for (int k = 0; k < texts.Length; k++)
                {
                    if (cache.TryGet(ref texts[k][0], RepairCache.Capacity, Hash, RepairCache.Spaced, out ulong answer))
                    {
                        hits[k]++;
                        wrong += answer == answers[k] ? 0 : 1;
                    }
                }

                foreach (char[] mix in mixes)
                {
                    wrong += cache.TryGet(ref mix[0], RepairCache.Capacity, Hash, RepairCache.Spaced, out _) ? 1 : 0;
                }
            }

            Volatile.Write(ref readerDone, 1);
        });

        writer.Start();
        reader.Start();
        reader.Join();
        writer.Join();

        Assert.Equal(0, wrong);

        // Every text was really found (the test exercised hits, not only misses).
        Assert.True(hits.Min() >= Enough, $"hits: {string.Join(", ", hits)}");
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

        cache.Add(ref text[0], length, Hash, RepairCache.SpacedWithZwnj, 0x8000_0000_0000_0001);

        // The characters past the text (read, not compared) do not matter.
        char[] sameOtherTail = [.. text.AsSpan(0, length), 'p', 'q', 'r'];
        Assert.True(cache.TryGet(ref sameOtherTail[0], length, Hash, RepairCache.SpacedWithZwnj, out ulong answer));
        Assert.Equal(0x8000_0000_0000_0001UL, answer);
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
    public void Normalize_WordsWithWrongAnswersInTheCache_CutAsTheCacheSays()
    {
        // Wrong answers planted in a cache of this thread show that the normalizer really asks the cache (with the
        // memo's hash) and follows both kinds of answer, so the other tests here exercise it.
        const string Text = "آنها هر روز میکنند و در میدان میروند";
        string repaired = PersianNormalizer.Default.Normalize(Text);
        Assert.Equal("آنها هر روز می\u200Cکنند و در میدان می\u200Cروند", repaired);

        var cache = new RepairCache(64);
        Plant(cache, "میکنند", 0);
        Plant(cache, "میدان", 1UL << 2);
        RepairCache.ThreadOverride = cache;
        try
        {
            Assert.Equal("آنها هر روز میکنند و در می\u200Cدان می\u200Cروند", PersianNormalizer.Default.Normalize(Text));
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

    private static void Plant(RepairCache cache, string word, ulong cuts)
    {
        char[] text = [.. word, '\0', '\0', '\0'];
        uint hash = NormalizingWriter.TextHash(word, NormalizingWriter.MemoJoined);
        cache.Add(ref text[0], word.Length, hash, RepairCache.Joined, cuts);
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

    // A text of a slot's full capacity: four of one letter, then ی, then four of another.
    private static char[] Text(char first, char last)
    {
        char[] text = Filled('ی');
        text.AsSpan(0, 4).Fill(first);
        text.AsSpan(RepairCache.Capacity - 4).Fill(last);
        return text;
    }

    private static char[] Filled(char c) => new StringBuilder().Append(c, RepairCache.Capacity).ToString().ToCharArray();
}
