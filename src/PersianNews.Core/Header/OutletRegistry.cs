namespace PersianNews.Core;

/// <summary>
/// The outlets the parser knows: the built-in table plus <see cref="PersianNewsOptions.AdditionalOutlets"/>.
/// Aliases are matched on normalized text, with a space and a half-space treated alike.
/// </summary>
internal sealed class OutletRegistry
{
    private readonly (string Alias, OutletDefinition Outlet)[] _aliases;

    private OutletRegistry(IReadOnlyList<OutletDefinition> outlets)
    {
        Outlets = outlets;
        var byAlias = new Dictionary<string, OutletDefinition>(StringComparer.Ordinal);
        foreach (var o in outlets)
        {
            foreach (string raw in o.Aliases.Append(o.Name))
            {
                string key = Fold(raw);
                if (key.Length == 0)
                {
                    continue;
                }

                if (byAlias.TryGetValue(key, out var other) && other.Id != o.Id)
                {
                    ThrowHelper.ThrowArgumentException(nameof(PersianNewsOptions.AdditionalOutlets),
                        $"The alias \"{raw}\" names two outlets: \"{other.Id}\" and \"{o.Id}\".");
                }

                byAlias[key] = o;
            }

            // The Latin name as a page prints it in its masthead ("Tasnim News Agency"); never in place of another
            // outlet's alias.
            if (!string.IsNullOrWhiteSpace(o.LatinName) && Fold(o.LatinName) is { Length: > 0 } latin && !byAlias.ContainsKey(latin))
            {
                byAlias[latin] = o;
            }
        }

        // Longest alias first, so "خبرگزاری دانشجویان ایران" wins over a shorter alias it contains.
        _aliases = byAlias.Select(kv => (kv.Key, kv.Value)).OrderByDescending(a => a.Key.Length).ThenBy(a => a.Key, StringComparer.Ordinal).ToArray();
        _trie = AliasTrie.Build(_aliases);
        _lastLetters = _aliases.Select(a => a.Alias[^1]).ToHashSet();
        _lastLetterTable = new bool[FoldTableSize];
        foreach (char c in _lastLetters)
        {
            if (c < FoldTableSize)
            {
                _lastLetterTable[c] = true;
            }
        }
        _domains = outlets.Where(o => !string.IsNullOrEmpty(o.Domain))
            .Select(o => (Label: DomainLabel(o.Domain!), Outlet: o))
            .Where(d => d.Label.Length >= 3)
            .OrderByDescending(d => d.Label.Length)
            .Select(d => (d.Label, "." + d.Label + ".", d.Outlet))
            .ToArray();
    }

    private readonly AliasTrie _trie;
    private readonly HashSet<char> _lastLetters;
    private readonly bool[] _lastLetterTable;

    /// <summary>Whether an alias can end with the character <paramref name="c"/> (folded as aliases are matched).</summary>
    public bool CanEndAlias(char c)
    {
        char f = FoldChar(c);
        return f < FoldTableSize ? _lastLetterTable[f] : _lastLetters.Contains(f);
    }
    private readonly (string Label, string Dotted, OutletDefinition Outlet)[] _domains;

    /// <summary>The distinctive label of a domain: "iranintl" of "iranintl.com", "euronews" of "parsi.euronews.com".</summary>
    private static string DomainLabel(string domain)
    {
        string host = domain.Split('/')[0];
        string[] parts = host.Split('.');
        string label = parts.Length >= 2 ? parts[^2] : parts[0];
        if (label is "co" or "com" && parts.Length >= 3)
        {
            label = parts[^3];
        }

        return label.ToLowerInvariant();
    }

