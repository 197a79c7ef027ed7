using LongTriangle.Publishing.Translations;

namespace LongTriangle.Publishing.Tests.Translations;

public sealed class NumberMatcherTests
{
    private static bool Rendered(string chinese, string english) =>
        NumberMatcher.TokensIn(chinese).All(token => NumberMatcher.IsRendered(token, english));

    [Theory]
    [InlineData("到2025年", "by 2025", true)]
    [InlineData("到2025年", "by 2035", false)]
    [InlineData("达到95%", "reach 95 percent", true)]
    [InlineData("达到９５％", "reach 95%", true)]
    [InlineData("达到95%", "reach 95", false)]
    [InlineData("构建“1+8”上海大都市圈", "the “1+8” Shanghai Metropolitan Area", true)]
    [InlineData("长三角G60科创走廊", "the G60 Science and Technology Innovation Corridor", true)]
    [InlineData("5G网络和PM2.5浓度", "5G networks and PM2.5 concentrations", true)]
    [InlineData("5G网络和PM2.5浓度", "5G networks and PM2 concentrations", false)]
    [InlineData("面积120平方公里", "an area of 120 square kilometers", true)]
    [InlineData("面积120平方公里", "an area of 120 km²", true)]
    [InlineData("面积120平方公里", "an area of 120 kilometers", false)]
    [InlineData("新增10万人", "100,000 more people", true)]
    [InlineData("新增10万人", "0.1 million more people", true)]
    [InlineData("投资1.5万亿元", "1.5 trillion yuan of investment", true)]
    [InlineData("2024年12月30日", "December 30, 2024", true)]
    [InlineData("2025，2030年", "2025 and 2030", true)]
    [InlineData("到2025年", "by 12025", false)]
    public void Numbers_percentages_Latin_tokens_and_units_must_be_kept(string chinese, string english, bool rendered) =>
        Rendered(chinese, english).ShouldBe(rendered);
}
