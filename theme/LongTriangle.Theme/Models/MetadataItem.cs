namespace LongTriangle.Theme.Models;

/// <summary>One labelled fact (issuer, date, number …); <paramref name="Href"/> makes the value a link.</summary>
/// <param name="SearchFilter">The search filter (Pagefind) this fact is indexed as, or null.</param>
public sealed record MetadataItem(string Label, string Value, string? Href = null, string? Lang = null, SearchFilterValue? SearchFilter = null);

/// <summary>
/// A document's value for a search filter. The value is the same in both languages (a region's id, the
/// Chinese document type), so that an English page searching the Chinese index as well filters both alike.
/// It is indexed as Pagefind metadata, not as a Pagefind filter: Pagefind 1.5 writes its filter files in
/// hash-map order, which would make builds differ byte for byte; search.js filters on the metadata.
/// </summary>
public sealed record SearchFilterValue(string Name, string Value)
{
    /// <summary>Pagefind's attribute-capture syntax: the value is read from data-filter-value.</summary>
    public string Attribute => Name + "[data-filter-value]";
}
