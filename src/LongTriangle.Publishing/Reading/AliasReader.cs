using System.Collections.Immutable;
using LongTriangle.Content.Yaml;
using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Reading;

/// <summary>
/// Reads <c>content/aliases.yml</c>:
/// <code>
/// outline-2019:
///   chp_8__para_2: chp_8__sec_1__para_1   # old eId: new eId
/// </code>
/// </summary>
internal static class AliasReader
{
    /// <summary>Every problem, the shared YAML rules' included, is a content problem naming the file.</summary>
    public static AliasMap Read(string text, string file) => ContentFiles.AsContentProblem(() => ReadYaml(text, file));

    private static AliasMap ReadYaml(string text, string file)
    {
        var root = YamlFile.ParseMapping(text, file, LongTriangle.Inputs.YamlLimits.Settings);
        if (root is null) return AliasMap.Empty;
        var map = new YamlMap(root, file);
        var result = ImmutableSortedDictionary.CreateBuilder<string, ImmutableSortedDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (slug, _) in map.Entries)
        {
            var entries = map.StringMap(slug);
            foreach (var (old, target, line) in entries)
            {
                if (!ClauseId.IsValid(old)) throw new ContentException(file, line, $"'{old}' is not an eId", slug);
                if (!ClauseId.IsValid(target)) throw new ContentException(file, line, $"'{target}' is not an eId", $"{slug}.{old}");
            }
            result[slug] = entries.ToImmutableSortedDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        }
        return new AliasMap(result.ToImmutable());
    }
}
