using LongTriangle.Conversion.Cleaning.Layout;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Tests.Cleaning.Layout;

/// <summary>Page numbers and running headers of a plan printed to PDF and copied back as text.</summary>
public class PageFurnitureStageTests
{
    private const string Title = "长三角科技创新共同体建设发展规划";

    private readonly PageFurnitureStage stage = new();

    [Fact]
    public void Removes_page_numbers_and_the_running_header_repeating_the_title_and_records_them()
    {
        var text = SeedFragment.Of(
            (1, Title),
            (2, "第三章　联合提升原始创新能力"),
            (6, "协同推进大科学装置建设。推动硬X射线自由电子激光装置等建设，提升设施开放共享水平。"),
            (7, "— 12 —"),
            (8, Title),
            (9, "专栏1　重大科技基础设施建设重点"));

        var result = stage.Apply(text);

        result.Lines.Select(l => l.Number).ShouldBe([1, 2, 6, 9]);
        result.RemovedLines.ShouldBe([new SourceLine(7, "— 12 —"), new SourceLine(8, Title)]);
        result.Repairs.ShouldAllBe(r => r.Kind == RepairKind.ChromeRemoved);
        result.Repairs.Select(r => r.Note).ShouldBe(["page number of a printed page", "running header of a printed page (repeats the title)"]);
    }

    [Theory]
    [InlineData("- 12 -")]
    [InlineData("－12－")]
    [InlineData("第12页")]
    [InlineData("第 12 页 共 30 页")]
    [InlineData("12 / 30")]
    public void Removes_a_page_number_in_each_of_the_usual_forms(string number)
    {
        var text = SeedFragment.Of(
            (13, "支持长三角地区高校、科研院所与企业共建联合实验室，建立开放共享的"),
            (14, number),
            (16, "创新平台网络。"));

        stage.Apply(text).Texts().ShouldBe(["支持长三角地区高校、科研院所与企业共建联合实验室，建立开放共享的", "创新平台网络。"]);
    }

    [Fact]
    public void Takes_a_page_number_glued_to_a_line_off_its_end()
    {
        var text = SeedFragment.Of(
            (1, Title),
            (13, "支持长三角地区高校、科研院所与企业共建联合实验室，建立开放共享的— 13 —"),
            (14, Title),
            (15, "创新平台网络。"));

        var result = stage.Apply(text);

        result.Texts().ShouldBe([Title, "支持长三角地区高校、科研院所与企业共建联合实验室，建立开放共享的", "创新平台网络。"]);
        result.Repairs.Select(r => (r.Line, r.Before)).ShouldBe([(13, "— 13 —"), (14, Title)]);
    }

    [Fact]
    public void Keeps_the_title_standing_again_as_the_heading_of_an_attached_plan_and_numbers_that_are_text()
    {
        var text = SeedFragment.Of(
            (1, Title),
            (2, "各市人民政府："),
            (3, "现将《长三角科技创新共同体建设发展规划》印发给你们，请认真贯彻执行。"),
            (4, Title),
            (5, "规划期为2021-2025年，展望到2035年。"),
            (6, "12"));

        stage.Apply(text).ShouldBeSameAs(text);
    }
}
