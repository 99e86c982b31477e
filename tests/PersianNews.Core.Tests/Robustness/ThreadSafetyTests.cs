using PersianNews.Core.Serialization;

namespace PersianNews.Core.Tests.Robustness;

/// <summary>One parser shared by many threads gives exactly what it gives sequentially.</summary>
public sealed class ThreadSafetyTests
{
    private const int Threads = 16;
    private const int Rounds = 3;

    [Fact]
    public void Parse_OneParserFromSixteenThreads_GivesTheSequentialResults()
    {
        string[] texts = Directory.GetFiles(Path.Combine(TestPaths.Corpus, "articles"), "*.txt")
            .Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        Assert.NotEmpty(texts);
        var parser = new PersianNewsParser(PersianNewsOptions.Default);
        string[] expected = texts.Select(t => NewsJson.Serialize(parser.Parse(t))).ToArray();

        var results = new string?[Threads][];
        var failures = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        using var start = new Barrier(Threads);
        var workers = Enumerable.Range(0, Threads).Select(w => new Thread(() =>
        {
            try
            {
                // Each thread walks the corpus in its own order, several times, so different articles overlap.
                var order = Enumerable.Range(0, texts.Length).OrderBy(i => (i * 7919 + w * 104729) % texts.Length).ThenBy(i => i).ToArray();
                if (w % 2 == 1)
                {
                    Array.Reverse(order);
                }

                var mine = new string?[texts.Length];
                start.SignalAndWait();
                for (int round = 0; round < Rounds; round++)
                {
                    foreach (int i in order)
                    {
                        string json = NewsJson.Serialize(parser.Parse(texts[i]));
                        if (mine[i] is { } previous && previous != json)
                        {
                            throw new InvalidOperationException($"thread {w}: article {i} changed between rounds");
                        }

                        mine[i] = json;
                    }
                }

                results[w] = mine;
            }
            catch (Exception ex)
            {
                failures.Enqueue(ex);
            }
        })).ToArray();

        foreach (var t in workers)
        {
            t.Start();
        }

        foreach (var t in workers)
        {
            t.Join();
        }

        Assert.Empty(failures);
        for (int w = 0; w < Threads; w++)
        {
            for (int i = 0; i < texts.Length; i++)
            {
                Assert.True(expected[i] == results[w][i], $"thread {w}, article {i}: differs from the sequential result");
            }
        }
    }

    [Fact]
    public void Normalize_OneNormalizerFromSixteenThreads_GivesTheSequentialResults()
    {
        string[] texts = Directory.GetFiles(Path.Combine(TestPaths.Corpus, "articles"), "*.txt")
            .Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        string[] expected = texts.Select(PersianNormalizer.Default.Normalize).ToArray();

        var mismatches = new System.Collections.Concurrent.ConcurrentBag<int>();
        Parallel.For(0, Threads * texts.Length, new ParallelOptions { MaxDegreeOfParallelism = Threads }, k =>
        {
            int i = (k * 31) % texts.Length;
            if (PersianNormalizer.Default.Normalize(texts[i]) != expected[i])
            {
                mismatches.Add(i);
            }
        });

        Assert.Empty(mismatches);
    }
}
