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
    string CompletenessLabel,
    TranslationCoverageView? Coverage = null);

/// <summary>How much of a document has current English, as a sentence and as numbers for scripts and tests.</summary>
public sealed record TranslationCoverageView(string Label, string Text, int Translated, int Clauses, int PercentOfCharacters, bool IsComplete);
