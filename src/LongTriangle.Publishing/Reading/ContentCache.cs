using LongTriangle.Content.Markdown;
using LongTriangle.Inputs;
using LongTriangle.Publishing.Build;
using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Reading;

/// <summary>
/// What earlier builds read of a content folder, through the build cache (<see cref="CachedFileReader{T}"/>): the
/// documents' Markdown, their provenance and their translations, the files that are nearly all of a library. A
/// rebuild parses only the files that changed, and reads only those whose stamps changed.
/// <para>A document is kept as its Markdown reads (<see cref="ContentDocument"/>), before its provenance is joined and
/// before the checks that depend on other files (the region listed in site.yml, the folder, the slug unique): so
/// its entry depends on its own bytes alone, and those checks run on every build.</para>
/// </summary>
public sealed class ContentCache(BuildCache cache)
{
    public ProvenanceCache Provenances { get; } = new(cache);

    internal CachedFileReader<ContentDocument> Documents { get; } = new(
        cache, CacheArea.Documents, PolicyDocumentReader.What, DocumentLimits.MaximumMarkdownBytes,
        PolicyDocumentReader.Parse, PackedDocument.Pack, PackedDocument.Unpack);

    internal CachedFileReader<Translation> Translations { get; } = new(
        cache, CacheArea.Translations, TranslationReader.What, YamlLimits.Document.MaximumBytes,
        TranslationReader.Read, PackedTranslation.Pack, PackedTranslation.Unpack);

    /// <summary>What the read line says of the cache: how many files of each kind came from it, and how many of those
    /// were not read at all.</summary>
    public string Describe()
    {
        var (documents, translations, provenances) = (Documents, Translations, Provenances);
        var unread = documents.Unread + translations.Unread + provenances.Unread;
        return $"({SiteBuild.Count(documents.Hits, "document")}, {SiteBuild.Count(translations.Hits, "translation")} and "
            + $"{SiteBuild.Count(provenances.Hits, "provenance file")} from the cache)"
            + (unread > 0 ? $", {SiteBuild.Number(unread)} of them not read: their stamps unchanged" : "");
    }
}
