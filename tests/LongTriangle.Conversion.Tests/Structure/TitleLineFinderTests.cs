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

    [Fact]
    public void A_title_broken_over_two_lines_is_found_whole()
    {
        var lines = new List<SourceLine>
        {
            new(1, "关于进一步推进长三角生态绿色一体化发展示范区"),
            new(2, "高质量建设的若干意见"),
            new(3, "为深入贯彻落实党中央、国务院决策部署，现提出以下意见。"),
        };

        var tail = TitleLineFinder.Find(lines, 0, afterNotice: false).ShouldNotBeNull();
        tail.ShouldBe(1);
        TitleLineFinder.HeadOfBrokenTitle(lines, 0, tail).ShouldBe(0);
    }

    [Theory]
    // A complete title opens like one; the line above is something else (a site name, a column).
    [InlineData("中国网地产", "上海市贯彻《长江三角洲区域一体化发展规划纲要》实施方案")]
    [InlineData("政策文件 长三角专栏", "关于推进长三角一体化发展的实施意见")]
    public void A_whole_title_is_not_joined_with_the_line_above(string above, string title)
    {
        var lines = new List<SourceLine> { new(1, above), new(2, title), new(3, "一、总体要求") };

        TitleLineFinder.HeadOfBrokenTitle(lines, 0, 1).ShouldBeNull();
    }
}
