using LongTriangle.Publishing.Content;
using LongTriangle.Theme.Models;

namespace LongTriangle.Publishing.Site;

/// <summary>The 404 page of a rendition, with links home in every rendition (its own first).</summary>
public static class NotFoundViewFactory
{
    public static NotFoundView Create(SiteModel site, Rendition language)
    {
        var strings = language.Strings;
        var frame = site.Frames.Create(
            language, strings.NotFoundTitle, strings.NotFoundText, SiteUrls.NotFound(language),
            SiteUrls.NotFound, SiteUrls.NotFound(Renditions.Authoritative),
            breadcrumbs: [], bodyClass: "page-not-found", robots: "noindex");
        return new NotFoundView(frame, strings.NotFoundTitle, strings.NotFoundText,
        [
            new Link(site.Frames.Href(SiteUrls.Home(language)), strings.SiteName),
            .. Renditions.All.Where(r => r != language).Select(r => new Link(site.Frames.Href(SiteUrls.Home(r)), r.Strings.SiteName, r.Tag)),
        ]);
    }
}
