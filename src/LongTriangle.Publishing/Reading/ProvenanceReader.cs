using System.Collections.Immutable;
using LongTriangle.Content.Yaml;
using LongTriangle.Publishing.Content;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace LongTriangle.Publishing.Reading;

/// <summary>
/// Reads a provenance file into a generic tree, keeping the converter's order of keys and items. The kind
/// of every entry of <c>repairs</c> must be one the content format defines: the site labels each kind in
/// every rendition, so a kind it does not know is refused here, with the file, line and key.
/// The tree is built straight from the parser's events (within the shared YAML limits, <see cref="YamlFile.Read"/>):
/// YamlDotNet's node tree of a scraped page's file (thousands of repairs) took twice the parse itself.
/// </summary>
internal static class ProvenanceReader
{
    private const string RepairsSection = "repairs";
    private const string KindKey = "kind";

    /// <summary>Every problem, the shared YAML rules' included, is a content problem naming the file.</summary>
    public static Provenance? Read(string text, string file) => ContentFiles.AsContentProblem(() => ReadYaml(text, file));

    private static Provenance? ReadYaml(string text, string file)
    {
        var read = YamlFile.Read(text, file, LongTriangle.Inputs.YamlLimits.Document, parser => new TreeBuilder(parser).ReadStream());
        if (read is null) return null;
        // Checked once the whole file parsed, as YAML problems come first wherever they are.
        CheckRepairKinds(read.Value.Repairs, file);
        var packed = PackedProvenance.Pack(read.Value.Root);
        return Provenance.Reloadable(read.Value.Root, () => PackedProvenance.Unpack(packed));
    }

    private static void CheckRepairKinds(IReadOnlyList<RepairItem> repairs, string file)
    {
        const string key = RepairsSection + "." + KindKey;
        foreach (var repair in repairs)
        {
            if (repair.Kind is not ProvenanceScalar { Value: var name })
                throw new ContentException(file, repair.Line, "every repair names its kind", key);
            RepairKinds.Parse(name, file, repair.KindLine, key);
        }
    }

    /// <summary>A mapping item of the root's <c>repairs</c> list: where it starts, and its kind with its line.</summary>
    private sealed record RepairItem(int Line, ProvenanceNode? Kind, int KindLine);

    /// <summary>
    /// Builds the tree of the stream's first document (the others are parsed, and so checked, but not kept) with
    /// one instance per distinct key and per distinct scalar of the file: a provenance file repeats the same few
    /// keys (line, kind, before, after, eid) and many values thousands of times. Duplicate keys are refused as
    /// YamlDotNet's node tree refuses them.
    /// </summary>
    private sealed class TreeBuilder(IParser parser)
    {
        private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ProvenanceScalar> _scalars = new(StringComparer.Ordinal);
        private readonly List<RepairItem> _repairs = [];

        public (ProvenanceNode Root, IReadOnlyList<RepairItem> Repairs)? ReadStream()
        {
            parser.Consume<StreamStart>();
            ProvenanceNode? root = null;
            RepairItem[] repairs = [];
            while (parser.Accept<DocumentStart>(out _))
            {
                parser.MoveNext();
                var node = Node(depth: 0, section: null, isRepair: false);
                if (root is null) (root, repairs) = (node, [.. _repairs]);
                parser.Consume<DocumentEnd>();
            }
            parser.Consume<StreamEnd>();
            return root is null ? null : (root, repairs);
        }

        /// <param name="depth">0 for the document's root.</param>
        /// <param name="section">The root's key this node is (or lies in) the value of.</param>
        /// <param name="isRepair">An item of the root's <c>repairs</c> list: its kind is checked.</param>
        private ProvenanceNode Node(int depth, string? section, bool isRepair)
        {
            var current = parser.Current ?? throw new YamlException("the YAML ends where a value was expected");
            switch (current)
            {
                case Scalar scalar:
                    parser.MoveNext();
                    return Scalar(scalar.Value);
                case SequenceStart:
                {
                    parser.MoveNext();
                    var items = ImmutableArray.CreateBuilder<ProvenanceNode>();
                    var repairs = depth == 1 && section == RepairsSection;
                    while (!parser.TryConsume<SequenceEnd>(out _)) items.Add(Node(depth + 1, section, repairs));
                    return new ProvenanceList(items.DrainToImmutable());
                }
                case MappingStart:
                {
                    parser.MoveNext();
                    var entries = ImmutableArray.CreateBuilder<KeyValuePair<string, ProvenanceNode>>();
                    var seen = new HashSet<(string Tag, string Key)>();
                    ProvenanceNode? kind = null;
                    var kindLine = 0;
                    while (!parser.TryConsume<MappingEnd>(out _))
                    {
                        // The shared limits refuse keys that are not scalars.
                        var key = parser.Consume<Scalar>();
                        if (!seen.Add((key.Tag.IsEmpty ? "" : key.Tag.Value, key.Value)))
                            throw new YamlException(key.Start, key.End, $"Duplicate key {key.Value}");
                        var name = Key(key.Value);
                        var valueStart = YamlFile.Line(parser.Current ?? key);
                        var value = Node(depth + 1, depth == 0 ? name : section, isRepair: false);
                        if (isRepair && name == KindKey && key.Tag.IsEmpty) (kind, kindLine) = (value, valueStart);
                        entries.Add(new(name, value));
                    }
                    if (isRepair) _repairs.Add(new RepairItem(YamlFile.Line(current), kind, kindLine));
                    return new ProvenanceMap(entries.DrainToImmutable());
                }
                default:
                    // Aliases are refused by the shared limits before they get here.
                    throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name}");
            }
        }

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
