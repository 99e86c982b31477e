namespace PersianNews.Core;

/// <summary>
/// The folded outlet aliases as a trie, so the alias at a position is found in one walk over the text instead of one
/// comparison per alias. A space in an alias matches a run of spaces and half-spaces, or nothing ("بی‌بی‌سی" /
/// "بی بی سی" / "بیبیسی"); an alias ends at a word boundary. Immutable after <see cref="Build"/>, so one instance is
/// shared by every thread.
/// </summary>
internal sealed class AliasTrie
{
    // Root children of ASCII and the Arabic block are found by index: the root is where almost every call stops.
    private const int RootTableSize = 0x0700;

    private readonly int[] _rootTable;
    private readonly Node[] _nodes;
    private readonly char[] _edgeChars;
    private readonly int[] _edgeChildren;

    private AliasTrie(int[] rootTable, Node[] nodes, char[] edgeChars, int[] edgeChildren)
    {
        _rootTable = rootTable;
        _nodes = nodes;
        _edgeChars = edgeChars;
        _edgeChildren = edgeChildren;
    }

    /// <summary>One trie node: its letter edges [FirstEdge, FirstEdge + EdgeCount), its space edge, and the index of the
    /// alias that ends here (-1 when none).</summary>
    private readonly record struct Node(int FirstEdge, int EdgeCount, int SpaceChild, int Order);

    /// <summary>Builds the trie of <paramref name="aliases"/>; an alias's order is its index in the array.</summary>
    public static AliasTrie Build((string Alias, OutletDefinition Outlet)[] aliases)
    {
        // Build with dictionaries, then flatten into arrays for the hot path.
        var children = new List<SortedDictionary<char, int>> { new() };
        var space = new List<int> { -1 };
        var order = new List<int> { -1 };
        for (int k = 0; k < aliases.Length; k++)
        {
            int node = 0;
            foreach (char a in aliases[k].Alias)
            {
                if (a == ' ')
                {
                    if (space[node] < 0)
                    {
                        space[node] = NewNode(children, space, order);
                    }

                    node = space[node];
                    continue;
                }

                if (!children[node].TryGetValue(a, out int child))
                {
                    child = NewNode(children, space, order);
                    children[node][a] = child;
                }

                node = child;
            }

            if (order[node] < 0 || k < order[node])
            {
                order[node] = k;
            }
        }

        var nodes = new Node[children.Count];
        var edgeChars = new List<char>();
        var edgeChildren = new List<int>();
        for (int n = 0; n < children.Count; n++)
        {
            nodes[n] = new Node(edgeChars.Count, children[n].Count, space[n], order[n]);
            foreach (var (c, child) in children[n])
            {
                edgeChars.Add(c);
                edgeChildren.Add(child);
            }
        }

        var rootTable = new int[RootTableSize];
        Array.Fill(rootTable, -1);
        foreach (var (c, child) in children[0])
        {
            if (c < RootTableSize)
            {
                rootTable[c] = child;
            }
        }

        return new AliasTrie(rootTable, nodes, [.. edgeChars], [.. edgeChildren]);
    }

    private static int NewNode(List<SortedDictionary<char, int>> children, List<int> space, List<int> order)
    {
        children.Add([]);
        space.Add(-1);
        order.Add(-1);
        return children.Count - 1;
    }

    /// <summary>
    /// Walks the trie from <paramref name="node"/> over the text at <paramref name="i"/>; every alias that ends at a
    /// word boundary before <paramref name="limit"/> and comes before <paramref name="best"/> in order replaces it.
    /// </summary>
    public void Match(string text, int node, int i, int limit, ref int best, ref int bestEnd)
    {
        while (true)
        {
            var n = _nodes[node];
            if (n.Order >= 0 && n.Order < best
                && !(i < limit && TextScan.IsWordChar(text[i]) && text[i] != PersianLetters.Zwnj))
            {
                best = n.Order;
                bestEnd = i;
            }

            if (n.SpaceChild >= 0)
            {
                int j = i;
                while (j < limit && (text[j] == ' ' || text[j] == PersianLetters.Zwnj))
                {
                    j++;
                }

                Match(text, n.SpaceChild, j, limit, ref best, ref bestEnd);
            }

            if (i >= limit)
            {
                return;
            }

            int child = Child(node, n, OutletRegistry.FoldChar(text[i]));
            if (child < 0)
            {
                return;
            }

            node = child;
            i++;
        }
    }

    private int Child(int node, Node n, char c)
    {
        if (node == 0)
        {
            if (c < RootTableSize)
            {
                return _rootTable[c];
            }

            int k = Array.BinarySearch(_edgeChars, n.FirstEdge, n.EdgeCount, c);
            return k >= 0 ? _edgeChildren[k] : -1;
        }

        for (int k = n.FirstEdge, e = n.FirstEdge + n.EdgeCount; k < e; k++)
        {
            if (_edgeChars[k] == c)
            {
                return _edgeChildren[k];
            }
        }

        return -1;
    }
}
