using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
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
/// <para>A file is not even read when its <see cref="FileStamp"/> is one recorded with the hash of its bytes (kept
/// under <see cref="CacheArea.FileStamps"/>, for a file read without a problem and whose stamp was settled when
/// recorded): at library scale the provenance files are hundreds of megabytes to read and hash on every build.</para>
/// </summary>
public sealed class ProvenanceCache(BuildCache cache)
{
    private const byte NoDocument = 0, Document = 1;

    private const string What = "provenance file";

    private int _hits, _unread;

    /// <summary>How many files were taken from the cache rather than parsed.</summary>
    public int Hits => Volatile.Read(ref _hits);

    /// <summary>How many of those were not read at all, known by their stamps.</summary>
    public int Unread => Volatile.Read(ref _unread);

    /// <summary>
    /// The provenance file at <paramref name="path"/> (inside <paramref name="root"/>, named <paramref name="file"/> in
    /// problems), checked and read as <see cref="ContentFiles.ReadBytes"/> does unless its stamp is one recorded with
    /// its bytes' hash.
    /// </summary>
    internal PackedProvenanceFile? Read(string path, string root, string file)
    {
        // The clock before the stamp, and the stamp before the bytes: a change made while the file is read gives
        // another stamp, or one not settled at the recording (then not recorded).
        var recordedAt = FileSystemClock.Now();
        ContentFiles.AsContentProblem(() => { InputFiles.RequireRegularFile(path, root, What, file); return 0; });
        var stamp = FileStamp.Of(path);
        var stampKey = stamp is { } known ? cache.Key(CacheArea.FileStamps).Add(file).Add(known.ToBytes()) : null;
        if (stampKey is not null && cache.Read(stampKey) is { Length: SHA256.HashSizeInBytes } hash
            && cache.Read(ContentKey(file, hash)) is { } entry)
        {
            Interlocked.Increment(ref _hits);
            Interlocked.Increment(ref _unread);
            return Decode(entry);
        }
        var bytes = ContentFiles.ReadBytes(path, root, file, What, YamlLimits.Document.MaximumBytes);
        var digest = SHA256.HashData(bytes);
        var read = ReadPacked(bytes, digest, file);
        if (stampKey is not null && stamp is { } settled && settled.IsSettledAt(recordedAt) && settled.Length == bytes.Length)
            cache.Write(stampKey, digest);
        return read;
    }

    /// <summary>The provenance in <paramref name="bytes"/> (the file's, as <see cref="InputFiles.ReadBytes"/> read them), exactly as
    /// <see cref="ProvenanceReader.Read"/> reads it from their text, with the same problems.</summary>
    internal PackedProvenanceFile? ReadPacked(byte[] bytes, string file) => ReadPacked(bytes, SHA256.HashData(bytes), file);

    private PackedProvenanceFile? ReadPacked(byte[] bytes, byte[] digest, string file)
    {
        var key = ContentKey(file, digest);
        if (cache.Read(key) is { } entry)
        {
            Interlocked.Increment(ref _hits);
            return Decode(entry);
        }
        var read = ProvenanceReader.ReadPacked(ContentFiles.AsContentProblem(() => InputFiles.DecodeUtf8(bytes, What, file)), file);
        cache.Write(key, Encode(read));
        return read;
    }

    private CacheKey ContentKey(string file, byte[] digest) => cache.Key(CacheArea.Provenance).Add(file).Add(digest);

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

    /// <summary>The read the entry holds: one <see cref="Encode"/> wrote (the build cache hands out only an entry proven
    /// whole, under a key that starts with this tool's fingerprint), so it is decoded without guards.</summary>
    private static PackedProvenanceFile? Decode(byte[] entry)
    {
        using var reader = new BinaryReader(new MemoryStream(entry));
        if (reader.ReadByte() == NoDocument) return null;
        var packed = reader.ReadBytes(reader.ReadInt32());
        var corrections = ImmutableArray.CreateBuilder<Correction>(reader.ReadInt32());
        for (var i = corrections.Capacity; i > 0; i--)
        {
            var (eid, before, after, reason) = (ReadString(reader), ReadString(reader), ReadString(reader), ReadString(reader));
            corrections.Add(new Correction(eid, before, after, reason, reader.ReadBoolean() ? ReadString(reader) : null));
        }
        return new PackedProvenanceFile(packed, corrections.MoveToImmutable());
    }

    private static void WriteString(BinaryWriter writer, string text)
    {
        writer.Write(text.Length);
        writer.Write(MemoryMarshal.AsBytes(text.AsSpan()));
    }

    private static string ReadString(BinaryReader reader)
    {
        var bytes = reader.ReadBytes(reader.ReadInt32() * sizeof(char));
        return new string(MemoryMarshal.Cast<byte, char>(bytes));
    }
}
