using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;
using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Reading;

/// <summary>
/// A provenance tree as compressed bytes: what a document holds of its provenance between reading and the
/// provenance page (a tenth of its YAML), unpacked in milliseconds where parsing the YAML again would take tens.
/// Written node by node as the file is parsed (<see cref="Writer"/>), so reading never holds a file's whole tree.
/// </summary>
internal static class PackedProvenance
{
    private const byte Scalar = 0, List = 1, Map = 2, End = 3, Entry = 4;

    // The compressor is handed the tree in large blocks (a BinaryWriter straight on a BrotliStream hands it a few
    // bytes per call, which cost twenty times as much and packed a file's tree into more bytes than its YAML).
    private const int BlockBytes = 64 * 1024;

    public static byte[] Pack(ProvenanceNode tree)
    {
        using var writer = new Writer();
        Write(writer, tree);
        return writer.Finish();
    }

    public static ProvenanceNode Unpack(byte[] packed)
    {
        using var zip = new BrotliStream(new MemoryStream(packed), CompressionMode.Decompress);
        using var blocks = new BufferedStream(zip, BlockBytes);
        using var reader = new BinaryReader(blocks, Encoding.UTF8);
        return Read(reader, reader.ReadByte());
    }

    /// <summary>Packs a tree given node by node: a scalar, or the start of a list or map, its items or entries (each map entry's key before its value), and its end.</summary>
    public sealed class Writer : IDisposable
    {
        private readonly MemoryStream _packed = new();
        private readonly BinaryWriter _writer;

        public Writer()
        {
            var zip = new BrotliStream(_packed, CompressionLevel.Optimal, leaveOpen: true);
            _writer = new BinaryWriter(new BufferedStream(zip, BlockBytes), Encoding.UTF8);
        }

        public void Value(string value)
        {
            _writer.Write(Scalar);
            _writer.Write(value);
        }

        public void StartList() => _writer.Write(List);

        public void StartMap() => _writer.Write(Map);

        public void Key(string key)
        {
            _writer.Write(Entry);
            _writer.Write(key);
        }

        public void EndListOrMap() => _writer.Write(End);

        /// <summary>The packed bytes of the one tree written.</summary>
        public byte[] Finish()
        {
            _writer.Dispose();
            return _packed.ToArray();
        }

        public void Dispose()
        {
            _writer.Dispose();
            _packed.Dispose();
        }
    }

    private static void Write(Writer writer, ProvenanceNode node)
    {
        switch (node)
        {
            case ProvenanceScalar scalar:
                writer.Value(scalar.Value);
                break;
            case ProvenanceList list:
                writer.StartList();
                foreach (var item in list.Items) Write(writer, item);
                writer.EndListOrMap();
                break;
            case ProvenanceMap map:
                writer.StartMap();
                foreach (var (key, value) in map.Entries)
                {
                    writer.Key(key);
                    Write(writer, value);
                }
                writer.EndListOrMap();
                break;
            default:
                throw new ArgumentException($"a provenance node of an unknown kind: {node.GetType().Name}", nameof(node));
        }
    }

    private static ProvenanceNode Read(BinaryReader reader, byte kind)
    {
        switch (kind)
        {
            case Scalar:
                return new ProvenanceScalar(reader.ReadString());
            case List:
            {
                var items = ImmutableArray.CreateBuilder<ProvenanceNode>();
                for (var next = reader.ReadByte(); next != End; next = reader.ReadByte()) items.Add(Read(reader, next));
                return new ProvenanceList(items.DrainToImmutable());
            }
            case Map:
            {
                var entries = ImmutableArray.CreateBuilder<KeyValuePair<string, ProvenanceNode>>();
                for (var next = reader.ReadByte(); next != End; next = reader.ReadByte())
                {
                    if (next != Entry) throw new InvalidDataException($"packed provenance: a map entry expected, found {next}");
                    var key = reader.ReadString();
                    entries.Add(new(key, Read(reader, reader.ReadByte())));
                }
                return new ProvenanceMap(entries.DrainToImmutable());
            }
            default:
                throw new InvalidDataException($"packed provenance: unknown node kind {kind}");
        }
    }
}
