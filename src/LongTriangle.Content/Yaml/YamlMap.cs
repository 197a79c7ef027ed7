using LongTriangle.Inputs;
using YamlDotNet.RepresentationModel;

namespace LongTriangle.Content.Yaml;

/// <summary>A mapping node with the file it came from, and typed accessors that report problems precisely.</summary>
public sealed class YamlMap(YamlMappingNode node, string file, int lineOffset = 0)
{
    public string File => file;

    public int Line => YamlFile.Line(node, lineOffset);

    public IEnumerable<KeyValuePair<string, YamlNode>> Entries =>
        node.Children.Select(p => new KeyValuePair<string, YamlNode>(((YamlScalarNode)p.Key).Value ?? "", p.Value));

    public int LineOf(YamlNode value) => YamlFile.Line(value, lineOffset);

    public YamlNode? Find(string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public string Required(string key) =>
        Optional(key) ?? throw new InputException(file, Line, "a value is required", key);

    public string? Optional(string key)
    {
        var value = Find(key);
        return value switch
        {
            null => null,
            YamlScalarNode scalar => scalar.Value is null or "~" && scalar.Style == YamlDotNet.Core.ScalarStyle.Plain ? null : scalar.Value,
            _ => throw new InputException(file, LineOf(value), "expected a single value", key),
        };
    }

    public int Int(string key, int fallback)
    {
        var text = Optional(key);
        if (text is null) return fallback;
        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new InputException(file, LineOf(Find(key)!), $"expected a whole number, not '{text}'", key);
    }

    public bool Bool(string key, bool fallback)
    {
        var text = Optional(key);
        return text switch
        {
            null => fallback,
            "true" => true,
            "false" => false,
            _ => throw new InputException(file, LineOf(Find(key)!), $"expected true or false, not '{text}'", key),
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
            _ => throw new InputException(file, LineOf(value), "expected a mapping of keys to values", key),
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
                : throw new InputException(file, LineOf(item), "expected a list of single values", key))],
            YamlScalarNode { Value: null or "" or "~" } => [],
            _ => throw new InputException(file, LineOf(value), "expected a list", key),
        };
    }

    /// <summary>A mapping of string to string (e.g. eId → English), with the line of each key.</summary>
    public IReadOnlyList<(string Key, string Value, int Line)> StringMap(string key)
    {
        var map = Map(key);
        if (map is null) return [];
        return [.. map.Entries.Select(p => p.Value is YamlScalarNode { Value: { } v }
            ? (p.Key, v, map.LineOf(p.Value))
            : throw new InputException(file, map.LineOf(p.Value), "expected a single value", $"{key}.{p.Key}"))];
    }
}
