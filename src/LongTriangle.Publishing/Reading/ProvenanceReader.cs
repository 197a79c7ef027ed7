using System.Collections.Immutable;
using LongTriangle.Publishing.Content;
using YamlDotNet.RepresentationModel;

namespace LongTriangle.Publishing.Reading;

/// <summary>Reads a provenance file into a generic tree, keeping the converter's order of keys and items.</summary>
internal static class ProvenanceReader
{
    public static Provenance? Read(string text, string file)
    {
        var stream = YamlFile.Load(text, file, LongTriangle.Inputs.YamlLimits.Document);
        return stream.Documents.Count == 0 ? null : new Provenance(Convert(stream.Documents[0].RootNode));
    }

    private static ProvenanceNode Convert(YamlNode node) => node switch
    {
        YamlScalarNode scalar => new ProvenanceScalar(scalar.Value ?? ""),
        YamlSequenceNode sequence => new ProvenanceList([.. sequence.Children.Select(Convert)]),
        YamlMappingNode mapping => new ProvenanceMap([.. mapping.Children.Select(p =>
            new KeyValuePair<string, ProvenanceNode>(p.Key is YamlScalarNode k ? k.Value ?? "" : p.Key.ToString(), Convert(p.Value)))]),
        _ => new ProvenanceScalar(node.ToString()),
    };
}
