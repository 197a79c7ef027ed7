using LongTriangle.Publishing.Citations;
using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Site;

/// <summary>
/// A document with its translation and region: the text of its title and clauses in either language,
/// falling back to the Chinese (marked as such) where the English is missing, and its citations.
/// </summary>
/// <param name="IssuerEn">The issuer's English name for citations (short forms) from the glossary, or null when not known.</param>
/// <param name="IssuerOfficialEn">The issuing bodies' full official English names from the glossary, or null when not known.</param>
public sealed record LocalisedDocument(PolicyDocument Document, Translation Translation, Region Region, AliasMap Aliases, string? IssuerEn = null, string? IssuerOfficialEn = null)
{
    public string Slug => Document.Slug;

    /// <summary>The English title: the translation's, else the sidecar's (front matter title_en), else none.</summary>
    public string? EnglishTitle =>
        Translation.Title is { Length: > 0 } title ? title
        : Document.Metadata.TitleEn is { Length: > 0 } sidecar ? sidecar
        : null;

    public string TitleEn => EnglishTitle ?? Document.Metadata.Title;

    /// <summary>The text in <paramref name="language"/>, or the Chinese with its language tag when there is no English.</summary>
    public LocalisedText Title(Language language) =>
        language == Language.Zh || EnglishTitle is not { } english
            ? new LocalisedText(Document.Metadata.Title, Language.Zh, language != Language.Zh)
            : new LocalisedText(english, Language.En, false);

    /// <summary>Who issued it: the English names on English pages when the glossary knows every body, else the Chinese; null when not stated.</summary>
    public LocalisedText? Issuer(Language language) =>
        Document.Metadata.Issuer is not { } issuer ? null
        : language == Language.Zh || IssuerOfficialEn is null ? new LocalisedText(issuer, Language.Zh, language != Language.Zh)
        : new LocalisedText(IssuerOfficialEn, Language.En, false);

    /// <summary>A missing part as the front matter describes it, in English where the translation gives it.</summary>
    public LocalisedText MissingPart(string chinese, Language language) =>
        language != Language.Zh && Translation.Missing.TryGetValue(chinese, out var english)
            ? new LocalisedText(english, Language.En, false)
            : new LocalisedText(chinese, Language.Zh, language != Language.Zh);

    public LocalisedText Type(Language language) =>
        language == Language.Zh || Translation.Type is not { Length: > 0 }
            ? new LocalisedText(Document.Metadata.Type, Language.Zh, language != Language.Zh)
            : new LocalisedText(Translation.Type, Language.En, false);

    public LocalisedText Text(Clause clause, Language language)
    {
        var text = language == Language.Zh || Translation.For(clause) is not { } english
            ? new LocalisedText(clause.Text, Language.Zh, language != Language.Zh)
            : new LocalisedText(english, Language.En, false);
        // A heading the source lost is only its number ("二、"); every place that shows it (body,
        // outlines, search paths) says so instead of showing a bare number.
        return clause.IsLostHeading
            ? text with { Text = text.Text + FrameFactory.StringsFor(text.Language).HeadingMissing }
            : text;
    }

    /// <summary>The words the outline shows for an entry: a heading's text, or a clause's run-in heading.</summary>
    public LocalisedText OutlineText(Clause clause, Language language)
    {
        if (clause.IsHeading) return Text(clause, language);
        return language == Language.Zh || Translation.HeadingFor(clause) is not { } english
            ? new LocalisedText(clause.RunIn ?? clause.Text, Language.Zh, language != Language.Zh)
            : new LocalisedText(english, Language.En, false);
    }

    public Citation Cite(Clause clause) => CitationFormatter.Cite(clause.Id, Document.Metadata.Title, TitleEn, IssuerEn, Date);

    /// <summary>How much of the document has English.</summary>
    public Translations.TranslationCoverage Coverage { get; } = Translations.TranslationCoverage.Of(Document, Translation);

    /// <summary>The status of the English of a clause's text (for a heading, of the heading).</summary>
    public TranslationStatus StatusOf(Clause clause) => Translation.StatusOf(clause);

    /// <summary>What a reader of the English is told about a clause's English, or null when it is current.</summary>
    public string? StatusNote(Clause clause, Theme.Strings.UiStrings strings) => StatusOf(clause) switch
    {
        TranslationStatus.Outdated => strings.TranslationOutdated,
        TranslationStatus.Untranslated => strings.NotYetTranslated,
        TranslationStatus.Omitted => strings.NotTranslatedBecause(Translation.EntryFor(clause)!.Reason!),
        _ => null,
    };

    public IReadOnlyList<string> AliasesOf(Clause clause) => Aliases.OldIdsOf(Slug, clause.Id.Value);

    /// <summary>The date shown in lists: publication, else writing, else none.</summary>
    public string? Date => Document.Metadata.Published ?? Document.Metadata.Written;
}

/// <summary>A text and the language it is actually in; <paramref name="IsFallback"/> when it stands in for a missing translation.</summary>
public sealed record LocalisedText(string Text, Language Language, bool IsFallback)
{
    /// <summary>The lang attribute the text needs on a page in <paramref name="pageLanguage"/>, or null when it matches.</summary>
    public string? LangOn(Language pageLanguage) => Language == pageLanguage ? null : Language.Tag();
}
