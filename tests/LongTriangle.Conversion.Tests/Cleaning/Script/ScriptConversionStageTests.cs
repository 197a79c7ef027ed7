using LongTriangle.Conversion.Cleaning.Script;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Tests.Cleaning.Script;

public sealed class ScriptConversionStageTests(ConversionData data) : IClassFixture<ConversionData>
{
    private WorkingText Convert(WorkingText text) => new ScriptConversionStage(data.Script).Apply(text);

    [Fact]
    public void Traditional_seed_line_becomes_simplified()
    {
        // seed 000, line 11 and part of line 15
        var text = Convert(TestText.At(11, "一、明確總體要求", "深入貫徹習近平總書記關於推進長三角一體化發展重要講話和指示精神"));

        text.Lines.Select(l => l.Text).ShouldBe(["一、明确总体要求", "深入贯彻习近平总书记关于推进长三角一体化发展重要讲话和指示精神"]);
        text.Facts.Script.ShouldBe(SourceScript.Traditional);
    }

    [Fact]
    public void One_repair_per_changed_line_lists_the_changed_runs_with_the_seed_line()
    {
        var text = Convert(TestText.At(11, "一、明確總體要求", "", "(一)指導思想"));

        text.Repairs.ShouldBe([
            new Repair(RepairKind.ScriptConverted, 11, "確總體", "确总体", "1 change"),
            new Repair(RepairKind.ScriptConverted, 13, "導", "导", "1 change"),
        ]);
    }

    [Fact]
    public void Non_standard_variant_forms_are_simplified_too()
    {
        // seed 000 writes 産 (U+7522), not 產 (U+7523)
        Convert(TestText.Of("中國網地産訊")).Lines[0].Text.ShouldBe("中国网地产讯");
    }

    [Fact]
    public void Zhe_and_zhu_readings_of_著_are_told_apart_in_traditional_text()
    {
        // seed 000, lines 19 and 5
        var text = Convert(TestText.Of("著眼國家戰略定位,著力增強高端要素集聚", "服務輻射能級顯著增強", "著名的著作"));

        text.Lines.Select(l => l.Text).ShouldBe(["着眼国家战略定位,着力增强高端要素集聚", "服务辐射能级显著增强", "著名的著作"]);
    }

    [Fact]
    public void Phrases_decide_context_dependent_characters()
    {
        var text = Convert(TestText.Of("據瞭解,乾坤未定,答覆意見,後續工作,裡程碑"));

        text.Lines[0].Text.ShouldBe("据了解,乾坤未定,答复意见,后续工作,里程碑");
    }

    [Fact]
    public void Simplified_seed_001_passes_through_unchanged()
    {
        var seed = data.Reader.Read(SeedFiles.Load("001"));

        var text = Convert(seed);

        text.Lines.ShouldBe(seed.Lines);
        text.Repairs.ShouldBe(seed.Repairs);
        text.Facts.Script.ShouldBe(SourceScript.Simplified);
    }

    [Theory]
    // seed 000's wording, typeset the Traditional way with corner brackets.
    [InlineData("持續打響上海「四大品牌」，推進『一網通辦』改革", "持续打响上海“四大品牌”，推进‘一网通办’改革")]
    public void Corner_brackets_of_a_traditional_text_become_the_mainlands_curly_quotes(string traditional, string simplified)
    {
        var text = Convert(TestText.Of("一、明確總體要求", traditional));

        text.Lines[1].Text.ShouldBe(simplified);
    }

    [Fact]
    public void Corner_brackets_in_a_simplified_text_are_the_authors_and_stay()
    {
        var line = "以“一带一路”建设为统领，推进「十四五」规划实施，深化开放合作，优化营商环境，构建开放型经济新体制。";

        Convert(TestText.Of(line)).Lines[0].Text.ShouldBe(line);
    }

    [Fact]
    public void Characters_simplified_text_shares_stay_in_simplified_text()
    {
        // seed 001, line 9, and words of lines 5 and 143 with a stray Traditional 區 added:
        // only 區 changes; 著, 于 and 干 are Simplified characters too and stay.
        var text = Convert(TestText.Of(
            "以“一带一路”建设为统领,在更高层次、更宽领域,以更大力度协同推进对外开放,深化开放合作,优化营商环境,构建开放型经济新体制,不断增强国际竞争合作新优势。",
            "显著增强,关于推进,干部担当,区區"));

        text.Lines[1].Text.ShouldBe("显著增强,关于推进,干部担当,区区");
        text.Repairs.ShouldBe([new Repair(RepairKind.ScriptConverted, 2, "區", "区", "1 change")]);
        text.Facts.Script.ShouldBe(SourceScript.Simplified);
    }

    [Fact]
    public void Simplified_leftovers_in_a_traditional_seed_are_kept_and_the_rest_converted()
    {
        // seed 002, line 14: the site's own conversion left 示范 and 布局 Simplified
        var text = Convert(TestText.Of("統籌推進“五位一體”總體布局,合力建設長三角生態綠色一體化發展示范區"));

        text.Lines[0].Text.ShouldBe("统筹推进“五位一体”总体布局,合力建设长三角生态绿色一体化发展示范区");
        text.Facts.Script.ShouldBe(SourceScript.Traditional);
    }

    [Fact]
    public void Mixed_document_converts_traditional_lines_fully_and_leaves_simplified_lines_alone()
    {
        var text = Convert(TestText.Of(
            "发展规划纲要,显著增强,优化营商环境,构建开放型经济新体制",
            "国际竞争合作新优势,深化开放合作,协同推进对外开放",
            "著眼國家戰略定位,著力增強"));

        text.Facts.Script.ShouldBe(SourceScript.Mixed);
        text.Lines.Select(l => l.Text).ShouldBe([
            "发展规划纲要,显著增强,优化营商环境,构建开放型经济新体制",
            "国际竞争合作新优势,深化开放合作,协同推进对外开放",
            "着眼国家战略定位,着力增强"]);
    }

    [Fact]
    public void Characters_outside_the_basic_plane_are_kept_intact()
    {
        var text = Convert(TestText.Of("𠀀區𪚥"));

        text.Lines[0].Text.ShouldBe("𠀀区𪚥");
    }
}
