using System.Text;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Tests.Reading;

public sealed class SeedReaderTests(ConversionData data) : IClassFixture<ConversionData>
{
    // Lines 1–2 of seed 000, Traditional with Taiwan vocabulary.
    private const string Title = "上海市貫徹《長江三角洲區域一體化發展規劃綱要》實施方案";
    private const string Source = "來源:中國網地産 2020-01-10 17:02:09";

    private WorkingText Read(byte[] bytes, string name = "test.txt") => data.Reader.Read(TestText.SeedOf(bytes, name));

    [Fact]
    public void Utf8_lines_are_numbered_from_one_and_line_endings_normalised()
    {
        var text = Read(Encoding.UTF8.GetBytes(Title + "\r\n\r\n" + Source + "\r第三行\n"));

        text.Lines.Select(l => (l.Number, l.Text)).ShouldBe([(1, Title), (2, ""), (3, Source), (4, "第三行"), (5, "")]);
        text.Repairs.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Chinese_utf16_without_byte_order_mark_is_recognised_by_its_characters(bool bigEndian)
    {
        // Chinese UTF-16 has NUL bytes only in its ASCII (here the date line), far below what finds English UTF-16.
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: false);
        var text = Read(encoding.GetBytes("上海市贯彻《长江三角洲区域一体化发展规划纲要》实施方案\n来源：2020-01-10\n一、总体要求\n"));

        text.Lines.Select(l => l.Text).ShouldBe(["上海市贯彻《长江三角洲区域一体化发展规划纲要》实施方案", "来源：2020-01-10", "一、总体要求", ""]);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("gb18030")]
    [InlineData("big5")]
    [InlineData("ascii")]
    public void Text_in_other_encodings_is_not_taken_for_utf16(string name)
    {
        // Read two bytes at a time, these become Hangul, surrogates, private use and rare characters, not text.
        var plain = name == "ascii" ? "Yangtze River Delta integration plan, 2019 edition.\nChapter one.\n" : "上海市贯彻长江三角洲区域一体化发展规划纲要实施方案\n一、总体要求\n";
        var bytes = name switch
        {
            "gb18030" => data.Encodings.Gb18030.GetBytes(plain),
            "big5" => data.Encodings.Big5.GetBytes("江蘇省推進長江三角洲區域一體化發展行動方案\n一、總體要求\n"),
            _ => Encoding.UTF8.GetBytes(plain),
        };

        var expected = name == "big5" ? "江蘇省推進長江三角洲區域一體化發展行動方案\n一、總體要求\n" : plain;
        string.Join("\n", Read(bytes).Lines.Select(l => l.Text)).ShouldBe(expected);
    }

    [Fact]
    public void Utf8_byte_order_mark_is_dropped()
    {
        var text = Read([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Title)]);

        text.Lines.Single().Text.ShouldBe(Title);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_with_byte_order_mark_is_read(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var text = Read([.. encoding.GetPreamble(), .. encoding.GetBytes(Title + "\r\n" + Source)]);

        text.Lines.Select(l => l.Text).ShouldBe([Title, Source]);
    }

    [Fact]
    public void Gb18030_file_is_recognised_by_its_characters()
    {
        var gb = data.Encodings.Gb18030.GetBytes(Title + "\n" + Source);

        var text = Read(gb);

        text.Lines.Select(l => l.Text).ShouldBe([Title, Source]);
    }

    [Fact]
    public void Big5_file_is_recognised_by_its_characters()
    {
        // Line 1 of seed 002 (Big5 has no 産, so the Big5 test uses seed 002's text).
        const string line = "江蘇省司法廳發布《長江三角洲區域一體化發展規劃綱要》,全文如下:";
        var text = Read(data.Encodings.Big5.GetBytes(line));

        text.Lines.Single().Text.ShouldBe(line);
    }

