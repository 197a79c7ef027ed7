using System.Collections.Immutable;
using System.Globalization;
using LongTriangle.Inputs;

using LongTriangle.Conversion.Structure;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LongTriangle.Conversion.Sidecars;

/// <summary>
/// Reads and validates a seed's sidecar. Every problem is a <see cref="ConversionException"/> naming the
/// file, the key and, where YAML knows it, the line: unknown keys, values of the wrong shape, regions not
/// in site.yml, slugs that are not [a-z0-9-] (or try to be a path), dates that are not YYYY-MM-DD.
/// </summary>
public static class SidecarReader
{
    public static readonly ImmutableArray<string> Keys =
        ["region", "slug", "title", "title_en", "type", "issuer", "written", "published", "number", "source_url", "errata", "missing",
         "restored_headings", "source_name", "source_date", "official_url", "sources"];

    /// <summary>The facts about a document an editor establishes from outside the seed: each needs its source in <c>sources</c>.</summary>
    public static readonly ImmutableArray<string> SourcedFacts = ["issuer", "written", "published", "number", "official_url"];

    private static readonly ImmutableArray<string> ErratumKeys = ["find", "replace", "reason", "source"];

    private static readonly ImmutableArray<string> RestoredHeadingKeys = ["heading", "before", "source"];

    /// <summary>The sidecar for a seed: <c>&lt;seed-path&gt;.yml</c> when it exists, else an empty one.</summary>
    public static SeedSidecar ForSeed(string seedPath, string seedsFolder, SiteRegions regions)
    {
        var path = seedPath + ".yml";
        return Path.Exists(path) || new FileInfo(path).LinkTarget is not null
            ? Read(path, InputFile.ReadUtf8(path, seedsFolder, "sidecar", YamlLimits.Settings.MaximumBytes), regions)
            : SeedSidecar.None(path);
    }

    public static SeedSidecar Read(string file, string yaml, SiteRegions regions)
    {
        YamlStream stream;
        try
        {
            stream = BoundedYaml.Load(yaml, file, YamlLimits.Settings);
        }
        catch (YamlException e)
        {
            throw new ConversionException(file, LineOf(e.Start), "invalid YAML: " + Message(e));
        }
        catch (InvalidOperationException)
        {
            // Some malformed documents stop YamlDotNet's loader without a YamlException and without a position.
            throw new ConversionException(file, null, "invalid YAML: the structure is broken (an unclosed bracket or quote?)");
        }
        catch (InputException e) when (e is not ConversionException)
        {
            throw new ConversionException(e.File, e.Line, e.Problem, e.Key);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return SeedSidecar.None(file);
        if (stream.Documents.Count > 1)
            throw new ConversionException(file, LineOf(stream.Documents[1].RootNode.Start), "a sidecar is one YAML document");
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new ConversionException(file, LineOf(stream.Documents[0].RootNode.Start), "a sidecar is a mapping of keys to values (" + string.Join(", ", Keys) + ")");

        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var lines = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in root.Children)
        {
            var key = keyNode is YamlScalarNode { Value: { } k } ? k : "";
            if (!Keys.Contains(key))
                throw new ConversionException(file, LineOf(keyNode.Start), $"unknown key '{key}' (known keys: {string.Join(", ", Keys)})", key);
            values[key] = value;
            lines[key] = LineOf(keyNode.Start);
        }

        string? Text(string key)
        {
            if (!values.TryGetValue(key, out var node)) return null;
            if (node is not YamlScalarNode scalar)
                throw new ConversionException(file, LineOf(node.Start), "expected a single value, not a list or mapping", key);
            var text = scalar.Value?.Trim();
            if (string.IsNullOrEmpty(text))
                throw new ConversionException(file, LineOf(node.Start), "the value is empty (leave the key out when it is unknown)", key);
            CheckOneLine(file, node, key, text);
            return text;
        }

        DateOnly? Date(string key)
        {
            if (Text(key) is not { } text) return null;
            return ContentDates.Read(text)
                ?? throw new ConversionException(file, lines[key], $"'{text}' is not a date written YYYY-MM-DD", key);
        }

        var region = Text("region");
        if (region is not null && !regions.Contains(region))
            throw new ConversionException(file, lines["region"],
                $"region '{region}' is not one of the regions in content/site.yml ({string.Join(", ", regions.All.Select(r => r.Id))})", "region");

        var slug = Text("slug");
        if (slug is not null) CheckSlug(file, lines["slug"], slug);

        string? Address(string key)
        {
            var address = Text(key);
            if (address is not null && !IsWebAddress(address))
                throw new ConversionException(file, lines[key], $"'{address}' is not an http(s) address", key);
            return address;
        }

        var url = Address("source_url");
        var officialUrl = Address("official_url");

        return new SeedSidecar(
            file, region, slug, Text("title"), Text("title_en"), Text("type"), Text("issuer"),
            Date("written"), Date("published"), Text("number"), url,
            Errata(file, values.GetValueOrDefault("errata")),
            Missing(file, values.GetValueOrDefault("missing")))
        {
            KeyLines = lines.ToImmutable(),
            RestoredHeadings = RestoredHeadings(file, values.GetValueOrDefault("restored_headings")),
            SourceName = Text("source_name"),
            SourceDate = Date("source_date"),
            OfficialUrl = officialUrl,
            FactSources = FactSources(file, values, lines),
        };
    }

