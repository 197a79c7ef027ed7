using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace LongTriangle.Publishing.Build;

/// <summary>
/// The end of every build-cache entry, written with it, which proves that the bytes before it are the payload
/// written under that entry's key: the SHA-256 of the key and the payload, the payload's length, and a mark of
/// this format. An entry cut short, grown, changed in any byte, written by hand, written under another key (a
/// file copied or renamed) or of another format does not match it, and is a miss. At the end rather than the
/// start, so that a copy of the entry (a page copied into the site by the file system) becomes the payload by
/// cutting it, not by moving its bytes.
/// <para>Layout: payload, SHA-256 (32 bytes), payload length (64-bit little-endian), <c>ltcache1</c> (8 bytes).</para>
/// </summary>
public static class CacheEntryTrailer
{
    private const int ChecksumSize = 32;
    private const int BufferSize = 1 << 16;

    /// <summary>The trailer's length in bytes.</summary>
    public const int Size = ChecksumSize + sizeof(long) + 8;

    private static ReadOnlySpan<byte> Mark => "ltcache1"u8;

    /// <summary>The trailer of <paramref name="payload"/> stored under the key <paramref name="keyHex"/> (its file name).</summary>
    public static byte[] Of(string keyHex, ReadOnlySpan<byte> payload)
    {
        using var hash = Checksum(keyHex);
        hash.AppendData(payload);
        return Make(hash, payload.Length);
    }

    /// <summary>The trailer of <paramref name="payload"/>, held in pieces, stored under the key <paramref name="keyHex"/>.</summary>
    internal static byte[] Of(string keyHex, ReadOnlySequence<byte> payload)
    {
        using var hash = Checksum(keyHex);
        foreach (var piece in payload) hash.AppendData(piece.Span);
        return Make(hash, payload.Length);
    }

    /// <summary>The trailer of the first <paramref name="length"/> bytes of <paramref name="stream"/> (read from its start) stored under <paramref name="keyHex"/>.</summary>
    internal static byte[] Of(string keyHex, Stream stream, long length)
    {
        using var hash = Checksum(keyHex);
        AppendPayload(hash, stream, length);
        return Make(hash, length);
    }

    /// <summary>Whether <paramref name="trailer"/> is that of <paramref name="payload"/> stored under <paramref name="keyHex"/>.</summary>
    internal static bool Proves(ReadOnlySpan<byte> trailer, string keyHex, ReadOnlySpan<byte> payload)
    {
        if (StatedLength(trailer) != payload.Length) return false;
        using var hash = Checksum(keyHex);
        hash.AppendData(payload);
        return SameChecksum(hash, trailer);
    }

    /// <summary>
    /// The length of the payload <paramref name="entry"/> (an entry's whole file, opened for reading) holds when its
    /// trailer proves it whole under <paramref name="keyHex"/>, else null. Reads the entry through a small buffer, never
    /// whole; leaves the stream's position anywhere.
    /// </summary>
    internal static long? PayloadLength(Stream entry, string keyHex)
    {
        var length = entry.Length - Size;
        if (length < 0) return null;
        Span<byte> trailer = stackalloc byte[Size];
        entry.Position = length;
        entry.ReadExactly(trailer);
        if (StatedLength(trailer) != length) return null;
        using var hash = Checksum(keyHex);
        entry.Position = 0;
        AppendPayload(hash, entry, length);
        return SameChecksum(hash, trailer) ? length : null;
    }

    /// <summary>The payload's length the trailer states, or -1 when it is not a trailer of this format.</summary>
    private static long StatedLength(ReadOnlySpan<byte> trailer) =>
        trailer.Length == Size && trailer[^Mark.Length..].SequenceEqual(Mark)
            ? BinaryPrimitives.ReadInt64LittleEndian(trailer[ChecksumSize..])
            : -1;

    private static bool SameChecksum(IncrementalHash hash, ReadOnlySpan<byte> trailer)
    {
        Span<byte> checksum = stackalloc byte[ChecksumSize];
        hash.GetHashAndReset(checksum);
        return checksum.SequenceEqual(trailer[..ChecksumSize]);
    }

    private static IncrementalHash Checksum(string keyHex)
    {
        var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.ASCII.GetBytes(keyHex));
        return hash;
    }

    private static void AppendPayload(IncrementalHash hash, Stream stream, long length)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            for (var left = length; left > 0;)
            {
                var read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
                if (read == 0) throw new EndOfStreamException();
                hash.AppendData(buffer, 0, read);
                left -= read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static byte[] Make(IncrementalHash hash, long length)
    {
        var trailer = new byte[Size];
        hash.GetHashAndReset(trailer.AsSpan(0, ChecksumSize));
        BinaryPrimitives.WriteInt64LittleEndian(trailer.AsSpan(ChecksumSize), length);
        Mark.CopyTo(trailer.AsSpan(Size - Mark.Length));
        return trailer;
    }
}
