namespace LongTriangle.Conversion.Tests.Genre;

/// <summary>A preface under its own letter-spaced heading, and dictionary-style notes of every reading of a character.</summary>
public sealed class PrefaceAndPinyinTests
{
    [Fact]
    public void A_preface_heading_is_the_heading_of_the_preface()
    {
        var markdown = GenreSeed.Convert(
            "长江三角洲区域一体化发展规划纲要",
            "前 言",
            "长三角地区是我国经济发展最活跃的区域之一。",
            "规划范围包括上海市、江苏省、浙江省、安徽省全域。",
            "第一章 发展背景",
            "长三角一体化发展具有较好基础。");
        markdown.ShouldContain("## 前 言 {#preface}");
        markdown.ShouldContain("规划范围包括上海市、江苏省、浙江省、安徽省全域。 {#preface__para_2 .preface}");
        markdown.ShouldContain("## 第一章 发展背景 {#chp_1 numbering=chapter}");
    }

    [Fact]
    public void A_note_of_every_reading_of_a_character_is_removed()
    {
        var markdown = GenreSeed.Convert(
            "学习园地",
            "中央八项规定实施细则",
            "为(wéi / wèi)贯彻落实有关规定，制定如下实施细则：",
            "一(yī / yì /yí)、改进调查研究",
            "要实事求是地(dì / de)安排考查内容。");
        markdown.ShouldContain("## 一、改进调查研究 {#part_1 numbering=part}");
        markdown.ShouldContain("要实事求是地安排考查内容。");
        markdown.ShouldNotContain("学习园地"); // a site's column name above the document
    }

    [Fact]
    public void One_step_from_the_home_page_is_a_breadcrumb() =>
        GenreSeed.Convert("首页 > 政策聚焦", "长三角地区秋冬季大气污染综合治理攻坚行动方案", "一、总体要求", "坚持联防联控，推动空气质量改善。")
            .ShouldNotContain("政策聚焦");
}
