using LongTriangle.Publishing.Citations;
using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Tests.Citations;

public sealed class CitationFormatterTests
{
    private const string OutlineZh = "长江三角洲区域一体化发展规划纲要";
    private const string OutlineEn = "Outline of the Integrated Regional Development of the Yangtze River Delta";

    [Theory]
    [InlineData("chp_8__sec_1__para_3", "《长江三角洲区域一体化发展规划纲要》第八章第一节第3段", "Outline of the Integrated Regional Development of the Yangtze River Delta, Ch. 8, Sec. 1, para. 3 (unofficial translation)")]
    [InlineData("chp_12", "《长江三角洲区域一体化发展规划纲要》第十二章", "Outline of the Integrated Regional Development of the Yangtze River Delta, Ch. 12 (unofficial translation)")]
    [InlineData("chp_8__para_1", "《长江三角洲区域一体化发展规划纲要》第八章第1段", "Outline of the Integrated Regional Development of the Yangtze River Delta, Ch. 8, para. 1 (unofficial translation)")]
    [InlineData("fragment__para_1", "《长江三角洲区域一体化发展规划纲要》残存部分第1段", "Outline of the Integrated Regional Development of the Yangtze River Delta, fragment, para. 1 (unofficial translation)")]
    public void Chapters_and_sections_cite_as_readers_write_them(string eId, string zh, string en)
    {
        var citation = CitationFormatter.Cite(ClauseId.TryParse(eId)!, OutlineZh, OutlineEn);
        citation.Zh.ShouldBe(zh);
        citation.En.ShouldBe(en);
    }

    [Theory]
    [InlineData("part_2__sec_3__item_4", "《方案》第二部分（三）第4项", "Plan, Part 2, Sec. 3, item 4 (unofficial translation)")]
    [InlineData("part_2__sec_3", "《方案》第二部分（三）", "Plan, Part 2, Sec. 3 (unofficial translation)")]
    [InlineData("part_1__sec_1__para_2", "《方案》第一部分（一）第2段", "Plan, Part 1, Sec. 1, para. 2 (unofficial translation)")]
    [InlineData("preface__para_1", "《方案》序言第1段", "Plan, preamble, para. 1 (unofficial translation)")]
    [InlineData("notice__para_2", "《方案》印发通知第2段", "Plan, notice, para. 2 (unofficial translation)")]
    [InlineData("closing__para_1", "《方案》落款第1段", "Plan, signature, para. 1 (unofficial translation)")]
    [InlineData("annex_1__part_2__item_3", "《方案》附件1第二部分第3项", "Plan, Annex 1, Part 2, item 3 (unofficial translation)")]
    [InlineData("part_2__sec_1__item_3__point_2", "《方案》第二部分（一）第3项（2）", "Plan, Part 2, Sec. 1, item 3, point 2 (unofficial translation)")]
    [InlineData("part_3-2__para_1", "《方案》第三部分（第2处）第1段", "Plan, Part 3 (2nd), para. 1 (unofficial translation)")]
    [InlineData("book_1__chp_2__art_5", "《方案》第一篇第二章第5条", "Plan, Book 1, Ch. 2, Art. 5 (unofficial translation)")]
    [InlineData("div_2__chp_3", "《方案》第二部分第三章", "Plan, Part 2, Ch. 3 (unofficial translation)")]
    [InlineData("div_2__part_3__sec_1", "《方案》第二部分三、（一）", "Plan, Part 2, Subpart 3, Sec. 1 (unofficial translation)")]
    [InlineData("para_4", "《方案》第4段", "Plan, para. 4 (unofficial translation)")]
    public void Plans_cite_by_part_bracketed_section_and_item(string eId, string zh, string en)
    {
        var citation = CitationFormatter.Cite(ClauseId.TryParse(eId)!, "方案", "Plan");
        citation.Zh.ShouldBe(zh);
        citation.En.ShouldBe(en);
    }

    [Fact]
    public void A_title_that_quotes_another_title_nests_the_book_title_marks()
    {
        CitationFormatter.Cite(ClauseId.TryParse("part_1")!, "上海市贯彻《长江三角洲区域一体化发展规划纲要》实施方案", "Shanghai plan")
            .Zh.ShouldBe("《上海市贯彻〈长江三角洲区域一体化发展规划纲要〉实施方案》第一部分");
    }

    [Fact]
    public void The_English_citation_names_the_issuer_and_date_where_known_and_says_it_is_unofficial()
    {
        CitationFormatter.Cite(ClauseId.TryParse("chp_8__sec_1__para_3")!, OutlineZh, OutlineEn, "CPC Central Committee and State Council", "2019-12-01")
            .En.ShouldBe("CPC Central Committee and State Council, Outline of the Integrated Regional Development of the Yangtze River Delta (2019-12-01), Ch. 8, Sec. 1, para. 3 (unofficial translation)");
    }

    [Theory]
    [InlineData("中共中央 国务院", "CPC Central Committee and State Council")]
    [InlineData("国务院", "State Council")]
    [InlineData("中共中央 江苏省某某厅", null)]
    [InlineData(null, null)]
    public void The_issuers_English_comes_from_the_glossary_or_is_not_given(string? issuer, string? expected)
    {
        var glossary = new Glossary("glossary.yml",
        [
            new GlossaryTerm("cpc", "中共中央", [], "Central Committee of the Communist Party of China", "CPC Central Committee", [], "n", null, 1),
            new GlossaryTerm("state-council", "国务院", [], "State Council", null, [], "n", null, 2),
        ]);
        IssuerNames.English(issuer, glossary).ShouldBe(expected);
    }

    [Fact]
    public void Every_segment_of_the_eid_vocabulary_has_its_own_citation()
    {
        // A segment the formatter does not know falls back to its bare name (kind1): none of the vocabulary may.
        string[] numbered = [.. Enum.GetValues<NumberingKind>().Select(k => k.Segment()), ClauseSegments.Subsection, ClauseSegments.Paragraph, ClauseSegments.Annex];
        foreach (var name in numbered)
            CitationFormatter.Cite(ClauseId.Root(ClauseSegments.Numbered(name, 1)), "方案", "Plan").Zh.ShouldNotContain(name);
        foreach (var name in new[] { ClauseSegments.Preface, ClauseSegments.Notice, ClauseSegments.Fragment, ClauseSegments.Closing })
            CitationFormatter.Cite(ClauseId.Root(name), "方案", "Plan").Zh.ShouldNotContain(name);
    }
}