    /// <summary>Finds the outlet whose domain label starts <paramref name="token"/> ("iranintl.com/2026...",
    /// "iranintltvsport"): links and channel handles that sign a post.</summary>
    public bool TryMatchDomain(ReadOnlySpan<char> token, out OutletDefinition outlet)
    {
        foreach (var (label, dotted, o) in _domains)
        {
            if (token.StartsWith(label, StringComparison.OrdinalIgnoreCase) || token.Contains(dotted, StringComparison.OrdinalIgnoreCase))
            {
                outlet = o;
                return true;
            }
        }

        outlet = null!;
        return false;
    }

    /// <summary>Whether the alias that ends at <paramref name="end"/> after <paramref name="start"/> is one word
    /// ("مهر", "فارس"): such aliases are also ordinary words and count only in an attribution pattern.</summary>
    public static bool IsOneWord(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (text[i] == ' ')
            {
                return false;
            }
        }

        return true;
    }

    public IReadOnlyList<OutletDefinition> Outlets { get; }

    public static OutletRegistry Create(IReadOnlyList<OutletDefinition> additional)
    {
        var byId = new Dictionary<string, OutletDefinition>(StringComparer.Ordinal);
        foreach (var o in BuiltInOutlets.All)
        {
            byId[o.Id] = o;
        }

        foreach (var o in additional)
        {
            if (o is null || string.IsNullOrWhiteSpace(o.Id) || string.IsNullOrWhiteSpace(o.Name) || o.Aliases is null || o.Aliases.Any(string.IsNullOrWhiteSpace))
            {
                ThrowHelper.ThrowArgumentException(nameof(PersianNewsOptions.AdditionalOutlets),
                    "Every additional outlet needs a non-empty id and name, and no empty alias.");
            }

            byId[o!.Id] = o;
        }

        return new OutletRegistry(byId.Values.ToArray());
    }

    /// <summary>Finds the longest alias that starts at <paramref name="position"/> and ends at a word boundary.</summary>
    /// <remarks>
    /// Called at almost every word of the opening, so it is one walk down a trie of the folded aliases: most words
    /// fail on their first or second letter. Among the aliases that match, the first in the order of
    /// <see cref="_aliases"/> (longest alias first) wins.
    /// </remarks>
    public bool TryMatchAt(string text, int position, int limit, out OutletDefinition outlet, out int end)
    {
        if (position < limit && position >= 0)
        {
            int best = int.MaxValue;
            int bestEnd = position;
            _trie.Match(text, 0, position, limit, ref best, ref bestEnd);
            if (best != int.MaxValue)
            {
                outlet = _aliases[best].Outlet;
                end = bestEnd;
                return true;
            }
        }

        outlet = null!;
        end = position;
        return false;
    }

    /// <summary>
    /// Folds one character for alias matching: Arabic letter forms to Persian, ASCII letters to lower case. Persian has
    /// no letter case, so only ASCII is lowered; this keeps the culture machinery (and its cost) off the hot path.
    /// </summary>
    internal static char FoldChar(char c) => c < FoldTableSize ? FoldTable[c] : FoldCharSlow(c);

    // Latin and Arabic letters, where nearly every character of a text is, are folded by table.
    private const int FoldTableSize = 0x0700;
    private static readonly char[] FoldTable = BuildFoldTable();

    private static char[] BuildFoldTable()
    {
        var table = new char[FoldTableSize];
        for (int c = 0; c < FoldTableSize; c++)
        {
            table[c] = FoldCharSlow((char)c);
        }

        return table;
    }

    private static char FoldCharSlow(char c)
    {
        c = PersianLetters.ToPersianLetter(c);
        return char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
    }

    /// <summary>Folds a name for matching: Persian letters, one space between words, half-spaces as spaces.</summary>
    public static string Fold(string name)
    {
        var sb = new System.Text.StringBuilder(name.Length);
        foreach (char ch in name)
        {
            char c = PersianLetters.ToPersianLetter(ch);
            if (c == PersianLetters.Zwnj || char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] != ' ')
                {
                    sb.Append(' ');
                }
            }
            else
            {
                sb.Append(FoldChar(c));
            }
        }

        return sb.ToString().TrimEnd();
    }
}
