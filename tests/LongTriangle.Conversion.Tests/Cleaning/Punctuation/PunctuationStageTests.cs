using LongTriangle.Conversion.Cleaning.Punctuation;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Tests.Cleaning.Punctuation;

public sealed class PunctuationStageTests(ConversionData data) : IClassFixture<ConversionData>
{
    private static string[] Restore(params string[] lines) =>
        [.. new PunctuationStage().Apply(TestText.Of(lines)).Lines.Select(l => l.Text)];

    [Fact]
    public void Ascii_marks_in_chinese_text_become_full_width()
    {
        // seed 001, lines 5 and 19; seed 000, line 7; seed 002, line 22
        Restore(
                "(上接第五版)惩戒措施路径互通的跨区域信用联合惩戒制度。建设长三角公共信用信息共享平台,与全国信用信息共享平台实现信息交换共享。",
                "加快建设中韩(盐城)产业园、中意宁波生态园",
                "以下为全文:",
                "构建快速便捷多层次都市通勤圈;实现都市圈内教育、医疗一卡通共享",
                "这是问题吗?真的!")
            .ShouldBe([
                "（上接第五版）惩戒措施路径互通的跨区域信用联合惩戒制度。建设长三角公共信用信息共享平台，与全国信用信息共享平台实现信息交换共享。",
                "加快建设中韩（盐城）产业园、中意宁波生态园",
                "以下为全文：",
                "构建快速便捷多层次都市通勤圈；实现都市圈内教育、医疗一卡通共享",
                "这是问题吗？真的！"]);
    }

    [Fact]
    public void Numbers_dates_times_and_codes_keep_their_ascii_marks()
    {
        // seed 000, lines 3, 5, 55 and 71; seed 002, line 16
        Restore(
                "来源:中国网地产 2020-01-10 17:02:09",
                "围绕上海和苏州的“1+8”区域范围,在G60科创走廊,推动5G网络,S16蕰川高速",
                "全省城乡居民收入差距缩小到2:1左右,常住人口城镇化率达到75%,共1,000个,增长3.5倍",
                "细颗粒物(PM2.5)平均浓度达到33微克/立方米。")
            .ShouldBe([
                "来源：中国网地产 2020-01-10 17:02:09",
                "围绕上海和苏州的“1+8”区域范围，在G60科创走廊，推动5G网络，S16蕰川高速",
                "全省城乡居民收入差距缩小到2:1左右，常住人口城镇化率达到75%，共1,000个，增长3.5倍",
                "细颗粒物（PM2.5）平均浓度达到33微克/立方米。"]);
    }

    [Fact]
    public void Latin_text_addresses_and_numbering_in_parentheses_are_left_alone()
    {
        // seed 000, lines 232 and 246; seed 001, line 147
        Restore(
                "电子邮箱:dichan@dichanchina.com",
                "©2008 house.china.com.cn All rights reserved (see http://house.china.com.cn/a,b)",
                "Hello, world: it works; really! Right? (yes)",
                "研究审议重大规划、重大项目 and 年度工作安排")
            .ShouldBe([
                "电子邮箱：dichan@dichanchina.com",
                "©2008 house.china.com.cn All rights reserved (see http://house.china.com.cn/a,b)",
                "Hello, world: it works; really! Right? (yes)",
                "研究审议重大规划、重大项目 and 年度工作安排"]);
    }

    [Fact]
    public void Numbered_headings_and_parentheses_split_across_lines_are_restored()
    {
        // seed 004, lines 10 and 18 (after pinyin removal and script conversion)
        Restore("(一)优化户籍和居住证政策。", "实现新能源化(城市应急车型除外", ")、巡游出租车基本")
            .ShouldBe(["（一）优化户籍和居住证政策。", "实现新能源化（城市应急车型除外", "）、巡游出租车基本"]);
    }

    [Fact]
    public void One_repair_per_line_lists_the_marks()
    {
        var text = new PunctuationStage().Apply(TestText.At(9, "以“一带一路”建设为统领,在更高层次、更宽领域,以更大力度协同推进对外开放"));

        text.Repairs.ShouldBe([new Repair(RepairKind.PunctuationRestored, 9, ", ,", "， ，", "2 marks")]);
    }

    [Fact]
    public void Seed_001_keeps_no_ascii_comma_next_to_chinese()
    {
        var text = new PunctuationStage().Apply(data.Reader.Read(SeedFiles.Load("001")));

        text.Lines.ShouldAllBe(l => !l.Text.Contains("路,") && !l.Text.Contains(",与"));
        text.Repairs.Count.ShouldBeGreaterThan(50);
    }
}
