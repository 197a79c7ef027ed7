namespace LongTriangle.ChineseScript;

/// <summary>
/// Longest-match lookup of phrases (UTF-16 keys): one walk from a position finds the longest key
/// starting there, so converting a text is linear in its length times the longest key.
/// </summary>
public sealed class PhraseTrie<TValue>
{
    private readonly Node root = new();

    public PhraseTrie(IEnumerable<KeyValuePair<string, TValue>> entries)
    {
        foreach (var (key, value) in entries)
        {
            if (key.Length == 0)
            {
                continue;
            }

            var node = root;
            foreach (var c in key)
            {
                node.Children ??= [];
                if (!node.Children.TryGetValue(c, out var next))
                {
                    next = new Node();
                    node.Children[c] = next;
                }

                node = next;
            }

            node.Value = value;
            node.HasValue = true;
        }
    }

    /// <summary>The longest key that starts at <paramref name="start"/>, or length 0 when none does.</summary>
    public (int Length, TValue? Value) LongestMatch(ReadOnlySpan<char> text, int start)
    {
        var node = root;
        var bestLength = 0;
        TValue? best = default;
        for (var i = start; i < text.Length; i++)
        {
            if (node.Children is null || !node.Children.TryGetValue(text[i], out var next))
            {
                break;
            }

            node = next;
            if (node.HasValue)
            {
                bestLength = i - start + 1;
                best = node.Value;
            }
        }

        return (bestLength, best);
    }

    private sealed class Node
    {
        public Dictionary<char, Node>? Children { get; set; }
        public TValue? Value { get; set; }
        public bool HasValue { get; set; }
    }
}
