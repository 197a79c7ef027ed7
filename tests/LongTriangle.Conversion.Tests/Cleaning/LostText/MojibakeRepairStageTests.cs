using System.Text;
using LongTriangle.Conversion.Cleaning.LostText;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Tests.Cleaning.LostText;

public sealed class MojibakeRepairStageTests(ConversionData data) : IClassFixture<ConversionData>
{
    private WorkingText Repair(params string[] lines) => new MojibakeRepairStage(data.Encodings, data.Hanzi).Apply(TestText.Of(lines));

    [Fact]
    public void Gbk_read_out_of_step_after_a_lost_character_is_realigned()
    {
        // seed 002, lines 16, 64 and 93: "。科創產", "校跨區", "保《規劃綱" garbled after a lost character
        var text = Repair(
            "常住人口城鎮化率達到75%??苿摦a業融合發展體系基本建立",
            "鼓勵學??鐓^域牽手幫扶",
            "建立健全實施保障機制,確?!兑巹澗V要》主要目標和任務有力有序有效推進落實。");

        text.Lines.Select(l => l.Text).ShouldBe([
            "常住人口城鎮化率達到75%\uFFFD科創產業融合發展體系基本建立",
            "鼓勵學\uFFFD跨區域牽手幫扶",
            "建立健全實施保障機制,確\uFFFD《規劃綱要》主要目標和任務有力有序有效推進落實。"]);
        text.Repairs[0].ShouldBe(new Repair(RepairKind.MojibakeRepaired, 1, "??苿摦a", "□科創產", "GBK read out of step after a lost character"));
    }

    [Fact]
    public void Bytes_that_are_gone_stay_lost()
    {
        // seed 002, line 58: "。控制煤炭消費總量" — 消費's middle bytes were dropped, so without the word table (which
        // names 。 and 消費 from the bytes that survived, see SurvivingByteTests) only 控制煤炭 comes back.
        var text = Repair("打好藍天保衛戰??刂泼禾肯M總量,實施煤炭減量替代");

        text.Lines[0].Text.ShouldBe("打好藍天保衛戰\uFFFD控制煤炭\uFFFD總量,實施煤炭減量替代");
    }

    [Fact]
    public void Garbling_is_only_undone_when_the_result_is_clearly_better()
    {
        // seed 004, line 20: "數字新基建" lost 數; the following characters are fine and must stay.
        // A real question mark after a question particle is not a lost character.
        var text = Repair("前瞻布局??字新基建,加快構建", "这是问题吗?真的是");

        text.Lines.Select(l => l.Text).ShouldBe(["前瞻布局??字新基建,加快構建", "这是问题吗?真的是"]);
        text.Repairs.ShouldBeEmpty();
    }

    [Fact]
    public void Lost_characters_among_sound_text_are_not_realigned_into_invented_ones()
    {
        // A UTF-8 page whose characters were lost as "?" around a full stop: nothing there was misread.
        var text = Repair("推进七?港区改造，提升??。?港区重点发展大宗散货运输。");

        text.Lines[0].Text.ShouldBe("推进七?港区改造，提升??。?港区重点发展大宗散货运输。");
        text.Repairs.ShouldBeEmpty();
    }

    [Fact]
    public void Utf8_read_as_windows_1252_is_reversed()
    {
        var garbled = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString(Encoding.UTF8.GetBytes("国家战略"));
        garbled.ShouldBe("å›½å®¶æˆ˜ç•¥");

        var text = Repair("推进" + garbled + "实施");

        text.Lines[0].Text.ShouldBe("推进国家战略实施");
        text.Repairs.ShouldBe([new Repair(RepairKind.MojibakeRepaired, 1, garbled, "国家战略", "UTF-8 read as Windows-1252")]);
    }

    [Fact]
    public void Utf8_read_as_gbk_is_reversed()
    {
        var garbled = data.Encodings.Gbk.GetString(Encoding.UTF8.GetBytes("区域协调"));
        garbled.ShouldBe("鍖哄煙鍗忚皟");

        var text = Repair(garbled);

        text.Lines[0].Text.ShouldBe("区域协调");
        text.Repairs.ShouldHaveSingleItem().Note.ShouldBe("UTF-8 read as GBK");
    }

    [Fact]
    public void Utf8_read_as_gbk_with_unpairable_bytes_replaced_keeps_all_but_the_broken_characters()
    {
        // seed 004's clause (一) in Simplified, saved as UTF-8 and read back by a GBK reader that replaced
        // the bytes it could not pair: whole-line damage with ASCII figures and U+FFFD inside (the reader
        // swallowed the 2 of 2025 with a broken byte: it is gone from the bytes, not recoverable).
        const string original = "（一）优化户籍和居住证政策。持续做好人口综合服务和管理，2025年前完成。";
        var garbled = data.Encodings.GbkLenient.GetString(Encoding.UTF8.GetBytes(original));
        garbled.ShouldContain("\uFFFD");

        var text = Repair(garbled);

        var repaired = text.Lines[0].Text;
        repaired.ShouldStartWith("（一）优化户籍和居住证政策。持续做好人口综合服务和管理");
        var kept = repaired.Count(c => c != '\uFFFD');
        kept.ShouldBeGreaterThan(original.Length - 2 * garbled.Count(c => c == '\uFFFD'));
        // What is read back is the original with the broken characters lost, never other characters.
        var at = 0;
        foreach (var c in repaired.Where(c => c != '\uFFFD'))
        {
            at = original.IndexOf(c, at) + 1;
            at.ShouldBeGreaterThan(0, $"'{c}' is not in the original at this point: {repaired}");
        }
        text.Repairs.ShouldHaveSingleItem().Note.ShouldBe("UTF-8 read as GBK");
    }

    [Fact]
    public void Utf8_read_as_gbk_cut_inside_its_last_character_comes_back_up_to_the_cut()
    {
        var bytes = Encoding.UTF8.GetBytes("城市群高质量发展方案");
        var garbled = data.Encodings.Gbk.GetString(bytes[..^2]); // the page lost the last two bytes of 案

        var text = Repair(garbled);

        text.Lines[0].Text.ShouldBe("城市群高质量发展方\uFFFD");
    }

    [Fact]
    public void A_lost_character_in_sound_chinese_text_is_not_taken_for_garbling()
    {
        var text = Repair("推进长三角\uFFFD体化发展，2025年基本实现。");

        text.Lines[0].Text.ShouldBe("推进长三角\uFFFD体化发展，2025年基本实现。");
        text.Repairs.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("003")]
    public void Seeds_without_garbling_are_unchanged(string prefix)
    {
        var seed = data.Reader.Read(SeedFiles.Load(prefix));

        var text = new MojibakeRepairStage(data.Encodings, data.Hanzi).Apply(seed);

        text.Lines.ShouldBe(seed.Lines);
        text.Repairs.ShouldBeEmpty();
    }
}
