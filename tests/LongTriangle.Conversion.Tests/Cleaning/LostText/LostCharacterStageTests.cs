using LongTriangle.Conversion.Cleaning.LostText;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Tests.Cleaning.LostText;

public sealed class LostCharacterStageTests
{
    private static WorkingText Mark(params string[] lines) => new LostCharacterStage().Apply(TestText.Of(lines));

    [Fact]
    public void Placeholders_inside_chinese_text_become_squares_one_repair_each()
    {
        // seed 002, line 48 ("新出海口" lost 海口) and seed 004, line 2 after pinyin removal
        var text = Mark("規劃建設南通通州灣長江集裝箱運輸新出???,完善江海河聯運集疏運體系", "請認真按照??行。");

        text.Lines.Select(l => l.Text).ShouldBe(["規劃建設南通通州灣長江集裝箱運輸新出□□□,完善江海河聯運集疏運體系", "請認真按照□□行。"]);
        text.Repairs.Count.ShouldBe(5);
        text.Repairs[0].ShouldBe(new Repair(RepairKind.LostCharacter, 1, "?", "□", "lost character in “裝箱運輸新出□□□,完善江”"));
        text.Repairs.Select(r => r.Line).ShouldBe([1, 1, 1, 2, 2]);
    }

    [Fact]
    public void Replacement_characters_are_always_lost()
    {
        var text = Mark("常住人口城鎮化率達到75%\uFFFD科創產業", "abc\uFFFD");

        text.Lines.Select(l => l.Text).ShouldBe(["常住人口城鎮化率達到75%□科創產業", "abc□"]);
    }

    [Fact]
    public void Real_question_marks_stay()
    {
        var text = Mark("这是问题吗?真的", "Is it real? Yes.", "什么是长三角?", "?");

        text.Lines.Select(l => l.Text).ShouldBe(["这是问题吗?真的", "Is it real? Yes.", "什么是长三角?", "?"]);
        text.Repairs.ShouldBeEmpty();
    }
}
