using LongTriangle.Publishing.Content;
using LongTriangle.Theme.Models;

namespace LongTriangle.Publishing.Site;

/// <summary>
/// What a list or a document page says about completeness: the Chinese text's completeness, and how much
/// of it has English. An English page never says "Full text" of a document whose English is not complete.
/// </summary>
public static class CoverageFactory
{
    public static TranslationCoverageView Create(LocalisedDocument document, Rendition language)
    {
        var strings = language.Strings;
        var coverage = document.Coverage;
        return new TranslationCoverageView(
            strings.EnglishTranslation,
            strings.TranslationCoverage(coverage.Translated, coverage.Clauses, coverage.PercentOfCharacters, coverage.Outdated),
            coverage.Translated,
            coverage.Clauses,
            coverage.PercentOfCharacters,
            coverage.IsComplete);
    }

    /// <summary>The completeness label: on an English page a complete Chinese text with incomplete English is said to be so.</summary>
    public static string CompletenessLabel(LocalisedDocument document, Rendition language)
    {
        var strings = language.Strings;
        if (!document.Document.Metadata.Completeness.IsFull) return strings.Incomplete;
        return language.IsTranslated && !document.Coverage.IsComplete ? strings.CompleteInChineseOnly : strings.Complete;
    }
}
