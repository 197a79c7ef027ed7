using System.Text.Json;
using LongTriangle.Publishing.Content;
using LongTriangle.Publishing.Rendering;
using LongTriangle.Publishing.Site;

namespace LongTriangle.Publishing.Data;

/// <summary>
/// The machine-readable form of the documents, at stable URLs:
/// <c>data/&lt;slug&gt;.json</c> (metadata and every clause with eId, heading path (the headings and clauses'
/// run-in headings containing it, outermost first), its own run-in heading if it has one, the text under each rendition's code
/// (zh: the authoritative Chinese; zh-hant: generated from it; en: when translated)
/// (outdated English included), the translation's status (translated | outdated | untranslated | omitted, with the
/// reason when omitted), SHA-256 of the Chinese text as in content/anchors.json, citations, old eIds that still
/// lead to it) and <c>data/index.json</c> (all documents). Both give each document's translation coverage.
/// </summary>
public static class DocumentData
{
    public const int FormatVersion = 1;

    /// <summary>A document's data file, in chunks (the caller disposes them): it is megabytes in a large library.</summary>
    public static PageBytes Document(SiteModel site, LocalisedDocument document, PageChunkPool chunks) => JsonOutput.Write(json =>
    {
        var doc = document.Document;
        json.WriteStartObject();
        json.WriteNumber("format", FormatVersion);
        WriteMetadata(json, site, document);
        json.WriteStartArray("clauses");
        for (var i = 0; i < doc.Clauses.Length; i++)
        {
            var clause = doc.Clauses[i];
            json.WriteStartObject();
            json.WriteString("eId", clause.Id.Value);
            json.WriteString("kind", clause.IsHeading ? "heading" : "paragraph");
            if (clause.IsHeading) json.WriteNumber("level", clause.Level);
            if (clause.Role.ClassName() is { } role) json.WriteString("role", role);
            json.WriteStartArray("headingPath");
            foreach (var heading in doc.HeadingPath(i))
            {
                json.WriteStartObject();
                json.WriteString("eId", heading.Id.Value);
                WriteRenditions(json, heading.RunIn ?? heading.Text, document.Translation.HeadingFor(heading));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            if (clause.RunIn is { } runIn)
            {
                json.WriteStartObject("runInHeading");
                WriteRenditions(json, runIn, document.Translation.HeadingFor(clause));
                json.WriteEndObject();
            }
            WriteRenditions(json, clause.Text, document.Translation.For(clause));
            json.WriteStartObject("translation");
            json.WriteString("status", document.StatusOf(clause).Name());
            if (document.StatusOf(clause) == TranslationStatus.Omitted)
                json.WriteString("reason", document.Translation.EntryFor(clause)!.Reason);
            json.WriteEndObject();
            json.WriteString("sha256", TextHash.Of(clause.Text));
            json.WriteStartObject("citation");
            foreach (var rendition in Renditions.All) json.WriteString(rendition.Code, document.CitationIn(clause, rendition));
            json.WriteEndObject();
            var aliases = document.AliasesOf(clause);
            if (aliases.Count > 0)
            {
                json.WriteStartArray("aliases");
                foreach (var alias in aliases) json.WriteStringValue(alias);
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }, chunks);

    public static byte[] Index(SiteModel site) => JsonOutput.Write(json =>
    {
        json.WriteStartObject();
        json.WriteNumber("format", FormatVersion);
        json.WriteStartArray("regions");
        foreach (var region in site.Content.Regions)
        {
            json.WriteStartObject();
            json.WriteString("id", region.Id);
            foreach (var rendition in Renditions.All) json.WriteString(rendition.Code, region.Name(rendition));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("documents");
        foreach (var document in site.Documents)
        {
            json.WriteStartObject();
            WriteMetadata(json, site, document);
            json.WriteNumber("clauses", document.Document.Clauses.Length);
            json.WriteString("data", site.Base.Absolute(SiteUrls.Data(document.Document)));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static void WriteMetadata(Utf8JsonWriter json, SiteModel site, LocalisedDocument document)
    {
        var doc = document.Document;
        var meta = doc.Metadata;
        json.WriteString("slug", meta.Slug);
        json.WriteString("region", meta.Region);
        json.WriteStartObject("title");
        WriteRenditions(json, meta.Title, document.TranslatedTitle);
        json.WriteEndObject();
        json.WriteStartObject("type");
        WriteRenditions(json, meta.Type, document.Translation.Type);
        json.WriteEndObject();
        json.StringOrSkip("issuer", meta.Issuer);
        json.StringOrSkip("written", ContentDates.Write(meta.Written));
        json.StringOrSkip("published", ContentDates.Write(meta.Published));
        json.StringOrSkip("number", meta.Number);
        json.StringOrSkip("official_url", meta.OfficialUrl);
        if (!meta.FactSources.IsEmpty)
        {
            json.WriteStartObject("sources");
            foreach (var (fact, where) in meta.FactSources) json.WriteString(fact, where);
            json.WriteEndObject();
        }
        json.WriteStartObject("source");
        json.WriteString("seed", meta.Source.Seed);
        json.WriteString("sha256", meta.Source.Sha256);
        json.StringOrSkip("website", meta.Source.Website);
        json.StringOrSkip("url", meta.Source.Url);
        json.StringOrSkip("copied", ContentDates.Write(meta.Source.Copied));
        json.WriteString("script", meta.Source.Script.Name());
        json.WriteEndObject();
        json.WriteStartObject("completeness");
        json.WriteString("status", meta.Completeness.Status);
        json.WriteStartArray("missing");
        foreach (var part in meta.Completeness.Missing) json.WriteStringValue(part);
        json.WriteEndArray();
        json.WriteEndObject();
        var coverage = document.Coverage;
        json.WriteStartObject("translation");
        json.WriteBoolean("complete", coverage.IsComplete);
        json.WriteNumber("clauses", coverage.Clauses);
        json.WriteNumber("translated", coverage.Translated);
        json.WriteNumber("outdated", coverage.Outdated);
        json.WriteNumber("omitted", coverage.Omitted);
        json.WriteNumber("untranslated", coverage.Untranslated);
        json.WriteNumber("characters", coverage.Characters);
        json.WriteNumber("translatedCharacters", coverage.TranslatedCharacters);
        json.WriteEndObject();
        json.WriteStartObject("urls");
        foreach (var rendition in Renditions.All) json.WriteString(rendition.Code, site.Base.Absolute(SiteUrls.Document(rendition, doc)));
        json.WriteEndObject();
    }

    /// <summary>
    /// A text under each rendition's code: the authoritative text, a converted rendition's conversion of it,
    /// and the translation when there is one (no key where there is none).
    /// </summary>
    private static void WriteRenditions(Utf8JsonWriter json, string authoritative, string? translated)
    {
        foreach (var rendition in Renditions.All)
        {
            if (rendition.IsTranslated) json.StringOrSkip(rendition.Code, translated);
            else json.WriteString(rendition.Code, rendition.FromAuthoritative(authoritative));
        }
    }
}