    private static bool IsWebAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    /// <summary>
    /// <c>sources</c> maps each fact the sidecar states to where it was found (an address, or a description
    /// such as a printed page). A fact without its source, or a source for a fact the sidecar does not
    /// state, is an error: facts are never taken on trust.
    /// </summary>
    private static ImmutableSortedDictionary<string, string> FactSources(string file, Dictionary<string, YamlNode> values, ImmutableDictionary<string, int>.Builder lines)
    {
        var sources = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (values.TryGetValue("sources", out var node))
        {
            if (node is not YamlMappingNode map)
                throw new ConversionException(file, LineOf(node.Start), "sources maps each fact (" + string.Join(", ", SourcedFacts) + ") to where it was found", "sources");
            foreach (var (keyNode, value) in map.Children)
            {
                var key = keyNode is YamlScalarNode { Value: { } k } ? k : "";
                if (!SourcedFacts.Contains(key))
                    throw new ConversionException(file, LineOf(keyNode.Start), $"'{key}' is not a fact that takes a source (known: {string.Join(", ", SourcedFacts)})", "sources." + key);
                if (!values.ContainsKey(key))
                    throw new ConversionException(file, LineOf(keyNode.Start), $"a source for '{key}', which the sidecar does not state", "sources." + key);
                if (value is not YamlScalarNode { Value: { Length: > 0 } text } || text.Trim().Length == 0)
                    throw new ConversionException(file, LineOf(value.Start), "the source is an address or a description, on one line", "sources." + key);
                CheckOneLine(file, value, "sources." + key, text);
                sources[key] = text.Trim();
            }
        }
        foreach (var fact in SourcedFacts)
            if (values.ContainsKey(fact) && !sources.ContainsKey(fact))
                throw new ConversionException(file, lines[fact], $"'{fact}' needs its source: add it under sources ({fact}: where it was found)", fact);
        return sources.ToImmutable();
    }

    /// <summary>A slug is a file name and a URL segment: lower-case ASCII letters, digits and single hyphens, never a path.</summary>
    public static void CheckSlug(string file, int? line, string slug)
    {
        if (slug.Contains('/') || slug.Contains('\\') || slug.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(slug))
            throw new ConversionException(file, line, $"slug '{slug}' is a path; a slug is a name of lower-case letters, digits and hyphens", "slug");
        if (!ContentPatterns.IsSlug(slug))
            throw new ConversionException(file, line, $"slug '{slug}' must be lower-case ASCII letters, digits and hyphens (e.g. outline-2019)", "slug");
    }

    private static ImmutableArray<Erratum> Errata(string file, YamlNode? node)
    {
        if (node is null) return [];
        if (node is not YamlSequenceNode list)
            throw new ConversionException(file, LineOf(node.Start), "errata is a list of {find, replace, reason}", "errata");

        var errata = new List<Erratum>();
        for (var i = 0; i < list.Children.Count; i++)
        {
            var item = list.Children[i];
            var key = $"errata[{i}]";
            if (item is not YamlMappingNode entry)
                throw new ConversionException(file, LineOf(item.Start), "an erratum is a mapping {find, replace, reason}", key);
            foreach (var (k, _) in entry.Children)
                if (k is not YamlScalarNode { Value: { } name } || !ErratumKeys.Contains(name))
                    throw new ConversionException(file, LineOf(k.Start), $"unknown key '{(k as YamlScalarNode)?.Value}' in an erratum (known keys: {string.Join(", ", ErratumKeys)})", key);

            string Field(string name, bool mayBeEmpty)
            {
                if (!entry.Children.TryGetValue(new YamlScalarNode(name), out var v))
                    throw new ConversionException(file, LineOf(entry.Start), $"an erratum needs '{name}'", $"{key}.{name}");
                if (v is not YamlScalarNode { Value: var s } || s is null || (!mayBeEmpty && s.Length == 0))
                    throw new ConversionException(file, LineOf(v.Start), $"'{name}' must be {(mayBeEmpty ? "" : "non-empty ")}text", $"{key}.{name}");
                // A block scalar (find: |) ends with a line break that is YAML's, not the text's.
                if (v is YamlScalarNode { Style: ScalarStyle.Literal or ScalarStyle.Folded }) s = s.TrimEnd('\n');
                CheckOneLine(file, v, $"{key}.{name}", s);
                return s;
            }

            var find = Field("find", mayBeEmpty: false);
            var replace = Field("replace", mayBeEmpty: true);
            var reason = Field("reason", mayBeEmpty: false);
            if (find == replace)
                throw new ConversionException(file, LineOf(entry.Start), "'find' and 'replace' are the same", key);
            var source = entry.Children.ContainsKey(new YamlScalarNode("source")) ? Field("source", mayBeEmpty: false) : null;
            errata.Add(new Erratum(find, replace, reason, LineOf(entry.Start), source));
        }
        return [.. errata];
    }

