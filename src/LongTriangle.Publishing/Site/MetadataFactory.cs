using LongTriangle.Publishing.Content;
using LongTriangle.Publishing.Search;
using LongTriangle.Theme.Models;

namespace LongTriangle.Publishing.Site;

/// <summary>
/// The metadata block of a document page, including the short provenance summary ("converted from
/// Traditional", "3 characters lost in the source") derived from the front matter.
/// </summary>
public static class MetadataFactory
{
    public static MetadataView Create(SiteModel site, LocalisedDocument document, Language language)
    {
        var strings = FrameFactory.StringsFor(language);
        var meta = document.Document.Metadata;
        string? Zh() => language == Language.Zh ? null : Language.Zh.Tag();

        var type = document.Type(language);
        var facts = new List<MetadataItem> { new(strings.Type, type.Text, null, type.LangOn(language), SearchFilters.TypeOf(document)) };
        if (meta.Issuer is { } issuer) facts.Add(new MetadataItem(strings.Issuer, issuer, null, Zh()));
        if (meta.Written is { } written) facts.Add(new MetadataItem(strings.Written, strings.Date(written)));
        if (meta.Published is { } published) facts.Add(new MetadataItem(strings.Published, strings.Date(published)));
        if (meta.Number is { } number) facts.Add(new MetadataItem(strings.Number, number, null, Zh()));
        facts.Add(new MetadataItem(strings.Region, document.Region.Name(language), SearchFilter: SearchFilters.RegionOf(document)));
        if (meta.Source.Url is { } url && IsWebAddress(url))
            facts.Add(new MetadataItem(strings.Source, meta.Source.Website ?? url, url, meta.Source.Website is null ? null : Zh()));
        else if (meta.Source.Website is { } website)
            facts.Add(new MetadataItem(strings.Source, website, null, Zh()));
        facts.Add(new MetadataItem(strings.SourceFile, meta.Source.Seed));

        var summary = new List<string>();
        if (strings.ConvertedFromScript(meta.Source.Script) is { Length: > 0 } converted) summary.Add(converted);
        if (meta.Flags.RestoredFromSpunCopy) summary.Add(strings.RestoredFromSpunCopy);
        if (meta.Flags.LostCharacters > 0) summary.Add(strings.LostCharacters(meta.Flags.LostCharacters));
        if (meta.Flags.MissingHeadings > 0) summary.Add(strings.MissingHeadings(meta.Flags.MissingHeadings));
        var total = meta.Repairs.Sum(r => r.Count);
        summary.Add(total > 0 ? strings.RepairsMade(total) : strings.NoRepairs);

        return new MetadataView(
            facts,
            CoverageFactory.CompletenessLabel(document, language),
            !meta.Completeness.IsFull,
            meta.Completeness.Missing,
            summary,
            [.. meta.Repairs.Select(r => new MetadataItem(strings.RepairKind(r.Kind), r.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)))],
            document.Document.Provenance is null ? null : site.Frames.Href(SiteUrls.Provenance(language, document.Document)),
            site.Frames.Href(SiteUrls.Data(document.Document)),
            CoverageFactory.Create(document, language));
    }

    /// <summary>Only http(s) addresses become links: a source URL is data and must not become a javascript: link.</summary>
    private static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
