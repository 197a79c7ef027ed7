using System.Net;

namespace LongTriangle.Publishing.Checking;

/// <summary>
/// A small HTML tokenizer that finds start tags and their attributes, enough to check links and ids:
/// it skips comments, doctype and the raw text of script, style, textarea and title, and reads attribute
/// values double-quoted, single-quoted or unquoted, with character references decoded.
/// </summary>
public static class HtmlTokenizer
{
    private static readonly string[] RawTextElements = ["script", "style", "textarea", "title"];

    public static IReadOnlyList<HtmlTag> StartTags(string html)
    {
        var tags = new List<HtmlTag>();
        var lines = new LineCounter(html);
        var pos = 0;
        while (pos < html.Length)
        {
            var lt = html.IndexOf('<', pos);
            if (lt < 0 || lt + 1 >= html.Length) break;
            if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                pos = end < 0 ? html.Length : end + 3;
                continue;
            }
            var next = html[lt + 1];
            if (next is '!' or '?' or '/')
            {
                var end = html.IndexOf('>', lt + 1);
                pos = end < 0 ? html.Length : end + 1;
                continue;
            }
            if (!char.IsAsciiLetter(next))
            {
                pos = lt + 1;
                continue;
            }

            var i = lt + 1;
            while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] == '-')) i++;
            var name = html[(lt + 1)..i].ToLowerInvariant();
            var attributes = new List<KeyValuePair<string, string>>();
            i = ReadAttributes(html, i, attributes);
            tags.Add(new HtmlTag(name, attributes, lines.LineOf(lt)));
            pos = i;

            if (RawTextElements.Contains(name))
            {
                var close = html.IndexOf("</" + name, pos, StringComparison.OrdinalIgnoreCase);
                pos = close < 0 ? html.Length : close;
            }
        }
        return tags;
    }

    /// <summary>Reads attributes up to and including the tag's closing '&gt;'; returns the position after it.</summary>
    private static int ReadAttributes(string html, int i, List<KeyValuePair<string, string>> attributes)
    {
        while (i < html.Length)
        {
            while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
            if (i >= html.Length) return i;
            if (html[i] == '>') return i + 1;
            if (html[i] == '/') { i++; continue; }

            var start = i;
            while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not ('=' or '>' or '/')) i++;
            var name = html[start..i].ToLowerInvariant();
            while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
            var value = "";
            if (i < html.Length && html[i] == '=')
            {
                i++;
                while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
                if (i < html.Length && html[i] is '"' or '\'')
                {
                    var quote = html[i];
                    var end = html.IndexOf(quote, i + 1);
                    if (end < 0) end = html.Length;
                    value = html[(i + 1)..end];
                    i = Math.Min(end + 1, html.Length);
                }
                else
                {
                    var valueStart = i;
                    while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>') i++;
                    value = html[valueStart..i];
                }
            }
            if (name.Length > 0) attributes.Add(new(name, WebUtility.HtmlDecode(value)));
        }
        return i;
    }

    private sealed class LineCounter(string text)
    {
        private readonly List<int> _starts = Starts(text);

        public int LineOf(int position)
        {
            var index = _starts.BinarySearch(position);
            return (index >= 0 ? index : ~index - 1) + 1;
        }

        private static List<int> Starts(string text)
        {
            var starts = new List<int> { 0 };
            for (var i = 0; i < text.Length; i++)
                if (text[i] == '\n') starts.Add(i + 1);
            return starts;
        }
    }
}
