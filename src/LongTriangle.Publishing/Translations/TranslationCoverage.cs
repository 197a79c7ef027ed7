using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Translations;

/// <summary>
/// How much of a document has English: its headings and clauses (a paragraph counts once; its run-in
/// heading is part of it) by status, and the share of the Chinese characters whose English is current.
/// </summary>
public sealed record TranslationCoverage(int Clauses, int Translated, int Outdated, int Omitted, int Characters, int TranslatedCharacters)
{
    public int Untranslated => Clauses - Translated - Outdated - Omitted;

    /// <summary>Every heading and clause has current English, or a reason why not: only then is the English the full text.</summary>
    public bool IsComplete => Translated + Omitted == Clauses;

    /// <summary>The share of the Chinese text (by characters) with current English, rounded down: 100 only when all of it is.</summary>
    public int PercentOfCharacters => Characters == 0 ? 100 : (int)(100L * TranslatedCharacters / Characters);

    public static TranslationCoverage Of(PolicyDocument document, Translation translation)
    {
        int clauses = 0, translated = 0, outdated = 0, omitted = 0, characters = 0, translatedCharacters = 0;
        foreach (var clause in document.Clauses)
        {
            var length = clause.Text.Count(c => !char.IsWhiteSpace(c));
            clauses++;
            characters += length;
            switch (translation.StatusOf(clause))
            {
                case TranslationStatus.Translated:
                    translated++;
                    translatedCharacters += length;
                    break;
                case TranslationStatus.Outdated:
                    outdated++;
                    break;
                case TranslationStatus.Omitted:
                    omitted++;
                    break;
            }
        }
        return new TranslationCoverage(clauses, translated, outdated, omitted, characters, translatedCharacters);
    }
}
