using LongTriangle.Conversion.Cleaning.Layout;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Tests.Cleaning.Layout;

public class StraySeparatorStageTests
{
    private readonly StraySeparatorStage stage = new();

    [Fact]
    public void Removes_a_dash_inside_a_phrase_the_document_spells_without_it()
    {
        var text = SeedFragment.Of(
            (47, "建立标准统一—管理制度。加强长三角标准领域合作,加快推进标准互认。"),
            (83, "统筹土地管理。加强土地统一管理,探索建立跨区域统筹用地指标。"));

        var result = stage.Apply(text);

        result.Texts()[0].ShouldBe("建立标准统一管理制度。加强长三角标准领域合作,加快推进标准互认。");
        var repair = result.Repairs.ShouldHaveSingleItem();
        (repair.Kind, repair.Line, repair.Before, repair.After).ShouldBe((RepairKind.StrayCharacterRemoved, 47, "标准统一—管理制度", "标准统一管理制度"));
    }

    [Fact]
    public void Removes_a_space_inside_a_word()
    {
        var text = SeedFragment.Of(
            (9, "以“一带一路”建设为统领,推动长 三角一体-化发展。"),
            (10, "长三角一体化发展是新时代党中央、国务院确定的重大战略。"));

        stage.Apply(text).Texts()[0].ShouldBe("以“一带一路”建设为统领,推动长三角一体化发展。");
    }

    [Fact]
    public void Keeps_real_dashes_and_spaces()
    {
        var text = SeedFragment.Of(
            (7, "第八章 推进更高水平协同开放"),
            (30, "推动省际毗邻区域协同发展。探索省际毗邻区域协同发展新机制,推进虹桥—昆山—相城深度合作。"),
            (57, "鼓励支持虹桥-昆山-相城、嘉定-昆山-太仓、金山-平湖、枫泾-嘉善等跨省市城镇合作。"),
            (101, "加快实施青草沙-陈行原水系统连通工程,建设2020-2025年项目——一批重大工程。"),
            (3, "中共中央 国务院"),
            (255, "house.china.com.cn All rights reserved"));

        stage.Apply(text).ShouldBeSameAs(text);
    }
}
