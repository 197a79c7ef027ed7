using System.Text;
using LongTriangle.Publishing.Rendering;
using Shouldly;
using Xunit;

namespace LongTriangle.Publishing.Tests.Rendering;

public sealed class TidyUtf8WriterTests
{
    private static string Tidy(params string[] writes)
    {
        using var writer = new TidyUtf8Writer();
        foreach (var write in writes) writer.Write(write);
        var bytes = writer.ToArray();
        bytes.Take(3).ShouldNotBe(new byte[] { 0xEF, 0xBB, 0xBF }, "no byte order mark");
        return Encoding.UTF8.GetString(bytes);
    }

    [Fact]
    public void Lines_lose_trailing_white_space_and_carriage_returns_and_blank_lines_are_left_out() =>
        Tidy("<p>规划  \r\n\r\n   \n\t<a>纲要</a>\t\r\n").ShouldBe("<p>规划\n\t<a>纲要</a>\n");

    [Fact]
    public void The_last_line_is_ended_by_a_newline() => Tidy("<html>", "</html>").ShouldBe("<html></html>\n");

    [Fact]
    public void Nothing_written_is_one_newline() => Tidy("", " \n\r\n").ShouldBe("\n");

    [Fact]
    public void A_line_written_in_pieces_and_a_surrogate_pair_split_between_writes_stay_whole()
    {
        var pair = "𠀀"; // U+20000, two UTF-16 code units
        Tidy("<td>", pair[..1], pair[1..], "</td> ", "\n<tr>").ShouldBe("<td>𠀀</td>\n<tr>\n");
    }

    [Fact]
    public void Single_characters_and_character_arrays_are_tidied_alike()
    {
        using var writer = new TidyUtf8Writer();
        writer.Write('a');
        writer.Write(' ');
        writer.Write('\n');
        writer.Write("xy\n z ".ToCharArray(), 0, 6);
        Encoding.UTF8.GetString(writer.ToArray()).ShouldBe("a\nxy\n z\n");
    }

    [Fact]
    public void A_page_larger_than_the_first_buffers_is_written_whole()
    {
        var line = new string('长', 50_000);
        Tidy(line, "\n", line).ShouldBe(line + "\n" + line + "\n");
    }

    [Fact]
    public void A_page_of_many_chunks_keeps_every_character_whole_where_a_chunk_ends()
    {
        // Three-byte characters after one byte: a character's bytes cross every chunk's end somewhere.
        var line = "a" + new string('长', 30_000) + "𠀀";
        using var writer = new TidyUtf8Writer(new PageChunkPool());
        for (var i = 0; i < 5; i++) writer.Write(line + "  \n");
        using var page = writer.TakePage();
        page.Length.ShouldBeGreaterThan(4 * PageBytes.ChunkSize);
        Encoding.UTF8.GetString(page.ToArray()).ShouldBe(string.Concat(Enumerable.Repeat(line + "\n", 5)));
    }
}
