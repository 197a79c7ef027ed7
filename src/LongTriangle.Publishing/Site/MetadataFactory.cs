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
    public static MetadataView Create(SiteModel site, LocalisedDocument document, Rendition language)
    {
        var strings = language.Strings;
        var meta = document.Document.Metadata;
        // The issuer and number are the document's own words: as the rendition writes them, or in the authoritative text.
        string? AuthoritativeTag() => language.IsTranslated ? Renditions.Authoritative.Tag : null;
        string? Own(string? value) => value is null ? null : LocalisedDocument.In(language, value, null).Text;

        var type = document.Type(language);
        var facts = new List<MetadataItem> { new(strings.Type, type.Text, null, type.LangOn(language), SearchFilters.TypeOf(document)) };
        // Every fact a reader looks for has its row: what is not known says so rather than disappearing.
        MetadataItem Stated(string label, string? value, string? lang = null, string? href = null) =>
            value is null ? new MetadataItem(label, strings.NotStated, Lang: null) : new MetadataItem(label, value, href, lang);
        var issuer = document.Issuer(language);
        facts.Add(Stated(strings.Issuer, issuer?.Text, issuer?.LangOn(language)));
        facts.Add(Stated(strings.Written, meta.Written is { } written ? strings.Date(ContentDates.Write(written)) : null));
        facts.Add(Stated(strings.Published, meta.Published is { } published ? strings.Date(ContentDates.Write(published)) : null));
        facts.Add(Stated(strings.Number, Own(meta.Number), AuthoritativeTag()));
        facts.Add(meta.OfficialUrl is { } official && IsWebAddress(official)
            ? new MetadataItem(strings.OfficialText, official, official)
            : new MetadataItem(strings.OfficialText, strings.NotStated));
        facts.Add(new MetadataItem(strings.Region, document.Region.Name(language), SearchFilter: SearchFilters.RegionOf(document)));
        facts.Add(SourceItem(meta.Source, language));

        var summary = new List<string>();
        if (strings.ConvertedFromScript(meta.Source.Script.Name()) is { Length: > 0 } converted) summary.Add(converted);
        if (meta.Flags.RestoredFromSpunCopy) summary.Add(strings.RestoredFromSpunCopy);
        if (meta.Flags.LostCharacters > 0) summary.Add(strings.LostCharacters(meta.Flags.LostCharacters));
        if (meta.Flags.MissingHeadings > 0) summary.Add(strings.MissingHeadings(meta.Flags.MissingHeadings));
        var total = meta.Repairs.Sum(r => r.Count);
        summary.Add(total > 0 ? strings.RepairsMade(total) : strings.NoRepairs);

        return new MetadataView(
            facts,
            CoverageFactory.CompletenessLabel(document, language),
            !meta.Completeness.IsFull,
            [.. meta.Completeness.Missing.Select(part => document.MissingPart(part, language)).Select(part => new MetadataItem("", part.Text, Lang: part.LangOn(language)))],
            summary,
            [.. meta.Repairs.Select(r => new MetadataItem(strings.RepairLabel(r.Kind), r.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)))],
            document.Document.Provenance is null ? null : site.Frames.Href(SiteUrls.Provenance(language, document.Document)),
            site.Frames.Href(SiteUrls.Data(document.Document)),
            CoverageFactory.Create(document, language))
        {
            SeedFile = $"{meta.Source.Seed} · SHA-256 {meta.Source.Sha256}",
            // The editor's notes of where each fact was established quote Chinese sources: a converted rendition converts them like its text.
            FactSources = [.. meta.FactSources.Select(f => new MetadataItem(FactLabel(f.Key, strings), language.FromAuthoritative(f.Value)))],
        };
    }

    /// <summary>
    /// The copy the text was taken from, as a reader knows it: the website or newspaper, linked to the
    /// page when its address is known, with the date of the copy. A website's Chinese name is written as the
    /// rendition writes its Chinese (converted on a converted rendition, the authoritative text's on a translation's page).
    /// </summary>
    private static MetadataItem SourceItem(DocumentSource source, Rendition language)
    {
        var strings = language.Strings;
        var url = source.Url is { } u && IsWebAddress(u) ? u : null;
        var website = source.Website is { } named ? LocalisedDocument.In(language, named, null) : null;
        var name = website?.Text ?? (url is null ? null : new Uri(url).Host);
        if (name is null) return new MetadataItem(strings.Source, strings.NotStated);
        var value = source.Copied is { } copied ? name + strings.CopiedOn(strings.Date(ContentDates.Write(copied))) : name;
        return new MetadataItem(strings.Source, value, url, website?.LangOn(language));
    }

    private static string FactLabel(string fact, LongTriangle.Theme.Strings.UiStrings strings) => fact switch
    {
        "issuer" => strings.Issuer,
        "written" => strings.Written,
        "published" => strings.Published,
        "number" => strings.Number,
        "official_url" => strings.OfficialText,
        _ => fact,
    };

    /// <summary>Only http(s) addresses become links: a source URL is data and must not become a javascript: link.</summary>
    private static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
