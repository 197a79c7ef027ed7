namespace LongTriangle.Conversion.Tests.Genre;

/// <summary>
/// Website furniture that carries no colon: a metadata table copied as "label value" rows (letter-spaced labels,
/// rows of labels whose values were lost), a posting date alone, a newspaper's citation line, a document number
/// and date run in after the title; and a 发布机构 that names a local body by its level only (区政府).
/// </summary>
public sealed class MetadataWithoutColonsTests
{
    [Fact]
    public void A_metadata_table_without_colons_is_chrome_and_a_body_named_by_level_places_nothing()
    {
        var markdown = GenreSeed.Convert(
            "索 引 号 SY-310115-2022-00371 信息分类 政策文件",
            "文件编号 浦府〔2022〕3号",
            "发布机构 区政府",
            "体裁分类 生命周期分类",
            "内容概述",
            "浦东新区推进长三角一体化发展实施方案",
            "一、总体要求",
            "坚持以习近平新时代中国特色社会主义思想为指导，深入推进长三角一体化发展。");
        markdown.ShouldContain("region: \"shanghai\"");
        markdown.ShouldContain("title: \"浦东新区推进长三角一体化发展实施方案\"");
        var body = markdown.Split("\n---", 2)[1];
        foreach (var chrome in new[] { "索", "文件编号", "发布机构", "体裁分类", "内容概述" })
            body.ShouldNotContain(chrome);
    }

    [Fact]
    public void A_posting_date_and_a_newspaper_citation_are_the_copys_not_the_documents()
    {
        var markdown = GenreSeed.Convert(
            "长江三角洲区域一体化发展规划纲要",
            "2019-12-05",
            "人民日报》（ 2019年12月02日01版）",
            "前 言",
            "推动长三角一体化发展，对引领全国高质量发展意义重大。",
            "第一章 发展背景",
            "长三角地区是我国经济发展最活跃的区域之一。");
        var body = markdown.Split("\n---", 2)[1];
        body.ShouldNotContain("2019\\-12\\-05");
        body.ShouldNotContain("01版");
        markdown.ShouldContain("## 第一章 发展背景 {#chp_1 numbering=chapter}");
    }

    [Fact]
    public void A_document_number_and_date_run_in_after_the_title_are_split_off()
    {
        var markdown = GenreSeed.Convert(
            "浙江省人民政府关于推进长三角一体化发展的实施意见 浙政发[2019]21号 2019-11-03 为贯彻落实国家战略，现结合我省实际，提出以下实施意见。 一、总体要求 (一)基本原则。坚持创新共建，推动协调发展。 (二)发展目标。到2025年，一体化取得实质性进展。");
        markdown.ShouldContain("number: \"浙政发[2019]21号\"");
        markdown.ShouldContain("为贯彻落实国家战略，现结合我省实际，提出以下实施意见。 {#preface__para_1 .preface}");
        markdown.ShouldNotContain("2019\\-11\\-03");
        markdown.ShouldContain("## 一、总体要求 {#part_1 numbering=part}");
    }
}
