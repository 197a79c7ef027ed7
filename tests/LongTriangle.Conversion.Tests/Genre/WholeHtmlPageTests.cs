namespace LongTriangle.Conversion.Tests.Genre;

/// <summary>
/// A seed that is a whole saved web page: head and scripts, a menu and breadcrumb, a metadata table, the
/// document, a hidden block repeating its text, a footer. It is read by its elements; no tag survives.
/// </summary>
public sealed class WholeHtmlPageTests
{
    private readonly string _markdown = GenreSeed.Convert(
        "<!DOCTYPE html>",
        "<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">",
        "<title>常州市融入长三角一体化发展实施方案_常州市人民政府</title>",
        "<script>document.write(\"<p>统计代码</p>\");</script><style>.nav{color:red}</style></head>",
        "<body><div class=\"top-nav\"><a href=\"/\">首页</a> | <a href=\"/zwgk/\">政务公开</a></div>",
        "<table class=\"xxgk\"><tr><td>索引号</td><td>014000000/2021-00031</td><td>发文字号</td><td>常政发〔2021〕8号</td></tr>",
        "<tr><td>成文日期</td><td>2021年2月3日</td><td>发布时间</td><td>2021年2月5日 10:20</td></tr></table>",
        "<h1>常州市融入长三角一体化发展实施方案</h1>",
        "<div id=\"zoom\"><p>为推动常州更好融入长三角一体化发展，制定本方案。</p>",
        "<p><strong>一、总体要求</strong></p><p>坚持创新共建，推动高质量发展，&lt;强化&gt;协同。</p>",
        "<p>二、重点任务</p><p>共建科技创新共同体，<a href=\"javascript:alert(1)\">推进</a>产业协同。</p>",
        "<p>常州市人民政府</p><p>2021年2月3日</p></div>",
        "<div style=\"display:none\">常州市融入长三角一体化发展实施方案 为推动常州更好融入长三角一体化发展，制定本方案。</div>",
        "<div class=\"footer\">版权所有：常州市人民政府办公室 苏ICP备05004918号</div>",
        "</body></html>");

    [Fact]
    public void The_page_heading_is_the_title_and_the_metadata_table_is_evidence()
    {
        _markdown.ShouldContain("title: \"常州市融入长三角一体化发展实施方案\"");
        _markdown.ShouldContain("region: \"jiangsu\"");
        _markdown.ShouldContain("number: \"常政发〔2021〕8号\"");
        _markdown.ShouldContain("written: \"2021-02-03\"");
        _markdown.ShouldNotContain("published:"); // 发布时间 is the page's posting time
    }

    [Fact]
    public void The_structure_is_read_from_the_body()
    {
        _markdown.ShouldContain("## 一、总体要求 {#part_1 numbering=part}");
        _markdown.ShouldContain("## 二、重点任务 {#part_2 numbering=part}");
        _markdown.ShouldContain("2021年2月3日 {#closing__para_2 .closing}");
    }

    [Fact]
    public void No_tag_script_menu_footer_or_hidden_repeat_survives_and_text_stays_escaped()
    {
        var body = _markdown.Split("\n---", 2)[1];
        foreach (var chrome in new[] { "<p", "<a", "<div", "</", "<script", "统计代码", "color", "首页", "版权所有", "ICP", "javascript" })
            body.ShouldNotContain(chrome);
        body.ShouldContain("\\<强化\\>协同");   // a character reference is text, escaped, never markup
        body.ShouldContain("推进产业协同");       // a link keeps its words, never its address
        body.Split("为推动常州更好融入长三角一体化发展").Length.ShouldBe(2); // once: the hidden repeat is gone
    }
}
