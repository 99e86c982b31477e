using System.Text;

namespace PersianNews.Core.Testing;

/// <summary>
/// Made-up Persian names for generated texts with thousands of distinct people (the hostile-input tests and the
/// input-size benchmarks share this file; the benchmarks project links it).
/// </summary>
internal static class MadeUpNames
{
    public static readonly string[] GivenNames = ["علی", "محمد", "زهرا", "مریم", "رضا", "سارا", "امیر", "لیلا"];

    private static readonly string[] Syllables = ["کا", "مو", "ری", "زا", "دی", "نو", "سی", "پو", "بر", "تک", "شه", "فر", "گل", "لا", "نی", "هو"];

    /// <summary>A made-up surname for each number, all different: its base-16 digits as syllables, then "ی".</summary>
    public static string Surname(int number)
    {
        var sb = new StringBuilder();
        do
        {
            sb.Append(Syllables[number % Syllables.Length]);
            number /= Syllables.Length;
        }
        while (number > 0);
        return sb.Append('ی').ToString();
    }

    /// <summary>Units made from their index, one after another, up to exactly <paramref name="length"/> characters.</summary>
    public static string Numbered(Func<int, string> unit, int length)
    {
        var sb = new StringBuilder(length);
        for (int i = 0; sb.Length < length; i++)
        {
            sb.Append(unit(i));
        }

        sb.Length = length;
        return sb.ToString();
    }
}
