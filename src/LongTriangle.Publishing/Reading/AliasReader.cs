using System.Collections.Immutable;
using LongTriangle.Content.Yaml;
using LongTriangle.Publishing.Content;
using YamlDotNet.RepresentationModel;

namespace LongTriangle.Publishing.Reading;

/// <summary>
/// Reads <c>content/aliases.yml</c>:
/// <code>
/// outline-2019:
///   chp_8__para_2: chp_8__sec_1__para_1   # old eId: new eId
///   reused:                               # eIds that still exist but now name other text
///     chp_9: { until: 2026-12-03, now: chp_10 }
/// </code>
/// </summary>
internal static class AliasReader
{
    /// <summary>The key under a document that holds its reused eIds rather than an alias.</summary>
    public const string ReusedKey = "reused";

    /// <summary>Every problem, the shared YAML rules' included, is a content problem naming the file.</summary>
    public static AliasMap Read(string text, string file) => ContentFiles.AsContentProblem(() => ReadYaml(text, file));

    private static AliasMap ReadYaml(string text, string file)
    {
        var root = YamlFile.ParseMapping(text, file, LongTriangle.Inputs.YamlLimits.Settings);
        if (root is null) return AliasMap.Empty;
        var map = new YamlMap(root, file);
        var result = ImmutableSortedDictionary.CreateBuilder<string, ImmutableSortedDictionary<string, string>>(StringComparer.Ordinal);
        var reused = ImmutableSortedDictionary.CreateBuilder<string, ImmutableSortedDictionary<string, ReusedId>>(StringComparer.Ordinal);
        foreach (var (slug, _) in map.Entries)
        {
            var document = map.Map(slug);
            if (document is null)
            {
                result[slug] = ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);
                continue;
            }
            var aliases = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            foreach (var (old, value) in document.Entries)
            {
                if (old == ReusedKey)
                {
                    reused[slug] = ReadReused(document, slug);
                    continue;
                }
                var line = document.LineOf(value);
                if (value is not YamlScalarNode { Value: { } target })
                    throw new ContentException(file, line, "expected a single value", $"{slug}.{old}");
                if (!ClauseId.IsValid(old)) throw new ContentException(file, line, $"'{old}' is not an eId", slug);
                if (!ClauseId.IsValid(target)) throw new ContentException(file, line, $"'{target}' is not an eId", $"{slug}.{old}");
                aliases[old] = target;
            }
            result[slug] = aliases.ToImmutable();
        }
        return new AliasMap(result.ToImmutable()) { Reused = reused.ToImmutable() };
    }

    private static ImmutableSortedDictionary<string, ReusedId> ReadReused(YamlMap document, string slug)
    {
        var file = document.File;
        var entries = ImmutableSortedDictionary.CreateBuilder<string, ReusedId>(StringComparer.Ordinal);
        var reused = document.Map(ReusedKey);
        if (reused is null) return entries.ToImmutable();
        foreach (var (id, value) in reused.Entries)
        {
            var key = $"{slug}.{ReusedKey}.{id}";
            var line = reused.LineOf(value);
            if (!ClauseId.IsValid(id)) throw new ContentException(file, line, $"'{id}' is not an eId", $"{slug}.{ReusedKey}");
            if (value is not YamlMappingNode node)
                throw new ContentException(file, line, "expected a mapping with until: (a date) and now: (the eId that holds the old text)", key);
            var entry = new YamlMap(node, file);
            foreach (var (name, field) in entry.Entries)
                if (name is not ("until" or "now"))
                    throw new ContentException(file, entry.LineOf(field), $"unknown key '{name}' (expected until and now)", key);
            var until = entry.Optional("until") ?? throw new ContentException(file, line, "until: is required (the date the old meaning ended)", key);
            if (ContentDates.Read(until) is not { } date)
                throw new ContentException(file, entry.LineOf(entry.Find("until")!), $"'{until}' is not a date (YYYY-MM-DD)", $"{key}.until");
            var now = entry.Optional("now") ?? throw new ContentException(file, line, "now: is required (the eId that holds the old text)", key);
            if (!ClauseId.IsValid(now)) throw new ContentException(file, entry.LineOf(entry.Find("now")!), $"'{now}' is not an eId", $"{key}.now");
            if (now == id) throw new ContentException(file, line, "now: names the reused eId itself", key);
            entries[id] = new ReusedId(id, date, now, line);
        }
        return entries.ToImmutable();
    }
}
