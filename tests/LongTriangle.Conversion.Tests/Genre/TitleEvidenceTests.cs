namespace LongTriangle.Conversion.Tests.Genre;

/// <summary>The title is found from all the evidence a copy offers, and the document's own title wins over its wrapper's.</summary>
public sealed class TitleEvidenceTests
{
    [Fact]
    public void A_forwarding_notice_above_the_document_gives_way_to_the_documents_own_title() =>
        GenreSeed.Convert(
                "中共芜湖市委 芜湖市人民政府",
                "关于印发《芜湖市推进长三角一体化发展行动计划》的通知",
                "各县（市、区）委、人民政府，市直各单位：",
                "《芜湖市推进长三角一体化发展行动计划》已经市委、市政府同意，现印发给你们，请认真贯彻落实。",
                "中共芜湖市委",
                "芜湖市人民政府",
                "2020年3月2日",
                "芜湖市推进长三角一体化发展行动计划",
                "一、总体要求",
                "坚持一体化发展，推动高质量发展。")
            .ShouldContain("title: \"芜湖市推进长三角一体化发展行动计划\"");

    [Fact]
    public void A_news_headline_with_a_column_tag_gives_way_to_the_document_it_reproduces()
    {
        var markdown = GenreSeed.Convert(
            "【政策解读】《长江三角洲区域一体化发展规划纲要》推动交通一体化（全文）",
            "2019-12-05",
            "《长江三角洲区域一体化发展规划纲要》全文",
            "第一章 发展背景",
            "长三角地区是我国经济发展最活跃的区域之一。");
        markdown.ShouldContain("title: \"长江三角洲区域一体化发展规划纲要\"");
        markdown.ShouldContain("region: \"national\"");
    }

    [Fact]
    public void A_headline_with_remarks_gives_way_to_the_full_title_under_it() =>
        GenreSeed.Convert(
                "（江苏省）无锡市十四五规划（2022年更新）",
                "无锡市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
                "无锡市人民政府",
                "第一章 发展基础",
                "“十三五”时期，全市经济社会发展取得显著成就。")
            .ShouldContain("title: \"无锡市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\"");

    [Fact]
    public void A_notice_that_lost_its_heading_names_the_document_in_its_forwarding_sentence()
    {
        var markdown = GenreSeed.Convert(
            "各县（市）、区人民政府，市政府各部门：",
            "《滁州市优化营商环境行动方案（2023）》已经市政府常务会议审议通过，现予印发，请认真组织实施。",
            "滁州市人民政府",
            "2023年8月14日",
            "滁州市优化营商环境行动方案（2023）",
            "一、工作目标",
            "到2025年，营商环境达到长三角先进水平。");
        markdown.ShouldContain("title: \"滁州市优化营商环境行动方案（2023）\"");
        markdown.ShouldContain("region: \"anhui\"");
    }

    [Fact]
    public void A_seed_without_any_title_evidence_is_refused() =>
        GenreSeed.Refusal("为推动高质量发展，现提出如下意见。", "一、总体要求", "坚持创新共建，推动协调发展。")
            .Problem.ShouldContain("no title found in the seed");
}
