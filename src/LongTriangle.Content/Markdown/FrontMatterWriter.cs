using LongTriangle.Content.Yaml;

namespace LongTriangle.Content.Markdown;

/// <summary>Writes a document's front matter in the order and shape of docs/content-format.md; <see cref="FrontMatterReader"/> reads it back.</summary>
public static class FrontMatterWriter
{
    public static string Write(DocumentMetadata metadata)
    {
        var yaml = new YamlText()
            .Field("slug", metadata.Slug)
            .Field("region", metadata.Region)
            .Field("title", metadata.Title)
            .OptionalField("title_en", metadata.TitleEn)
            .Field("type", metadata.Type)
            .OptionalField("issuer", metadata.Issuer)
            .OptionalField("written", Date(metadata.Written))
            .OptionalField("published", Date(metadata.Published))
            .OptionalField("number", metadata.Number)
            .OptionalField("official_url", metadata.OfficialUrl);

        if (!metadata.FactSources.IsEmpty)
        {
            yaml.StartMapping("sources");
            foreach (var (fact, where) in metadata.FactSources) yaml.Field(fact, where);
            yaml.EndMapping();
        }

        var source = metadata.Source;
        yaml.StartMapping("source")
            .Field("seed", source.Seed)
            .Field("sha256", source.Sha256)
            .OptionalField("website", source.Website)
            .OptionalField("url", source.Url)
            .OptionalField("copied", Date(source.Copied))
            .Field("script", source.Script.Name())
            .EndMapping();

        yaml.StartMapping("completeness").Field("status", metadata.Completeness.Status);
        if (!metadata.Completeness.Missing.IsEmpty)
        {
            yaml.StartList("missing", flow: true);
            foreach (var missing in metadata.Completeness.Missing) yaml.String(missing);
            yaml.EndList();
        }
        yaml.EndMapping();

        yaml.StartMapping("flags")
            .Field("restored_from_spun_copy", metadata.Flags.RestoredFromSpunCopy)
            .Field("lost_characters", metadata.Flags.LostCharacters)
            .Field("missing_headings", metadata.Flags.MissingHeadings)
            .EndMapping();

        if (!metadata.Repairs.IsEmpty)
        {
            yaml.StartMapping("repairs");
            foreach (var count in metadata.Repairs) yaml.Field(count.Kind.WireName(), count.Count);
            yaml.EndMapping();
        }

        return "---\n" + yaml.Finish() + "---\n";
    }

    private static string? Date(DateOnly? date) => ContentDates.Write(date);
}
