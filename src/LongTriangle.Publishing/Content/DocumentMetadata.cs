using System.Collections.Immutable;

namespace LongTriangle.Publishing.Content;

/// <summary>The front matter of a converted document (see docs/content-format.md).</summary>
/// <param name="TitleEn">The English title the seed's sidecar gives, if any; content/en's title wins.</param>
public sealed record DocumentMetadata(
    string Slug,
    string Region,
    string Title,
    string? TitleEn,
    string Type,
    string? Issuer,
    string? Written,
    string? Published,
    string? Number,
    DocumentSource Source,
    Completeness Completeness,
    DocumentFlags Flags,
    ImmutableArray<RepairCount> Repairs)
{
    /// <summary>Where the issuing authority (or its official news agency) published the document, when known.</summary>
    public string? OfficialUrl { get; init; }

    /// <summary>Where each known fact (issuer, written, published, number, official_url) was found, keyed by fact.</summary>
    public ImmutableArray<KeyValuePair<string, string>> FactSources { get; init; } = [];
}

/// <summary>
/// Where the text came from: the website or newspaper (<paramref name="Website"/>) with its address and the
/// date of the copy when known; the seed file and its hash for the provenance detail.
/// </summary>
/// <param name="Script">simplified | traditional | traditional-taiwan | mixed</param>
public sealed record DocumentSource(string Seed, string Sha256, string? Website, string? Url, string Script)
{
    /// <summary>YYYY-MM-DD: when the copy was published or retrieved, when known.</summary>
    public string? Copied { get; init; }
}

/// <param name="Status">full | partial</param>
/// <param name="Missing">Human descriptions of what is missing, empty when full.</param>
public sealed record Completeness(string Status, ImmutableArray<string> Missing)
{
    public bool IsFull => Status == "full";
}

public sealed record DocumentFlags(bool RestoredFromSpunCopy, int LostCharacters, int MissingHeadings);

/// <summary>How many repairs of one kind the converter made.</summary>
public sealed record RepairCount(string Kind, int Count);
