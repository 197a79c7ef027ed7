
namespace LongTriangle.Content.Tests;

public sealed class ChineseNumberTests
{
    [Theory]
    [InlineData("一", 1)]
    [InlineData("十", 10)]
    [InlineData("十二", 12)]
    [InlineData("二十", 20)]
    [InlineData("二十三", 23)]
    [InlineData("一百零五", 105)]
    [InlineData("两", 2)]
    [InlineData("二〇二四", 2024)]
    [InlineData("12", 12)]
    [InlineData("１２", 12)]
    public void Reads_numbers_as_documents_write_them(string text, int expected) =>
        ChineseNumber.Parse(text).ShouldBe(expected);

    [Theory]
    [InlineData("")]
    [InlineData("第")]
    [InlineData("零")]
    [InlineData("一a")]
    public void Rejects_what_is_not_a_number(string text) => ChineseNumber.Parse(text).ShouldBeNull();

    [Theory]
    [InlineData(1, "一")]
    [InlineData(10, "十")]
    [InlineData(11, "十一")]
    [InlineData(20, "二十")]
    [InlineData(23, "二十三")]
    [InlineData(105, "一百零五")]
    [InlineData(110, "一百一十")]
    [InlineData(1000, "一千")]
    [InlineData(1010, "一千零一十")]
    [InlineData(2305, "二千三百零五")]
    [InlineData(10000, "10000")]
    public void Writes_numbers_as_headings_do(int n, string expected) => ChineseNumber.Format(n).ShouldBe(expected);

    [Fact]
    public void Writing_then_reading_gives_the_number_back()
    {
        for (var n = 1; n < 1000; n++)
            ChineseNumber.Parse(ChineseNumber.Format(n)).ShouldBe(n);
    }
}
