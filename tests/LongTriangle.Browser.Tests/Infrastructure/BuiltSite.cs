using System.Text.RegularExpressions;

namespace LongTriangle.Browser.Tests.Infrastructure;

/// <summary>
/// What the tests expect, read from content/ (front matter, site.yml) and from the built pages (the
/// clause and outline ids), never typed in: content and ids change as the converter does.
/// </summary>
public sealed partial class BuiltSite(string contentDirectory, string siteDirectory)
{
    public static readonly string[] Languages = ["zh", "en"];

    public string SiteDirectory => siteDirectory;

    /// <summary>Every document of content/zh, from its front matter's slug and region.</summary>
    public IReadOnlyList<ContentDocument> Documents { get; } = ReadDocuments(contentDirectory);

    /// <summary>The region ids of content/site.yml, in order.</summary>
    public IReadOnlyList<string> Regions { get; } = RegionId().Matches(File.ReadAllText(Path.Combine(contentDirectory, "site.yml")))
        .Select(m => m.Groups[1].Value).ToList();

    /// <summary>The document with the most clauses: long enough that opening a clause must scroll.</summary>
    public ContentDocument LongestDocument => Documents.OrderByDescending(d => ClauseIds("zh", d).Count).ThenBy(d => d.Slug, StringComparer.Ordinal).First();

    /// <summary>The compare page (an Outline section beside the plans) with the most implementing clauses, or a path that does not exist.</summary>
    public string RichestComparePage(string language)
    {
        var root = Path.Combine(siteDirectory, language);
        var pages = Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "index.html", SearchOption.AllDirectories)
                .Where(f => Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(f))) == "compare")
            : [];
        var richest = pages
            .OrderByDescending(f => Regex.Count(File.ReadAllText(f), "class=\"compare-clause "))
            .ThenBy(f => f, StringComparer.Ordinal)
            .FirstOrDefault();
        return richest is null
            ? $"/{language}/compare-pages-missing/"
            : "/" + Path.GetRelativePath(siteDirectory, Path.GetDirectoryName(richest)!).Replace(Path.DirectorySeparatorChar, '/') + "/";
    }

    /// <summary>A region with at least one document.</summary>
    public string RegionWithDocuments => Regions.First(r => Documents.Any(d => d.Region == r));

    /// <summary>The page types this build has (a search page only once the site has search), all but the 404 page by their example page's file.</summary>
    public IReadOnlyList<PageType> PageTypes => PageType.All.Where(t => t.Missing || Exists(t.PathIn(this, "zh"))).ToList();

    private bool Exists(string sitePath) =>
        File.Exists(Path.Combine(siteDirectory, sitePath.Split('?')[0].Trim('/').Replace('/', Path.DirectorySeparatorChar), "index.html"));

    public string Html(string sitePath) =>
        File.ReadAllText(Path.Combine(siteDirectory, sitePath.Trim('/').Replace('/', Path.DirectorySeparatorChar), "index.html"));

    /// <summary>The ids of the citable clauses (those that carry a citation) of a document page, in page order.</summary>
    public IReadOnlyList<string> ClauseIds(string language, ContentDocument document) =>
        CitableId().Matches(Html(document.PathIn(language))).Select(m => m.Groups[1].Value).ToList();

    /// <summary>A paragraph-level clause from the middle of the longest document, far below the top of the page.</summary>
    public string DeepParagraphId(string language)
    {
        var paragraphs = ClauseIds(language, LongestDocument).Where(id => id.Contains("__para_", StringComparison.Ordinal)).ToList();
        return paragraphs[paragraphs.Count / 2];
    }

    /// <summary>The outline targets of a document page's table of contents, in order.</summary>
    public IReadOnlyList<string> TocTargets(string language, ContentDocument document)
    {
        var html = Html(document.PathIn(language));
        var start = html.IndexOf("class=\"toc toc-sticky\"", StringComparison.Ordinal);
        var end = html.IndexOf("</nav>", Math.Max(start, 0), StringComparison.Ordinal);
        return start < 0 ? [] : TocTarget().Matches(html[start..end]).Select(m => m.Groups[1].Value).ToList();
    }

    private static List<ContentDocument> ReadDocuments(string contentDirectory) =>
        Directory.EnumerateFiles(Path.Combine(contentDirectory, "zh"), "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(file =>
            {
                var frontMatter = File.ReadAllText(file).Split("\n---", 2)[0];
                string Key(string key) => Regex.Match(frontMatter, $"(?m)^{key}:\\s*\"?([^\"\\r\\n]+)\"?\\s*$") is { Success: true } m
                    ? m.Groups[1].Value
                    : throw new InvalidOperationException($"{file}: no '{key}' in the front matter");
                return new ContentDocument(Key("slug"), Key("region"));
            })
            .ToList();

    [GeneratedRegex(@"(?m)^\s*-\s*id:\s*""?([a-z0-9-]+)""?\s*$")]
    private static partial Regex RegionId();

    [GeneratedRegex(@"\bid=""([^""]+)""[^>]*?\sdata-cite=")]
    private static partial Regex CitableId();

    [GeneratedRegex(@"data-toc-target=""([^""]+)""")]
    private static partial Regex TocTarget();
}
