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

    [Fact]
    public void A_line_longer_than_the_line_buffer_is_tidied_as_a_whole_line_would_be()
    {
        // Runs of white space longer than the buffer in the middle of a line, at its end and as the whole line,
        // surrogate pairs and carriage returns everywhere, written in pieces of every size.
        var text = new StringBuilder();
        for (var i = 0; i < 400; i++)
        {
            text.Append("<td>长𠀀</td>");
            text.Append(' ', i % 7 == 0 ? 5_000 : i % 3);
            if (i % 11 == 0) text.Append('\t').Append('\r');
            if (i % 50 == 0) text.Append('\n').Append(' ', 9_000).Append('\n');
            if (i % 97 == 0) text.Append(' ', 4_095).Append("𠀀");
        }
        text.Append(' ', 6_000);
        var whole = text.ToString();
        var expected = string.Concat(whole.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).Select(l => l + "\n"));

        foreach (var piece in new[] { 1, 3, 4_095, 4_097, 70_000 })
        {
            var pieces = Enumerable.Range(0, (whole.Length + piece - 1) / piece)
                .Select(i => whole.Substring(i * piece, Math.Min(piece, whole.Length - i * piece))).ToArray();
            Tidy(pieces).ShouldBe(expected, $"written {piece} characters at a time");
        }
    }

    [Fact]
    public void A_line_of_white_space_longer_than_the_line_buffer_is_left_out_and_one_after_text_is_trimmed()
    {
        Tidy(new string(' ', 20_000), "\n", "x", new string(' ', 20_000), "\n", new string('\t', 9_000)).ShouldBe("x\n");
    }
}
