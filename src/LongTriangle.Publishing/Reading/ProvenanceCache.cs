using System.Collections.Immutable;
using System.Runtime.InteropServices;
using LongTriangle.Inputs;
using LongTriangle.Publishing.Build;
using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Reading;

/// <summary>
/// Reads provenance files through the build cache: what a file reads to (<see cref="PackedProvenanceFile"/>) is
/// kept under the hash of its bytes and the tool's fingerprint, so a rebuild hashes a file it read before instead
/// of parsing it (the provenance files are most of a library's YAML, and parsing them most of the read stage).
/// The key holds the file's name too, though the result depends on the bytes alone (the name appears only in a
/// problem): each file has its own entry, removed with the file, and a library of copies (the benchmark's) does
/// not parse one file for all its copies. Only a file read without a problem is stored: a file with a problem
/// is parsed again, and reported by name, on every build. Safe to use from several threads at once.
/// </summary>
public sealed class ProvenanceCache(BuildCache cache)
{
    private const byte NoDocument = 0, Document = 1;

    private int _hits;

    /// <summary>How many files were taken from the cache rather than parsed.</summary>
    public int Hits => Volatile.Read(ref _hits);

    /// <summary>The provenance in <paramref name="bytes"/> (the file's, as <see cref="InputFiles.ReadBytes"/> read them), exactly as
    /// <see cref="ProvenanceReader.Read"/> reads it from their text, with the same problems.</summary>
    internal PackedProvenanceFile? ReadPacked(byte[] bytes, string file)
    {
        var key = cache.Key(CacheArea.Provenance).Add(file).Add(bytes);
        if (cache.Read(key) is { } entry && TryDecode(entry, out var remembered))
        {
            Interlocked.Increment(ref _hits);
            return remembered;
        }
        const string what = "provenance file";
        var read = ProvenanceReader.ReadPacked(ContentFiles.AsContentProblem(() => InputFiles.DecodeUtf8(bytes, what, file)), file);
        cache.Write(key, Encode(read));
        return read;
    }

    /// <summary>A kind byte, then the packed tree (its length first) and the errata; strings as UTF-16 code units, so any string comes back as it was.</summary>
    private static byte[] Encode(PackedProvenanceFile? read)
    {
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes))
        {
            writer.Write(read is null ? NoDocument : Document);
            if (read is not null)
            {
                writer.Write(read.Packed.Length);
                writer.Write(read.Packed);
                writer.Write(read.Corrections.Length);
                foreach (var correction in read.Corrections)
                {
                    WriteString(writer, correction.Eid);
                    WriteString(writer, correction.Before);
                    WriteString(writer, correction.After);
                    WriteString(writer, correction.Reason);
                    writer.Write(correction.Source is not null);
                    if (correction.Source is not null) WriteString(writer, correction.Source);
                }
            }
        }
        return bytes.ToArray();
    }

    /// <summary>Whether the entry is one this code wrote whole (else the file is read again), and the read it holds.</summary>
    private static bool TryDecode(byte[] entry, out PackedProvenanceFile? read)
    {
        read = null;
        try
        {
            using var reader = new BinaryReader(new MemoryStream(entry));
            var kind = reader.ReadByte();
            if (kind == Document)
            {
                var packed = ReadExactly(reader, reader.ReadInt32());
                // A count no entry of this length can hold is a damaged entry, not an allocation to attempt.
                var count = reader.ReadInt32();
                if (count < 0 || count > entry.Length) return false;
                var corrections = ImmutableArray.CreateBuilder<Correction>(count);
                for (var i = corrections.Capacity; i > 0; i--)
                {
                    var (eid, before, after, reason) = (ReadString(reader), ReadString(reader), ReadString(reader), ReadString(reader));
                    corrections.Add(new Correction(eid, before, after, reason, reader.ReadBoolean() ? ReadString(reader) : null));
                }
                read = new PackedProvenanceFile(packed, corrections.MoveToImmutable());
            }
            return kind is NoDocument or Document && reader.BaseStream.Position == entry.Length;
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentOutOfRangeException or OverflowException)
        {
            return false;
        }
    }

    private static byte[] ReadExactly(BinaryReader reader, int length)
    {
        var bytes = reader.ReadBytes(length);
        return bytes.Length == length ? bytes : throw new EndOfStreamException();
    }

    private static void WriteString(BinaryWriter writer, string text)
    {
        writer.Write(text.Length);
        writer.Write(MemoryMarshal.AsBytes(text.AsSpan()));
    }

    private static string ReadString(BinaryReader reader)
    {
        var bytes = ReadExactly(reader, checked(reader.ReadInt32() * sizeof(char)));
        return new string(MemoryMarshal.Cast<byte, char>(bytes));
    }
}
