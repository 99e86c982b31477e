using System.Text;
using PersianNews.Core;
using PersianNews.Core.Tests.Robustness;
using SharpFuzz;

// Fuzz targets of PersianNews.Core (see fuzz/README.md).
//   PersianNews.Fuzz parser|date              AFL++ (out of process, input on stdin/file by afl-fuzz)
//   PersianNews.Fuzz parser|date --libfuzzer  libFuzzer via libfuzzer-dotnet
//   PersianNews.Fuzz parser|date --replay F…  run files (crash triage; use a build that sharpfuzz did not instrument)
// A target throws when the contract is broken; the fuzzer records that input as a crash.
// libfuzzer-dotnet starts the target without arguments: PERSIAN_NEWS_FUZZ (e.g. "date --libfuzzer") stands in.
if (args.Length == 0 && Environment.GetEnvironmentVariable("PERSIAN_NEWS_FUZZ") is { Length: > 0 } fromEnvironment)
{
    args = fromEnvironment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

if (args.Length == 0 || args[0] is not ("parser" or "date"))
{
    Console.Error.WriteLine("usage: PersianNews.Fuzz parser|date [--libfuzzer | --replay FILE...]");
    return 2;
}

ReadOnlySpanAction target = args[0] == "parser" ? Targets.Parser : Targets.Date;
if (args.Length > 1 && args[1] == "--replay")
{
    int failed = 0;
    foreach (string file in args.Skip(2))
    {
        try
        {
            target(File.ReadAllBytes(file));
            Console.WriteLine("ok    " + file);
        }
        catch (Exception ex)
        {
            failed++;
            Console.WriteLine("FAIL  " + file + ": " + ex);
        }
    }

    return failed == 0 ? 0 : 1;
}

if (args.Length > 1 && args[1] == "--libfuzzer")
{
    Fuzzer.LibFuzzer.Run(target);
}
else
{
    Fuzzer.OutOfProcess.Run(stream =>
    {
        using var ms = new MemoryStream();
        stream.CopyTo(ms);
        target(ms.GetBuffer().AsSpan(0, (int)ms.Length));
    });
}

return 0;

/// <summary>The fuzz targets: each throws <see cref="InvalidOperationException"/> when a contract is broken.</summary>
internal static class Targets
{
    // Small enough that AFL's inputs always fit, so every input is parsed whole.
    private static readonly PersianNewsParser SharedParser = new(PersianNewsOptions.Default with { MaxInputLength = 1 << 20 });

    // Lenient decoding: invalid bytes become U+FFFD, so every byte sequence is some text.
    private static readonly UTF8Encoding Utf8 = new(false, false);

    /// <summary>Bytes → UTF-8 text (and, when the input starts with 0xFF, raw UTF-16 code units, so lone
    /// surrogates and any char are reachable) → Parse → the article invariants, determinism, idempotent Normalize.</summary>
    public static void Parser(ReadOnlySpan<byte> data)
    {
        string text = Decode(data);
        var article = SharedParser.Parse(text);
        var errors = ArticleInvariantChecker.Check(text, article);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join("\n", errors));
        }

        string once = PersianNormalizer.Default.Normalize(text);
        string twice = PersianNormalizer.Default.Normalize(once);
        if (!string.Equals(once, twice, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Normalize is not idempotent");
        }
    }

    /// <summary>Bytes → text → PersianDateParser.TryParse at every offset: never throws, a date's span lies inside
    /// the text and equals its Text, and the reported consumed length covers the date.</summary>
    public static void Date(ReadOnlySpan<byte> data)
    {
        string text = Decode(data);
        for (int offset = 0; offset <= text.Length && offset < 64; offset++)
        {
            var span = text.AsSpan(offset);
            if (!PersianDateParser.TryParse(span, out var date, out int consumed))
            {
                continue;
            }

            if (date.Start < 0 || date.Length <= 0 || date.Start + date.Length > span.Length
                || !span.Slice(date.Start, date.Length).SequenceEqual(date.Text)
                || consumed < date.Start + date.Length || consumed > span.Length)
            {
                throw new InvalidOperationException($"bad date at offset {offset}: [{date.Start}, +{date.Length}) consumed {consumed} of {span.Length}: '{date.Text}'");
            }

            _ = date.ToString();
            _ = date.ToString("c", null);
            _ = date.WrittenDate;
        }
    }

    private static string Decode(ReadOnlySpan<byte> data)
    {
        if (data.Length > 0 && data[0] == 0xFF)
        {
            var chars = new char[(data.Length - 1) / 2];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)(data[1 + (2 * i)] | (data[2 + (2 * i)] << 8));
            }

            return new string(chars);
        }

        return Utf8.GetString(data);
    }
}
