using LongTriangle.Conversion.Collation;

namespace LongTriangle.Conversion.Tests.Collation;

public sealed class PassageCollatorTests
{
    // A national outline and a provincial plan that quotes one of its sentences, adapting a word and
    // keeping a newspaper's corruption out: the pattern of a plan implementing an outline.
    private static readonly Witness Outline = new("outline", "chp_8__sec_1__para_2",
        "加快建设虹桥进口商品展示交易中心、虹桥外贸贸易中心、长三角区域城市展示中心等功能性平台，聚焦发展总部经济。");

    private static readonly Witness Plan = new("plan", "part_3__sec_5__para_5",
        "支持上海加快建设虹桥进口商品展示交易中心、虹桥海外贸易中心、长三角区域城市展示中心等功能性平台，推动我省企业入驻。");

    private static readonly Witness Unrelated = new("plan", "part_1__para_1",
        "坚持生态优先、绿色发展，统筹山水林田湖草系统治理，推进生态环境共保联治。");

    [Fact]
    public void A_corrupted_word_in_a_shared_passage_is_a_variant_with_both_witnesses()
    {
        var variant = PassageCollator.Collate([Outline, Plan, Unrelated]).ShouldHaveSingleItem();
        variant.First.ShouldBe(Outline);
        variant.Other.ShouldBe(Plan);
        // 外贸贸 against 海外贸: the shared 贸 between two one-character differences does not split the place.
        (variant.Context + "〔" + variant.Reading + "|" + variant.OtherReading + "〕" + variant.After)
            .ShouldBe("易中心、虹桥〔外贸贸|海外贸〕易中心、长三");
    }

    [Fact]
    public void Each_documents_own_wording_around_the_quotation_is_not_a_variant()
    {
        // 支持上海 before and 推动我省企业入驻 after the quotation have shared text on one side only, or are long.
        var readings = PassageCollator.Variants(Outline, Plan).Select(v => v.Reading + "|" + v.OtherReading);
        readings.ShouldBe(["外贸贸|海外贸"]);
    }

    [Fact]
    public void Paragraphs_that_share_no_passage_are_not_compared() =>
        PassageCollator.Collate([Outline, Unrelated with { Document = "other" }]).ShouldBeEmpty();

    [Fact]
    public void Paragraphs_of_one_document_are_not_collated_with_each_other() =>
        PassageCollator.Collate([Outline, Outline with { Eid = "chp_9__para_1", Text = Plan.Text }]).ShouldBeEmpty();

    [Fact]
    public void A_variant_seen_from_the_other_witness_swaps_the_readings()
    {
        var reversed = PassageCollator.Variants(Outline, Plan).Single().Reversed();
        reversed.First.ShouldBe(Plan);
        reversed.Reading.ShouldBe("海外贸");
        reversed.OtherReading.ShouldBe("外贸贸");
    }

    [Fact]
    public void A_missing_word_and_a_stray_word_are_variants_too()
    {
        var newspaper = new Witness("outline", "chp_12__sec_2__para_1", "研究审议重大规划、重大政策、重大项目 and 年度工作安排，协调解决重大问题，督促落实重大事项。");
        var quoted = new Witness("plan", "part_4__sec_1__para_1", "研究审议重大规划、重大政策、重大项目和年度工作安排，协调解决重大问题，督促落实重大事项。");
        PassageCollator.Variants(newspaper, quoted).Select(v => (v.Reading, v.OtherReading)).ShouldBe([(" and ", "和")]);
    }
}
