using LongTriangle.Inputs;
using LongTriangle.Publishing.Assets;
using LongTriangle.Publishing.Concordance;
using LongTriangle.Publishing.Data;
using LongTriangle.Publishing.Reading;
using LongTriangle.Publishing.Rendering;
using LongTriangle.Publishing.Site;
using LongTriangle.Theme;

namespace LongTriangle.Publishing.Build;

/// <summary>
/// Writes every file of the site into a folder: the pages, the JSON data, sitemap.xml, robots.txt and the
/// theme's assets (minified). Each page is written as soon as it is rendered, so memory holds the content and the
/// pages in progress, not the site. Pages are rendered on every core (one Razor renderer per worker); each
/// file depends only on the content, so the output is the same whatever the order.
/// </summary>
public static class SiteRenderer
{
    /// <param name="cache">Pages rendered by an earlier build from equal view models are taken from it (null: render every page).</param>
    /// <param name="linkFacts">Given the link facts of every page as it is written (null: the check reads the pages back).</param>
    /// <param name="published">The site in place at the output, whose unchanged pages are carried over (null: none).</param>
    /// <param name="searchDigests">Given each indexed page's digest of what Pagefind reads as it is written (null: the index step hashes the pages).</param>
    public static RenderedSite Render(SiteModel site, string directory, string? themeAssetsDirectory = null, BuildCache? cache = null, Checking.KnownLinkFacts? linkFacts = null,
        PublishedPages? published = null, Search.PagefindPageDigests? searchDigests = null)
    {
        var inputs = new PageInputs(site);
        var pages = SitePlanner.Plan(site, inputs);
        // Serve mode reads the theme from disk as written, so that the browser shows the lines being edited.
        var assets = themeAssetsDirectory is null ? ThemeAssetMinifier.MinifyAll(ThemeAssets.Embedded()) : AssetsFrom(themeAssetsDirectory);
        var folder = SiteFolder.Prepare(directory,
        [
            .. pages.Select(p => SiteUrls.FileOf(p.SitePath)),
            .. site.Documents.Select(d => SiteUrls.Data(d.Document)),
            SiteUrls.DataIndex, SiteUrls.ConcordanceData, SiteUrls.Sitemap, SiteUrls.Robots,
            .. assets.Select(a => SiteUrls.Asset(a.Path)),
        ]);

        // Rendered one page in every rendition after another (the plan lists each rendition's pages in turn): the
        // three pages of a document share what they are made from while it is still in memory (a provenance
        // tree, made again when asked). Each page is its own file, so the order changes nothing written. A
        // document's pages are one group, written by one worker, whose link facts are one cache entry.
        var groups = Enumerable.Range(0, pages.Count)
            .OrderBy(i => WithoutRendition(pages[i].SitePath), StringComparer.Ordinal)
            .ThenBy(i => i)
            .GroupBy(i => GroupOf(pages[i].SitePath), StringComparer.Ordinal)
            .ToArray();
        var cached = 0;
        var chunks = new PageChunkPool();
        Cores.Run(() =>
        {
            Parallel.For(0, groups.Length, Cores.Workers, () => new PageRenderer(chunks),
                (g, _, renderer) =>
                {
                    var facts = linkFacts?.Group(groups[g].Key);
                    foreach (var i in groups[g])
                    {
                        var file = SiteUrls.FileOf(pages[i].SitePath);
                        var target = folder.Target(file);
                        var (rendered, key) = new CachedPageRenderer(renderer, cache, published).RenderTo(pages[i], target);
                        using (rendered)
                        {
                            facts?.Add(file, rendered?.AsSequence(), key, () => File.ReadAllBytes(target));
                            searchDigests?.Add(file, rendered?.AsSequence(), key, () => File.ReadAllBytes(target));
                        }
                        if (rendered is null) Interlocked.Increment(ref cached);
                    }
                    facts?.Complete();
                    return renderer;
                },
                renderer => renderer.Dispose());
            Parallel.ForEach(site.Documents, Cores.Workers, document => WriteData(site, document, folder, cache, published, inputs, chunks));
        });
        folder.Write(SiteUrls.DataIndex, DocumentData.Index(site));
        folder.Write(SiteUrls.ConcordanceData, ConcordanceData.Write(site.Concordance));
        folder.Write(SiteUrls.Sitemap, Sitemap.Write(site.Base, pages));
        folder.Write(SiteUrls.Robots, Sitemap.Robots(site.Base));
        foreach (var (path, bytes) in assets)
            folder.Write(SiteUrls.Asset(path), bytes);

        return new RenderedSite(pages.Count, site.Documents.Count, folder.FileCount, cached);
    }

    /// <summary>A document's data file, from the published site or the cache when made before from the same inputs.</summary>
    private static void WriteData(SiteModel site, LocalisedDocument document, SiteFolder folder, BuildCache? cache, PublishedPages? published, PageInputs inputs,
        PageChunkPool chunks)
    {
        var file = SiteUrls.Data(document.Document);
        if (cache is null)
        {
            using var bytes = DocumentData.Document(site, document, chunks);
            using var written = File.Create(folder.Target(file));
            bytes.WriteTo(written);
            return;
        }
        var key = cache.Key(CacheArea.Page).Add("data").Add(file);
        foreach (var digest in inputs.DataFile(document)) key.Add(digest);
        using var made = CachedSiteFile.WriteTo(cache, published, key, file, folder.Target(file), () => DocumentData.Document(site, document, chunks));
    }

    /// <summary>The group a page's link facts are kept with: its first two folders after the rendition's (a document's
    /// region and slug: all its pages in every rendition), or the whole path of a page outside them.</summary>
    private static string GroupOf(string sitePath)
    {
        var path = WithoutRendition(sitePath);
        var first = path.IndexOf('/');
        var second = first < 0 ? -1 : path.IndexOf('/', first + 1);
        return second < 0 ? path : path[..(second + 1)];
    }

    /// <summary>A page's path after its first folder (the rendition's), the same for one page in every rendition.</summary>
    private static string WithoutRendition(string sitePath) => sitePath.IndexOf('/') is var slash and >= 0 ? sitePath[(slash + 1)..] : sitePath;

    /// <summary>The theme's assets from a folder on disk, each a regular file inside it (a link to a file of the machine is refused, not published).</summary>
    private static IReadOnlyList<(string Path, byte[] Bytes)> AssetsFrom(string wwwroot) =>
        ContentFiles.AsContentProblem(() =>
        {
            foreach (var file in InputFiles.Find(wwwroot, "*"))
                InputFiles.RequireRegularFile(file, wwwroot, "theme asset");
            return ThemeAssets.FromDirectory(wwwroot);
        });
}
