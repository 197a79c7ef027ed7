using System.Text.RegularExpressions;
using LongTriangle.Conversion.Cleaning.Pinyin;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Tests.Cleaning.Pinyin;

public sealed class PinyinFixture
{
    public MandarinReadings Readings { get; } = MandarinReadings.LoadEmbedded();
}

public sealed class PinyinAnnotationStageTests(PinyinFixture fixture, ConversionData data) : IClassFixture<PinyinFixture>, IClassFixture<ConversionData>
{
    // seed 004, lines 1 and 2
    private const string Line1 = "各區(qū)人民政府,市政府各委、辦、局,各有關(guān)單位:";
    private const string Line2 = "現(xiàn)將《上海市深入實(shí)施以人為本的新型城鎮(zhèn)化戰(zhàn)略五年行動(dòng)計(jì)劃的實(shí)施方案》印發(fā)給你們,請(qǐng)認(rèn)真按照?qǐng)?zhí)行。";

    private WorkingText Clean(WorkingText text) => new PinyinAnnotationStage(fixture.Readings).Apply(text);

    [Fact]
    public void Annotations_that_match_the_reading_of_their_character_are_removed()
    {
        var text = Clean(TestText.Of(Line1));

        text.Lines[0].Text.ShouldBe("各區人民政府,市政府各委、辦、局,各有關單位:");
        text.Repairs.ShouldBe([new Repair(RepairKind.PinyinRemoved, 1, "區(qū) 關(guān)", "區 關", "2 changes")]);
    }

    [Fact]
    public void Full_width_parentheses_and_tone_numbers_are_annotations_too()
    {
        var text = Clean(TestText.Of("各區（qū）人民政府,長(chang2)江,綠(lv4)色"));

        text.Lines[0].Text.ShouldBe("各區人民政府,長江,綠色");
    }

    [Fact]
    public void Real_parentheses_stay_even_when_they_contain_annotated_characters()
    {
        var text = Clean(TestText.Of(
            "實(shí)施長江三角洲區(qū)域（以下簡(jiǎn)稱長(zhǎng)三角）一體化發(fā)展戰略",
            "(一)優(yōu)化戶籍和居住證政策",
            "細顆粒物(PM2.5)平均濃度,融合管理要求(M0)”等,建設沪渝蓉铁路(上海經南京至合肥段)"));

        text.Lines.Select(l => l.Text).ShouldBe([
            "實施長江三角洲區域（以下簡稱長三角）一體化發展戰略",
            "(一)優化戶籍和居住證政策",
            "細顆粒物(PM2.5)平均濃度,融合管理要求(M0)”等,建設沪渝蓉铁路(上海經南京至合肥段)"]);
    }

    [Fact]
    public void Annotations_of_whole_words_are_removed_however_their_syllables_are_written()
    {
        var text = Clean(TestText.Of(
            "坚持民生共享、统筹兼顾(jiān gù)。",
            "重大事项及时向省委、省政府报告（bào gào）。",
            "支持蚌埠(Bèngbù)、阜阳等地承接产业转移,推动优质资源共享(gòngxiǎng)。",
            "推进西安(xi1'an1)至合肥高铁建设"));

        text.Lines.Select(l => l.Text).ShouldBe([
            "坚持民生共享、统筹兼顾。",
            "重大事项及时向省委、省政府报告。",
            "支持蚌埠、阜阳等地承接产业转移,推动优质资源共享。",
            "推进西安至合肥高铁建设"]);
        text.Repairs.ShouldBe([
            new Repair(RepairKind.PinyinRemoved, 1, "兼顾(jiān gù)", "兼顾", "1 change"),
            new Repair(RepairKind.PinyinRemoved, 2, "报告（bào gào）", "报告", "1 change"),
            new Repair(RepairKind.PinyinRemoved, 3, "蚌埠(Bèngbù) 共享(gòngxiǎng)", "蚌埠 共享", "2 changes"),
            new Repair(RepairKind.PinyinRemoved, 4, "西安(xi1'an1)", "西安", "1 change"),
        ]);
    }

    [Fact]
    public void Run_together_syllables_are_split_by_the_readings_of_the_characters()
    {
        // "xīān" is no syllable and "xiān" would be one: only 西 xī + 安 ān reads 西安. The same letters
        // after 先 are not its reading, so that parenthesis is not an annotation of it.
        var text = Clean(TestText.Of("西安(Xīān)", "优先(Xīān)"));

        text.Lines.Select(l => l.Text).ShouldBe(["西安", "优先(Xīān)"]);
    }

