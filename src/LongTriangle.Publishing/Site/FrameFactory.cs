using LongTriangle.Publishing.Content;
using LongTriangle.Theme.Models;
using LongTriangle.Theme.Strings;

namespace LongTriangle.Publishing.Site;

/// <summary>Builds the frame of a page (head metadata, header, breadcrumbs) for the site's base URL.</summary>
public sealed class FrameFactory(SiteBase site)
{
    /// <param name="sitePath">This page.</param>
    /// <param name="pathIn">This page in each rendition (for hreflang and the language switch).</param>
    /// <param name="xDefaultPath">The page for readers of none of the renditions' languages.</param>
    public PageFrame Create(
        Rendition language,
        string title,
        string description,
        string sitePath,
        Func<Rendition, string> pathIn,
        string xDefaultPath,
        IReadOnlyList<Link> breadcrumbs,
        string bodyClass,
        string openGraphType = "website",
        string? robots = null)
    {
        var strings = language.Strings;
        var others = Renditions.All.Where(r => r != language).ToList();
        var fullTitle = title == strings.SiteName ? title : $"{title} | {strings.SiteName}";
        return new PageFrame(
            language.Tag,
            strings,
            fullTitle,
            description,
            site.Absolute(sitePath),
            [
                .. Renditions.All.Select(r => new AlternateLink(r.Tag, site.Absolute(pathIn(r)))),
                new AlternateLink("x-default", site.Absolute(xDefaultPath)),
            ],
            new OpenGraph(openGraphType, language.OpenGraphLocale, [.. others.Select(r => r.OpenGraphLocale)], strings.SiteName, site.Absolute(sitePath)),
            new ThemeAssetLinks(
                site.Href(SiteUrls.Asset("css/site.css")),
                site.Href(SiteUrls.Asset("css/print.css")),
                site.Href(SiteUrls.Asset("js/colour-scheme.js")),
                site.Href(SiteUrls.Asset("js/site.js")),
                site.Href(SiteUrls.Asset("js/search.js")),
                site.Href(SiteUrls.Asset("icons/favicon.svg")),
                site.Href(SiteUrls.Asset("site.webmanifest"))),
            site.Href(SiteUrls.Home(language)),
            [.. others.Select(r => new LanguageSwitchView(site.Href(pathIn(r)), r.Strings.OtherLanguageName, r.Tag))],
            breadcrumbs,
            bodyClass,
            new SearchBoxView(site.Href(SiteUrls.Search(language))),
            robots);
    }

    public string Href(string sitePath) => site.Href(sitePath);
}
