namespace LongTriangle.Conversion.Tests.Genre;

/// <summary>
/// The region comes from the places the issuer or title names, looked up in the gazetteer of provinces,
/// cities and districts; a document from outside the site's regions is refused with a line naming the place.
/// </summary>
public sealed class RegionEvidenceTests
{
    [Theory]
    [InlineData("闵行区加快推进长三角一体化发展三年行动方案", "shanghai")]
    [InlineData("黄山市融入长三角一体化发展实施方案", "anhui")]
    [InlineData("嘉兴市全面接轨上海行动计划", "zhejiang")]
    [InlineData("昆山市深化两岸产业合作若干措施", "jiangsu")]
    [InlineData("国务院关于支持浦东新区高水平改革开放的意见", "national")]
    [InlineData("长三角地区秋冬季大气污染综合治理攻坚行动方案", "national")]
    public void A_local_document_is_placed_in_the_region_of_its_city_or_district(string title, string region) =>
        GenreSeed.Convert(title, "为推动高质量发展，制定本方案。", "一、总体要求", "坚持创新共建，推动协调发展。")
            .ShouldContain($"region: \"{region}\"");

    [Fact]
    public void A_notice_issued_by_a_district_government_is_placed_by_the_issuer() =>
        GenreSeed.Convert(
                "长宁区人民政府关于印发《长宁区数字经济发展实施意见》的通知",
                "各街道办事处、区政府各委、办、局：",
                "现将《长宁区数字经济发展实施意见》印发给你们，请认真贯彻执行。",
                "长宁区人民政府",
                "2021年5月6日",
                "长宁区数字经济发展实施意见",
                "一、总体要求",
                "坚持数字赋能，推动城区数字化转型。")
            .ShouldContain("region: \"shanghai\"");

    [Theory]
    [InlineData("广州市城市更新办法", "广州市")]
    [InlineData("山东省人民政府关于深化预算管理改革的实施意见", "山东省")]
    [InlineData("定州市人民政府关于推进城市更新的实施意见", "定州市")]   // a city its province administers directly
    [InlineData("镇坪县人民政府工作规则", "镇坪县")]   // a county the gazetteer does not list outside the delta
    public void A_document_from_outside_the_sites_regions_is_refused_naming_the_place(string title, string place)
    {
        var error = GenreSeed.Refusal(title, "第一条 为了规范管理，制定本办法。", "第二条 本办法自发布之日起施行。");
        error.Problem.ShouldContain($"the document is from {place}");
        error.Problem.ShouldContain("content/site.yml");
        error.File.ShouldEndWith("020_unseen.txt");
    }

    [Fact]
    public void A_title_less_page_from_outside_the_regions_is_refused_for_its_place_not_its_missing_title() =>
        GenreSeed.Refusal(
                "成都市人民政府办公厅",
                "各区（市）县政府，市政府各部门：",
                "经市政府同意，现将有关事项通知如下。",
                "一、工作目标",
                "到2025年，基本建成城市社区服务体系。")
            .Problem.ShouldContain("the document is from 成都市");

    [Fact]
    public void A_page_whose_issuing_office_is_outside_the_regions_is_refused_though_its_title_names_no_place() =>
        GenreSeed.Refusal(
                "发布机关：广州市增城区人民政府办公室",
                "增城区加快推进旧村全面改造工作的实施意见",
                "第一条 为加快推进旧村全面改造工作，制定本意见。")
            .Problem.ShouldContain("the document is from 广州市");
}
