namespace LongTriangle.Conversion.Tests.Genre;

/// <summary>Small slips of copies: 笫 for 第, a stray bar at a line's edge, half-width brackets and commas, a posting date.</summary>
public sealed class SmallerSlipsTests
{
    private readonly string _markdown = GenreSeed.Convert(
        "宁波市推进长三角一体化发展若干措施",
        "发布时间：2021-06-08 09:30 浏览次数：1024",
        "笫一章 总体要求 |",
        "(一)指导思想。坚持创新共建,推动协调发展。",
        "(二)发展目标。到2025年,一体化发展取得实质性进展。 |",
        "笫二章 重点任务",
        "笫一条 共建科技创新共同体。");

    [Fact]
    public void A_slip_of_笫_for_第_is_mended_where_a_numeral_follows()
    {
        _markdown.ShouldContain("## 第一章 总体要求 {#chp_1 numbering=chapter}");
        _markdown.ShouldContain("## 第二章 重点任务 {#chp_2 numbering=chapter}");
        _markdown.ShouldNotContain("笫");
    }

    [Fact]
    public void A_bar_at_a_lines_edge_is_stray() => _markdown.ShouldNotContain("\\|");

    [Fact]
    public void Half_width_brackets_and_commas_become_Chinese_punctuation() =>
        _markdown.ShouldContain("**（一）指导思想**。坚持创新共建，推动协调发展。 {#chp_1__sec_1 numbering=subsection}");

    [Fact]
    public void The_pages_posting_time_is_not_a_date_of_the_document()
    {
        _markdown.ShouldNotContain("published:");
        _markdown.ShouldNotContain("written:");
        _markdown.ShouldContain("region: \"zhejiang\"");
    }
}
