using System.Buffers;
using System.Text;
using System.Text.Json;
using LongTriangle.Publishing.Rendering;
using Shouldly;
using Xunit;

namespace LongTriangle.Publishing.Tests.Rendering;

public sealed class PageBytesTests
{
    /// <summary>Bytes 0, 1, … 250, 0, 1, …: a value at every position that shows where it came from.</summary>
    private static byte[] Counting(int length) => [.. Enumerable.Range(0, length).Select(i => (byte)(i % 251))];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(PageBytes.ChunkSize - 1)]
    [InlineData(PageBytes.ChunkSize)]
    [InlineData(PageBytes.ChunkSize + 1)]
    [InlineData(3 * PageBytes.ChunkSize + 12_345)]
    public void Bytes_appended_in_pieces_of_any_size_come_back_whole_by_array_sequence_and_stream(int length)
    {
        var expected = Counting(length);
        using var page = new PageBytes(new PageChunkPool());
        var rest = expected.AsSpan();
        for (var piece = 1; !rest.IsEmpty; piece = piece * 7 % 100_003 + 1)
        {
            var take = Math.Min(piece, rest.Length);
            page.Append(rest[..take]);
            rest = rest[take..];
        }

        page.Length.ShouldBe(length);
        page.ToArray().ShouldBe(expected);
        page.AsSequence().ToArray().ShouldBe(expected);
        page.AsSequence().Length.ShouldBe(length);
        using var stream = new MemoryStream();
        page.WriteTo(stream);
        stream.ToArray().ShouldBe(expected);
    }

    [Fact]
    public void No_chunk_is_a_large_object_and_a_disposed_page_gives_its_chunks_to_the_next()
    {
        PageBytes.ChunkSize.ShouldBeLessThan(85_000, "the runtime's large-object threshold");
        var pool = new PageChunkPool();
        var written = Counting(5 * PageBytes.ChunkSize);
        var first = new PageBytes(pool);
        first.Append(written);
        first.Dispose();

        var chunks = Enumerable.Range(0, 5).Select(i => written.AsSpan(i * PageBytes.ChunkSize, PageBytes.ChunkSize).ToArray()).ToList();
        var held = Enumerable.Range(0, 5).Select(_ => pool.Rent()).ToList();
        held.Distinct().Count().ShouldBe(5);
        foreach (var chunk in held)
            chunks.Any(c => c.SequenceEqual(chunk)).ShouldBeTrue("a chunk of the first page, given again");
        pool.Rent().ShouldAllBe(b => b == 0, "the pool holds no more: a new chunk");
    }

    [Fact]
    public void Json_written_through_the_page_is_the_json_written_to_a_stream()
    {
        var text = string.Concat(Enumerable.Repeat("长三角一体化 \"quoted\" <tag> ", 20_000));
        void Write(Utf8JsonWriter json)
        {
            json.WriteStartObject();
            json.WriteString("text", text);
            json.WriteStartArray("numbers");
            for (var i = 0; i < 50_000; i++) json.WriteNumberValue(i);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        var options = new JsonWriterOptions { Indented = true };
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, options)) Write(writer);
        using var page = new PageBytes(new PageChunkPool());
        using (var writer = new Utf8JsonWriter(page, options)) Write(writer);

        page.Length.ShouldBeGreaterThan(2 * PageBytes.ChunkSize);
        Encoding.UTF8.GetString(page.ToArray()).ShouldBe(Encoding.UTF8.GetString(stream.ToArray()));
    }
}
