using LongTriangle.Conversion.Cleaning.Layout;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Tests.Cleaning.Layout;

public sealed class CollapsedLinesStageTests
{
    private readonly CollapsedLinesStage stage = new();

    private static readonly string[] Paragraphs =
    [
        "江苏省推进长三角一体化发展2023年工作要点",
        "2023年是全面贯彻党的二十大精神的开局之年。为深入推进长三角一体化发展，制定本工作要点。",
        "一、加强科技创新协同",
        "（一）共建长三角国家技术创新中心。支持苏州、南京建设分中心。",
        "（二）共建G60科创走廊。推动苏州、宣城等城市深度合作。",
        "二、推进基础设施互联互通",
        "加快北沿江高铁、通苏嘉甬铁路建设。",
    ];

    [Theory]
    [InlineData("\u3000\u3000")]
    [InlineData(" ")]
    public void A_page_run_together_on_one_line_is_split_into_its_paragraphs(string separator)
    {
        var text = stage.Apply(TestText.Of(string.Join(separator, Paragraphs)));

        text.Lines.Select(l => l.Text).ShouldBe(Paragraphs);
        text.Lines.ShouldAllBe(l => l.Number == 1);
        text.Repairs.ShouldHaveSingleItem().Kind.ShouldBe(RepairKind.LineSplit);
    }

    [Fact]
    public void A_long_paragraph_with_a_spaced_number_or_one_indent_inside_stays_whole()
    {
        // seed 001's wording: a long paragraph that mentions a number after a space, and one indent.
        var line = "以“一带一路”建设为统领，在更高层次、更宽领域，以更大力度协同推进对外开放，深化开放合作，优化营商环境，构建开放型经济新体制，不断增强国际竞争合作新优势。\u3000\u3000加强国际合作园区建设，支持 1.5万亿元规模的投资，推进 G60 科创走廊建设和长三角生态绿色一体化发展示范区建设。";

        var text = stage.Apply(TestText.Of(line));

        text.Lines.ShouldHaveSingleItem().Text.ShouldBe(line);
        text.Repairs.ShouldBeEmpty();
    }
}
