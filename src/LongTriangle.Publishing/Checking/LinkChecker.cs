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
    internal static readonly string[] LinkAttributes = ["href", "src"];

    /// <param name="known">The facts of pages the build already has (the pages it rendered); every other page is read from disk.
    /// Taken out as the check goes, so that they are not held twice.</param>
    public static LinkReport Check(string siteDirectory, SiteBase site, KnownLinkFacts? known = null)
    {
        var root = Path.GetFullPath(siteDirectory);
        var pages = Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

        // Pass 1, on every core: each page's facts (as the render stage found them, else from the page read once),
        // keeping only its ids and its links to other pages, a link as the index of its target page and the number
        // of the fragment (names are numbered once for the site). Links to files that are not pages are checked here.
        known ??= new KnownLinkFacts(site, cache: null);
        var names = known.Names;
        var pageIndex = new Dictionary<string, int>(pages.Count, StringComparer.Ordinal);
        var pageOfName = new Dictionary<int, int>(pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            pageIndex[pages[i]] = i;
            pageOfName[names.Number(pages[i])] = i;
        }
        var facts = Build.Cores.Map(pages, page => PageFacts.Resolve(root, page, site, pageOfName, pageIndex, names,
            known.Take(page) ?? PageLinkFacts.Of(File.ReadAllText(Path.Combine(root, page)), page, site, names)));

        // Pass 2: links between pages, and the ids a Chinese page shares with its English twin. A page with a
        // broken fragment is read again for the text and line of its links: keeping them for the rare broken one
        // cost most of the check's memory.
        var problems = new List<LinkProblem>();
        for (var index = 0; index < facts.Length; index++)
        {
            var page = facts[index];
            problems.AddRange(page.Problems);
            if (page.Links.Any(link => !facts[link.Target].Ids.Contains(link.Fragment)))
                problems.AddRange(MissingFragments(root, page.Page, site, pageIndex, names, facts));

            if (page.Page.StartsWith("zh/", StringComparison.Ordinal))
            {
                var english = "en/" + page.Page[3..];
                if (!pageIndex.TryGetValue(english, out var englishIndex))
                {
                    problems.Add(new LinkProblem(page.Page, 1, $"the English page {english} is missing"));
                }
                else
                {
                    var englishIds = facts[englishIndex].Ids;
                    foreach (var (id, line) in page.Ids.WithLines().Where(p => !englishIds.Contains(p.Number)).Select(p => (names.Name(p.Number), p.Line)).OrderBy(p => p.Item1, StringComparer.Ordinal))
                        problems.Add(new LinkProblem(page.Page, line, $"the id '{id}' is missing on the English page {english}"));
                }
            }
        }
        return new LinkReport(pages.Count, facts.Sum(f => f.LinkCount), facts.Sum(f => f.Ids.Count),
            [.. problems.OrderBy(p => p.Page, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Message, StringComparer.Ordinal)]);
    }

    /// <summary>The links of a page to a fragment another page lacks, with their text, from the page read again.</summary>
    private static IEnumerable<LinkProblem> MissingFragments(string root, string page, SiteBase site, Dictionary<string, int> pageIndex, LinkNames names, IReadOnlyList<PageFacts> facts)
    {
        foreach (var (text, line, file, fragment) in Links(HtmlTokenizer.StartTags(File.ReadAllText(Path.Combine(root, page))), page, site))
        {
            if (file == page || fragment is not { Length: > 0 } || !file.EndsWith(".html", StringComparison.Ordinal)) continue;
            // A fragment no page has as an id has no number (or one only as the fragment of a link).
            if (pageIndex.TryGetValue(file, out var target) && !(names.TryNumber(fragment, out var number) && facts[target].Ids.Contains(number)))
                yield return new LinkProblem(page, line, $"'{text}': {file} has no element with id '{fragment}'");
        }
    }

    /// <summary>Every href and src of a page that resolves to a file of the site, in document order.</summary>
    private static IEnumerable<(string Text, int Line, string File, string? Fragment)> Links(IReadOnlyList<HtmlTag> tags, string page, SiteBase site)
    {
        foreach (var tag in tags)
            foreach (var attribute in LinkAttributes)
                if (tag.Attribute(attribute) is { } link && Resolve(link, page, site) is { } target)
                    yield return (link, tag.Line, target.File.Length == 0 ? page : target.File, target.Fragment);
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
    internal static string? Problem(string link, SiteBase site)
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

    /// <summary>A link to a fragment of another page: the target's index among the pages and the fragment's number.
    /// A value of 8 bytes, not an object: a library of a thousand documents has millions of them, kept until
    /// every page is read.</summary>
    private readonly record struct PageLink(int Target, int Fragment);

    /// <summary>
    /// What the check keeps of one page: its ids (with the line of each one's first use), its links to fragments
    /// of other pages, and the problems found on the page alone (repeated ids, links that leave the site or lead
    /// to no file, fragments missing on the page itself).
    /// </summary>
    private sealed record PageFacts(string Page, PageIds Ids, PageLink[] Links, int LinkCount, IReadOnlyList<LinkProblem> Problems)
    {
        /// <summary>The page's facts in this site: which files it links to are pages (and which exist at all).</summary>
        public static PageFacts Resolve(string root, string page, SiteBase site, Dictionary<int, int> pageOfName, Dictionary<string, int> pageIndex, LinkNames names, PageLinkFacts facts)
        {
            var problems = facts.Problems.Select(p => new LinkProblem(page, p.Line, p.Message)).ToList();
            // A link to no file is rare: its text is found by reading the page again.
            if (facts.Files.Any(file => !pageOfName.ContainsKey(file) && !File.Exists(Path.Combine(root, names.Name(file)))))
                problems.AddRange(MissingFiles(root, page, site, pageIndex));
            var links = new List<PageLink>(facts.Fragments.Length);
            foreach (var link in facts.Fragments)
                if (pageOfName.TryGetValue(link.File, out var target)) links.Add(new PageLink(target, link.Fragment));
            return new PageFacts(page, facts.Ids, [.. links], facts.LinkCount, problems);
        }
    }

    /// <summary>The links of a page to a file that does not exist (or to a folder without its final '/'), from the page read again.</summary>
    private static IEnumerable<LinkProblem> MissingFiles(string root, string page, SiteBase site, Dictionary<string, int> pageIndex)
    {
        foreach (var (text, line, file, _) in Links(HtmlTokenizer.StartTags(File.ReadAllText(Path.Combine(root, page))), page, site))
        {
            if (file == page || pageIndex.ContainsKey(file)) continue;
            var full = Path.Combine(root, file);
            if (!File.Exists(full))
                yield return new LinkProblem(page, line, Directory.Exists(full)
                    ? $"'{text}' names a folder without its final '/'"
                    : $"'{text}' leads nowhere ({file} does not exist)");
        }
    }
}
