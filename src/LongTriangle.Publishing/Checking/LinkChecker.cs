using LongTriangle.Publishing.Site;

namespace LongTriangle.Publishing.Checking;

/// <summary>
/// Checks a built site on disk: every internal link (href, src) leads to a file of the site and its
/// #fragment to an id on the target page; no id repeats on a page; every id of a Chinese page (every eId
/// among them) is also on the English page at the same path, so switching language keeps the clause.
/// Links to other origins are not followed (the site makes no external requests).
/// </summary>
public static class LinkChecker
{
    private static readonly string[] LinkAttributes = ["href", "src"];

    public static LinkReport Check(string siteDirectory, SiteBase site)
    {
        var root = Path.GetFullPath(siteDirectory);
        var pages = Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var facts = new Dictionary<string, PageFacts>(StringComparer.Ordinal);
        PageFacts FactsOf(string page)
        {
            if (!facts.TryGetValue(page, out var found))
                facts[page] = found = PageFacts.Read(Path.Combine(root, page));
            return found;
        }

        var problems = new List<LinkProblem>();
        var links = 0;
        var ids = 0;
        foreach (var page in pages)
        {
            var pageFacts = FactsOf(page);
            ids += pageFacts.Ids.Count;
            foreach (var (id, lines) in pageFacts.Ids.Where(p => p.Value.Count > 1))
                problems.Add(new LinkProblem(page, lines[1], $"the id '{id}' appears {lines.Count} times (first on line {lines[0]})"));

            foreach (var tag in pageFacts.Tags)
            {
                foreach (var attribute in LinkAttributes)
                {
                    if (tag.Attribute(attribute) is not { } link) continue;
                    links++;
                    if (Resolve(link, page, site) is not { } target)
                    {
                        if (Problem(link, site) is { } message) problems.Add(new LinkProblem(page, tag.Line, message));
                        continue;
                    }
                    var file = target.File.Length == 0 ? page : target.File;
                    var full = Path.Combine(root, file);
                    if (!File.Exists(full))
                    {
                        problems.Add(new LinkProblem(page, tag.Line, Directory.Exists(full)
                            ? $"'{link}' names a folder without its final '/'"
                            : $"'{link}' leads nowhere ({file} does not exist)"));
                        continue;
                    }
                    if (target.Fragment is { Length: > 0 } fragment && file.EndsWith(".html", StringComparison.Ordinal)
                        && !FactsOf(file).Ids.ContainsKey(fragment))
                    {
                        problems.Add(new LinkProblem(page, tag.Line, $"'{link}': {file} has no element with id '{fragment}'"));
                    }
                }
            }

            if (page.StartsWith("zh/", StringComparison.Ordinal))
            {
                var english = "en/" + page[3..];
                if (!File.Exists(Path.Combine(root, english)))
                {
                    problems.Add(new LinkProblem(page, 1, $"the English page {english} is missing"));
                }
                else
                {
                    var englishIds = FactsOf(english).Ids;
                    foreach (var (id, lines) in pageFacts.Ids.Where(p => !englishIds.ContainsKey(p.Key)))
                        problems.Add(new LinkProblem(page, lines[0], $"the id '{id}' is missing on the English page {english}"));
                }
            }
        }
        return new LinkReport(pages.Count, links, ids,
            [.. problems.OrderBy(p => p.Page, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Message, StringComparer.Ordinal)]);
    }

    /// <summary>An internal link as a file of the site and a fragment; null for links to elsewhere.</summary>
    public static (string File, string? Fragment)? Resolve(string link, string page, SiteBase site)
    {
        var text = link.Trim();
        if (site.Origin is { } origin && text.StartsWith(origin + "/", StringComparison.OrdinalIgnoreCase))
            text = text[origin.Length..];
        if (text.StartsWith("//", StringComparison.Ordinal) || HasScheme(text)) return null;

        string? fragment = null;
        var hash = text.IndexOf('#');
        if (hash >= 0)
        {
            fragment = Uri.UnescapeDataString(text[(hash + 1)..]);
            text = text[..hash];
        }
        var query = text.IndexOf('?');
        if (query >= 0) text = text[..query];
        if (text.Length == 0) return ("", fragment);

        string sitePath;
        if (text.StartsWith('/'))
        {
            if (!text.StartsWith(site.Path, StringComparison.Ordinal)) return null;
            sitePath = text[site.Path.Length..];
        }
        else
        {
            var folder = page.Contains('/') ? page[..(page.LastIndexOf('/') + 1)] : "";
            sitePath = Normalise(folder + text);
        }
        sitePath = Uri.UnescapeDataString(sitePath);
        return (SiteUrls.FileOf(sitePath), fragment);
    }

    /// <summary>Why a link that does not resolve inside the site is wrong, or null when it is simply external.</summary>
    private static string? Problem(string link, SiteBase site)
    {
        var text = link.Trim();
        if (text.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
            return $"'{link}' is a javascript: link";
        if (text.StartsWith('/') && !text.StartsWith("//", StringComparison.Ordinal) && !text.StartsWith(site.Path, StringComparison.Ordinal))
            return $"'{link}' is outside the site's base path {site.Path}";
        return null;
    }

    private static bool HasScheme(string text)
    {
        var colon = text.IndexOf(':');
        if (colon <= 0) return false;
        var slash = text.IndexOfAny(['/', '?', '#']);
        return (slash < 0 || colon < slash) && char.IsAsciiLetter(text[0]);
    }

    private static string Normalise(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
            else if (part != ".") parts.Add(part);
        }
        return string.Join('/', parts);
    }

    private sealed record PageFacts(IReadOnlyList<HtmlTag> Tags, IReadOnlyDictionary<string, List<int>> Ids)
    {
        public static PageFacts Read(string file)
        {
            var tags = HtmlTokenizer.StartTags(File.ReadAllText(file));
            var ids = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
            foreach (var tag in tags)
            {
                if (tag.Attribute("id") is not { } id) continue;
                if (!ids.TryGetValue(id, out var lines)) ids[id] = lines = [];
                lines.Add(tag.Line);
            }
            return new PageFacts(tags, ids);
        }
    }
}
