namespace LongTriangle.Conversion.Tests.Genre;

/// <summary>A table of contents before the text is the document's furniture: its entries are not a second set of headings.</summary>
public sealed class TableOfContentsTests
{
    [Fact]
    public void The_contents_are_removed_and_the_headings_read_once()
    {
        var markdown = GenreSeed.Convert(
            "杭州市推进长三角一体化发展行动方案",
            "目  录",
            "一、总体要求 ………… 1",
            "二、重点任务 ………… 3",
            "三、保障措施 ………… 9",
            "一、总体要求",
            "坚持创新共建，推动协调发展。",
            "二、重点任务",
            "共建科技创新共同体。",
            "三、保障措施",
            "加强组织领导，确保任务落实。");
        markdown.ShouldContain("## 一、总体要求 {#part_1 numbering=part}");
        markdown.ShouldContain("## 三、保障措施 {#part_3 numbering=part}");
        markdown.ShouldNotContain("part_1-2");       // no heading read twice
        markdown.ShouldNotContain("…………");
        markdown.ShouldNotContain("目  录");
    }
}
