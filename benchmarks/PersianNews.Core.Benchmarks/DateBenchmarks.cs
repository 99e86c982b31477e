using System.Buffers;
using BenchmarkDotNet.Attributes;

namespace PersianNews.Core.Benchmarks;

/// <summary>
/// Date parsing over whole texts: <see cref="PersianDateParser.TryParse"/> is tried where a printed date can start
/// (each line start and each run of digits), over normalized text as the header stage reads it.
/// </summary>
public class DateBenchmarks : TextBenchmark
{
    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789۰۱۲۳۴۵۶۷۸۹");
    private string[] _normalized = [];

    /// <inheritdoc/>
    protected override void Prepare() => _normalized = Texts.Select(PersianNormalizer.Default.Normalize).ToArray();

    /// <summary>Finds the dates of every text.</summary>
    [Benchmark]
    public int Dates()
    {
        int found = 0;
        foreach (string text in _normalized)
        {
            found += FindDates(text);
        }

        return found;
    }

    /// <summary>Tries the date parser at each line start and each digit run of <paramref name="text"/>.</summary>
    public static int FindDates(string text)
    {
        int found = 0;
        int lineStart = 0;
        while (lineStart < text.Length)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            int p = 0;
            if (PersianDateParser.TryParse(line, out _, out int consumed))
            {
                found++;
                p = Math.Max(1, consumed);
            }

            while (p < line.Length)
            {
                int d = line[p..].IndexOfAny(Digits);
                if (d < 0)
                {
                    break;
                }

                p += d;
                if (PersianDateParser.TryParse(line[p..], out _, out consumed) && consumed > 0)
                {
                    found++;
                    p += consumed;
                    continue;
                }

                int run = line[p..].IndexOfAnyExcept(Digits);
                p += run < 0 ? line.Length - p : run;
            }

            lineStart = lineEnd + 1;
        }

        return found;
    }
}
