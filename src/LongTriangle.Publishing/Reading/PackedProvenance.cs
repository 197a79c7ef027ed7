using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;
using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Reading;

/// <summary>
/// A provenance tree as compressed bytes: what a document holds of its provenance between reading and the
/// provenance page (a twentieth of the tree's memory), unpacked in milliseconds where parsing the YAML again
/// would take tens.
/// </summary>
internal static class PackedProvenance
{
    private const byte Scalar = 0, List = 1, Map = 2;

    // The compressor is handed the tree in large blocks (a BinaryWriter straight on a BrotliStream hands it a few
    // bytes per call, which cost twenty times as much and packed a file's tree into more bytes than its YAML), and
    // through a small buffer rather than the whole tree written out first, which would be one more large object
    // per document for the garbage collector.
    private const int BlockBytes = 64 * 1024;

    public static byte[] Pack(ProvenanceNode tree)
    {
        using var packed = new MemoryStream();
        using (var zip = new BrotliStream(packed, CompressionLevel.Optimal, leaveOpen: true))
        using (var blocks = new BufferedStream(zip, BlockBytes))
        using (var writer = new BinaryWriter(blocks, Encoding.UTF8))
            Write(writer, tree);
        return packed.ToArray();
    }

    public static ProvenanceNode Unpack(byte[] packed)
    {
        using var zip = new BrotliStream(new MemoryStream(packed), CompressionMode.Decompress);
        using var blocks = new BufferedStream(zip, BlockBytes);
        using var reader = new BinaryReader(blocks, Encoding.UTF8);
        return Read(reader);
    }

    private static void Write(BinaryWriter writer, ProvenanceNode node)
    {
        switch (node)
        {
            case ProvenanceScalar scalar:
                writer.Write(Scalar);
                writer.Write(scalar.Value);
                break;
            case ProvenanceList list:
                writer.Write(List);
                writer.Write7BitEncodedInt(list.Items.Length);
                foreach (var item in list.Items) Write(writer, item);
                break;
            case ProvenanceMap map:
                writer.Write(Map);
                writer.Write7BitEncodedInt(map.Entries.Length);
                foreach (var (key, value) in map.Entries)
                {
                    writer.Write(key);
                    Write(writer, value);
                }
                break;
            default:
                throw new ArgumentException($"a provenance node of an unknown kind: {node.GetType().Name}", nameof(node));
        }
    }

    private static ProvenanceNode Read(BinaryReader reader)
    {
        var kind = reader.ReadByte();
        switch (kind)
        {
            case Scalar:
                return new ProvenanceScalar(reader.ReadString());
            case List:
            {
                var items = ImmutableArray.CreateBuilder<ProvenanceNode>(reader.Read7BitEncodedInt());
                for (var i = 0; i < items.Capacity; i++) items.Add(Read(reader));
                return new ProvenanceList(items.MoveToImmutable());
            }
            case Map:
            {
                var entries = ImmutableArray.CreateBuilder<KeyValuePair<string, ProvenanceNode>>(reader.Read7BitEncodedInt());
                for (var i = 0; i < entries.Capacity; i++)
                {
                    var key = reader.ReadString();
                    entries.Add(new(key, Read(reader)));
                }
                return new ProvenanceMap(entries.MoveToImmutable());
            }
            default:
                throw new InvalidDataException($"packed provenance: unknown node kind {kind}");
        }
    }
}
