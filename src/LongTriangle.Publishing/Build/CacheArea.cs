namespace LongTriangle.Publishing.Build;

/// <summary>The kinds of entry the cache holds, one folder each.</summary>
public enum CacheArea
{
    /// <summary>Seeds, sidecars and site.yml → the hash of content/zh they convert to.</summary>
    Conversion,
    /// <summary>A page's component and view model → its HTML.</summary>
    Page,
    /// <summary>Every file of the site Pagefind reads → the search bundle it wrote.</summary>
    SearchIndex,
    /// <summary>A document page, the site's assets and the Chromium that prints → the page's PDF.</summary>
    Pdf,
    /// <summary>A page's bytes, path and the site's base → its ids and links, for the link check (a document's pages in one entry: <see cref="Checking.LinkFactsGroup"/>).</summary>
    LinkFacts,
    /// <summary>A provenance file's bytes → its packed tree and errata (<see cref="Reading.ProvenanceCache"/>).</summary>
    Provenance,
    /// <summary>A document's Markdown file, its name and bytes → its front matter and clauses (<see cref="Reading.ContentCache"/>).</summary>
    Documents,
    /// <summary>A translation file, its name and bytes → what it reads to (<see cref="Reading.ContentCache"/>).</summary>
    Translations,
    /// <summary>The documents' Chinese text, in order → the concordance (<see cref="Concordance.ConcordanceCache"/>).</summary>
    Concordance,
    /// <summary>The output folder's path → the pages of the site published there, with the key each was written from (<see cref="PublishedPages"/>).</summary>
    PublishedPages,
    /// <summary>A content file's name and <see cref="Inputs.FileStamp"/> → the SHA-256 of its bytes, so that it need not be read (<see cref="Reading.CachedFileReader{T}"/>).</summary>
    FileStamps,
}

public static class CacheAreaExtensions
{
    public static string Folder(this CacheArea area) => area switch
    {
        CacheArea.Conversion => "conversion",
        CacheArea.Page => "pages",
        CacheArea.SearchIndex => "search-index",
        CacheArea.Pdf => "pdf",
        CacheArea.LinkFacts => "link-facts",
        CacheArea.Provenance => "provenance",
        CacheArea.Documents => "documents",
        CacheArea.Translations => "translations",
        CacheArea.Concordance => "concordance",
        CacheArea.PublishedPages => "published-pages",
        CacheArea.FileStamps => "file-stamps",
        _ => throw new ArgumentOutOfRangeException(nameof(area)),
    };
}
