using System.Collections.Immutable;
using LongTriangle.Content.Yaml;
using LongTriangle.Publishing.Content;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace LongTriangle.Publishing.Reading;

/// <summary>
/// Reads a provenance file, keeping the converter's order of keys and items. The kind of every entry of
/// <c>repairs</c> must be one the content format defines: the site labels each kind in every rendition, so a
/// kind it does not know is refused here, with the file, line and key. The file is read straight from the
/// parser's events (within the shared YAML limits, <see cref="YamlFile.Read"/>) into its packed form
/// (<see cref="PackedProvenance"/>), from which the provenance page makes the tree: reading holds no tree but
/// that of the errata, which every document page shows.
/// </summary>
internal static class ProvenanceReader
{
    private const string RepairsSection = "repairs";
    private const string KindKey = "kind";

    /// <summary>Every problem, the shared YAML rules' included, is a content problem naming the file.</summary>
    public static Provenance? Read(string text, string file) => ReadPacked(text, file)?.ToProvenance();

    /// <summary>What <see cref="Read"/> makes the provenance of (null for a file without a YAML document), with the same problems.</summary>
    public static PackedProvenanceFile? ReadPacked(string text, string file) => ContentFiles.AsContentProblem(() => ReadYaml(text, file));

    private static PackedProvenanceFile? ReadYaml(string text, string file)
    {
        var read = YamlFile.Read(text, file, LongTriangle.Inputs.YamlLimits.Document, parser => new PackingReader(parser).ReadStream());
        if (read is null) return null;
        // Checked once the whole file parsed, as YAML problems come first wherever they are.
        CheckRepairKinds(read.Repairs, file);
        return new PackedProvenanceFile(read.Packed, read.Corrections);
    }

    private static void CheckRepairKinds(IReadOnlyList<RepairItem> repairs, string file)
    {
        const string key = RepairsSection + "." + KindKey;
        foreach (var repair in repairs)
        {
            if (repair.Kind is not { } name)
                throw new ContentException(file, repair.Line, "every repair names its kind", key);
            RepairKinds.Parse(name, file, repair.KindLine, key);
        }
    }

    /// <summary>A mapping item of the root's <c>repairs</c> list: where it starts, and its kind (when a scalar) with its line.</summary>
    private sealed record RepairItem(int Line, string? Kind, int KindLine);

    private sealed record ReadFile(byte[] Packed, ImmutableArray<Correction> Corrections, IReadOnlyList<RepairItem> Repairs);

    /// <summary>
    /// Packs the stream's first document (the others are parsed, and so checked, but not kept), keeps the tree of its
    /// errata and the kinds of its repairs. Duplicate keys are refused as YamlDotNet's node tree refuses them.
    /// </summary>
    private sealed class PackingReader(IParser parser)
    {
        private readonly List<RepairItem> _repairs = [];
        private readonly List<HashSet<(string Tag, string Key)>> _keysByDepth = [];
        private PackedProvenance.Writer? _packed;
        private ProvenanceNode? _errata;

        public ReadFile? ReadStream()
        {
            parser.Consume<StreamStart>();
            ReadFile? first = null;
            while (parser.Accept<DocumentStart>(out _))
            {
                parser.MoveNext();
                using var packed = new PackedProvenance.Writer();
                _packed = first is null ? packed : null;
                Node(depth: 0, section: null, isRepair: false, build: false);
                if (first is null) first = new ReadFile(packed.Finish(), Correction.FromErrata(_errata), [.. _repairs]);
                parser.Consume<DocumentEnd>();
            }
            parser.Consume<StreamEnd>();
            return first;
        }

        /// <param name="depth">0 for the document's root.</param>
        /// <param name="section">The root's key this node is (or lies in) the value of.</param>
        /// <param name="isRepair">An item of the root's <c>repairs</c> list: its kind is checked.</param>
        /// <param name="build">Make the node's tree too (the errata); null otherwise.</param>
        private ProvenanceNode? Node(int depth, string? section, bool isRepair, bool build)
        {
            var current = parser.Current ?? throw new YamlException("the YAML ends where a value was expected");
            switch (current)
            {
                case Scalar scalar:
                    parser.MoveNext();
                    _packed?.Value(scalar.Value);
                    return build ? new ProvenanceScalar(scalar.Value) : null;
                case SequenceStart:
                {
                    parser.MoveNext();
                    _packed?.StartList();
                    var items = build ? ImmutableArray.CreateBuilder<ProvenanceNode>() : null;
                    var repairs = depth == 1 && section == RepairsSection;
                    while (!parser.TryConsume<SequenceEnd>(out _))
                    {
                        var item = Node(depth + 1, section, repairs, build);
                        if (item is not null) items?.Add(item);
                    }
                    _packed?.EndListOrMap();
                    return items is null ? null : new ProvenanceList(items.DrainToImmutable());
                }
                case MappingStart:
                {
                    parser.MoveNext();
                    _packed?.StartMap();
                    var entries = build ? ImmutableArray.CreateBuilder<KeyValuePair<string, ProvenanceNode>>() : null;
                    while (_keysByDepth.Count <= depth) _keysByDepth.Add([]);
                    var seen = _keysByDepth[depth];
                    seen.Clear();
                    string? kind = null;
                    var kindLine = 0;
                    var hasKind = false;
                    while (!parser.TryConsume<MappingEnd>(out _))
                    {
                        // The shared limits refuse keys that are not scalars.
                        var key = parser.Consume<Scalar>();
                        if (!seen.Add((key.Tag.IsEmpty ? "" : key.Tag.Value, key.Value)))
                            throw new YamlException(key.Start, key.End, $"Duplicate key {key.Value}");
                        _packed?.Key(key.Value);
                        var value = parser.Current ?? key;
                        if (isRepair && key.Value == KindKey && key.Tag.IsEmpty)
                            (hasKind, kind, kindLine) = (true, (value as Scalar)?.Value, YamlFile.Line(value));
                        var errata = depth == 0 && key.Value == Correction.ErrataSection;
                        var node = Node(depth + 1, depth == 0 ? key.Value : section, isRepair: false, build || errata);
                        if (errata) _errata = node;
                        if (node is not null) entries?.Add(new(key.Value, node));
                    }
                    _packed?.EndListOrMap();
                    if (isRepair) _repairs.Add(new RepairItem(YamlFile.Line(current), hasKind ? kind : null, kindLine));
                    return entries is null ? null : new ProvenanceMap(entries.DrainToImmutable());
                }
                default:
                    // Aliases are refused by the shared limits before they get here.
                    throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name}");
            }
        }
    }
}
