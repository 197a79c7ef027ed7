using LongTriangle.Conversion.Markdown;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Tests.Markdown;

public sealed class BodyWriterTests
{
    [Fact]
    public void Writes_headings_and_paragraphs_with_their_ids_and_classes_separated_by_blank_lines()
    {
        var chapter = ClauseId.Root("chp_8");
        var body = BodyWriter.Write([
            new Paragraph(ClauseId.Root("notice").Child("para_1"), 1, "各区人民政府：", ParagraphRole.Notice),
            new Paragraph(ClauseId.Root("fragment").Child("para_1"), 2, "惩戒措施路径互通的跨区域信用联合惩戒制度。", ParagraphRole.Fragment),
            new Heading(chapter, 3, "第八章 推进更高水平协同开放", 2, Missing: false),
            new Paragraph(chapter.Child("para_1"), 4, "以“一带一路”建设为统领，深化开放合作。", ParagraphRole.Clause),
            new Heading(ClauseId.Root("part_3"), 5, "三、", 2, Missing: true),
        ]);

        body.ShouldBe("""
            各区人民政府： {#notice__para_1 .notice}

            惩戒措施路径互通的跨区域信用联合惩戒制度。 {#fragment__para_1 .fragment}

            ## 第八章 推进更高水平协同开放 {#chp_8}

            以“一带一路”建设为统领，深化开放合作。 {#chp_8__para_1}

            ## 三、 {#part_3 .heading-missing}

            """.Replace("\r\n", "\n"));
    }

    [Fact]
    public void The_site_renders_the_classes_and_ids()
    {
        var html = RenderedMarkdown.Html(BodyWriter.Write([
            new Heading(ClauseId.Root("part_3"), 5, "三、", 2, Missing: true),
            new Paragraph(ClauseId.Root("part_3").Child("item_1"), 6, "1.加快建设区域轨道交通网络。", ParagraphRole.Clause),
        ])).Replace(" </", "</");
        html.ShouldContain("<h2 id=\"part_3\" class=\"heading-missing\">三、</h2>");
        html.ShouldContain("<p id=\"part_3__item_1\">1.加快建设区域轨道交通网络。</p>");
        html.ShouldNotContain("<ol");
    }
}
