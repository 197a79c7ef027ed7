namespace LongTriangle.Conversion.Tests.Genre;

/// <summary>
/// A regulation saved by a law-collection repository as Markdown: one <c>#</c> title, the promulgation notes, a
/// converter's HTML comment, then articles whose lists end with a full stop on their last item.
/// </summary>
public sealed class LawCollectionCopyTests
{
    private readonly string _markdown = GenreSeed.Convert(
        "# 上海市促进长三角科技合作若干规定",
        "",
        "2021年3月1日 上海市人民代表大会常务委员会通过",
        "",
        "<!-- INFO END -->",
        "",
        "第一条 为了促进长三角科技合作，制定本规定。",
        "",
        "第二条 具备下列条件之一的，可以申请合作资助：",
        "",
        "（一）共建研发平台的；",
        "",
        "（二）联合攻关的；",
        "",
        "（三）其他合作项目。",
        "",
        "第三条 本规定自2021年5月1日起施行。原《上海市科技合作暂行规定》同时废止。");

    [Fact]
    public void The_title_is_the_heading_and_the_comment_is_dropped()
    {
        _markdown.ShouldContain("title: \"上海市促进长三角科技合作若干规定\"");
        _markdown.ShouldContain("region: \"shanghai\"");
        _markdown.ShouldNotContain("INFO END");
        _markdown.ShouldNotContain("\\#");
    }

    [Fact]
    public void The_last_item_of_a_list_is_an_item_not_a_heading()
    {
        _markdown.ShouldContain("（三）其他合作项目。 {#art_2__sec_3 numbering=subsection}");
        _markdown.ShouldNotContain("### （三）");
    }

    [Fact]
    public void A_national_bodys_promulgation_note_is_the_issuer_and_keeps_a_regulation_about_a_city_national()
    {
        var markdown = GenreSeed.Convert(
            "# 上海港口合作交易中心管理规定",
            "",
            "1996年10月3日 中华人民共和国交通部令第8号发布",
            "",
            "<!-- INFO END -->",
            "",
            "第一条 为了加强对上海港口合作交易中心的管理，制定本规定。",
            "",
            "第二条 本规定自发布之日起施行。");
        markdown.ShouldContain("issuer: \"中华人民共和国交通部\"");
        markdown.ShouldContain("region: \"national\"");
    }

    [Fact]
    public void An_articles_first_sentence_is_not_a_run_in_heading() =>
        _markdown.ShouldContain("第三条 本规定自2021年5月1日起施行。原《上海市科技合作暂行规定》同时废止。 {#art_3 numbering=article}");
}
