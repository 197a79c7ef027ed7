namespace LongTriangle.Conversion.Tests.Genre;

/// <summary>
/// Completeness is decided from how the text ends: a signature or a finished sentence ends a document; a cut
/// mid-sentence, a colon with nothing after it, a heading with nothing under it or a 未完 note do not.
/// </summary>
public sealed class CompletenessEvidenceTests
{
    private static string Convert(params string[] tail) =>
        GenreSeed.Convert(["上海市推进长三角一体化发展三年行动计划", "为推动一体化发展，制定本计划。", "一、总体要求", .. tail]);

    [Fact]
    public void A_text_that_ends_its_last_sentence_is_full() =>
        Convert("坚持创新共建，推动协调发展。", "二、保障措施", "加强组织领导，确保任务落实。")
            .ShouldContain("status: \"full\"");

    [Fact]
    public void A_text_that_stops_mid_sentence_is_partial_and_says_where()
    {
        var markdown = Convert("坚持创新共建，推动协调发展。", "二、重点任务", "加快建设轨道上的长三角，推进沪苏湖铁路");
        markdown.ShouldContain("status: \"partial\"");
        markdown.ShouldContain("推进沪苏湖铁路」之后的内容（原文在句中中断）");
    }

    [Fact]
    public void A_text_that_stops_after_announcing_a_list_is_partial() =>
        Convert("坚持以下原则：").ShouldContain("（原文在引出下文处中断）");

    [Fact]
    public void A_heading_with_nothing_under_it_is_partial() =>
        Convert("坚持创新共建，推动协调发展。", "二、重点任务").ShouldContain("「二、重点任务」之下的内容");

    [Fact]
    public void A_page_that_says_it_is_cut_is_partial() =>
        Convert("坚持创新共建，推动协调发展……").ShouldContain("（原文注明未完）");

    [Fact]
    public void A_closing_signature_ends_the_document() =>
        Convert("坚持创新共建，推动协调发展。", "上海市人民政府", "2020年1月10日").ShouldContain("status: \"full\"");
}
