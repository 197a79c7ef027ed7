namespace LongTriangle.Conversion.Model;

/// <summary>
/// The front matter of a converted document: identity (slug, region), the official title and type, what is
/// known of issuer and dates (never invented: null when unknown), source, completeness and flags.
/// </summary>
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
    public System.Collections.Immutable.ImmutableSortedDictionary<string, string> FactSources { get; init; } =
        System.Collections.Immutable.ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);
}
