using LongTriangle.Conversion.Model;
using LongTriangle.Conversion.Structure;

namespace LongTriangle.Conversion.Tests.Structure;

/// <summary>Lost containers stand where their content begins, not where the numbering proved them lost.</summary>
public sealed class LostContainerPlacementTests
{
    private static DocumentStructure Structure(params string[] lines) => StructureStage.Apply(Fragments.Text(lines));

    private static string[] Ids(DocumentStructure structure) => [.. structure.Body.Select(b => b.Id.Value)];

    [Fact]
    public void A_lost_section_begins_at_the_run_of_parallel_items_after_its_predecessor_s_own_text()
    {
        var structure = Structure(
            "一、总体要求",
            "（一）指导思想。以新发展理念为指导，推动区域协调发展。",
            "坚持创新驱动。把创新摆在发展全局的核心位置。",
            "坚持开放合作。以高水平开放促进深层次改革。",
            "坚持绿色发展。守住生态保护红线。",
            "（三）发展目标。到2025年，区域一体化水平明显提升。");

        Ids(structure).ShouldBe([
            "part_1", "part_1__sec_1", "part_1__sec_2",
            "part_1__sec_2__para_1", "part_1__sec_2__para_2", "part_1__sec_2__para_3", "part_1__sec_3"]);
        structure.Body.Single(b => b.Id.Value == "part_1__sec_2").ShouldBeOfType<Heading>().Missing.ShouldBeTrue();
        var repair = structure.Repairs.ShouldHaveSingleItem();
        repair.Line.ShouldBe(3);
        repair.Note.ShouldNotBeNull().ShouldContain("where its content begins");
    }

    [Fact]
    public void Paragraphs_that_do_not_open_alike_stay_with_the_section_before_the_gap()
    {
        var structure = Structure(
            "一、总体要求",
            "（一）指导思想。以新发展理念为指导，推动区域协调发展。",
            "示范区先行探索。共建一体化发展示范区。",
            "中心区率先融入。复制推广示范区经验。",
            "（三）发展目标。到2025年，区域一体化水平明显提升。");

        Ids(structure).ShouldBe(["part_1", "part_1__sec_1", "part_1__sec_1__para_1", "part_1__sec_1__para_2", "part_1__sec_2", "part_1__sec_3"]);
        structure.Repairs.ShouldHaveSingleItem().Line.ShouldBe(5);
    }

    [Fact]
    public void A_section_heading_alone_keeps_its_items_when_the_next_one_is_lost()
    {
        // （二）基本原则 has no text of its own: its items are its content, and nothing shows where （三） began.
        var structure = Structure(
            "一、总体要求",
            "（二）基本原则",
            "坚持创新驱动。把创新摆在发展全局的核心位置。",
            "坚持开放合作。以高水平开放促进深层次改革。",
            "（四）保障措施。加强组织领导。");

        Ids(structure).ShouldContain("part_1__sec_2__para_2");
        Ids(structure).ShouldNotContain("part_1__sec_3__para_1");
    }

    [Fact]
    public void A_lost_part_begins_at_the_paragraph_that_introduces_a_new_subject()
    {
        var structure = Structure(
            "一、重点任务",
            "（一）共建科创平台。联合建设一批重大科研设施。",
            "（二）共保生态环境。加强跨界水体联防联治。",
            "（三）共享公共服务。推动社保卡居民服务一卡通。",
            "（四）深化改革。建设统一开放市场。",
            "加强标准合作。推动标准互认。",
            "推进信用合作。建立信用信息共享机制。",
            "示范区地处三省交界，范围包括三个县区，面积约两千平方公里。",
            "构建科创产业体系。瞄准数字信息等重点领域。",
            "（三）推进周边区域联动发展。共同构建紧密联动区。");

        Ids(structure).ShouldBe([
            "part_1", "part_1__sec_1", "part_1__sec_2", "part_1__sec_3", "part_1__sec_4", "part_1__sec_4__para_1", "part_1__sec_4__para_2",
            "part_2", "part_2__para_1", "part_2__para_2", "part_2__sec_1", "part_2__sec_2", "part_2__sec_3"]);
        structure.Body.Single(b => b.Id.Value == "part_2__para_1").Text.ShouldStartWith("示范区地处三省交界");
        structure.Repairs.First(r => r.After == "二、").Line.ShouldBe(8);
    }

    [Fact]
    public void A_target_after_run_in_goals_continues_them_and_introduces_nothing()
    {
        var structure = Structure(
            "（一）指导思想。以新发展理念为指导，推动区域协调发展。",
            "（二）发展目标。到2025年，区域一体化水平明显提升。",
            "打造创新增长极。研发经费投入强度达到3%以上。",
            "打造改革引领区。统一开放市场基本建立。",
            "到2035年，区域一体化发展格局全面形成。",
            "（一）共建科创平台。联合建设一批重大科研设施。");

        structure.Body.Single(b => b.Text.StartsWith("到2035年", StringComparison.Ordinal)).Id.Value.ShouldBe("part_1__sec_2__para_3");
        structure.Body.Single(b => b.Id.Value == "part_2").ShouldBeOfType<Heading>().Missing.ShouldBeTrue();
    }

    [Fact]
    public void The_whole_converter_publishes_a_lost_section_s_items_under_it()
    {
        using var workspace = new TemporaryWorkspace();
        workspace.Seed("001_plan.txt",
            "某某省推进区域一体化发展行动方案",
            "一、总体要求",
            "（一）指导思想。以新发展理念为指导，推动区域协调发展。",
            "坚持创新驱动。把创新摆在发展全局的核心位置。",
            "坚持开放合作。以高水平开放促进深层次改革。",
            "（三）发展目标。到2025年，区域一体化水平明显提升。");
        workspace.Sidecar("001_plan.txt", "slug: plan\nregion: zhejiang\n");

        new ContentConverter().Convert(workspace.Seeds, workspace.Content, check: false);

        workspace.ContentFiles()["zh/zhejiang/plan.md"].ShouldContain(
            "### （二） {#part_1__sec_2 .heading-missing numbering=subsection}\n\n**坚持创新驱动**。把创新摆在发展全局的核心位置。 {#part_1__sec_2__para_1}");
    }
}
