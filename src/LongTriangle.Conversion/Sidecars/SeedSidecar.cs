using System.Collections.Immutable;

namespace LongTriangle.Conversion.Sidecars;

/// <summary>
/// What a careful editor knows about a seed that the seed does not say, from <c>seeds/&lt;seed-file&gt;.yml</c>.
/// Every field is optional; what is absent is derived from the text or left unknown — never invented.
/// </summary>
public sealed record SeedSidecar(
    string File,
    string? Region,
    string? Slug,
    string? Title,
    string? TitleEn,
    string? Type,
    string? Issuer,
    DateOnly? Written,
    DateOnly? Published,
    string? Number,
    string? SourceUrl,
    ImmutableArray<Erratum> Errata,
    ImmutableArray<string> Missing)
{
    /// <summary>The sidecar of a seed that has none.</summary>
    public static SeedSidecar None(string file) => new(file, null, null, null, null, null, null, null, null, null, null, [], []);

    /// <summary>The website or newspaper the seed was copied from, as a reader knows it (人民日报, 中国网地产).</summary>
    public string? SourceName { get; init; }

    /// <summary>When the copy the seed was taken from was published or retrieved.</summary>
    public DateOnly? SourceDate { get; init; }

    /// <summary>Where the issuing authority (or its official news agency) published the document.</summary>
    public string? OfficialUrl { get; init; }

    /// <summary>For each fact the sidecar states (issuer, dates, number, official URL), where the editor found it.</summary>
    public ImmutableSortedDictionary<string, string> FactSources { get; init; } = ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>The line of each key in the file, for errors found after reading (slug clashes, errata that match nothing).</summary>
    public ImmutableDictionary<string, int> KeyLines { get; init; } = ImmutableDictionary<string, int>.Empty;

    /// <summary>Headings the source lost that the editor restored from the official document, in document order.</summary>
    public ImmutableArray<RestoredHeading> RestoredHeadings { get; init; } = [];
}
