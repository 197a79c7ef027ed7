using LongTriangle.Conversion.Cleaning.Invisible;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Tests.Cleaning.Invisible;

public sealed class InvisibleCharacterStageTests
{
    private static WorkingText Clean(params string[] lines) => new InvisibleCharacterStage().Apply(TestText.Of(lines));

    [Theory]
    // An override that makes a clause display its words backwards, and the character that ends it.
    [InlineData("坚持\u202E展发量质高\u202C不动摇。", "坚持展发量质高不动摇。")]
    // Isolates and direction marks around a number.
    [InlineData("到\u2066\u200E2025年\u2069，基本实现。", "到2025年，基本实现。")]
    // Zero-width spaces a page used to allow line breaks, a word joiner, a soft hyphen.
    [InlineData("长三角\u200B一体化\u2060发展\u00AD规划", "长三角一体化发展规划")]
    // Joiners between Chinese characters join nothing.
    [InlineData("区域\u200D一体\u200C化", "区域一体化")]
    public void Invisible_characters_are_removed_and_the_repair_names_them(string line, string cleaned)
    {
        var text = Clean(line);

        text.Lines[0].Text.ShouldBe(cleaned);
        var repair = text.Repairs.ShouldHaveSingleItem();
        repair.Kind.ShouldBe(RepairKind.InvisibleCharacterRemoved);
        repair.After.ShouldBe(cleaned);
        repair.Before.ShouldContain("<U+");
        repair.Before.IndexOfAny(['\u202E', '\u2066', '\u200B', '\u200D', '\u200C']).ShouldBe(-1, "the record shows the characters, it does not hold them");
    }

    [Theory]
    [InlineData("家庭 👨\u200D👩\u200D👧 的表情")]             // an emoji sequence
    [InlineData("跑步的女士🏃🏽\u200D♀\uFE0F的表情")]             // after a skin-tone modifier, before a pictograph
    [InlineData("波斯文 می\u200Cخواهم 与阿拉伯文 ل\u200Dا")]   // scripts that shape with (non-)joiners
    [InlineData("印地文 क्\u200Dष 与孟加拉文 র\u200C্য")]
    public void Joiners_that_do_work_are_kept(string line)
    {
        var text = Clean(line);

        text.Lines[0].Text.ShouldBe(line);
        text.Repairs.ShouldBeEmpty();
    }
}
