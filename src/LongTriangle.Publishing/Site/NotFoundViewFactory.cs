using LongTriangle.Publishing.Content;
using LongTriangle.Theme.Models;

namespace LongTriangle.Publishing.Site;

/// <summary>The 404 page of a language, with links home in both languages.</summary>
public static class NotFoundViewFactory
{
    public static NotFoundView Create(SiteModel site, Language language)
    {
        var strings = FrameFactory.StringsFor(language);
        var other = language.Other();
        var frame = site.Frames.Create(
            language, strings.NotFoundTitle, strings.NotFoundText, SiteUrls.NotFound(language),
            SiteUrls.NotFound(Language.Zh), SiteUrls.NotFound(Language.En), SiteUrls.NotFound(Language.Zh),
            breadcrumbs: [], bodyClass: "page-not-found", robots: "noindex");
        return new NotFoundView(frame, strings.NotFoundTitle, strings.NotFoundText,
        [
            new Link(site.Frames.Href(SiteUrls.Home(language)), strings.SiteName),
            new Link(site.Frames.Href(SiteUrls.Home(other)), FrameFactory.StringsFor(other).SiteName, other.Tag()),
        ]);
    }
}
