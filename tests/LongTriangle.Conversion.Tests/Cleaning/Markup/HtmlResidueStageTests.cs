using LongTriangle.Conversion.Cleaning.Markup;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Tests.Cleaning.Markup;

public sealed class HtmlResidueStageTests
{
    private static WorkingText Clean(params string[] lines) => new HtmlResidueStage().Apply(TestText.Of(lines));

    [Fact]
    public void Character_references_become_the_characters_they_stand_for()
    {
        // seed 000's principle, as a scraper that kept the page's entities would deliver it.
        var text = Clean("&nbsp;&nbsp;坚持以&ldquo;一体化&rdquo;意识和&#8220;一盘棋&#x201D;思想为引领&mdash;&mdash;推动发展&hellip;&hellip;");

        text.Lines[0].Text.ShouldBe("  坚持以“一体化”意识和“一盘棋”思想为引领——推动发展……");
        text.Repairs.ShouldHaveSingleItem().Kind.ShouldBe(RepairKind.MarkupRemoved);
    }

    [Fact]
    public void References_escaped_twice_are_decoded_too()
    {
        Clean("推进&amp;ldquo;一网通办&amp;rdquo;改革").Lines[0].Text.ShouldBe("推进“一网通办”改革");
    }

    [Fact]
    public void Tags_are_taken_out_and_line_breaks_start_new_lines()
    {
        var text = Clean("<p style=\"text-indent:2em\">一、总体要求</p><p>坚持<strong>全域融入</strong>。</p>", "二、重点任务<br/>（一）共建科创走廊。");

        text.Lines.Select(l => l.Text).ShouldBe(["一、总体要求", "坚持全域融入。", "二、重点任务", "（一）共建科创走廊。"]);
        text.Lines.Select(l => l.Number).ShouldBe([1, 1, 2, 2]);
        text.Repairs.Count.ShouldBe(2);
    }

    [Theory]
    // Text that only looks like markup is text: angle brackets around words, an ampersand in a name.
    [InlineData("R&D投入强度达到4%以上，<十四五>时期")]
    [InlineData("比较 a<b 与 b>c 的情形")]
    [InlineData("《长江三角洲区域一体化发展规划纲要》")]
    [InlineData("AT&T与&nbsp")]
    // Tags that could act are hostile text, not residue: they stay, visible.
    [InlineData("战略<img src=x onerror=alert(2)>部署")]
    [InlineData("一、总体要求<a href=\"javascript:alert(3)\">点此</a>")]
    [InlineData("<span onmouseover=\"alert(1)\">推进</span>")]
    [InlineData("<script>alert(1)</script>")]
    public void Text_that_only_looks_like_markup_is_unchanged(string line)
    {
        var text = Clean(line);

        text.Lines[0].Text.ShouldBe(line);
        text.Repairs.ShouldBeEmpty();
    }
}
