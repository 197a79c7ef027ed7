using LongTriangle.Conversion.Cleaning.Layout;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Tests.Cleaning.Layout;

public class ContinuationMarkerStageTests
{
    private readonly ContinuationMarkerStage stage = new();

    [Fact]
    public void Removes_an_above_marker_and_marks_the_text_after_it_as_a_leading_fragment()
    {
        var text = SeedFragment.Of(
            (3, "《长江三角洲区域一体化发展规划纲要》"),
            (4, ""),
            (5, "(上接第五版)惩戒措施路径互通的跨区域信用联合惩戒制度。建设长三角公共信用信息共享平台。"),
            (6, ""),
            (7, "第八章 推进更高水平协同开放"));

        var result = stage.Apply(text);

        result.Lines[2].ShouldBe(new SourceLine(5, "惩戒措施路径互通的跨区域信用联合惩戒制度。建设长三角公共信用信息共享平台。"));
        result.Facts.LeadingFragmentLine.ShouldBe(5);
        var repair = result.Repairs.ShouldHaveSingleItem();
        (repair.Kind, repair.Line, repair.Before, repair.After).ShouldBe((RepairKind.ContinuationMarkerRemoved, 5, "(上接第五版)", ""));
    }

    [Theory]
    [InlineData("（接上页）")]
    [InlineData("(续上页)")]
    public void A_page_turn_note_without_a_number_is_a_marker_too(string marker)
    {
        var text = SeedFragment.Of(
            (2, marker),
            (3, "推进青浦、松江数据中心集群建设，打造长三角算力枢纽。"),
            (4, "四、加快推进公共服务便利共享"));

        var result = stage.Apply(text);

        result.Texts().ShouldBe(["推进青浦、松江数据中心集群建设，打造长三角算力枢纽。", "四、加快推进公共服务便利共享"]);
        result.Facts.LeadingFragmentLine.ShouldBe(3);
    }

    [Fact]
    public void A_marker_on_its_own_line_is_removed_and_the_fragment_is_the_next_line()
    {
        var text = SeedFragment.Of(
            (5, "（上接第5版）"),
            (6, "惩戒措施路径互通的跨区域信用联合惩戒制度。"),
            (7, "第八章 推进更高水平协同开放"));

        var result = stage.Apply(text);

        result.Texts().ShouldBe(["惩戒措施路径互通的跨区域信用联合惩戒制度。", "第八章 推进更高水平协同开放"]);
        result.RemovedLines.ShouldBe([new SourceLine(5, "（上接第5版）")]);
        result.Facts.LeadingFragmentLine.ShouldBe(6);
    }

    [Fact]
    public void A_below_marker_at_the_end_is_removed_without_marking_a_fragment()
    {
        var text = SeedFragment.Of(
            (7, "第八章 推进更高水平协同开放"),
            (9, "以“一带一路”建设为统领,在更高层次、更宽领域,以更大力度协同推进对外开放(下转第七版)"));

        var result = stage.Apply(text);

        result.Texts()[1].ShouldBe("以“一带一路”建设为统领,在更高层次、更宽领域,以更大力度协同推进对外开放");
        result.Facts.LeadingFragmentLine.ShouldBeNull();
    }

    [Fact]
    public void Text_mentioning_pages_or_docking_is_not_a_marker()
    {
        var text = SeedFragment.Of(
            (1, "推动上海与近沪区域对接第一批合作项目,转第三方机构评估。"),
            (2, "第八章 推进更高水平协同开放"));

        stage.Apply(text).ShouldBeSameAs(text);
    }

    [Fact]
    public void A_below_marker_ending_the_seed_says_the_rest_of_the_document_is_missing()
    {
        var text = SeedFragment.Of(
            (16, "加快北沿江高铁、沪苏湖铁路、通苏嘉甬铁路建设，构建以上海为核心的一小时通勤圈。"),
            (18, "（下转第四版）"),
            (19, ""));

        var result = stage.Apply(text);

        result.Texts().ShouldBe(["加快北沿江高铁、沪苏湖铁路、通苏嘉甬铁路建设，构建以上海为核心的一小时通勤圈。", ""]);
        result.Facts.TrailingMissing.ShouldBe("下转第四版的内容");
    }

    [Fact]
    public void A_below_marker_followed_by_its_continuation_leaves_nothing_missing()
    {
        var text = SeedFragment.Of(
            (12, "（一）联合打造新能源汽车产业集群，支持合肥、芜湖开展整车及零部件配套协作（下转第三版）"),
            (13, "（上接第二版）"),
            (14, "，形成研发在沪苏、制造在安徽的协作模式。"));

        stage.Apply(text).Facts.TrailingMissing.ShouldBeNull();
    }
}
