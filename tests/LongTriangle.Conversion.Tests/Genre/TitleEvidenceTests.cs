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
}
