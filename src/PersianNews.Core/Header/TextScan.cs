namespace PersianNews.Core;

/// <summary>Small allocation-free scanning helpers over normalized text, shared by the header stage.</summary>
internal static class TextScan
{
    public static bool IsSpace(char c) => c is ' ' or '\t' or PersianLetters.Nbsp or PersianLetters.Zwnj;

    public static bool IsDash(char c) => c is '-' or '–' or '—' or '_' or 'ـ' or '−';

    public static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '؟' or '…';

    /// <summary>Punctuation that closes an attribution clause ("به گزارش ایسنا،").</summary>
    public static bool IsClauseDelimiter(char c) => c is '،' or ',' or '؛' or ';' or ':';

    public static bool IsQuoteMark(char c) => c is '«' or '»' or '"' or '“' or '”' or '\'';

    public static int SkipSpaces(string t, int p, int end)
    {
        while (p < end && IsSpace(t[p]))
        {
            p++;
        }

        return p;
    }

    public static int TrimEnd(string t, int start, int end)
    {
        while (end > start && IsSpace(t[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>The end of the word at <paramref name="p"/> (letters, digits, half-spaces).</summary>
    public static int WordEnd(string t, int p, int end)
    {
        while (p < end && t[p] != ' ' && t[p] != '\t' && t[p] != PersianLetters.Nbsp && (PersianLetters.IsWordChar(t[p]) || t[p] == '\u200C'))
        {
            p++;
        }

        return p;
    }

    /// <summary>The start of the next word after the token at <paramref name="p"/>.</summary>
    public static int NextWord(string t, int p, int end)
    {
        while (p < end && t[p] != ' ' && t[p] != '\t' && t[p] != PersianLetters.Nbsp)
        {
            p++;
        }

        return SkipSpaces(t, p, end);
    }

    /// <summary>Whether <paramref name="word"/> is written at <paramref name="p"/> and ends at a word boundary.</summary>
    public static bool WordAt(string t, int p, int end, string word)
    {
        if (p < 0 || p + word.Length > end || string.CompareOrdinal(t, p, word, 0, word.Length) != 0)
        {
            return false;
        }

        int after = p + word.Length;
        return after >= end || !PersianLetters.IsWordChar(t[after]) || word[^1] == ' ';
    }

    /// <summary>Whether the text at <paramref name="p"/> starts with <paramref name="phrase"/>, where a space in the
    /// phrase matches a space, a half-space or nothing ("هم‌رسانی" / "هم رسانی" / "همرسانی").</summary>
    public static bool PhraseAt(string t, int p, int end, string phrase, out int phraseEnd)
    {
        int i = p;
        foreach (char a in phrase)
        {
            if (a == ' ')
            {
                while (i < end && IsSpace(t[i]))
                {
                    i++;
                }

                continue;
            }

            if (i >= end || t[i] != a)
            {
                phraseEnd = p;
                return false;
            }

            i++;
        }

        phraseEnd = i;
        return true;
    }

    /// <summary>Index of <paramref name="phrase"/> in [start, end) (plain ordinal), or -1.</summary>
    public static int IndexOf(string t, int start, int end, string phrase)
    {
        if (end - start < phrase.Length || start < 0)
        {
            return -1;
        }

        int i = t.AsSpan(start, end - start).IndexOf(phrase, StringComparison.Ordinal);
        return i < 0 ? -1 : start + i;
    }

    public static int CountWords(string t, int start, int end)
    {
        int words = 0;
        for (int i = SkipSpaces(t, start, end); i < end; i = NextWord(t, i, end))
        {
            words++;
        }

        return words;
    }

    public static bool HasDigit(string t, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (PersianLetters.IsDigit(t[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether [start, end) holds only letters, half-spaces and spaces (a name, not a sentence).</summary>
    public static bool IsLettersOnly(string t, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            char c = t[i];
            if (!(char.IsLetter(c) || IsSpace(c) || c == '.' || PersianLetters.IsDiacritic(c)))
            {
                return false;
            }
        }

        return end > start;
    }

    /// <summary>Whether a sentence ends inside [start, end): a period, "!" or "?" followed by a space.</summary>
    public static bool HasSentenceEnd(string t, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (IsSentenceEnd(t[i]) && i + 1 < end && IsSpace(t[i + 1]) && t[i] != '…')
            {
                return true;
            }
        }

        return false;
    }
}
