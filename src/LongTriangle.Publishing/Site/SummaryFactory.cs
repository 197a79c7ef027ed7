using LongTriangle.Publishing.Content;
using LongTriangle.Theme.Models;

namespace LongTriangle.Publishing.Site;

/// <summary>A document as it is listed on home and region pages: title, type, issuer, date, completeness.</summary>
public static class SummaryFactory
{
    public static DocumentSummary Create(LocalisedDocument document, Rendition language, FrameFactory frames)
    {
        var strings = language.Strings;
        var title = document.Title(language);
        var type = document.Type(language);
        var facts = new List<MetadataItem> { new(strings.Type, type.Text, null, type.LangOn(language)) };
        if (document.Issuer(language) is { } issuer)
            facts.Add(new MetadataItem(strings.Issuer, issuer.Text, null, issuer.LangOn(language)));
        if (document.Date is { } date)
            facts.Add(new MetadataItem(document.Document.Metadata.Published is null ? strings.Written : strings.Published, strings.Date(date)));
        var completeness = document.Document.Metadata.Completeness;
        return new DocumentSummary(
            title.Text,
            title.LangOn(language),
            frames.Href(SiteUrls.Document(language, document.Document)),
            frames.Href(SiteUrls.Parallel(language, document.Document)),
            facts,
            !completeness.IsFull,
            CoverageFactory.CompletenessLabel(document, language),
            CoverageFactory.Create(document, language));
    }
}
