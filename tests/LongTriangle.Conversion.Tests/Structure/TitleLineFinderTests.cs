using LongTriangle.Conversion.Model;
using LongTriangle.Conversion.Structure;

namespace LongTriangle.Conversion.Tests.Structure;

public sealed class TitleLineFinderTests
{
    private static List<SourceLine> Lines(params string[] lines) => [.. lines.Select((l, i) => new SourceLine(i + 1, l))];

    [Fact]
    public void The_first_line_naming_a_document_type_is_the_title() =>
        TitleLineFinder.Find(Lines(
            "上海市贯彻《长江三角洲区域一体化发展规划纲要》实施方案",
            "来源：中国网地产 2020-01-10 17:02:09"), 0, afterNotice: false).ShouldBe(0);

    [Fact]
    public void A_sentence_is_never_the_title() =>
        TitleLineFinder.Find(Lines(
            "江苏省司法厅发布《长江三角洲区域一体化发展规划纲要》，全文如下：",
            "实施长三角区域一体化发展战略，是党中央作出的重大决策部署。"), 0, afterNotice: false).ShouldBeNull();

    [Fact]
    public void The_title_is_not_searched_for_past_the_first_numbering() =>
        TitleLineFinder.Find(Lines("一、明确总体要求", "上海市实施方案"), 0, afterNotice: false).ShouldBeNull();

    [Fact]
    public void Book_title_marks_around_a_whole_title_line_are_not_part_of_the_title() =>
        TitleLineFinder.TitleText("《长江三角洲区域一体化发展规划纲要》").ShouldBe("长江三角洲区域一体化发展规划纲要");

    [Fact]
    public void Book_title_marks_inside_a_title_stay() =>
        TitleLineFinder.TitleText("上海市贯彻《长江三角洲区域一体化发展规划纲要》实施方案").ShouldBe("上海市贯彻《长江三角洲区域一体化发展规划纲要》实施方案");
}
