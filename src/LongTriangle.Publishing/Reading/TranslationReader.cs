using System.Collections.Immutable;
using LongTriangle.Content.Yaml;
using LongTriangle.Publishing.Content;
using YamlDotNet.RepresentationModel;

namespace LongTriangle.Publishing.Reading;

/// <summary>
/// Reads <c>content/en/&lt;region&gt;/&lt;slug&gt;.yml</c>, within <see cref="YamlLimits"/>. An entry under
/// headings or clauses is either a plain string (the English, not yet stamped) or a mapping with en,
/// zh_hash, reason and exceptions. Whether its keys are real eIds is for the check.
/// </summary>
internal static class TranslationReader
{
    /// <summary>The kind of file, in problems.</summary>
    public const string What = "translation";

    private static readonly HashSet<string> EntryKeys = new(StringComparer.Ordinal) { "en", "zh_hash", "reason", "exceptions" };

    /// <summary>Every problem, the shared YAML rules' included, is a content problem naming the file.</summary>
    public static Translation Read(string text, string file) => ContentFiles.AsContentProblem(() => ReadYaml(text, file));

    private static Translation ReadYaml(string text, string file)
    {
        var root = YamlFile.ParseMapping(text, file, LongTriangle.Inputs.YamlLimits.Document);
        if (root is null) return Translation.Empty(file, exists: true);
        var map = new YamlMap(root, file);
        var known = new HashSet<string>(StringComparer.Ordinal) { "title", "type", "headings", "clauses", "missing" };
        foreach (var entry in map.Entries)
            if (!known.Contains(entry.Key))
                throw new ContentException(file, map.LineOf(entry.Value), "unknown key; a translation has title, type, headings, clauses and missing", entry.Key);

        return new Translation(
            file,
            map.Optional("title"),
            map.Optional("type"),
            Entries(map, "headings"),
            Entries(map, "clauses"))
        {
            Missing = MissingParts(map),
        };
    }

    /// <summary><c>missing:</c> the Chinese description of a missing part → its English, one line each.</summary>
    private static ImmutableSortedDictionary<string, string> MissingParts(YamlMap map)
    {
        var parts = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (map.Find("missing") is not { } node) return parts.ToImmutable();
        if (node is not YamlMappingNode table)
            throw new ContentException(map.File, map.LineOf(node), "expected the Chinese description of each missing part and its English", "missing");
        var missing = new YamlMap(table, map.File);
        foreach (var (chinese, value) in missing.Entries)
        {
            if (value is not YamlScalarNode { Value: { Length: > 0 } english } || english.Contains('\n'))
                throw new ContentException(map.File, missing.LineOf(value), "expected the English of the missing part on one line", $"missing.{chinese}");
            parts[chinese] = english;
        }
        return parts.ToImmutable();
    }

    private static ImmutableSortedDictionary<string, TranslationEntry> Entries(YamlMap map, string section)
    {
        var entries = ImmutableSortedDictionary.CreateBuilder<string, TranslationEntry>(StringComparer.Ordinal);
        var table = map.Map(section);
        if (table is null) return entries.ToImmutable();
        foreach (var (key, value) in table.Entries)
        {
            var line = table.LineOf(value);
            entries[key] = value switch
            {
                YamlScalarNode { Value: { } english } => TranslationEntry.Plain(english, line),
                YamlMappingNode node => Entry(new YamlMap(node, map.File), $"{section}.{key}", line),
                _ => throw new ContentException(map.File, line, "expected the English, or a mapping with en and zh_hash (or reason)", $"{section}.{key}"),
            };
        }
        return entries.ToImmutable();
    }

    private static TranslationEntry Entry(YamlMap entry, string key, int line)
    {
        foreach (var item in entry.Entries)
            if (!EntryKeys.Contains(item.Key))
                throw new ContentException(entry.File, entry.LineOf(item.Value), "unknown key; an entry has en, zh_hash, reason and exceptions", $"{key}.{item.Key}");
        var english = entry.Optional("en");
        var reason = entry.Optional("reason");
        var hash = entry.Optional("zh_hash");
        if (english is not { Length: > 0 } && reason is not { Length: > 0 })
            throw new ContentException(entry.File, line, "an entry needs its English (en) or the reason it has none (reason)", key);
        if (hash is not null && (hash.Length != Data.TextHash.ShortLength || !hash.All(char.IsAsciiHexDigitLower)))
            throw new ContentException(entry.File, line, $"zh_hash must be {Data.TextHash.ShortLength} lower-case hex digits (longtriangle translations stamp writes it)", key);

        var exceptions = ImmutableArray.CreateBuilder<GlossaryException>();
        var list = entry.Find("exceptions");
        if (list is YamlSequenceNode sequence)
        {
            foreach (var item in sequence.Children)
            {
                if (item is not YamlMappingNode node)
                    throw new ContentException(entry.File, entry.LineOf(item), "expected an exception with term and reason", $"{key}.exceptions");
                var exception = new YamlMap(node, entry.File);
                var term = exception.Required("term");
                var why = exception.Required("reason");
                if (why.Trim().Length == 0)
                    throw new ContentException(entry.File, exception.Line, "an exception needs a reason", $"{key}.exceptions");
                exceptions.Add(new GlossaryException(term, why));
            }
        }
        else if (list is not null and not YamlScalarNode { Value: null or "" or "~" })
        {
            throw new ContentException(entry.File, entry.LineOf(list), "expected a list of exceptions", $"{key}.exceptions");
        }
        return new TranslationEntry(english, hash, reason, exceptions.ToImmutable(), line);
    }
}
