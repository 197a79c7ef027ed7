namespace LongTriangle.Theme.Models;

/// <summary>A document as listed on the home and region pages.</summary>
/// <param name="TitleLang">Set when the title is not in the page's language (an English page without a translated title).</param>
/// <param name="ParallelHref">The side-by-side view; the script sends readers there when they chose it.</param>
public sealed record DocumentSummary(
    string Title,
    string? TitleLang,
    string Href,
    string ParallelHref,
    IReadOnlyList<MetadataItem> Facts,
    bool IsPartial,
    string CompletenessLabel);
