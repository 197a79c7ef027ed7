using System.Net;
using System.Text.RegularExpressions;
using LongTriangle.Publishing.Content;
using LongTriangle.Publishing.Tests.Fixtures;

namespace LongTriangle.Publishing.Tests.Site;

/// <summary>
/// Every Chinese word a reader of the Traditional edition sees is Traditional and tagged zh-Hant: clauses,
/// titles, glossary terms, region names, the source's name, missing parts, citations. The only Simplified
/// text on its pages names the Simplified edition on a link to it. (The provenance page is the converter's
/// record of the authoritative text and is left as recorded.)
/// </summary>
public sealed partial class TraditionalPagesTests(FixtureSite site) : IClassFixture<FixtureSite>
{
    private static readonly HashSet<string> VoidElements = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

    [Fact]
    public void The_Traditional_pages_show_no_Simplified_text_except_the_links_to_the_Simplified_edition()
    {
        var folder = Path.Combine(site.Directory, Renditions.Traditional.Code);
        var pages = Directory.GetFiles(folder, "*.html", SearchOption.AllDirectories)
            .Where(p => !p.Contains(Path.DirectorySeparatorChar + "provenance" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .ToList();
        pages.Count.ShouldBeGreaterThan(5);
        var problems = new List<string>();
        var checkedTexts = 0;
        foreach (var page in pages)
        {
            foreach (var (text, lang, link) in Texts(File.ReadAllText(page)))
            {
                if (!HanCharacter().IsMatch(text)) continue;
                checkedTexts++;
                var where = Path.GetRelativePath(site.Directory, page) + ": " + text;
                if (lang == Renditions.Traditional.Tag)
                {
                    // A Traditional text is one the conversion leaves as it is.
                    if (Renditions.Traditional.FromAuthoritative(text) != text) problems.Add("Simplified forms in zh-Hant text: " + where);
                }
                else if (lang == Renditions.Simplified.Tag)
                {
                    if (link is null || link.StartsWith("/" + Renditions.Traditional.Code + "/", StringComparison.Ordinal))
                        problems.Add("zh-Hans text that is not a link to the Simplified edition: " + where);
                }
                else if (lang != Renditions.English.Tag)
                {
                    problems.Add($"Chinese tagged {lang ?? "nothing"}: " + where);
                }
            }
        }
        checkedTexts.ShouldBeGreaterThan(100);
        problems.ShouldBeEmpty();
    }

    /// <summary>Each text of a page (outside script and style) with the language it is in and the link it is the text of, if any.</summary>
    private static IEnumerable<(string Text, string? Lang, string? Link)> Texts(string html)
    {
        var stack = new List<(string Name, string? Lang, string? Href)>();
        var at = 0;
        foreach (Match tag in Tag().Matches(html))
        {
            var text = WebUtility.HtmlDecode(html[at..tag.Index]).Trim();
            at = tag.Index + tag.Length;
            var inRawText = stack.Count > 0 && stack[^1].Name is "script" or "style";
            if (text.Length > 0 && !inRawText)
                yield return (text, stack.Count > 0 ? stack[^1].Lang : null, stack.LastOrDefault(e => e.Name == "a").Href);
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            if (tag.Groups["close"].Success)
            {
                var open = stack.FindLastIndex(e => e.Name == name);
                if (open >= 0) stack.RemoveRange(open, stack.Count - open);
            }
            else if (!VoidElements.Contains(name) && !tag.Value.EndsWith("/>", StringComparison.Ordinal))
            {
                var attributes = tag.Groups["attributes"].Value;
                var lang = Attribute().Matches(attributes).FirstOrDefault(m => m.Groups["key"].Value == "lang")?.Groups["value"].Value;
                var href = Attribute().Matches(attributes).FirstOrDefault(m => m.Groups["key"].Value == "href")?.Groups["value"].Value;
                stack.Add((name, lang ?? (stack.Count > 0 ? stack[^1].Lang : null), href));
            }
        }
    }

    [GeneratedRegex(@"<(?<close>/)?(?<name>[a-zA-Z][a-zA-Z0-9-]*)(?<attributes>[^>]*)>|<!--.*?-->|<!DOCTYPE[^>]*>", RegexOptions.Singleline)]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?<key>[a-zA-Z-]+)=""(?<value>[^""]*)""")]
    private static partial Regex Attribute();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex HanCharacter();
}
