namespace PersianNews.Core;

/// <summary>
/// A range of the ORIGINAL input text: a 0-based UTF-16 offset and a length in UTF-16 code units.
/// <c>text.Substring(span.Start, span.Length)</c> is the text the element was read from.
/// </summary>
/// <param name="Start">0-based UTF-16 offset of the first code unit.</param>
/// <param name="Length">Number of UTF-16 code units.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The offset just past the span (<see cref="Start"/> + <see cref="Length"/>).</summary>
    public int End => Start + Length;

    /// <summary>Whether the span covers no text.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Builds a span from a start and an exclusive end offset.</summary>
    /// <param name="start">0-based start offset.</param>
    /// <param name="end">Exclusive end offset; must not be smaller than <paramref name="start"/>.</param>
    /// <returns>The span; throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="end"/> &lt; <paramref name="start"/>.</returns>
    public static TextSpan FromBounds(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        return new TextSpan(start, end - start);
    }

    /// <summary>Whether <paramref name="other"/> lies wholly inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <inheritdoc />
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{Start}..{End})");
}
