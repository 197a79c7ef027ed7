using System.Security.Cryptography;

namespace LongTriangle.Publishing.Build;

/// <summary>
/// The SHA-256 of everything a cached step read, fed in order; each piece is length-prefixed, so two different
/// sequences of inputs never make the same stream.
/// </summary>
public sealed class CacheKey(CacheArea area)
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private string? _hex;

    public CacheArea Area { get; } = area;

    public CacheKey Add(ReadOnlySpan<byte> bytes)
    {
        if (_hex is not null) throw new InvalidOperationException("the key is complete");
        Span<byte> length = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(length, bytes.Length);
        _hash.AppendData(length);
        _hash.AppendData(bytes);
        return this;
    }

    public CacheKey Add(string text) => Add(System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>The key as hexadecimal (the entry's file name); no input can be added after.</summary>
    public string Hex()
    {
        if (_hex is null)
        {
            _hex = Convert.ToHexStringLower(_hash.GetHashAndReset());
            _hash.Dispose();
        }
        return _hex;
    }
}
