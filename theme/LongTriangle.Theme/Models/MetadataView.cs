namespace LongTriangle.Theme.Models;

/// <summary>
/// The metadata block of a document page: facts, completeness, and a short provenance summary with the
/// repair counts one click away and a link to the full provenance page.
/// </summary>
/// <param name="Missing">The parts the source lacks, each with its language (Chinese where no English is given).</param>
public sealed record MetadataView(
    IReadOnlyList<MetadataItem> Facts,
    string CompletenessLabel,
    bool IsPartial,
    IReadOnlyList<MetadataItem> Missing,
    IReadOnlyList<string> ProvenanceSummary,
    IReadOnlyList<MetadataItem> RepairCounts,
    string? ProvenanceHref,
    string DataHref,
    TranslationCoverageView? Coverage = null)
{
    /// <summary>The seed file and its hash, for the provenance detail.</summary>
    public string SeedFile { get; init; } = "";

    /// <summary>Where each fact of the page was found: the fact's label and its source.</summary>
    public IReadOnlyList<MetadataItem> FactSources { get; init; } = [];
}
