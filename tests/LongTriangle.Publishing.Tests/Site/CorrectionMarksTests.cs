using LongTriangle.Publishing.Content;
using LongTriangle.Publishing.Site;
using LongTriangle.Theme.Models;

namespace LongTriangle.Publishing.Tests.Site;

public sealed class CorrectionMarksTests
{
    private const string Text = "加快建设虹桥进口商品展示交易中心、虹桥海外贸易中心、长三角区域城市展示中心等功能性平台。";

    private static Correction Erratum(string find, string replace) => new("chp_8__sec_1__para_2", find, replace, "reason", null);

    [Fact]
    public void Only_the_changed_characters_are_marked_with_what_the_copy_read()
    {
        var mark = CorrectionMarks.In(Text, [Erratum("虹桥外贸贸易", "虹桥海外贸易")]).ShouldHaveSingleItem();
        Text.Substring(mark.Start, mark.Length).ShouldBe("海外");
        mark.SourceReading.ShouldBe("外贸");
    }

    [Fact]
    public void Words_the_copy_lacked_are_marked_with_an_empty_source_reading()
    {
        var mark = CorrectionMarks.In("支持上交所在长三角设立服务基地", [Erratum("交所所在", "交所在")]).ShouldHaveSingleItem();
        // A deletion: nothing in the text to cover, the place is after 支持上交所 and the copy read one more 所.
        (mark.Start, mark.Length, mark.SourceReading).ShouldBe((5, 0, "所"));

        var insertion = CorrectionMarks.In("把党的领导始终贯穿全过程", [Erratum("领导贯穿", "领导始终贯穿")]).ShouldHaveSingleItem();
        (insertion.Start, insertion.Length, insertion.SourceReading).ShouldBe((5, 2, ""));
    }

    [Fact]
    public void A_correction_that_is_not_in_the_text_marks_nothing() =>
        CorrectionMarks.In(Text, [Erratum("重大项目 and 年度", "重大项目和年度")]).ShouldBeEmpty();

    [Fact]
    public void Corrections_are_read_from_the_provenance_errata_with_their_clause()
    {
        var provenance = new Provenance(new ProvenanceMap([
            new("errata", new ProvenanceList([new ProvenanceMap([
                new("eid", new ProvenanceScalar("chp_11__sec_3__para_2")),
                new("find", new ProvenanceScalar("反恐防")),
                new("replace", new ProvenanceScalar("反恐怖")),
                new("reason", new ProvenanceScalar("a wrong word")),
                new("source", new ProvenanceScalar("https://www.gov.cn/")),
            ])])),
        ]));
        Correction.From(provenance).ShouldBe([new Correction("chp_11__sec_3__para_2", "反恐防", "反恐怖", "a wrong word", "https://www.gov.cn/")]);
        Correction.From(null).ShouldBeEmpty();
    }

    [Fact]
    public void On_a_converted_rendition_the_mark_covers_the_same_place_in_the_converted_text_and_quotes_the_copy_converted()
    {
        // 发 and 后 become 發 and 後 before the mark; the mark still covers what changed, and the copy's reading is converted too.
        const string simplified = "发展后建设虹桥海外贸易中心。";
        var mark = CorrectionMarks.In(simplified, [Erratum("虹桥外贸贸易", "虹桥海外贸易")], Renditions.Traditional).ShouldHaveSingleItem();
        var traditional = Renditions.Traditional.FromAuthoritative(simplified);
        traditional.ShouldBe("發展後建設虹橋海外貿易中心。");
        traditional.Substring(mark.Start, mark.Length).ShouldBe("海外");
        mark.SourceReading.ShouldBe("外貿");
    }

    [Fact]
    public void The_authoritative_rendition_marks_as_the_text_reads() =>
        CorrectionMarks.In(Text, [Erratum("虹桥外贸贸易", "虹桥海外贸易")], Renditions.Simplified)
            .ShouldBe(CorrectionMarks.In(Text, [Erratum("虹桥外贸贸易", "虹桥海外贸易")]));
}
