namespace LongTriangle.Conversion.Tests.Genre;

/// <summary>
/// Numbering of other document kinds: （N） that runs on from one part into the next, and the list of attachments
/// under a notice's forwarding sentence (附件：1.… / 2.…), which is the notice's, not the document's numbering.
/// </summary>
public sealed class RunOnNumberingAndAttachmentsTests
{
    [Fact]
    public void Numbering_that_runs_on_across_parts_keeps_its_numbers_and_inserts_nothing()
    {
        var markdown = GenreSeed.Convert(
            "嘉兴市推进长三角一体化发展实施方案",
            "一、总体要求",
            "（一）指导思想。坚持以习近平新时代中国特色社会主义思想为指导。",
            "（二）发展目标。到2025年，一体化发展取得实质性进展。",
            "二、重点任务",
            "（三）推进交通互联互通。加快建设沪嘉城际铁路。",
            "（四）推进产业协同发展。共建产业合作园区。",
            "三、保障措施",
            "（五）加强组织领导。建立工作推进机制。");
        markdown.ShouldContain("{#part_1__sec_2 numbering=subsection}");
        markdown.ShouldContain("**（三）推进交通互联互通**。加快建设沪嘉城际铁路。 {#part_2__sec_3 numbering=subsection}");
        markdown.ShouldContain("**（四）推进产业协同发展**。共建产业合作园区。 {#part_2__sec_4 numbering=subsection}");
        markdown.ShouldContain("**（五）加强组织领导**。建立工作推进机制。 {#part_3__sec_5 numbering=subsection}");
        markdown.ShouldNotContain("heading-missing");
        markdown.ShouldContain("missing_headings: 0");
    }

    [Fact]
    public void Numbering_that_restarts_in_each_part_still_shows_a_lost_heading()
    {
        var markdown = GenreSeed.Convert(
            "嘉兴市推进长三角一体化发展实施方案",
            "一、总体要求",
            "（一）指导思想。坚持以习近平新时代中国特色社会主义思想为指导。",
            "（二）发展目标。到2025年，一体化发展取得实质性进展。",
            "二、重点任务",
            "（一）推进交通互联互通。加快建设沪嘉城际铁路。",
            "（三）推进产业协同发展。共建产业合作园区。");
        markdown.ShouldContain("### （二） {#part_2__sec_2 .heading-missing numbering=subsection}");
    }

    [Fact]
    public void The_attachments_listed_under_a_notice_are_one_labelled_paragraph_of_the_notice()
    {
        var markdown = GenreSeed.Convert(
            "苏州市人民政府关于印发苏州市推进长三角一体化发展行动计划的通知",
            "苏府〔2020〕12号",
            "各市、区人民政府，市各委办局：",
            "现将《苏州市推进长三角一体化发展行动计划》印发给你们，请认真贯彻执行。",
            "附件：1.苏州市推进长三角一体化发展行动计划",
            "2.重点项目清单",
            "3.任务分工表",
            "苏州市人民政府",
            "2020年3月1日",
            "苏州市推进长三角一体化发展行动计划",
            "一、总体要求",
            "坚持以习近平新时代中国特色社会主义思想为指导。",
            "二、重点任务",
            "推进交通互联互通，加快建设沪苏湖铁路。");
        markdown.ShouldContain("附件：1\\.苏州市推进长三角一体化发展行动计划；2\\.重点项目清单；3\\.任务分工表 {#notice__para_5 .notice}");
        markdown.ShouldContain("title: \"苏州市推进长三角一体化发展行动计划\"");
        markdown.ShouldContain("issuer: \"苏州市人民政府\"");
        markdown.ShouldContain("## 一、总体要求 {#part_1 numbering=part}");
        markdown.ShouldNotContain("{#item_");
    }
}
