using System.Net;
using LongTriangle.Content.Markdown;

namespace LongTriangle.Content.Tests.Markdown;

public sealed class MarkdownEscaperTests
{
    public static TheoryData<string> Hostile => new()
    {
        "<script>alert(1)</script>",
        "# 不是标题",
        "* 不是列表",
        "1. 不是有序列表",
        "[x](javascript:alert(1))",
        "|a|b|",
        "`代码` ``两个``",
        "文本 {#evil .class}",
        "---",
        "===",
        "> 不是引用",
        "**粗体** _斜体_ ~~删除~~",
        "&lt;b&gt; &#60; &amp;",
        "<!-- 注释 -->",
        "![图](x.png)",
        "<https://example.com>",
        "a\\b\\",
        "    四个空格",
        "行一\n行二\r\n# 行三",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Seed_text_renders_as_exactly_itself_in_one_paragraph_with_the_converters_id(string text)
    {
        var line = BodyWriter.Line(new Clause(ClauseId.Root("preface").Child("para_1"), ClauseKind.Paragraph, 0, text, BlockRole.Preface, 0));
        // Markdig keeps the space before the attribute block inside the element; it is not text of the seed.
        var html = RenderedMarkdown.Html(line).Trim().Replace(" </", "</");

        var expectedText = WebUtility.HtmlEncode(text.ReplaceLineEndings(" ").Trim()).Replace("&#39;", "'");
        html.ShouldBe($"<p id=\"preface__para_1\" class=\"preface\">{expectedText}</p>");
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Seed_text_in_a_heading_stays_text(string text)
    {
        var line = BodyWriter.Line(new Clause(ClauseId.Root("part_1"), ClauseKind.Heading, 2, text, BlockRole.None, 0));
        // Markdig keeps the space before the attribute block inside the element; it is not text of the seed.
        var html = RenderedMarkdown.Html(line).Trim().Replace(" </", "</");

        var expectedText = WebUtility.HtmlEncode(text.ReplaceLineEndings(" ").Trim()).Replace("&#39;", "'");
        html.ShouldBe($"<h2 id=\"part_1\">{expectedText}</h2>");
    }

    [Fact]
    public void Every_ascii_punctuation_character_is_escaped_and_nothing_else()
    {
        var punctuation = new string([.. Enumerable.Range(33, 94).Select(c => (char)c).Where(c => !char.IsAsciiLetterOrDigit(c))]);
        MarkdownEscaper.Escape(punctuation).ShouldBe(string.Concat(punctuation.Select(c => "\\" + c)));
        MarkdownEscaper.Escape("长三角 2025年（一）“一体化”：＃＊").ShouldBe("长三角 2025年（一）“一体化”：＃＊");
    }

    [Fact]
    public void A_paragraph_is_one_line()
    {
        MarkdownEscaper.Escape("行一\n行二\r\n行三\t完").ShouldNotContain('\n');
        MarkdownEscaper.Escape("行一\n行二\r\n行三\t完").ShouldNotContain('\r');
    }
}
