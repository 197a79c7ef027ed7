using LongTriangle.Publishing.Citations;
using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Tests.Citations;

public sealed class CitationStyleTests
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
        CitationStyle.Chinese.Cite(ClauseId.TryParse(eId)!, new CitedDocument(OutlineZh)).ShouldBe(zh);
        CitationStyle.English.Cite(ClauseId.TryParse(eId)!, new CitedDocument(OutlineEn)).ShouldBe(en);
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
        CitationStyle.Chinese.Cite(ClauseId.TryParse(eId)!, new CitedDocument("方案")).ShouldBe(zh);
        CitationStyle.English.Cite(ClauseId.TryParse(eId)!, new CitedDocument("Plan")).ShouldBe(en);
    }

    [Fact]
    public void A_title_that_quotes_another_title_nests_the_book_title_marks()
    {
        CitationStyle.Chinese.Cite(ClauseId.TryParse("part_1")!, new CitedDocument("上海市贯彻《长江三角洲区域一体化发展规划纲要》实施方案"))
            .ShouldBe("《上海市贯彻〈长江三角洲区域一体化发展规划纲要〉实施方案》第一部分");
    }

    [Fact]
    public void The_English_citation_names_the_issuer_and_date_where_known_and_says_it_is_unofficial()
    {
        CitationStyle.English.Cite(ClauseId.TryParse("chp_8__sec_1__para_3")!, new CitedDocument(OutlineEn, "CPC Central Committee and State Council", "2019-12-01"))
            .ShouldBe("CPC Central Committee and State Council, Outline of the Integrated Regional Development of the Yangtze River Delta (2019-12-01), Ch. 8, Sec. 1, para. 3 (unofficial translation)");
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
        IssuerNames.Cited(issuer, glossary).ShouldBe(expected);
    }

    [Fact]
    public void Every_segment_of_the_eid_vocabulary_has_its_own_citation()
    {
        // A segment the formatter does not know falls back to its bare name (kind1): none of the vocabulary may.
        string[] numbered = [.. Enum.GetValues<NumberingKind>().Select(k => k.Segment()), ClauseSegments.Subsection, ClauseSegments.Paragraph, ClauseSegments.Annex];
        foreach (var name in numbered)
            CitationStyle.Chinese.Cite(ClauseId.Root(ClauseSegments.Numbered(name, 1)), new CitedDocument("方案")).ShouldNotContain(name);
        foreach (var name in new[] { ClauseSegments.Preface, ClauseSegments.Notice, ClauseSegments.Fragment, ClauseSegments.Closing })
            CitationStyle.Chinese.Cite(ClauseId.Root(name), new CitedDocument("方案")).ShouldNotContain(name);
    }

    [Theory]
    [InlineData("chp_8__sec_1__para_3", "第八章第一节第3段", "Ch. 8, Sec. 1, para. 3")]
    [InlineData("part_3-2__para_1", "第三部分（第2处）第1段", "Part 3 (2nd), para. 1")]
    public void The_place_is_the_citation_without_the_document(string eId, string zh, string en)
    {
        CitationStyle.Chinese.Place(ClauseId.TryParse(eId)!).ShouldBe(zh);
        CitationStyle.English.Place(ClauseId.TryParse(eId)!).ShouldBe(en);
    }

    [Fact]
    public void Each_rendition_cites_in_its_style_and_a_converted_one_converts_the_authoritative_citation()
    {
        var id = ClauseId.TryParse("chp_8__sec_1__para_3")!;
        var authoritative = new CitedDocument(OutlineZh);
        var translated = new CitedDocument(OutlineEn, "CPC Central Committee and State Council", "2019-12-01");
        Renditions.Simplified.Cite(id, authoritative, translated).ShouldBe("《长江三角洲区域一体化发展规划纲要》第八章第一节第3段");
        Renditions.Traditional.Cite(id, authoritative, translated).ShouldBe("《長江三角洲區域一體化發展規劃綱要》第八章第一節第3段");
        Renditions.English.Cite(id, authoritative, translated).ShouldStartWith("CPC Central Committee and State Council, Outline");
        Renditions.Traditional.Place(id).ShouldBe("第八章第一節第3段");
    }
}
