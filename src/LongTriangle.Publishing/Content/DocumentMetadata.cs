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
    ImmutableArray<RepairCount> Repairs);

/// <summary>Where the text came from: the seed file and, when known, the website and URL.</summary>
/// <param name="Script">simplified | traditional | traditional-taiwan | mixed</param>
public sealed record DocumentSource(string Seed, string Sha256, string? Website, string? Url, string Script);

/// <param name="Status">full | partial</param>
/// <param name="Missing">Human descriptions of what is missing, empty when full.</param>
public sealed record Completeness(string Status, ImmutableArray<string> Missing)
{
    public bool IsFull => Status == "full";
}

public sealed record DocumentFlags(bool RestoredFromSpunCopy, int LostCharacters, int MissingHeadings);

/// <summary>How many repairs of one kind the converter made.</summary>
public sealed record RepairCount(string Kind, int Count);
