namespace PersianNews.Core;

/// <summary>The reporting verbs and phrases that attribute speech, with their tenses and persons.</summary>
internal sealed class CueLexicon
{
    private static readonly string[] BuiltIn = ["گفت", "افزود", "تصریح کرد", "تاکید کرد", "تأکید کرد", "اظهار داشت", "اظهار کرد", "عنوان کرد", "بیان کرد", "اعلام کرد", "ادامه داد", "توضیح داد"];

    private readonly string[] _cues;

    private CueLexicon(string[] cues) => _cues = cues;

    public IReadOnlyList<string> Cues => _cues;

    public static CueLexicon Create(IReadOnlyList<string> additional)
        => new([.. BuiltIn.Concat(additional.Select(c => c.Trim())).Distinct(StringComparer.Ordinal).OrderByDescending(c => c.Length)]);

    /// <summary>Finds a cue that ends at <paramref name="end"/> (exclusive) in <paramref name="text"/>.</summary>
    public bool TryMatchEndingAt(string text, int lineStart, int end, out int start)
    {
        foreach (string cue in _cues)
        {
            int s = end - cue.Length;
            if (s >= lineStart && text.AsSpan(s, cue.Length).SequenceEqual(cue) && (s == lineStart || !PersianLetters.IsWordChar(text[s - 1])))
            {
                start = s;
                return true;
            }
        }

        start = end;
        return false;
    }
}
