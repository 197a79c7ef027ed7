using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Cleaning.Markup;

/// <summary>
/// Reads a seed that is a whole saved web page (<c>&lt;!DOCTYPE html&gt;</c>, <c>&lt;html&gt;</c>) by its
/// elements instead of line by line: the head, scripts, styles, forms, navigation, header and footer, and
/// every hidden element (a block repeating the whole text for search engines) go; block elements become
/// lines; a table row becomes one line (a label cell and its value as 标签：值, other cells joined by ｜); the
/// page's <c>&lt;h1&gt;</c>, or else its <c>&lt;title&gt;</c> without the site's name, is the first line.
/// Only text comes out: no tag of the page survives, and character references are decoded to text.
/// Runs before the per-line residue stage, which handles stray tags in text copies.
/// </summary>
public sealed partial class HtmlPageStage : ICleaningStage
{
    /// <summary>Elements whose content is never the document's text.</summary>
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
        { "head", "script", "style", "noscript", "template", "nav", "header", "footer", "form", "select", "button", "iframe", "svg", "object", "aside" };

    /// <summary>Elements that start a new line.</summary>
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
        { "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article", "ul", "ol", "dd", "dt", "dl", "blockquote", "hr", "main", "center", "pre", "tbody", "thead", "caption" };

    /// <summary>Elements without content or end tag.</summary>
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
        { "br", "img", "hr", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr", "param" };

    /// <summary>Class or id words of a page's furniture (菜单, 面包屑, 分享, 页脚).</summary>
    private static readonly string[] FurnitureNames = ["nav", "menu", "footer", "header", "breadcrumb", "crumb", "share", "sidebar", "toolbar", "topbar", "bottom", "copyright"];

    public WorkingText Apply(WorkingText text)
    {
        var page = string.Join("\n", text.Lines.Select(l => l.Text));
        if (!IsWholePage(page)) return text;

        var title = WebUtility.HtmlDecode(TitleElement().Match(page) is { Success: true } t ? Whitespace().Replace(t.Groups["t"].Value, " ").Trim() : "");
        var lines = Read(page, out var heading);
        // The page's own heading, or else its title without the site's name, opens the text.
        if (heading is { Length: > 0 }) lines.Remove(heading);
        if ((heading ?? SiteTitle(title)) is { Length: > 0 } first) lines.Insert(0, first);

        var firstLine = text.Lines.Length > 0 ? text.Lines[0].Number : 1;
        var output = lines.Select((l, i) => new SourceLine(firstLine + i, l)).ToList();
        return text.WithLines(output)
            .AddRepairs([new Repair(RepairKind.MarkupRemoved, firstLine, "<html>", "", "a whole web page, read by its elements")])
            .AddRemoved(text.Lines);
    }

    private static bool IsWholePage(string page)
    {
        var start = page.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return start.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (page.Contains("<body", StringComparison.OrdinalIgnoreCase) && page.Contains("</html>", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The page's text as lines, with the first &lt;h1&gt;'s text.</summary>
    private static List<string> Read(string page, out string? heading)
    {
        heading = null;
        var lines = new List<string>();
        var line = new StringBuilder();
        var row = new List<string>();
        var cell = (StringBuilder?)null;
        var h1 = (StringBuilder?)null;
        string? droppedTag = null;
        var droppedDepth = 0;

        void EndLine()
        {
            var t = Whitespace().Replace(WebUtility.HtmlDecode(line.ToString()), " ").Trim();
            if (t.Length > 0) lines.Add(t);
            line.Clear();
        }

        var at = 0;
        foreach (Match tag in Tag().Matches(page))
        {
            var between = page[at..tag.Index];
            at = tag.Index + tag.Length;
            var name = tag.Groups["name"].Value;
            var closing = tag.Groups["close"].Success;
            if (droppedTag is not null)
            {
                if (string.Equals(name, droppedTag, StringComparison.OrdinalIgnoreCase) && !Void.Contains(name))
                    droppedDepth += closing ? -1 : (tag.Value.EndsWith("/>", StringComparison.Ordinal) ? 0 : 1);
                if (droppedDepth == 0) droppedTag = null;
                continue;
            }

            (cell ?? line).Append(between);
            h1?.Append(between);
            if (tag.Groups["comment"].Success) continue;

            if (!closing && !Void.Contains(name) && IsDropped(name, tag.Groups["attrs"].Value))
            {
                droppedTag = name;
                droppedDepth = 1;
                continue;
            }

            if (name.Equals("h1", StringComparison.OrdinalIgnoreCase))
            {
                if (!closing && heading is null) h1 = new StringBuilder();
                else if (closing && h1 is not null)
                {
                    heading = Whitespace().Replace(WebUtility.HtmlDecode(h1.ToString()), " ").Trim();
                    h1 = null;
                }
            }

            if (name.Equals("td", StringComparison.OrdinalIgnoreCase) || name.Equals("th", StringComparison.OrdinalIgnoreCase))
            {
                if (cell is not null) row.Add(Whitespace().Replace(WebUtility.HtmlDecode(cell.ToString()), " ").Trim());
                cell = closing ? null : new StringBuilder();
                continue;
            }
            if (name.Equals("tr", StringComparison.OrdinalIgnoreCase) && closing)
            {
                if (cell is not null) row.Add(Whitespace().Replace(WebUtility.HtmlDecode(cell.ToString()), " ").Trim());
                cell = null;
                EndLine();
                var cells = row.Where(c => c.Length > 0).ToList();
                if (cells.Count > 0) lines.Add(RowLine(cells));
                row.Clear();
                continue;
            }
            if (cell is null && Blocks.Contains(name)) EndLine();
        }
        if (droppedTag is null) line.Append(page[at..]);
        EndLine();
        return lines;
    }

    /// <summary>A label cell and its value read 标签：值; a row of several cells, its cells joined by ｜.</summary>
    private static string RowLine(List<string> cells)
    {
        var parts = new List<string>();
        for (var i = 0; i < cells.Count; i++)
        {
            var label = cells[i].TrimEnd('：', ':');
            if (i + 1 < cells.Count && label.Length is > 0 and <= 6 && !label.Any(c => c is '。' or '，') && PageLabel().IsMatch(label))
            {
                parts.Add(label + "：" + cells[i + 1]);
                i++;
            }
            else parts.Add(cells[i]);
        }
        return string.Join("｜", parts);
    }

    private static bool IsDropped(string name, string attributes)
    {
        if (Dropped.Contains(name)) return true;
        if (HiddenAttribute().IsMatch(attributes)) return true;
        var names = ClassOrId().Matches(attributes).Select(m => m.Groups["v"].Value.ToLowerInvariant());
        return names.Any(v => FurnitureNames.Any(f => Regex.IsMatch(v, $@"(^|[\s_-]){f}($|[\s_-]|\d)")));
    }

    /// <summary>The &lt;title&gt; without the site's name after a separator (…意见_上海市人民政府).</summary>
    private static string? SiteTitle(string title)
    {
        if (title.Length == 0) return null;
        var cut = title.IndexOfAny(['_', '|', '｜']);
        if (cut < 0) cut = title.IndexOf(" - ", StringComparison.Ordinal);
        return (cut > 0 ? title[..cut] : title).Trim();
    }

    [GeneratedRegex(@"(?<comment><!--.*?-->)|<(?<close>/)?(?<name>[a-zA-Z][a-zA-Z0-9:-]*)(?<attrs>(?:[^>""']|""[^""]*""|'[^']*')*)>|(?<comment><!\[CDATA\[.*?\]\]>|<![^>]*>|<\?[^>]*>)", RegexOptions.Singleline)]
    private static partial Regex Tag();

    [GeneratedRegex(@"<title[^>]*>(?<t>.*?)</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex TitleElement();

    [GeneratedRegex(@"(?:^|\s)hidden(?:\s|=|$)|class\s*=\s*[""'](?:[^""']*\s)?hidden(?:\s[^""']*)?[""']|display\s*:\s*none|visibility\s*:\s*hidden|aria-hidden\s*=\s*[""']?true", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenAttribute();

    [GeneratedRegex(@"\b(?:class|id)\s*=\s*[""'](?<v>[^""']*)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex ClassOrId();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,6}$")]
    private static partial Regex PageLabel();

    [GeneratedRegex(@"[\s\u00A0]+")]
    private static partial Regex Whitespace();
}
