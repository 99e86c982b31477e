namespace PersianNews.Core;

/// <summary>
/// A trie of Persian words and phrases matched in place over text, without allocating. Matching folds the letter
/// variants that news text mixes (Arabic ي/ك, أ/إ/آ, ۀ/ة, ؤ/ئ), skips diacritics and kashida, and treats a run of
/// spaces, no-break spaces and half-spaces (ZWNJ) between two parts of a phrase as one joint that may also be absent:
/// "می‌گویند", "می گویند" and "میگویند" all match the phrase "می گویند". A match must start and end at word
/// boundaries.
/// </summary>
internal sealed class PhraseTrie
{
    private const char Joint = '\u0001';

    private readonly List<Dictionary<char, int>?> _children = [null];
    private readonly List<int> _values = [-1];

    /// <summary>How many nodes the trie holds (for tests and diagnostics).</summary>
    public int NodeCount => _values.Count;

    /// <summary>Adds a phrase; words (and the parts of a word written with a half-space) are separated by a space or
    /// ZWNJ. An earlier value for the same phrase is kept.</summary>
    public void Add(string phrase, int value)
    {
        var folded = new System.Text.StringBuilder(phrase.Length);
        bool joint = false;
        foreach (char raw in phrase)
        {
            if (IsJointChar(raw))
            {
                joint = folded.Length > 0;
                continue;
            }

            char c = Fold(raw);
            if (c == '\0')
            {
                continue;
            }

            if (joint)
            {
                folded.Append(Joint);
                joint = false;
            }

            folded.Append(c);
        }

        if (folded.Length > 0)
        {
            AddVariants(folded.ToString(), 0, 0, value);
        }
    }

    // Every joint may be written or left out, so each phrase is stored in both spellings of each joint.
    private void AddVariants(string key, int index, int node, int value)
    {
        for (int i = index; i < key.Length; i++)
        {
            if (key[i] == Joint)
            {
                AddVariants(key, i + 1, node, value);
            }

            node = Child(node, key[i]);
        }

        if (_values[node] < 0)
        {
            _values[node] = value;
        }
    }

    private int Child(int node, char c)
    {
        var map = _children[node] ??= [];
        if (!map.TryGetValue(c, out int next))
        {
            next = _values.Count;
            _values.Add(-1);
            _children.Add(null);
            map[c] = next;
        }

        return next;
    }

    /// <summary>
    /// Finds the longest phrase that starts at <paramref name="start"/> (which must be a word start) and ends at a word
    /// boundary no later than <paramref name="limit"/>.
    /// </summary>
    /// <returns>Whether a phrase matched; <paramref name="value"/> is its value and <paramref name="end"/> the
    /// exclusive end of the match in <paramref name="text"/>.</returns>
    public bool TryMatch(string text, int start, int limit, out int value, out int end)
    {
        value = -1;
        end = start;
        if (start >= limit || (start > 0 && IsWordChar(text[start - 1])))
        {
            return false;
        }

        int node = 0;
        int i = start;
        while (i < limit)
        {
            char raw = text[i];
            if (IsJointChar(raw))
            {
                int j = i;
                while (j < limit && IsJointChar(text[j]))
                {
                    j++;
                }

                if (_children[node] is not { } jm || !jm.TryGetValue(Joint, out int jn))
                {
                    break;
                }

                node = jn;
                i = j;
                continue;
            }

            char c = Fold(raw);
            if (c == '\0')
            {
                i++;
                continue;
            }

            if (_children[node] is not { } map || !map.TryGetValue(c, out int next))
            {
                break;
            }

            node = next;
            i++;
            if (_values[node] >= 0 && (i >= limit || !IsWordChar(text[i]) || EndsAtHalfSpace(text, i, limit)))
            {
                value = _values[node];
                end = i;
            }
        }

        return value >= 0;
    }

    /// <summary>Whether the phrase matches the whole of [start, end) (trimmed by the caller).</summary>
    public bool IsWhole(string text, int start, int end, out int value)
        => TryMatch(text, start, end, out value, out int e) && e == end;

    // "گفته‌" followed by a space: a stray half-space at the end of a word is not a join.
    private static bool EndsAtHalfSpace(string text, int i, int limit)
    {
        if (text[i] != PersianLetters.Zwnj)
        {
            return false;
        }

        return i + 1 >= limit || !IsWordChar(text[i + 1]) || text[i + 1] == PersianLetters.Zwnj;
    }

    public static bool IsJointChar(char c) => c is ' ' or PersianLetters.Zwnj or PersianLetters.Nbsp or '\u202F' or '\u2009' or '\t';

    public static bool IsWordChar(char c) => PersianLetters.IsWordChar(c) || c == '\u0654';

    /// <summary>Folds a letter to the form the trie stores; returns '\0' for a mark that is skipped.</summary>
    public static char Fold(char c) => c switch
    {
        'ي' or 'ى' or 'ئ' or 'ی' or 'ې' => 'ی',
        'ك' or 'ڪ' => 'ک',
        'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
        'ۀ' or 'ة' or 'ھ' => 'ه',
        'ؤ' => 'و',
        PersianLetters.Kashida or '\u0654' or '\u0655' or PersianLetters.Shadda => '\0',
        _ when PersianLetters.IsDiacritic(c) => '\0',
        _ => c,
    };
}
