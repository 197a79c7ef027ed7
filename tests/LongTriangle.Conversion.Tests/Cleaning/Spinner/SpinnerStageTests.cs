using LongTriangle.Conversion.Cleaning.Spinner;
using LongTriangle.Conversion.Model;
using LongTriangle.Conversion.Tests.Cleaning.Layout;

namespace LongTriangle.Conversion.Tests.Cleaning.Spinner;

/// <summary>Fragments of seed 003 (a spun copy of Zhejiang's action plan) and of genuine seeds.</summary>
public class SpinnerStageTests
{
    private const string Title003 = "浙江省推进长江三角洲区域一体化发展行动方案";

    private static readonly (int, string)[] Opening003 =
    [
        (1, Title003),
        (2, "2018年11月5日,习正在首届外国国际进口博览会上颁布发表,收撑长江三角洲区域一体化成长并上升为国度计谋,标记灭长三角区域进入一个新的汗青阶段。全面贯彻落练习主要指示批示精力和党地方、国务院计谋决策摆设,配合加速推进长三角高量量一体化成长,既是浙江的严沉政乱义务,也是浙江新一轮成长的严沉汗青机逢。"),
        (3, "为深切实施长江三角洲区域一体化成长规划纲要(以下简称规划纲要),充实阐扬浙江劣势,鞭策全省域全方位融入国度计谋,进一步明白我省推进长三角一体化成长的分体要求、沉点使命和工做行动,特编制本步履方案。"),
    ];

    private readonly SpinnerStage stage = new();

    [Fact]
    public void Restores_the_policy_vocabulary_of_a_spun_copy()
    {
        var result = stage.Apply(SeedFragment.Of(Opening003));

        result.Texts().ShouldBe([
            Title003,
            "2018年11月5日,习在首届中国国际进口博览会上宣布,支持长江三角洲区域一体化发展并上升为国家战略,标志着长三角区域进入一个新的历史阶段。全面贯彻落实习重要指示批示精神和党中央、国务院战略决策部署,共同加快推进长三角高质量一体化发展,既是浙江的重大政治责任,也是浙江新一轮发展的重大历史机遇。",
            "为深入实施长江三角洲区域一体化发展规划纲要(以下简称规划纲要),充分发挥浙江优势,推动全省域全方位融入国家战略,进一步明确我省推进长三角一体化发展的总体要求、重点任务和工作举措,特编制本行动方案。",
        ]);
        result.Facts.RestoredFromSpunCopy.ShouldBeTrue();
        result.Repairs.Select(r => (r.Kind, r.Line)).ShouldBe([(RepairKind.SpinnerReversed, 2), (RepairKind.SpinnerReversed, 3)]);
        result.Repairs[0].Before.ShouldBe(Opening003[1].Item2);
        result.Repairs[0].Note!.ShouldContain("成长→发展 ×3");
    }

    [Fact]
    public void Restores_the_name_a_word_filter_cut_from_the_official_formula_only()
    {
        var result = stage.Apply(SeedFragment.Of([.. Opening003, (4, "(一)指点思惟。以习新时代外国特色社会从义思惟为指点,全面贯彻党的十九大精力。")]));

        result.Texts()[3].ShouldBe("(一)指导思想。以习近平新时代中国特色社会主义思想为指导,全面贯彻党的十九大精神。");
        result.Texts()[1].ShouldContain("习在首届"); // a bare 习 elsewhere is not completed: the words are unknown
    }

    [Fact]
    public void Says_where_the_spinner_deleted_words_it_cannot_restore()
    {
        var note = stage.Apply(SeedFragment.Of(Opening003)).Repairs[0].Note!;

        note.ShouldContain("deleted words after 习");
        note.ShouldContain("2 times");
    }

    [Fact]
    public void Leaves_a_line_the_page_did_not_spin()
    {
        var result = stage.Apply(SeedFragment.Of(Opening003));

        // 行动 stands for 举措 in spun text, but the title line carries no signature: it was never spun.
        result.Lines[0].ShouldBe(new SourceLine(1, Title003));
    }

    [Fact]
    public void Keeps_words_that_only_look_spun_inside_longer_genuine_words()
    {
        var text = SeedFragment.Of([.. Opening003,
            (42, "推进严沉水利工程扶植。推进杭州第二水流千岛湖配水、湖州和嘉兴太湖取水、嵊泗大陆引水等引调水工程实施。"),
            (41, "加速扶植浙沪、浙苏天然气管道联络线。"),
            (84, "配合摸索一体化要素流动政策,奉行人才天分互认,实行取上海接轨的外国人就业办理轨制。")]);

        var result = stage.Apply(text);

        result.Texts()[3].ShouldBe("推进重大水利工程建设。推进杭州第二水源千岛湖配水、湖州和嘉兴太湖取水、嵊泗大陆引水等引调水工程实施。");
        result.Texts()[4].ShouldBe("加快建设浙沪、浙苏天然气管道联络线。");
        result.Texts()[5].ShouldBe("共同探索一体化要素流动政策,推行人才资质互认,实行与上海接轨的外国人就业管理制度。");
    }

    [Fact]
    public void A_genuine_seed_passes_unchanged_with_no_repairs()
    {
        var text = SeedFragment.WholeSeed("001_df41f4f8f86f6848.txt");

        var result = stage.Apply(text);

        result.ShouldBeSameAs(text);
        result.Repairs.ShouldBeEmpty();
        result.Facts.RestoredFromSpunCopy.ShouldBeFalse();
    }

    [Fact]
    public void Genuine_text_with_a_few_words_a_spinner_also_uses_passes_unchanged()
    {
        // Seed 000 (converted to Simplified): "形成长三角" and "智慧财产权" contain 成长 and 财产, genuinely.
        var text = SeedFragment.Of(
            (29, "到2025年,上海“五个中心”核心功能和服务辐射能级显著增强,上海龙头带动作用更好发挥,努力形成长三角共性与个性相得益彰、合作与竞争相互促进的发展格局。"),
            (131, "加强法规规章立法协同,研究制定区域社会治理地方性法规和政府规章。联合加强智慧财产权保护。"),
            (197, "建立跨区域协同服务保障机制,联合做好外事接待、住宿、旅游、招商引资等工作,提供一流服务保障。"));

        stage.Apply(text).ShouldBeSameAs(text);
    }
}
