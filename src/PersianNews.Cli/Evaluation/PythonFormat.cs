using System.Globalization;
using System.Numerics;

namespace PersianNews.Cli.Evaluation;

/// <summary>Python's float formatting, so the eval command prints what score.py prints, digit for digit.</summary>
public static class PythonFormat
{
    /// <summary>Python's <c>'%.Nf' % value</c>: the exact binary value rounded half-to-even (0.125 → "0.12";
    /// .NET's "F2" rounds that tie away from zero).</summary>
    /// <param name="value">A finite value.</param>
    /// <param name="decimals">Digits after the point, 0..15.</param>
    /// <returns>The formatted value.</returns>
    public static string Fixed(double value, int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 15);
        if (!double.IsFinite(value))
        {
            return double.IsNaN(value) ? "nan" : value > 0 ? "inf" : "-inf";
        }

        bool negative = value < 0 || (value == 0 && double.IsNegative(value));
        long bits = BitConverter.DoubleToInt64Bits(Math.Abs(value));
        int exponent = (int)((bits >> 52) & 0x7FF);
        long fraction = bits & 0xFFFFFFFFFFFFFL;
        BigInteger mantissa = exponent == 0 ? fraction : fraction | (1L << 52);
        int shift = (exponent == 0 ? 1 : exponent) - 1075;

        // value * 10^decimals = mantissa * 2^shift * 10^decimals, rounded half to even.
        BigInteger scaled = mantissa * BigInteger.Pow(10, decimals);
        BigInteger rounded;
        if (shift >= 0)
        {
            rounded = scaled << shift;
        }
        else
        {
            BigInteger denominator = BigInteger.One << -shift;
            rounded = BigInteger.DivRem(scaled, denominator, out BigInteger remainder);
            int cmp = (remainder * 2).CompareTo(denominator);
            if (cmp > 0 || (cmp == 0 && !rounded.IsEven))
            {
                rounded += 1;
            }
        }

        string digits = rounded.ToString(CultureInfo.InvariantCulture).PadLeft(decimals + 1, '0');
        string text = decimals == 0 ? digits : digits[..^decimals] + "." + digits[^decimals..];
        return negative ? "-" + text : text;
    }

    /// <summary>Python's <c>repr(float)</c> as <c>json.dumps</c> writes it: the shortest round-trip digits, "1.0" for whole
    /// numbers, scientific ("1e-05") below 1e-4 and from 1e16.</summary>
    /// <param name="value">A value.</param>
    /// <returns>The formatted value.</returns>
    public static string Repr(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        string sign = value < 0 || (value == 0 && double.IsNegative(value)) ? "-" : string.Empty;
        if (value == 0)
        {
            return sign + "0.0";
        }

        // .NET's "R" gives the same shortest digits as Python, only laid out differently ("1E-05", "1E+16").
        string r = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        int e = r.IndexOf('E', StringComparison.Ordinal);
        string m = e < 0 ? r : r[..e];
        int exp = e < 0 ? 0 : int.Parse(r[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        int dot = m.IndexOf('.', StringComparison.Ordinal);
        string digits = dot < 0 ? m : m.Remove(dot, 1);
        int point = (dot < 0 ? m.Length : dot) + exp;
        int lead = digits.Length - digits.TrimStart('0').Length;
        digits = digits[lead..].TrimEnd('0');
        point -= lead;

        int sci = point - 1;
        if (sci is >= -4 and < 16)
        {
            string fixedText = point <= 0
                ? "0." + new string('0', -point) + digits
                : point >= digits.Length
                    ? digits + new string('0', point - digits.Length) + ".0"
                    : digits[..point] + "." + digits[point..];
            return sign + fixedText;
        }

        string mantissa = digits.Length > 1 ? digits[0] + "." + digits[1..] : digits;
        return sign + mantissa + "e" + (sci < 0 ? "-" : "+") + Math.Abs(sci).ToString("00", CultureInfo.InvariantCulture);
    }
}