    /// <summary>
    /// <c>restored_headings</c>: a list of {heading, before, source}. The heading must read as a numbered
    /// heading of the genre, and the source must be an http(s) address: a restoration is only as good as the
    /// official text it names. Where <c>before</c> points is checked against the converted text later.
    /// </summary>
    private static ImmutableArray<RestoredHeading> RestoredHeadings(string file, YamlNode? node)
    {
        if (node is null) return [];
        const string shape = "restored_headings is a list of {heading, before, source}";
        if (node is not YamlSequenceNode list)
            throw new ConversionException(file, LineOf(node.Start), shape, "restored_headings");

        var headings = new List<RestoredHeading>();
        for (var i = 0; i < list.Children.Count; i++)
        {
            var item = list.Children[i];
            var key = $"restored_headings[{i}]";
            if (item is not YamlMappingNode entry)
                throw new ConversionException(file, LineOf(item.Start), shape, key);
            foreach (var (k, _) in entry.Children)
                if (k is not YamlScalarNode { Value: { } name } || !RestoredHeadingKeys.Contains(name))
                    throw new ConversionException(file, LineOf(k.Start), $"unknown key '{(k as YamlScalarNode)?.Value}' in a restored heading (known keys: heading, before, source)", key);

            string Field(string name)
            {
                if (!entry.Children.TryGetValue(new YamlScalarNode(name), out var v))
                    throw new ConversionException(file, LineOf(entry.Start), $"a restored heading needs '{name}'", $"{key}.{name}");
                if (v is not YamlScalarNode { Value: { } s } || s.Trim().Length == 0)
                    throw new ConversionException(file, LineOf(v.Start), $"'{name}' must be non-empty text", $"{key}.{name}");
                CheckOneLine(file, v, $"{key}.{name}", s);
                return s.Trim();
            }

            var heading = Field("heading");
            if (NumberedLine.Read(heading) is not { IsHeading: true } numbered || !numbered.Kind.IsContainer())
                throw new ConversionException(file, LineOf(entry.Start), $"'{heading}' is not a numbered heading (一、…, （一）…, 第一章 …)", $"{key}.heading");
            var before = Field("before");
            var source = Field("source");
            if (!(Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
                throw new ConversionException(file, LineOf(entry.Start), $"'{source}' is not an http(s) address", $"{key}.source");
            headings.Add(new RestoredHeading(heading, before, source, LineOf(entry.Start)));
        }
        return [.. headings];
    }

    private static ImmutableArray<string> Missing(string file, YamlNode? node)
    {
        ImmutableArray<YamlNode> items = node switch
        {
            null => [],
            YamlScalarNode { Value.Length: > 0 } => [node],
            YamlSequenceNode list when list.Children.All(c => c is YamlScalarNode { Value.Length: > 0 }) => [.. list.Children],
            _ => throw new ConversionException(file, LineOf(node.Start), "missing is a description of the missing parts, or a list of them", "missing"),
        };
        foreach (var item in items) CheckOneLine(file, item, "missing", ((YamlScalarNode)item).Value!);
        return [.. items.Select(i => ((YamlScalarNode)i).Value!.Trim())];
    }

    /// <summary>
    /// Sidecar values become one line of a page, a front-matter string or a paragraph of the text: a line
    /// break or control character in one (a YAML block scalar, an escape such as \0) has no place there.
    /// </summary>
    private static void CheckOneLine(string file, YamlNode node, string key, string text)
    {
        var bad = text.AsSpan().IndexOfAnyInRange('\u0000', '\u001F');
        if (bad < 0) bad = text.AsSpan().IndexOfAnyInRange('\u007F', '\u009F');
        if (bad < 0 && text.AsSpan().IndexOfAny('\u2028', '\u2029') is var separator and >= 0) bad = separator;
        if (bad < 0) return;
        var what = text[bad] is '\n' or '\r' or '\u2028' or '\u2029' ? "a line break" : $"the control character U+{(int)text[bad]:X4}";
        throw new ConversionException(file, LineOf(node.Start), $"the value contains {what}; write it on one line, without control characters", key);
    }

    private static int LineOf(Mark mark) => (int)mark.Line;

    private static string Message(YamlException e) =>
        e.InnerException is { } inner && !string.IsNullOrEmpty(inner.Message) ? e.Message + " " + inner.Message : e.Message;
}
