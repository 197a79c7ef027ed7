using LongTriangle.Publishing.Site;

namespace LongTriangle.Publishing.Tests.Site;

/// <summary>An English run-in heading before untranslated Chinese does not repeat the item's number.</summary>
public sealed class RunInGlossTests
{
    [Theory]
    [InlineData("1. Implementing the Strategy Across the Board", "1.全面实施战略。加快推进……", "Implementing the Strategy Across the Board")]
    [InlineData("(2) Building Platforms", "（2）共建平台。", "Building Platforms")]
    [InlineData("3. Opening Up", "3、扩大开放。", "Opening Up")]
    [InlineData("IV. Safeguards", "四、保障措施", "Safeguards")]
    public void The_number_is_dropped_when_the_chinese_keeps_its_own(string english, string chinese, string expected) =>
        RunInGloss.For(english, chinese).ShouldBe(expected);

    [Theory]
    [InlineData("1. Implementing the Strategy", "全面实施战略。")]
    [InlineData("Building Platforms", "1.共建平台。")]
    [InlineData("2035 Goals for the Region", "1.目标。")]
    public void Otherwise_the_heading_stays_as_written(string english, string chinese) =>
        RunInGloss.For(english, chinese).ShouldBe(english);
}
