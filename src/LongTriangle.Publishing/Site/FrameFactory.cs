using LongTriangle.Publishing.Content;
using LongTriangle.Theme.Models;
using LongTriangle.Theme.Strings;

namespace LongTriangle.Publishing.Site;

/// <summary>Builds the frame of a page (head metadata, header, breadcrumbs) for the site's base URL.</summary>
public sealed class FrameFactory(SiteBase site)
{
    public static UiStrings StringsFor(Language language) => language == Language.Zh ? UiStrings.Chinese : UiStrings.English;

    /// <param name="sitePath">This page.</param>
    /// <param name="zhPath">The Chinese version of this page (for hreflang and the language switch).</param>
    /// <param name="enPath">The English version.</param>
    /// <param name="xDefaultPath">The page for readers of neither language.</param>
    public PageFrame Create(
        Language language,
        string title,
        string description,
        string sitePath,
        string zhPath,
        string enPath,
        string xDefaultPath,
        IReadOnlyList<Link> breadcrumbs,
        string bodyClass,
        string openGraphType = "website",
        string? robots = null)
    {
        var strings = StringsFor(language);
        var other = language.Other();
        var fullTitle = title == strings.SiteName ? title : $"{title} | {strings.SiteName}";
        return new PageFrame(
            language.Tag(),
            strings,
            fullTitle,
            description,
            site.Absolute(sitePath),
            [
                new AlternateLink(Language.Zh.Tag(), site.Absolute(zhPath)),
                new AlternateLink(Language.En.Tag(), site.Absolute(enPath)),
                new AlternateLink("x-default", site.Absolute(xDefaultPath)),
            ],
            new OpenGraph(openGraphType, language.OpenGraphLocale(), other.OpenGraphLocale(), strings.SiteName, site.Absolute(sitePath)),
            new ThemeAssetLinks(
                site.Href(SiteUrls.Asset("css/site.css")),
                site.Href(SiteUrls.Asset("css/print.css")),
                site.Href(SiteUrls.Asset("js/colour-scheme.js")),
                site.Href(SiteUrls.Asset("js/site.js")),
                site.Href(SiteUrls.Asset("js/search.js")),
                site.Href(SiteUrls.Asset("icons/favicon.svg")),
                site.Href(SiteUrls.Asset("site.webmanifest"))),
            site.Href(SiteUrls.Home(language)),
            new LanguageSwitchView(site.Href(language == Language.Zh ? enPath : zhPath), StringsFor(other).OtherLanguageName, other.Tag()),
            breadcrumbs,
            bodyClass,
            new SearchBoxView(site.Href(SiteUrls.Search(language))),
            robots);
    }

    public string Href(string sitePath) => site.Href(sitePath);
}