    [Fact]
    public void Real_parentheses_that_only_look_like_pinyin_stay()
    {
        // Enough word annotations for the document to count as annotated, and still the glosses,
        // abbreviations and years stay; "(AI)" is a syllable, but not a reading of 能.
        var text = Clean(TestText.Of(
            "统筹兼顾(jiān gù),报告(bào gào),共享(gòngxiǎng)",
            "发展人工智能(AI)、工业互联网,建设沪昆高速(G60)科创走廊,办好世博会(Expo)",
            "浦东(Pudong)新区,规划纲要(2019)实施,长三角(以下简称长三角(cháng sān jiǎo))",
            "报告(gòng xiǎng)"));

        text.Lines.Skip(1).Select(l => l.Text).ShouldBe([
            "发展人工智能(AI)、工业互联网,建设沪昆高速(G60)科创走廊,办好世博会(Expo)",
            "浦东(Pudong)新区,规划纲要(2019)实施,长三角(以下简称长三角)",
            "报告(gòng xiǎng)"]);
    }

    [Fact]
    public void A_syllable_that_is_not_a_reading_of_the_character_stays_in_a_text_without_annotations()
    {
        var text = Clean(TestText.Of("方案(a)與方案(e)"));

        text.Lines[0].Text.ShouldBe("方案(a)與方案(e)");
        text.Repairs.ShouldBeEmpty();
    }

    [Fact]
    public void Annotations_of_lost_characters_are_removed_leaving_the_placeholder()
    {
        // The character and its "(" were lost together: "?qǐng)" and "?zhí)".
        var text = Clean(TestText.Of(Line2));

        text.Lines[0].Text.ShouldBe("現將《上海市深入實施以人為本的新型城鎮化戰略五年行動計劃的實施方案》印發給你們,請認真按照??行。");
    }

    [Fact]
    public void A_reading_that_names_nothing_alone_is_kept_as_evidence_at_its_lost_mark()
    {
        // Written for this test: 動's trail byte and the "(" of its reading were lost ("?dòng)").
        var text = Clean(TestText.Of(Line1, Line2, "新能源?碗妱?dòng)汽車"));

        text.Lines[2].Text.ShouldBe("新能源?碗妱?汽車");
        text.LostReadings.Where(r => r.Line == 3).ShouldBe([new PrintedReading(3, "新能源?碗妱".Length, new PinyinSyllable("dong", 4))]);
        text.Repairs.ShouldAllBe(r => !r.Before.Contains('\uFDD0') && !r.After.Contains('\uFDD0'));
    }

    [Fact]
    public void Annotation_after_a_stray_byte_of_a_garbled_character_is_removed()
    {
        // seed 004, line 10: 動態 garbled into "?jiǎng)討B", 態 keeping its annotation after "B".
        var text = Clean(TestText.Of(Line1, "結(jié)合經(jīng)濟社會(huì)發(fā)展需要?jiǎng)討B(tài)調(diào)整積分指標(biāo)"));

        text.Lines[1].Text.ShouldBe("結合經濟社會發展需要?討B調整積分指標");
    }

    [Fact]
    public void Seed_004_keeps_no_annotation()
    {
        var text = Clean(data.Reader.Read(SeedFiles.Load("004")));

        var annotation = new Regex(@"[(（?][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]");
        text.Lines.Where(l => annotation.IsMatch(l.Text)).Select(l => l.Number).ShouldBeEmpty();
        text.Repairs.ShouldAllBe(r => r.Kind == RepairKind.PinyinRemoved);
    }

    [Fact]
    public void Seeds_without_annotations_are_unchanged()
    {
        foreach (var prefix in new[] { "000", "001", "002", "003" })
        {
            var seed = data.Reader.Read(SeedFiles.Load(prefix));
            Clean(seed).Lines.ShouldBe(seed.Lines, prefix);
        }
    }

    [Theory]
    [InlineData("qū", "qu", 1)]
    [InlineData("qu1", "qu", 1)]
    [InlineData("lǜ", "lü", 4)]
    [InlineData("lv4", "lü", 4)]
    [InlineData("zhe", "zhe", 0)]
    [InlineData("ma5", "ma", 0)]
    public void Syllables_parse_to_letters_and_tone(string written, string letters, int tone)
    {
        PinyinSyllable.Parse(written).ShouldBe(new PinyinSyllable(letters, tone));
    }

    [Theory]
    [InlineData("M0")]
    [InlineData("PM2.5")]
    [InlineData("qǖū")]
    [InlineData("")]
    public void Non_syllables_do_not_parse(string written)
    {
        PinyinSyllable.Parse(written).ShouldBeNull();
    }
}
