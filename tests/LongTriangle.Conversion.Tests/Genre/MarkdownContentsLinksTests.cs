namespace LongTriangle.Conversion.Tests.Genre;

/// <summary>
/// A Markdown copy whose 目录 is a list of HTML links into the page (<c>&lt;a href="#…"&gt;</c>) and whose headings
/// set their number off with an ideographic space (一、　总体要求): the contents are dropped as the copy's
/// furniture, every heading is kept once, and no tag of the copy becomes markup of the page.
/// </summary>
public sealed class MarkdownContentsLinksTests
{
    private readonly string _markdown = GenreSeed.Convert(
        "# 宁波市推进长三角一体化发展实施意见",
        "",
        "## 目录",
        "",
        "- <a href=\"#一总体要求\">一、总体要求</a>",
        "- <a href=\"#二重点任务\">二、重点任务</a>",
        "  - <a href=\"#一推进港口合作\">（一）推进港口合作</a>",
        "- <a href=\"#三保障措施\">三、保障措施</a>",
        "",
        "## <a id=\"一总体要求\"></a>一、\u3000总体要求",
        "",
        "坚持以习近平新时代中国特色社会主义思想为指导，深入推进长三角一体化发展。",
        "",
        "## 二、\u3000重点任务",
        "",
        "### （一）\u3000推进港口合作",
        "",
        "深化宁波舟山港与上海港合作，共建世界级港口群。",
        "",
        "## 三、\u3000保障措施",
        "",
        "加强组织领导，建立工作推进机制。");

    [Fact]
    public void Every_heading_is_kept_once_without_its_layout_space()
    {
        _markdown.ShouldContain("## 一、总体要求 {#part_1 numbering=part}");
        _markdown.ShouldContain("## 二、重点任务 {#part_2 numbering=part}");
        _markdown.ShouldContain("### （一）推进港口合作 {#part_2__sec_1 numbering=subsection}");
        _markdown.ShouldContain("## 三、保障措施 {#part_3 numbering=part}");
        _markdown.ShouldNotContain("part_1-2");
        _markdown.ShouldNotContain("\u3000");
    }

    [Fact]
    public void The_contents_block_is_dropped_and_no_tag_survives()
    {
        var body = _markdown.Split("\n---", 2)[1];
        body.ShouldNotContain("目录");
        body.ShouldNotContain("<a");
        body.ShouldNotContain("href");
        _markdown.ShouldContain("region: \"zhejiang\"");
    }

    [Fact]
    public void A_link_out_of_the_page_stays_visible_text()
    {
        var markdown = GenreSeed.Convert(
            "# 宁波市推进长三角一体化发展实施意见",
            "",
            "## 一、总体要求",
            "",
            "详见<a href=\"javascript:alert(1)\">附件</a>，深入推进长三角一体化发展。",
            "",
            "## 二、重点任务",
            "",
            "共建世界级港口群。");
        markdown.ShouldContain("详见\\<a href\\=\\\"javascript\\:alert\\(1\\)\\\"\\>附件\\<\\/a\\>，");
    }
}
