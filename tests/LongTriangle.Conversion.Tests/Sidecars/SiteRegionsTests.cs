using LongTriangle.Conversion.Sidecars;

namespace LongTriangle.Conversion.Tests.Sidecars;

public sealed class SiteRegionsTests
{
    [Fact]
    public void Reads_the_regions_of_the_site_in_order() =>
        Fragments.Regions.All.Select(r => r.Id).ShouldBe(["national", "shanghai", "jiangsu", "zhejiang", "anhui"]);

    [Theory]
    [InlineData("上海市人民政府", "上海市深入实施以人为本的新型城镇化战略五年行动计划的实施方案", "shanghai")]
    [InlineData(null, "浙江省推进长江三角洲区域一体化发展行动方案", "zhejiang")]
    [InlineData(null, "《长江三角洲区域一体化发展规划纲要》江苏实施方案", "jiangsu")]
    [InlineData(null, "安徽省实施长江三角洲区域一体化发展规划纲要行动计划", "anhui")]
    [InlineData("中共中央 国务院", "长江三角洲区域一体化发展规划纲要", "national")]
    [InlineData("国务院", "关于支持上海浦东新区高水平改革开放的意见", "national")]
    [InlineData(null, "长江三角洲区域一体化发展规划纲要", "national")]
    public void Guesses_the_region_from_the_issuer_then_the_title(string? issuer, string title, string region) =>
        Fragments.Regions.Guess(issuer, title).ShouldBe(region);

    [Fact]
    public void A_missing_site_file_is_an_error_naming_it() =>
        Should.Throw<ConversionException>(() => SiteRegions.Read("/nonexistent/site.yml")).File.ShouldBe("/nonexistent/site.yml");
}
