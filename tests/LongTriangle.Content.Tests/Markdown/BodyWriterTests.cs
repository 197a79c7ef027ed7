using LongTriangle.Content.Markdown;

namespace LongTriangle.Content.Tests.Markdown;

public sealed class BodyWriterTests
{
    private static Clause Heading(ClauseId id, string text, int level = 2, BlockRole role = BlockRole.None, NumberingKind? numbering = null) =>
        new(id, ClauseKind.Heading, level, text, role, 0, null, numbering);

    private static Clause Paragraph(ClauseId id, string text, BlockRole role = BlockRole.None, string? runIn = null, NumberingKind? numbering = null) =>
        new(id, ClauseKind.Paragraph, 0, text, role, 0, runIn, numbering);

    [Fact]
    public void Writes_headings_and_paragraphs_with_their_ids_and_classes_separated_by_blank_lines()
    {
        var chapter = ClauseId.Root("chp_8");
        var body = BodyWriter.Write([
            Paragraph(ClauseId.Root("notice").Child("para_1"), "各区人民政府：", BlockRole.Notice),
            Paragraph(ClauseId.Root("fragment").Child("para_1"), "惩戒措施路径互通的跨区域信用联合惩戒制度。", BlockRole.Fragment),
            Heading(chapter, "第八章 推进更高水平协同开放"),
            Paragraph(chapter.Child("para_1"), "以“一带一路”建设为统领，深化开放合作。"),
            Heading(ClauseId.Root("part_3"), "三、", role: BlockRole.HeadingMissing),
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
    public void A_numbered_block_has_its_numbering_kind_beside_its_id_and_role()
    {
        var part = ClauseId.Root("part_3");
        var body = BodyWriter.Write([
            Heading(part, "三、", role: BlockRole.HeadingMissing, numbering: NumberingKind.Part),
            Paragraph(part.Child("sec_1"), "（一）指导思想。以习近平新时代中国特色社会主义思想为指导。", runIn: "（一）指导思想", numbering: NumberingKind.Subsection),
            Paragraph(part.Child("sec_1").Child("para_1"), "深入贯彻。"),
        ]);

        body.ShouldBe("""
            ## 三、 {#part_3 .heading-missing numbering=part}

            **（一）指导思想**。以习近平新时代中国特色社会主义思想为指导。 {#part_3__sec_1 numbering=subsection}

            深入贯彻。 {#part_3__sec_1__para_1}

            """.Replace("\r\n", "\n"));
    }

    [Fact]
    public void The_site_renders_the_classes_and_ids()
    {
        var html = RenderedMarkdown.Html(BodyWriter.Write([
            Heading(ClauseId.Root("part_3"), "三、", role: BlockRole.HeadingMissing),
            Paragraph(ClauseId.Root("part_3").Child("item_1"), "1.加快建设区域轨道交通网络。"),
        ])).Replace(" </", "</");
        html.ShouldContain("<h2 id=\"part_3\" class=\"heading-missing\">三、</h2>");
        html.ShouldContain("<p id=\"part_3__item_1\">1.加快建设区域轨道交通网络。</p>");
        html.ShouldNotContain("<ol");
    }

    [Theory]
    [InlineData("（一）指导思想。以习近平新时代中国特色社会主义思想为指导。", "（一）指导思想", "<strong>（一）指导思想</strong>。以习近平")]
    [InlineData("（五）高层次扩大对外开放，共同打造长三角“一带一路”枢纽。以“一带一路”建设为统领。", "（五）高层次扩大对外开放，共同打造长三角“一带一路”枢纽", "<strong>（五）高层次扩大对外开放，共同打造长三角“一带一路”枢纽</strong>。以")]
    [InlineData("1.共同推进长三角口岸通关一体化建设。推进国际贸易“单一窗口”。", "1.共同推进长三角口岸通关一体化建设", "<strong>1.共同推进长三角口岸通关一体化建设</strong>。推进")]
    [InlineData("*坚持*全域融入。牢固树立“一体化”意识。", "*坚持*全域融入", "<strong>*坚持*全域融入</strong>。牢固")]
    public void A_run_in_heading_is_strong_emphasis_that_commonmark_closes_before_the_full_stop(string text, string heading, string expected)
    {
        var paragraph = Paragraph(ClauseId.Root("part_1").Child("sec_1"), text, runIn: heading);

        var html = RenderedMarkdown.Html(BodyWriter.Write([paragraph]));

        html.ShouldContain(expected);
        html.Count(c => c == '<').ShouldBe(4); // <p>, <strong>, </strong>, </p>: the seed's asterisks stay text
    }

    [Fact]
    public void A_run_in_heading_that_is_not_the_start_of_the_text_is_refused() =>
        Should.Throw<ArgumentException>(() => BodyWriter.Line(Paragraph(ClauseId.Root("part_1"), "一、总体要求。正文。", runIn: "二、总体要求")));
}
