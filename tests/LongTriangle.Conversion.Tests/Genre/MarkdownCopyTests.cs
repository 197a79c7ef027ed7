namespace LongTriangle.Conversion.Tests.Genre;

/// <summary>
/// A copy saved as Markdown by a scraper: YAML front matter with English and Chinese keys, # headings,
/// paragraphs in bold used as headings, a block-quoted disclaimer, a bullet menu, a table. It is read by its
/// structure, and every piece of its text is still escaped in the output.
/// </summary>
public sealed class MarkdownCopyTests
{
    private readonly string _markdown = GenreSeed.Convert(
        "---",
        "title: \"国务院关于推进长三角数字经济协同发展的意见\"",
        "url: \"https://example.gov.cn/zhengce/2024.htm\"",
        "date: 2024-03-05",
        "发文字号: 国发〔2024〕9号",
        "tags: [政策, 长三角]",
        "---",
        "",
        "- 政策法规",
        "",
        "# 国务院关于推进长三角数字经济协同发展的意见",
        "",
        "> 本文转载自政府网站，仅供学习参考，如有侵权请联系删除。",
        "",
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
        "",
        "为推进长三角数字经济协同发展，现提出如下意见。",
        "",
        "**一、总体要求**",
        "",
        "**（一）指导思想。**以习近平新时代中国特色社会主义思想为指导，推动数字经济高质量发展。",
        "",
        "## 二、重点任务",
        "",
        "### （一）共建数字基础设施",
        "",
        "1. **建设算力网络**。统筹布局数据中心集群，见[附表](#table)。",
        "",
        "| 指标 | 2025年 | 2030年 |",
        "|---|---|---|",
        "| 核心产业增加值占比 | 12% | 15% |",
        "| 数据中心机架数 | 30万 | 50万 |",
        "",
        "---",
        "",
        "国务院",
        "2024年3月1日");

    [Fact]
    public void The_front_matter_is_evidence_not_text()
    {
        _markdown.ShouldContain("title: \"国务院关于推进长三角数字经济协同发展的意见\"");
        _markdown.ShouldContain("number: \"国发〔2024〕9号\"");
        _markdown.ShouldNotContain("published: \"2024-03-05\""); // a scraper's date is its copy's, not the document's
        _markdown.ShouldNotContain("example.gov.cn");
        _markdown.ShouldNotContain("tags");
    }

    [Fact]
    public void Headings_in_hashes_and_in_bold_are_read_for_their_numbering()
    {
        _markdown.ShouldContain("## 一、总体要求 {#part_1 numbering=part}");
        _markdown.ShouldContain("## 二、重点任务 {#part_2 numbering=part}");
        _markdown.ShouldContain("### （一）共建数字基础设施 {#part_2__sec_1 numbering=subsection}");
        _markdown.ShouldContain("**（一）指导思想**。以习近平新时代中国特色社会主义思想为指导");
    }

    [Fact]
    public void The_copiers_disclaimer_the_menu_and_the_markup_are_gone()
    {
        var body = _markdown.Split("\n---", 2)[1];
        foreach (var mark in new[] { "转载", "政策法规", "](", "|---", "# 国务院" })
            body.ShouldNotContain(mark);
    }

    [Fact]
    public void A_table_is_one_labelled_clause_and_its_text_stays_escaped() =>
        _markdown.ShouldContain("指标：核心产业增加值占比，2025年：12\\%，2030年：15\\%；指标：数据中心机架数，2025年：30万，2030年：50万 {#part_2__sec_1__item_1__para_1}");

    [Fact]
    public void The_signature_closes_the_document() => _markdown.ShouldContain("2024年3月1日 {#closing__para_2 .closing}");
}
