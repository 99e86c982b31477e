namespace PersianNews.Core.Tests.Dates;

/// <summary>Helpers to write one date table and run it in Persian (۰-۹), Arabic-Indic (٠-٩) and Latin (0-9) digits.</summary>
internal static class DateText
{
    public const char Persian = '۰';
    public const char Arabic = '٠';
    public const char Latin = '0';

    public static readonly char[] DigitSystems = [Persian, Arabic, Latin];

    /// <summary>Rewrites every digit of <paramref name="text"/> in the digit system whose zero is <paramref name="zero"/>.</summary>
    public static string InDigits(string text, char zero)
    {
        var chars = text.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            int v = chars[i] switch
            {
                >= '0' and <= '9' => chars[i] - '0',
                >= '۰' and <= '۹' => chars[i] - '۰',
                >= '٠' and <= '٩' => chars[i] - '٠',
                _ => -1,
            };
            if (v >= 0)
            {
                chars[i] = (char)(zero + v);
            }
        }

        return new string(chars);
    }
}
