using System.Collections.Immutable;
using LongTriangle.Content.Yaml;
using LongTriangle.Inputs;

namespace LongTriangle.Content.Markdown;

/// <summary>
/// Reads front matter (what <see cref="FrontMatterWriter"/> writes) into <see cref="DocumentMetadata"/>; a value the
/// format does not name is refused with the file, line and key.
/// </summary>
public static class FrontMatterReader
{
    public static DocumentMetadata Read(YamlMap map)
    {
        var slug = map.Required("slug");
        if (!ContentPatterns.IsSlug(slug))
            throw new InputException(map.File, map.Line, $"a slug is lower-case letters, digits and hyphens, not '{slug}'", "slug");

        var source = map.Map("source") ?? throw new InputException(map.File, map.Line, "a value is required", "source");
        var completeness = map.Map("completeness");
        var flags = map.Map("flags");
        var repairs = map.Map("repairs");
        var sources = map.Map("sources");

        return new DocumentMetadata(
            slug,
            map.Required("region"),
            map.Required("title"),
            map.Optional("title_en"),
            map.Required("type"),
            map.Optional("issuer"),
            Date(map, "written"),
            Date(map, "published"),
            map.Optional("number"),
            new DocumentSource(
                source.Required("seed"),
                source.Optional("sha256") ?? "",
                source.Optional("website"),
                source.Optional("url"),
                Script(source))
            {
                Copied = Date(source, "copied"),
            },
            new Completeness(
                Status(completeness),
                [.. completeness?.Strings("missing") ?? []]),
            new DocumentFlags(
                flags?.Bool("restored_from_spun_copy", false) ?? false,
                flags?.Int("lost_characters", 0) ?? 0,
                flags?.Int("missing_headings", 0) ?? 0))
        {
            OfficialUrl = map.Optional("official_url"),
            FactSources = (sources?.Entries ?? []).ToImmutableSortedDictionary(p => p.Key, p => sources!.Optional(p.Key) ?? "", StringComparer.Ordinal),
            Repairs = [.. (repairs?.Entries ?? [])
                .Select(p => new RepairCount(RepairKinds.Parse(p.Key, repairs!.File, repairs.LineOf(p.Value), "repairs"), repairs.Int(p.Key, 0)))
                .OrderBy(r => r.Kind.WireName(), StringComparer.Ordinal)],
        };
    }

    private static DateOnly? Date(YamlMap map, string key)
    {
        var value = map.Optional(key);
        if (value is null) return null;
        return ContentDates.Read(value)
            ?? throw new InputException(map.File, map.LineOf(map.Find(key)!), $"a date is written YYYY-MM-DD, not '{value}'", key);
    }

    private static SourceScript Script(YamlMap source)
    {
        var value = source.Optional("script");
        if (value is null) return SourceScript.Simplified;
        return SourceScripts.Read(value)
            ?? throw new InputException(source.File, source.LineOf(source.Find("script")!), $"the script is simplified, traditional, traditional-taiwan or mixed, not '{value}'", "script");
    }

    private static bool Status(YamlMap? completeness)
    {
        var value = completeness?.Optional("status");
        return value switch
        {
            null or Completeness.FullStatus => true,
            Completeness.PartialStatus => false,
            _ => throw new InputException(completeness!.File, completeness.LineOf(completeness.Find("status")!), $"the status is full or partial, not '{value}'", "status"),
        };
    }
}
