using LongTriangle.Publishing.Content;
using LongTriangle.Publishing.Site;
using LongTriangle.Theme.Models;

namespace LongTriangle.Publishing.Search;

/// <summary>
/// The filters of search: region and document type, indexed as page metadata (see SearchFilterValue).
/// Values are language-neutral (the region's id, the Chinese type, which is authoritative); the search
/// page shows them in its own language.
/// </summary>
public static class SearchFilters
{
    public const string Region = "region";

    public const string Type = "type";

    public static SearchFilterValue RegionOf(LocalisedDocument document) => new(Region, document.Region.Id);

    public static SearchFilterValue TypeOf(LocalisedDocument document) => new(Type, document.Document.Metadata.Type);

    /// <summary>The choices of the search page: every region with documents, every document type, in site order.</summary>
    public static IReadOnlyList<SearchFilterView> For(SiteModel site, Rendition language)
    {
        var strings = language.Strings;
        var regions = site.Content.Regions
            .Where(r => site.Documents.Any(d => d.Region.Id == r.Id))
            .Select(r => new SearchFilterOption(r.Id, r.Name(language), null));
        var types = site.Documents
            .DistinctBy(d => d.Document.Metadata.Type, StringComparer.Ordinal)
            .Select(d => (Key: d.Document.Metadata.Type, Shown: d.Type(language)))
            .Select(t => new SearchFilterOption(t.Key, t.Shown.Text, t.Shown.LangOn(language)));
        return
        [
            new SearchFilterView(Region, strings.Region, [.. regions]),
            new SearchFilterView(Type, strings.Type, [.. types]),
        ];
    }
}
