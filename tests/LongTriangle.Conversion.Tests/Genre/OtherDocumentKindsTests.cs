namespace LongTriangle.Conversion.Tests.Genre;

/// <summary>
/// Kinds of document beyond plans: a 办法 of chapters and articles with letter-spaced chapter titles and a
/// glossary after its last article; a news agency's report that carries the document under its lede.
/// </summary>
public sealed class OtherDocumentKindsTests
{
    [Fact]
    public void A_measures_document_is_read_as_chapters_and_articles_with_its_glossary_apart()
    {
        var markdown = GenreSeed.Convert(
            "苏州市长三角一体化合作项目管理办法",
            "第一章  总  则",
            "第一条 为了规范合作项目管理，根据有关规定，制定本办法。",
            "第二条 本办法适用于本市参与的长三角合作项目。",
            "第二章  附  则",
            "第三条 本办法自2021年1月1日起施行。",
            "名词解释",
            "1.合作项目：指两个以上省市共同实施的项目。",
            "2.牵头单位：指负责项目协调的单位。");
        markdown.ShouldContain("## 第一章  总  则 {#chp_1 numbering=chapter}");
        markdown.ShouldContain("第二条 本办法适用于本市参与的长三角合作项目。 {#chp_1__art_2 numbering=article}");
        markdown.ShouldContain("第三条 本办法自2021年1月1日起施行。 {#chp_2__art_3 numbering=article}");
        markdown.ShouldContain("## 名词解释 {#annex_1 numbering=annex}");
        markdown.ShouldContain("{#annex_1__item_2 numbering=item}");
        markdown.ShouldContain("status: \"full\"");
    }

    [Fact]
    public void A_news_lede_is_the_agencys_and_names_the_document()
    {
        var markdown = GenreSeed.Convert(
            "新华社北京3月5日电 近日，中共中央办公厅、国务院办公厅印发了《关于推进长三角生态环境共保联治的意见》，并发出通知，要求各地区各部门结合实际认真贯彻落实。《关于推进长三角生态环境共保联治的意见》主要内容如下。",
            "为推进长三角生态环境共保联治，现提出如下意见。",
            "一、总体要求",
            "坚持生态优先、绿色发展。");
        markdown.ShouldContain("title: \"关于推进长三角生态环境共保联治的意见\"");
        markdown.ShouldContain("region: \"national\"");
        markdown.Split("\n---", 2)[1].ShouldNotContain("新华社");
    }

    [Fact]
    public void A_table_flattened_to_one_cell_per_line_stays_one_block()
    {
        var markdown = GenreSeed.Convert(
            "马鞍山市融入长三角一体化发展行动计划",
            "一、发展目标",
            "到2025年，一体化发展取得实质性进展。主要指标如下。",
            "表1 主要指标",
            "指标", "2020年", "2025年",
            "研发投入强度", "2.5%", "3%",
            "高新技术产业增加值", "600亿元", "1000亿元",
            "二、重点任务",
            "共建科技创新共同体。");
        markdown.ShouldContain("指标｜2020年｜2025年｜研发投入强度｜2\\.5\\%｜3\\%｜高新技术产业增加值｜600亿元｜1000亿元");
        markdown.ShouldContain("## 二、重点任务 {#part_2 numbering=part}");
    }
}
