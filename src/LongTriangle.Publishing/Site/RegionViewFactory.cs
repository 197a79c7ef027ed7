using LongTriangle.Publishing.Content;
using LongTriangle.Theme.Models;

namespace LongTriangle.Publishing.Site;

/// <summary>A region's table of contents: each document with its outline, as deep as the document page's.</summary>
public static class RegionViewFactory
{
    /// <summary>
    /// Region outlines are the document pages' tables of contents: down to ####, so that a plan's numbered
    /// tasks (1.全力打造张江综合性国家科学中心), which are what a region has committed to, are listed too.
    /// </summary>
    public const int OutlineDepth = DocumentViewFactory.OutlineDepth;

    public static RegionView Create(SiteModel site, Region region, Rendition language)
    {
        var strings = language.Strings;
        var documents = site.DocumentsIn(region);
        var frame = site.Frames.Create(
            language, region.Name(language), strings.RegionDescription(region.Name(language), documents.Count),
            SiteUrls.Region(language, region.Id),
            l => SiteUrls.Region(l, region.Id), SiteUrls.Region(Renditions.Authoritative, region.Id),
            [new Link(site.Frames.Href(SiteUrls.Home(language)), strings.Home)],
            "page-region");
        return new RegionView(
            frame,
            region.Name(language),
            [.. documents.Select(d => new RegionDocument(
                SummaryFactory.Create(d, language, site.Frames),
                TableOfContentsBuilder.Build(d, language, site.Frames.Href(SiteUrls.Document(language, d.Document)), OutlineDepth)))],
            strings.NoDocumentsIn(region.Name(language)),
            CompareViewFactory.LinksFor(site, region, language));
    }
}
