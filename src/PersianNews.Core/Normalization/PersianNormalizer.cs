using System.Buffers;

namespace PersianNews.Core;

/// <summary>
/// Normalizes Persian text: Arabic letter forms to Persian, digits, diacritics, kashida, invisible characters,
/// spaces and half-spaces (ZWNJ). Immutable and thread-safe. Line breaks are kept as written.
/// </summary>
public sealed class PersianNormalizer
{
    /// <summary>A normalizer with <see cref="PersianNormalizerOptions.Default"/>.</summary>
    public static PersianNormalizer Default { get; } = new(PersianNormalizerOptions.Default);

    /// <summary>Creates a normalizer.</summary>
    /// <param name="options">The rules to apply; <see langword="null"/> throws <see cref="ArgumentNullException"/>.</param>
    public PersianNormalizer(PersianNormalizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>The rules this normalizer applies.</summary>
    public PersianNormalizerOptions Options { get; }

    /// <summary>The largest output <see cref="TryNormalize(ReadOnlySpan{char}, Span{char}, out int)"/> can write for an input length.</summary>
    /// <param name="sourceLength">Length of the input in UTF-16 code units (not negative).</param>
    /// <returns>A destination length that always suffices.</returns>
    public static int GetMaxNormalizedLength(int sourceLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sourceLength);
        // A lam-alef ligature becomes two letters and a repaired word gains half-spaces: three per input character
        // is a bound no input reaches.
        return checked(sourceLength * 3);
    }

    /// <summary>Normalizes a string.</summary>
    /// <param name="text">The text; <see langword="null"/> throws <see cref="ArgumentNullException"/>.</param>
    /// <returns>The normalized text; the same instance when nothing changes.</returns>
    public string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return text;
        }

        char[] rented = ArrayPool<char>.Shared.Rent(GetMaxNormalizedLength(text.Length));
        try
        {
            TryNormalize(text, rented, out int written);
            var result = rented.AsSpan(0, written);
            return result.SequenceEqual(text) ? text : new string(result);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>Normalizes into a caller's buffer without allocating.</summary>
    /// <param name="source">The text.</param>
    /// <param name="destination">Where the normalized text goes; <see cref="GetMaxNormalizedLength"/> says how long it must be to always suffice.</param>
    /// <param name="written">How many characters were written.</param>
    /// <returns><see langword="false"/> when <paramref name="destination"/> is too short for the output (nothing useful is
    /// written then); a destination of exactly the output's length suffices.</returns>
    public bool TryNormalize(ReadOnlySpan<char> source, Span<char> destination, out int written)
        => TryNormalize(source, destination, [], out written);

    /// <summary>Normalizes into a caller's buffer and records where each output character came from.</summary>
    /// <param name="source">The text.</param>
    /// <param name="destination">Where the normalized text goes.</param>
    /// <param name="offsetMap">Empty, or at least as long as <paramref name="destination"/>: receives, for each output
    /// character, the 0-based offset in <paramref name="source"/> it came from (an inserted half-space gets the offset of
    /// the character after it). The map is monotone: offsets never decrease.</param>
    /// <param name="written">How many characters were written.</param>
    /// <returns><see langword="false"/> when a buffer is too short.</returns>
    public bool TryNormalize(ReadOnlySpan<char> source, Span<char> destination, Span<int> offsetMap, out int written)
    {
        bool map = !offsetMap.IsEmpty;
        if (map && offsetMap.Length < destination.Length)
        {
            written = 0;
            return false;
        }

        // The half-space repair's memo of words the rules left alone (4 KB on the stack, cleared).
        Span<ulong> memo = Options.RepairZwnj ? stackalloc ulong[NormalizingWriter.MemoSize] : default;
        memo.Clear();
        var writer = new NormalizingWriter(Options, source, destination, map ? offsetMap : default, memo);
        written = writer.Run();
        if (written >= 0)
        {
            return true;
        }

        // The writer also needs room for what it writes and takes back later (a trailing space, a held ZWJ), so a
        // destination of exactly the output's length can run out: finish in a pooled buffer that always suffices
        // and copy when the output fits. Only a destination shorter than the bound takes this path.
        written = 0;
        return (long)destination.Length < (long)source.Length * 3 && TryNormalizePooled(source, destination, offsetMap, out written);
    }

    private bool TryNormalizePooled(ReadOnlySpan<char> source, Span<char> destination, Span<int> offsetMap, out int written)
    {
        written = 0;
        bool map = !offsetMap.IsEmpty;
        int size = GetMaxNormalizedLength(source.Length);
        char[] text = ArrayPool<char>.Shared.Rent(size);
        int[]? offsets = map ? ArrayPool<int>.Shared.Rent(size) : null;
        try
        {
            Span<ulong> memo = Options.RepairZwnj ? stackalloc ulong[NormalizingWriter.MemoSize] : default;
            memo.Clear();
            var writer = new NormalizingWriter(Options, source, text, offsets ?? default(Span<int>), memo);
            int n = writer.Run();
            if (n < 0 || n > destination.Length)
            {
                return false;
            }

            text.AsSpan(0, n).CopyTo(destination);
            offsets?.AsSpan(0, n).CopyTo(offsetMap);
            written = n;
            return true;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(text);
            if (offsets is not null)
            {
                ArrayPool<int>.Shared.Return(offsets);
            }
        }
    }
}
