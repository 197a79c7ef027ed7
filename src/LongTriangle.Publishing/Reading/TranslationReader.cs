using System.Collections.Immutable;
using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Reading;

/// <summary>Reads <c>content/en/&lt;region&gt;/&lt;slug&gt;.yml</c>. Whether its keys are real eIds is for the check.</summary>
internal static class TranslationReader
{
    public static Translation Read(string text, string file)
    {
        var root = YamlFile.ParseMapping(text, file, LongTriangle.Inputs.YamlLimits.Document);
        if (root is null) return Translation.Empty(file, exists: true);
        var map = new YamlMap(root, file);
        var known = new HashSet<string>(StringComparer.Ordinal) { "title", "type", "headings", "clauses" };
        foreach (var entry in map.Entries)
            if (!known.Contains(entry.Key))
                throw new ContentException(file, map.LineOf(entry.Value), "unknown key; a translation has title, type, headings and clauses", entry.Key);

        var headings = map.StringMap("headings");
        var clauses = map.StringMap("clauses");
        var lines = ImmutableSortedDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        foreach (var (key, _, line) in headings.Concat(clauses)) lines[key] = line;
        return new Translation(
            file,
            map.Optional("title"),
            map.Optional("type"),
            headings.ToImmutableSortedDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal),
            clauses.ToImmutableSortedDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal),
            lines.ToImmutable());
    }
}
