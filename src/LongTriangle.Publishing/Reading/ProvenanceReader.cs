using System.Collections.Immutable;
using LongTriangle.Content.Yaml;
using LongTriangle.Publishing.Content;
using YamlDotNet.RepresentationModel;

namespace LongTriangle.Publishing.Reading;

/// <summary>
/// Reads a provenance file into a generic tree, keeping the converter's order of keys and items. The kind
/// of every entry of <c>repairs</c> must be one the content format defines: the site labels each kind in
/// every rendition, so a kind it does not know is refused here, with the file, line and key.
/// </summary>
internal static class ProvenanceReader
{
    private const string RepairsSection = "repairs";
    private const string KindKey = "kind";

    /// <summary>Every problem, the shared YAML rules' included, is a content problem naming the file.</summary>
    public static Provenance? Read(string text, string file) => ContentFiles.AsContentProblem(() => ReadYaml(text, file));

    private static Provenance? ReadYaml(string text, string file)
    {
        var stream = YamlFile.Load(text, file, LongTriangle.Inputs.YamlLimits.Document);
        if (stream.Documents.Count == 0) return null;
        var root = stream.Documents[0].RootNode;
        CheckRepairKinds(root, file);
        var tree = new Converter().Convert(root);
        var packed = PackedProvenance.Pack(tree);
        return Provenance.Reloadable(tree, () => PackedProvenance.Unpack(packed));
    }

    private static void CheckRepairKinds(YamlNode root, string file)
    {
        if (root is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode(RepairsSection), out var repairs)) return;
        if (repairs is not YamlSequenceNode list) return;
        const string key = RepairsSection + "." + KindKey;
        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode repair) continue;
            if (!repair.Children.TryGetValue(new YamlScalarNode(KindKey), out var kind) || kind is not YamlScalarNode { Value: { } name })
                throw new ContentException(file, YamlFile.Line(item), "every repair names its kind", key);
            RepairKinds.Parse(name, file, YamlFile.Line(kind), key);
        }
    }

    /// <summary>
    /// Builds the tree with one instance per distinct key and per distinct scalar of the file: a provenance file
    /// repeats the same few keys (line, kind, before, after, eid) and many values thousands of times.
    /// </summary>
    private sealed class Converter
    {
        private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ProvenanceScalar> _scalars = new(StringComparer.Ordinal);

        public ProvenanceNode Convert(YamlNode node) => node switch
        {
            YamlScalarNode scalar => Scalar(scalar.Value ?? ""),
            YamlSequenceNode sequence => new ProvenanceList([.. sequence.Children.Select(Convert)]),
            YamlMappingNode mapping => new ProvenanceMap([.. mapping.Children.Select(p =>
                new KeyValuePair<string, ProvenanceNode>(Key(p.Key is YamlScalarNode k ? k.Value ?? "" : p.Key.ToString()), Convert(p.Value)))]),
            _ => Scalar(node.ToString()),
        };

        private string Key(string key)
        {
            if (_keys.TryGetValue(key, out var shared)) return shared;
            _keys[key] = key;
            return key;
        }

        private ProvenanceScalar Scalar(string value)
        {
            if (_scalars.TryGetValue(value, out var shared)) return shared;
            return _scalars[value] = new ProvenanceScalar(value);
        }
    }
}
