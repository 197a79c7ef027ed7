using LongTriangle.Publishing.Content;
using LongTriangle.Theme.Models;

namespace LongTriangle.Publishing.Site;

/// <summary>The home page of a language; the site root is the Chinese home again (x-default).</summary>
public static class HomeViewFactory
{
    public static HomeView Create(SiteModel site, Rendition language, bool atRoot)
    {
        var strings = language.Strings;
        var sitePath = atRoot ? SiteUrls.Root : SiteUrls.Home(language);
        var frame = site.Frames.Create(
            language, strings.SiteName, strings.HomeDescription, sitePath,
            SiteUrls.Home, SiteUrls.Root,
            breadcrumbs: [], bodyClass: "page-home");
        var regions = site.Content.Regions.Select(region => new RegionSummary(
            region.Id,
            region.Name(language),
            site.Frames.Href(SiteUrls.Region(language, region.Id)),
            [.. site.DocumentsIn(region).Select(d => SummaryFactory.Create(d, language, site.Frames))])).ToList();
        var empty = regions.Where(r => r.Documents.Count == 0).Select(r => r.Name).ToList();
        var translation = Renditions.Translation;
        var banner = atRoot ? new Link(site.Frames.Href(SiteUrls.Home(translation)), translation.Strings.ReadInEnglish, translation.Tag) : null;
        return new HomeView(frame, strings.SiteName, strings.Introduction, [.. regions.Where(r => r.Documents.Count > 0)],
            empty.Count == 0 ? null : strings.NotYetPublished(empty), new Link(site.Frames.Href(SiteUrls.DataIndex), strings.AllData), banner,
            new Link(site.Frames.Href(SiteUrls.Glossary(language)), strings.Glossary));
    }
}
