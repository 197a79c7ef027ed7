using System.Collections.Immutable;

namespace LongTriangle.Publishing.Content;

/// <summary>Everything read from <c>content/</c>: the regions, the documents, their translations, the aliases.</summary>
/// <param name="Documents">In site order: by region (site.yml order), then by date, then by slug.</param>
/// <param name="Translations">English per slug; a document without a file has an empty translation.</param>
/// <param name="OrphanTranslations">English files whose Chinese document does not exist (a check problem).</param>
/// <param name="Glossary">content/glossary.yml; empty when the file does not exist.</param>
public sealed record SiteContent(
    string Directory,
    ImmutableArray<Region> Regions,
    ImmutableArray<PolicyDocument> Documents,
    ImmutableSortedDictionary<string, Translation> Translations,
    AliasMap Aliases,
    ImmutableArray<string> OrphanTranslations,
    Glossary Glossary)
{
    /// <summary>The address the site is published at, from site.yml's <c>base-url:</c>; null when not given.</summary>
    public Site.SiteBase? Base { get; init; }

    public Translation TranslationOf(PolicyDocument document) => Translations[document.Slug];

    public Region RegionOf(PolicyDocument document) => Regions.First(r => r.Id == document.RegionId);
}
