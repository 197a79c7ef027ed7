using LongTriangle.Publishing.Content;
using LongTriangle.Publishing.Search;
using LongTriangle.Theme.Models;

namespace LongTriangle.Publishing.Site;

/// <summary>The search page of a language. Not indexed by search engines: its content is the reader's query.</summary>
public static class SearchViewFactory
{
    public static SearchView Create(SiteModel site, Rendition language)
    {
        var strings = language.Strings;
        var frame = site.Frames.Create(
            language, strings.SearchPageTitle, strings.SearchPageDescription, SiteUrls.Search(language),
            SiteUrls.Search, SiteUrls.Search(Renditions.Authoritative),
            breadcrumbs: [new Link(site.Frames.Href(SiteUrls.Home(language)), strings.Home)],
            bodyClass: "page-search", robots: "noindex");
        return new SearchView(frame, strings.SearchPageTitle, strings.SearchPageIntroduction, SearchFilters.For(site, language));
    }
}
