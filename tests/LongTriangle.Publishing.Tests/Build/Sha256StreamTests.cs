using System.Security.Cryptography;
using System.Text.Json;
using LongTriangle.Publishing.Build;

namespace LongTriangle.Publishing.Tests.Build;

/// <summary>The stream's hash is the SHA-256 of everything written to it, however the writes are cut.</summary>
public sealed class Sha256StreamTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(16 * 1024 - 1)]
    [InlineData(16 * 1024)]
    [InlineData(16 * 1024 + 1)]
    [InlineData(100_000)]
    public void Writes_of_any_size_hash_as_the_bytes_written_in_one_piece(int piece)
    {
        var bytes = new byte[250_000];
        new Random(18).NextBytes(bytes);
        using var stream = new Sha256Stream();
        for (var offset = 0; offset < bytes.Length; offset += piece)
            stream.Write(bytes, offset, Math.Min(piece, bytes.Length - offset));

        stream.Length.ShouldBe(bytes.Length);
        stream.Hash().ShouldBe(SHA256.HashData(bytes));
    }

    [Fact]
    public void A_value_serialized_into_it_hashes_as_its_serialized_bytes()
    {
        var value = new { Title = "长江三角洲区域一体化发展规划纲要", Clauses = Enumerable.Range(0, 5_000).Select(i => $"第{i}条 推进一体化").ToArray() };
        using var stream = new Sha256Stream();
        JsonSerializer.Serialize(stream, value);

        stream.Hash().ShouldBe(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(value)));
    }

    [Fact]
    public void Single_bytes_and_the_empty_stream_hash_as_their_bytes()
    {
        using (var empty = new Sha256Stream()) empty.Hash().ShouldBe(SHA256.HashData([]));
        using var stream = new Sha256Stream();
        stream.WriteByte(0x4C);
        stream.WriteByte(0x54);
        stream.Hash().ShouldBe(SHA256.HashData([0x4C, 0x54]));
    }
}
