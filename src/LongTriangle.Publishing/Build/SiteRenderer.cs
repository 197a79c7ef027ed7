using System.Collections.Immutable;
using System.Text;
using LongTriangle.Inputs;
using LongTriangle.Publishing.Concordance;
using LongTriangle.Publishing.Data;
using LongTriangle.Publishing.Reading;
using LongTriangle.Publishing.Rendering;
using LongTriangle.Publishing.Site;
using LongTriangle.Theme;

namespace LongTriangle.Publishing.Build;

/// <summary>
/// Turns the site model into every file of the site: the pages, the JSON data, sitemap.xml, robots.txt
/// and the theme's assets. Pure apart from reading an assets folder when one is given.
/// </summary>
public static class SiteRenderer
{
    public static RenderedSite Render(SiteModel site, string? themeAssetsDirectory = null)
    {
        var files = ImmutableSortedDictionary.CreateBuilder<string, byte[]>(StringComparer.Ordinal);
        var pages = SitePlanner.Plan(site);
        using (var renderer = new PageRenderer())
        {
            foreach (var page in pages)
                files.Add(SiteUrls.FileOf(page.SitePath), Encoding.UTF8.GetBytes(renderer.Render(page)));
        }

        foreach (var document in site.Documents)
            files.Add(SiteUrls.Data(document.Document), DocumentData.Document(site, document));
        files.Add(SiteUrls.DataIndex, DocumentData.Index(site));
        files.Add(SiteUrls.ConcordanceData, ConcordanceData.Write(site.Concordance));
        files.Add(SiteUrls.Sitemap, Sitemap.Write(site.Base, pages));
        files.Add(SiteUrls.Robots, Sitemap.Robots(site.Base));

        var assets = themeAssetsDirectory is null ? ThemeAssets.Embedded() : AssetsFrom(themeAssetsDirectory);
        foreach (var (path, bytes) in assets)
            files.Add(SiteUrls.Asset(path), bytes);

        return new RenderedSite(files.ToImmutable(), pages.Count, site.Documents.Count);
    }

    /// <summary>The theme's assets from a folder on disk, each a regular file inside it (a link to a file of the machine is refused, not published).</summary>
    private static IReadOnlyList<(string Path, byte[] Bytes)> AssetsFrom(string wwwroot) =>
        ContentFiles.AsContentProblem(() =>
        {
            foreach (var file in InputFiles.Find(wwwroot, "*"))
                InputFiles.RequireRegularFile(file, wwwroot, "theme asset");
            return ThemeAssets.FromDirectory(wwwroot);
        });
}
