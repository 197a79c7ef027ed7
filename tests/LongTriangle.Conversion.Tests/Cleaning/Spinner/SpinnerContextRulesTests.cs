using LongTriangle.Conversion.Cleaning.Spinner;
using LongTriangle.Conversion.Model;
using LongTriangle.Conversion.Tests.Cleaning.Layout;

namespace LongTriangle.Conversion.Tests.Cleaning.Spinner;

/// <summary>Spinner residue that only context shows, in fragments written for these tests.</summary>
public sealed class SpinnerContextRulesTests
{
    /// <summary>Spun prose with a dozen different signatures, so that the stage treats the copy as spun.</summary>
    private const string SpunOpening = "鞭策全省域融入国度计谋，扶植立异平台，深切鼎新，严沉项目沉点推进，阐扬浙江劣势，加速成长。";

    private static string Apply(string text)
    {
        var changes = new List<SpinnerContextRules.Change>();
        return SpinnerContextRules.Apply(text, changes);
    }

    [Theory]
    [InlineData("支持各地建设面向全国的康养。", "支持各地建设面向全国的康养基地。")]
    [InlineData("加快建设一批省级新型工业化产业示范。", "加快建设一批省级新型工业化产业示范基地。")]
    [InlineData("支持交易所在本省设立服务。", "支持交易所在本省设立服务基地。")]
    [InlineData("共同谋划建设红色教育；", "共同谋划建设红色教育基地；")]
    public void A_designated_site_that_lost_its_base_gets_it_back(string spun, string restored) => Apply(spun).ShouldBe(restored);

    [Theory]
    [InlineData("加快建设优质公共服务。")]           // 公共服务 is a complete noun
    [InlineData("打造全省抽水蓄能示范。")]           // 示范 alone can end the object
    [InlineData("推进全民康养。")]                   // no establishing verb
    [InlineData("建设康养基地。")]                   // nothing lost
    [InlineData("建设康养，服务群众。")]             // the clause goes on
    public void Complete_objects_stay_as_they_are(string text) => Apply(text).ShouldBe(text);

    [Theory]
    [InlineData("合作平台跨越70家。", "合作平台超过70家。")]
    [InlineData("全面铺开中小城市落户限制。", "全面放开中小城市落户限制。")]
    [InlineData("中心区人均P与全省平均水平相当。", "中心区人均GDP与全省平均水平相当。")]
    public void Swapped_words_are_restored_where_the_context_shows_the_swap(string spun, string restored) => Apply(spun).ShouldBe(restored);

    [Theory]
    [InlineData("推动区域跨越发展。")]
    [InlineData("全面铺开改革试点。")]
    [InlineData("深入推进P2P网络借贷风险专项整治。")]
    [InlineData("细颗粒物（PM2.5）浓度下降。")]
    public void The_same_words_in_their_genuine_use_stay(string text) => Apply(text).ShouldBe(text);

    [Fact]
    public void The_stage_applies_them_to_a_spun_copy_and_says_so_in_the_repair()
    {
        var result = new SpinnerStage().Apply(SeedFragment.Of(
            (1, SpunOpening + "支持各地建设面向全国的康养。平台数量跨越50家，全面铺开落户限制，人均P明显提高。")));

        result.Texts()[0].ShouldEndWith("支持各地建设面向全国的康养基地。平台数量超过50家，全面放开落户限制，人均GDP明显提高。");
        var repair = result.Repairs.ShouldHaveSingleItem();
        repair.Kind.ShouldBe(RepairKind.SpinnerReversed);
        repair.Note.ShouldNotBeNull().ShouldContain("by context: 康养→康养基地, 跨越→超过, 铺开→放开, P→GDP");
    }

    [Fact]
    public void The_stage_leaves_genuine_text_with_the_same_words_alone()
    {
        var text = SeedFragment.Of((1, "支持各地建设面向全国的康养。平台数量跨越50家，人均P明显提高。"));
        new SpinnerStage().Apply(text).ShouldBeSameAs(text);
    }

    [Fact]
    public void New_phrase_table_entries_reverse_their_swaps()
    {
        var result = new SpinnerStage().Apply(SeedFragment.Of(
            (1, SpunOpening + "统筹协和谐保护岸线，促朝上进步周边地区融合，保护江流区域生态，机制有效运转。")));

        result.Texts()[0].ShouldEndWith("统筹协调保护岸线，促进与周边地区融合，保护江源区域生态，机制有效运行。");
    }

    [Fact]
    public void The_whole_converter_publishes_the_restored_words()
    {
        using var workspace = new TemporaryWorkspace();
        workspace.Seed("001_plan.txt", "某某省推进区域一体化发展行动方案", "一、总体要求",
            "（一）指导思想。" + SpunOpening + "支持各地建设面向全国的康养。平台数量跨越50家。");
        workspace.Sidecar("001_plan.txt", "slug: plan\nregion: zhejiang\n");

        new ContentConverter().Convert(workspace.Seeds, workspace.Content, check: false);

        workspace.ContentFiles()["zh/zhejiang/plan.md"].ShouldContain("支持各地建设面向全国的康养基地。平台数量超过50家。");
    }
}
