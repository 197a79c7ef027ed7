namespace LongTriangle.Conversion.Tests.Genre;

/// <summary>A wiki copy (维基文库 and its mirrors): edit links, skip links, the motto and the scanned file are the wiki's, not the document's.</summary>
public sealed class WikiPageTests
{
    private readonly string _markdown = GenreSeed.Convert(
        "宿迁市国民经济和社会发展第十四个五年规划纲要",
        "跳转到内容",
        "维基文库，自由的图书馆",
        "File:宿迁市十四五规划纲要.pdf",
        "PDF版本",
        "第一章 发展基础[编辑]",
        "“十三五”时期，全市经济社会发展取得显著成就。",
        "编辑",
        "第二章 总体要求［编辑］",
        "坚持新发展理念，推动高质量发展。");

    [Fact]
    public void Edit_links_are_cut_from_the_headings() =>
        _markdown.ShouldContain("## 第一章 发展基础 {#chp_1 numbering=chapter}");

    [Fact]
    public void The_wikis_own_lines_are_not_text()
    {
        foreach (var chrome in new[] { "编辑", "跳转到内容", "自由的图书馆", "File:", "PDF版本" })
            _markdown.Split("\n---", 2)[1].ShouldNotContain(chrome);
    }

    [Fact]
    public void The_region_comes_from_the_city_in_the_title() => _markdown.ShouldContain("region: \"jiangsu\"");
}
