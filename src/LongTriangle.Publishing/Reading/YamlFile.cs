using LongTriangle.Publishing.Content;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LongTriangle.Publishing.Reading;

/// <summary>
/// Reads YAML into YamlDotNet's node tree and turns every shape problem into a <see cref="ContentException"/>
/// naming the file, the line and the key: content is data written by people and by the converter.
/// </summary>
internal static class YamlFile
{
    /// <param name="lineOffset">Lines before the YAML in the file (front matter starts after a --- line).</param>
    public static YamlMappingNode? ParseMapping(string text, string file, int lineOffset = 0)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new ContentException(file, (int)e.Start.Line + lineOffset, "not valid YAML: " + e.Message);
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's scanner reports some malformed input (e.g. an unclosed [) without a position.
            throw new ContentException(file, null, "not valid YAML: " + e.Message);
        }
        if (stream.Documents.Count == 0) return null;
        var root = stream.Documents[0].RootNode;
        if (root is YamlScalarNode { Value: null or "" or "~" }) return null;
        return root as YamlMappingNode ?? throw new ContentException(file, Line(root, lineOffset), "expected a mapping of keys to values");
    }

    /// <summary>A mapping from YAML written by people, within <see cref="YamlLimits"/>.</summary>
    public static YamlMappingNode? ParseBoundedMapping(string text, string file)
    {
        YamlLimits.Enforce(text, file);
        return ParseMapping(text, file);
    }

    public static int Line(YamlNode node, int lineOffset = 0) => (int)node.Start.Line + lineOffset;
}

/// <summary>A mapping node with the file it came from, and typed accessors that report problems precisely.</summary>
internal sealed class YamlMap(YamlMappingNode node, string file, int lineOffset = 0)
{
    public string File => file;

    public int Line => YamlFile.Line(node, lineOffset);

    public IEnumerable<KeyValuePair<string, YamlNode>> Entries =>
        node.Children.Select(p => new KeyValuePair<string, YamlNode>(((YamlScalarNode)p.Key).Value ?? "", p.Value));

    public int LineOf(YamlNode value) => YamlFile.Line(value, lineOffset);

    public YamlNode? Find(string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public string Required(string key) =>
        Optional(key) ?? throw new ContentException(file, Line, "a value is required", key);

    public string? Optional(string key)
    {
        var value = Find(key);
        return value switch
        {
            null => null,
            YamlScalarNode scalar => scalar.Value is null or "~" && scalar.Style == YamlDotNet.Core.ScalarStyle.Plain ? null : scalar.Value,
            _ => throw new ContentException(file, LineOf(value), "expected a single value", key),
        };
    }

    public int Int(string key, int fallback)
    {
        var text = Optional(key);
        if (text is null) return fallback;
        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new ContentException(file, LineOf(Find(key)!), $"expected a whole number, not '{text}'", key);
    }

    public bool Bool(string key, bool fallback)
    {
        var text = Optional(key);
        return text switch
        {
            null => fallback,
            "true" => true,
            "false" => false,
            _ => throw new ContentException(file, LineOf(Find(key)!), $"expected true or false, not '{text}'", key),
        };
    }

    public YamlMap? Map(string key)
    {
        var value = Find(key);
        return value switch
        {
            null => null,
            YamlMappingNode mapping => new YamlMap(mapping, file, lineOffset),
            YamlScalarNode { Value: null or "" or "~" } => null,
            _ => throw new ContentException(file, LineOf(value), "expected a mapping of keys to values", key),
        };
    }

    public IReadOnlyList<string> Strings(string key)
    {
        var value = Find(key);
        return value switch
        {
            null => [],
            YamlSequenceNode sequence => [.. sequence.Children.Select(item => item is YamlScalarNode { Value: { } v }
                ? v
                : throw new ContentException(file, LineOf(item), "expected a list of single values", key))],
            YamlScalarNode { Value: null or "" or "~" } => [],
            _ => throw new ContentException(file, LineOf(value), "expected a list", key),
        };
    }

    /// <summary>A mapping of string to string (e.g. eId → English), with the line of each key.</summary>
    public IReadOnlyList<(string Key, string Value, int Line)> StringMap(string key)
    {
        var map = Map(key);
        if (map is null) return [];
        return [.. map.Entries.Select(p => p.Value is YamlScalarNode { Value: { } v }
            ? (p.Key, v, map.LineOf(p.Value))
            : throw new ContentException(file, map.LineOf(p.Value), "expected a single value", $"{key}.{p.Key}"))];
    }
}
