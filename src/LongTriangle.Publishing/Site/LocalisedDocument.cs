using LongTriangle.Publishing.Citations;
using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Site;

/// <summary>
/// A document with its translation and region: the text of its title and clauses in every rendition,
/// falling back to the authoritative text (marked as such) where the translation is missing, and its citations.
/// </summary>
/// <param name="TranslatedIssuerCited">The issuer as the translation's citations name it (short forms, from the glossary), or null when not known.</param>
/// <param name="TranslatedIssuer">The issuing bodies' full official names in the translation (from the glossary), or null when not known.</param>
public sealed record LocalisedDocument(PolicyDocument Document, Translation Translation, Region Region, AliasMap Aliases, string? TranslatedIssuerCited = null, string? TranslatedIssuer = null)
{
    public string Slug => Document.Slug;

    /// <summary>The title in the translation: the translation's, else the sidecar's (front matter title_en), else none.</summary>
    public string? TranslatedTitle =>
        Translation.Title is { Length: > 0 } title ? title
        : Document.Metadata.TitleEn is { Length: > 0 } sidecar ? sidecar
        : null;

    /// <summary>
    /// A text in <paramref name="rendition"/>: a translation's own words where it has them, else the
    /// authoritative text (as it is, or converted for a converted rendition). Where a translated rendition
    /// has no words the authoritative text stands in, tagged with its language and marked as a fallback.
    /// </summary>
    public static LocalisedText In(Rendition rendition, string authoritative, string? translated) =>
        !rendition.IsTranslated ? new LocalisedText(rendition.FromAuthoritative(authoritative), rendition, false)
        : translated is { Length: > 0 } ? new LocalisedText(translated, rendition, false)
        : new LocalisedText(authoritative, Renditions.Authoritative, true);

    public LocalisedText Title(Rendition rendition) => In(rendition, Document.Metadata.Title, TranslatedTitle);

    /// <summary>Who issued it: a translation's names when the glossary knows every body, else the authoritative names (as the rendition writes them); null when not stated.</summary>
    public LocalisedText? Issuer(Rendition rendition) =>
        Document.Metadata.Issuer is { } issuer ? In(rendition, issuer, TranslatedIssuer) : null;

    /// <summary>A missing part as the front matter describes it, in a translation's words where the translation gives them.</summary>
    public LocalisedText MissingPart(string chinese, Rendition rendition) =>
        In(rendition, chinese, Translation.Missing.TryGetValue(chinese, out var translated) ? translated : null);

    public LocalisedText Type(Rendition rendition) => In(rendition, Document.Metadata.Type, Translation.Type);

    public LocalisedText Text(Clause clause, Rendition rendition)
    {
        var text = In(rendition, clause.Text, Translation.For(clause));
        // A heading the source lost is only its number ("二、"); every place that shows it (body,
        // outlines, search paths) says so instead of showing a bare number.
        return clause.IsLostHeading
            ? text with { Text = text.Text + text.Language.Strings.HeadingMissing }
            : text;
    }

    /// <summary>The words the outline shows for an entry: a heading's text, or a clause's run-in heading.</summary>
    public LocalisedText OutlineText(Clause clause, Rendition rendition) =>
        clause.IsHeading ? Text(clause, rendition) : In(rendition, clause.RunIn ?? clause.Text, Translation.HeadingFor(clause));

    /// <summary>The clause's citation as a reader of <paramref name="rendition"/> copies it; a generated rendition says so.</summary>
    public string CitationIn(Clause clause, Rendition rendition) =>
        rendition.Cite(clause.Id, new CitedDocument(Document.Metadata.Title), new CitedDocument(Title(Renditions.Translation).Text, TranslatedIssuerCited, Date))
        + rendition.Strings.GeneratedRenditionNote;

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

    /// <summary>Where the text this clause's eId named before is now, when content/aliases.yml records the eId as reused.</summary>
    public ReusedId? ReusedOf(Clause clause) => Aliases.ReusedIn(Slug).GetValueOrDefault(clause.Id.Value);

    /// <summary>The date shown in lists: publication, else writing, else none.</summary>
    public string? Date => ContentDates.Write(Document.Metadata.Date);
}

/// <summary>A text and the rendition it is actually in; <paramref name="IsFallback"/> when it stands in for a missing translation.</summary>
public sealed record LocalisedText(string Text, Rendition Language, bool IsFallback)
{
    /// <summary>The lang attribute the text needs on a page in <paramref name="pageLanguage"/>, or null when it matches.</summary>
    public string? LangOn(Rendition pageLanguage) => Language == pageLanguage ? null : Language.Tag;
}
