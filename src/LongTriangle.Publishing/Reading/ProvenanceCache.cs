using System.Collections.Immutable;
using LongTriangle.Inputs;
using LongTriangle.Publishing.Build;
using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Reading;

/// <summary>
/// Reads provenance files through the build cache (<see cref="CachedFileReader{T}"/>): what a file reads to
/// (<see cref="PackedProvenanceFile"/>) is kept under the hash of its bytes, so a rebuild does not parse it again (the
/// provenance files are most of a library's YAML), and a file whose stamp is unchanged is not even read.
/// </summary>
public sealed class ProvenanceCache
{
    private const byte NoDocument = 0, Document = 1;

    private readonly CachedFileReader<PackedProvenanceFile?> _reader;

    public ProvenanceCache(BuildCache cache) =>
        _reader = new(cache, CacheArea.Provenance, "provenance file", YamlLimits.Document.MaximumBytes, ProvenanceReader.ReadPacked, Encode, Decode);

    /// <summary>How many files were taken from the cache rather than parsed.</summary>
    public int Hits => _reader.Hits;

    /// <summary>How many of those were not read at all, known by their stamps.</summary>
    public int Unread => _reader.Unread;

    /// <summary>The provenance file at <paramref name="path"/> (inside <paramref name="root"/>, named <paramref name="file"/> in problems).</summary>
    internal PackedProvenanceFile? Read(string path, string root, string file) => _reader.Read(path, root, file);

    /// <summary>The provenance in <paramref name="bytes"/> (the file's, as <see cref="InputFiles.ReadBytes"/> read them), exactly as
    /// <see cref="ProvenanceReader.Read"/> reads it from their text, with the same problems.</summary>
    internal PackedProvenanceFile? ReadPacked(byte[] bytes, string file) => _reader.Read(bytes, file);

    /// <summary>A kind byte, then the packed tree and the errata.</summary>
    private static byte[] Encode(PackedProvenanceFile? read)
    {
        using var writer = new PackedWriter();
        writer.Byte(read is null ? NoDocument : Document);
        if (read is not null)
        {
            writer.Bytes(read.Packed);
            writer.Int(read.Corrections.Length);
            foreach (var correction in read.Corrections)
            {
                writer.String(correction.Eid);
                writer.String(correction.Before);
                writer.String(correction.After);
                writer.String(correction.Reason);
                writer.String(correction.Source);
            }
        }
        return writer.ToArray();
    }

    private static PackedProvenanceFile? Decode(byte[] entry)
    {
        var reader = new PackedReader(entry);
        if (reader.Byte() == NoDocument) return null;
        var packed = reader.Bytes();
        var corrections = ImmutableArray.CreateBuilder<Correction>(reader.Int());
        for (var i = corrections.Capacity; i > 0; i--)
            corrections.Add(new Correction(reader.String(), reader.String(), reader.String(), reader.String(), reader.NullableString()));
        return new PackedProvenanceFile(packed, corrections.MoveToImmutable());
    }
}
