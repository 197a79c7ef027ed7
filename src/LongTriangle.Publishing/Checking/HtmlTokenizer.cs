namespace LongTriangle.Publishing.Checking;

/// <summary>
/// A small HTML tokenizer that finds start tags and their attributes, enough to check links and ids:
/// it skips comments, doctype and the raw text of script, style, textarea and title, and reads attribute
/// values double-quoted, single-quoted or unquoted, with character references decoded.
/// </summary>
public static class HtmlTokenizer
{
    private static readonly string[] RawTextElements = ["script", "style", "textarea", "title"];

    /// <summary>Every start tag of <paramref name="html"/>, as objects.</summary>
    public static IReadOnlyList<HtmlTag> StartTags(string html)
    {
        var tags = new List<HtmlTag>();
        foreach (var tag in Scan(html)) tags.Add(tag.ToTag());
        return tags;
    }

    /// <summary>
    /// The start tags of <paramref name="html"/> one after another, each a view into the text (nothing is kept:
    /// a page of megabytes has hundreds of thousands of tags).
    /// </summary>
    public static Scanner Scan(ReadOnlySpan<char> html) => new(html);

    /// <summary>Whether a name as written is <paramref name="lowerName"/> once lower-cased (as the tag objects name it).</summary>
    internal static bool NameIs(ReadOnlySpan<char> name, string lowerName)
    {
        // Lower-casing keeps the length, so names of another length never match.
        if (name.Length != lowerName.Length) return false;
        Span<char> lower = name.Length <= 64 ? stackalloc char[name.Length] : new char[name.Length];
        name.ToLowerInvariant(lower);
        return lower.Equals(lowerName, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Finds the start tags of a text in order, counting lines as it goes.</summary>
    public ref struct Scanner(ReadOnlySpan<char> html)
    {
        private readonly ReadOnlySpan<char> _html = html;
        private int _position;
        private int _counted;
        private int _line = 1;

        public StartTag Current { get; private set; }

        public readonly Scanner GetEnumerator() => this;

        public bool MoveNext()
        {
            var html = _html;
            var pos = _position;
            while (pos < html.Length)
            {
                var found = html[pos..].IndexOf('<');
                if (found < 0) break;
                var lt = pos + found;
                if (lt + 1 >= html.Length) break;
                if (html[lt..].StartsWith("<!--", StringComparison.Ordinal))
                {
                    var end = html[(lt + 4)..].IndexOf("-->", StringComparison.Ordinal);
                    pos = end < 0 ? html.Length : lt + 4 + end + 3;
                    continue;
                }
                var next = html[lt + 1];
                if (next is '!' or '?' or '/')
                {
                    var end = html[(lt + 1)..].IndexOf('>');
                    pos = end < 0 ? html.Length : lt + 1 + end + 1;
                    continue;
                }
                if (!char.IsAsciiLetter(next))
                {
                    pos = lt + 1;
                    continue;
                }

                var i = lt + 1;
                while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] == '-')) i++;
                var name = html[(lt + 1)..i];
                var reader = new AttributeReader(html[i..]);
                while (reader.Next(out _, out _))
                {
                }
                var tagEnd = i + reader.End;
                _line += html[_counted..lt].Count('\n');
                _counted = lt;
                Current = new StartTag(name, html[i..tagEnd], _line);
                pos = tagEnd;

                foreach (var element in RawTextElements)
                {
                    if (!NameIs(name, element)) continue;
                    var close = html[pos..].IndexOf(("</" + element).AsSpan(), StringComparison.OrdinalIgnoreCase);
                    pos = close < 0 ? html.Length : pos + close;
                    break;
                }
                _position = pos;
                return true;
            }
            _position = html.Length;
            return false;
        }
    }
}
