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
    DocumentFlags Flags);