    [Fact]
    public void A_gb18030_line_inside_a_utf8_file_is_decoded_on_its_own_and_recorded()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes(Title + "\n"), .. data.Encodings.Gb18030.GetBytes(Source), .. "\n第三行"u8];

        var text = Read(bytes);

        text.Lines.Select(l => l.Text).ShouldBe([Title, Source, "第三行"]);
        var repair = text.Repairs.ShouldHaveSingleItem();
        repair.Kind.ShouldBe(RepairKind.Encoding);
        repair.Line.ShouldBe(2);
        repair.Note!.ShouldContain("gb18030");
    }

    [Fact]
    public void Line_and_paragraph_separators_end_lines_and_move_later_numbers_on()
    {
        var text = Read(Encoding.UTF8.GetBytes("一\u2028二\u2029三\n四"));

        text.Lines.Select(l => (l.Number, l.Text)).ShouldBe([(1, "一"), (2, "二"), (3, "三"), (4, "四")]);
    }

    [Fact]
    public void Text_is_normalised_to_nfc_and_the_change_recorded()
    {
        // "q" + u + combining macron (as some pinyin sites write qū), and a CJK compatibility ideograph.
        var text = Read(Encoding.UTF8.GetBytes("區(qu\u0304)\n\uF900"));

        text.Lines[0].Text.ShouldBe("區(qū)");
        text.Lines[1].Text.ShouldBe("\u8C48");
        text.Repairs.Select(r => (r.Kind, r.Line)).ShouldBe([(RepairKind.UnicodeNormalisation, 1), (RepairKind.UnicodeNormalisation, 2)]);
    }

    [Fact]
    public void Stray_control_characters_are_removed_and_recorded()
    {
        var text = Read(Encoding.UTF8.GetBytes("第一章\u0007 總則"));

        text.Lines.Single().Text.ShouldBe("第一章 總則");
        text.Repairs.ShouldHaveSingleItem().Kind.ShouldBe(RepairKind.StrayCharacterRemoved);
    }

    [Fact]
    public void Empty_file_is_an_error_naming_the_file()
    {
        var error = Should.Throw<ConversionException>(() => Read([], "empty.txt"));

        error.Message.ShouldBe("/seeds/empty.txt: the file is empty; put the document's text in it, or remove it");
    }

    [Fact]
    public void White_space_only_file_is_an_error()
    {
        var error = Should.Throw<ConversionException>(() => Read(" \r\n\t\n\u3000"u8.ToArray(), "blank.txt"));

        error.File.ShouldBe("/seeds/blank.txt");
        error.Problem.ShouldContain("no text");
    }

    [Fact]
    public void Png_image_is_an_error_naming_what_it_is()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

        var error = Should.Throw<ConversionException>(() => Read(png, "picture.txt"));

        error.Message.ShouldStartWith("/seeds/picture.txt: the file is not text: it looks like a PNG image; ");
    }

    [Fact]
    public void Nul_bytes_are_an_error_naming_the_line()
    {
        byte[] bytes = [.. "第一行\n第二行"u8, 0, 1, 2, 3, 4, 5];

        var error = Should.Throw<ConversionException>(() => Read(bytes, "data.bin"));

        error.Line.ShouldBe(2);
        error.Message.ShouldStartWith("/seeds/data.bin:2: the file is not text");
    }

    [Fact]
    public void Undecodable_bytes_are_an_error_naming_the_first_bad_line()
    {
        // Bytes valid in none of UTF-8, GB18030 and Big5: lone lead bytes and 0xFF.
        var garbage = Enumerable.Range(0, 200).Select(i => (byte)(i % 2 == 0 ? 0xFF : 0x81)).ToArray();
        byte[] bytes = [.. "第一行\n"u8, .. garbage];

        var error = Should.Throw<ConversionException>(() => Read(bytes, "noise.txt"));

        error.File.ShouldBe("/seeds/noise.txt");
        error.Line.ShouldBe(2);
        error.Problem.ShouldContain("cannot be decoded");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Utf8_cut_off_inside_a_character_keeps_every_whole_character_and_marks_the_cut(int bytesCut)
    {
        const string last = "以习近平新时代中国特色社会主义思想为指导";
        var whole = Encoding.UTF8.GetBytes(Title + "\n" + last);

        var text = Read(whole[..^bytesCut]);

        text.Lines.Select(l => l.Text).ShouldBe([Title, last[..^1] + "\uFFFD"]);
        text.Repairs.ShouldContain(r => r.Kind == RepairKind.Encoding && r.Line == 2);
    }

    [Fact]
    public void No_byte_sequence_crashes_the_reader()
    {
        // Deterministic pseudo-random bytes of many shapes: the reader either reads them or refuses them
        // with a ConversionException, never anything else.
        var random = new Random(20240101);
        for (var round = 0; round < 300; round++)
        {
            var bytes = new byte[random.Next(0, 400)];
            random.NextBytes(bytes);
            if (round % 3 == 0)
            {
                // mostly valid multi-byte text with damage
                var valid = data.Encodings.Gb18030.GetBytes(Title + Source);
                bytes = [.. valid.Take(random.Next(valid.Length)), .. bytes.Take(random.Next(8)), .. Encoding.UTF8.GetBytes(Title)];
            }

            try
            {
                var text = Read(bytes);
                text.Lines.ShouldNotBeEmpty();
            }
            catch (ConversionException error)
            {
                error.File.ShouldBe("/seeds/test.txt");
            }
        }
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Every_seed_reads_as_utf8_without_repairs(string prefix)
    {
        var seed = SeedFiles.Load(prefix);

        var text = data.Reader.Read(seed);

        text.Lines.Length.ShouldBe(File.ReadAllLines(seed.FullPath).Length);
        text.Repairs.ShouldBeEmpty();
    }
}
