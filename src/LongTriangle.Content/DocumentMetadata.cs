using System.Collections.Immutable;

namespace LongTriangle.Content;

/// <summary>
/// The front matter of a converted document (docs/content-format.md), as the converter writes it and the
/// site reads it: identity (slug, region), the official title and type, what is known of issuer and dates
/// (never invented: null when unknown), source, completeness, flags and repair counts.
/// </summary>
/// <param name="TitleEn">The English title the seed's sidecar gives, if any; content/en's title wins.</param>
public sealed record DocumentMetadata(
    string Slug,
    string Region,
    string Title,
    string? TitleEn,
    string Type,
    string? Issuer,
    DateOnly? Written,
    DateOnly? Published,
    string? Number,
    DocumentSource Source,
    Completeness Completeness,
    DocumentFlags Flags)
{
    /// <summary>Where the issuing authority (or its official news agency) published the document, when known.</summary>
    public string? OfficialUrl { get; init; }

    /// <summary>
    /// For each known fact (issuer, written, published, number, official_url), where it was found: the
    /// editor's source from the sidecar, or the part of the seed it was read from.
    /// </summary>
    public ImmutableSortedDictionary<string, string> FactSources { get; init; } =
        ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>
    /// How many repairs of each kind the front matter lists, sorted by kind. The site reads them; the converter
    /// counts them from its list of repairs when it writes the front matter.
    /// </summary>
    public ImmutableArray<RepairCount> Repairs { get; init; } = [];

    /// <summary>The date a reader dates the document by: published, else written (null when neither is known).</summary>
    public DateOnly? Date => Published ?? Written;
}
