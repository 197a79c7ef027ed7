using LongTriangle.Conversion.Model;
using LongTriangle.Conversion.Sidecars;
using LongTriangle.Conversion.Structure;

namespace LongTriangle.Conversion.Tests.Sidecars;

public sealed class ErrataStageTests
{
    private static readonly DocumentStructure Structure = StructureStage.Apply(Fragments.Text(
        "第九章 创新一体化发展体制机制",
        "第一节 建立规则统一的制度体系",
        "建立标准统一—管理制度。加强长三角标准领域合作，加快推进标准互认。"));

    private static SeedSidecar With(params Erratum[] errata) => SeedSidecar.None("seeds/x.txt.yml") with { Errata = [.. errata] };

    [Fact]
    public void Replaces_the_exact_text_and_records_it_with_its_reason_clause_and_source()
    {
        var fixedUp = ErrataStage.Apply(Structure, With(new Erratum("标准统一—管理制度", "标准统一管理制度", "the dash stands for a lost character", 3, "https://www.gov.cn/")));
        fixedUp.Body.Single(b => b.Id.Value == "chp_9__sec_1__para_1").Text.ShouldStartWith("建立标准统一管理制度。");
        var repair = fixedUp.Repairs.ShouldHaveSingleItem();
        repair.ShouldBe(new Repair(RepairKind.Erratum, 3, "标准统一—管理制度", "标准统一管理制度", "the dash stands for a lost character")
        {
            Eid = "chp_9__sec_1__para_1",
            Source = "https://www.gov.cn/",
        });
    }

    [Fact]
    public void Ids_do_not_change() =>
        ErrataStage.Apply(Structure, With(new Erratum("第九章", "第九章", "no-op guard", 1) with { Replace = "第九章 " }))
            .Body.Select(b => b.Id).ShouldBe(Structure.Body.Select(b => b.Id));

    [Fact]
    public void An_erratum_that_matches_nothing_is_an_error_naming_the_sidecar_and_the_erratum()
    {
        var e = Should.Throw<ConversionException>(() => ErrataStage.Apply(Structure, With(
            new Erratum("标准统一—管理制度", "标准统一管理制度", "ok", 3),
            new Erratum("不存在的文字", "x", "stale", 7))));
        e.File.ShouldBe("seeds/x.txt.yml");
        e.Line.ShouldBe(7);
        e.Key.ShouldBe("errata[1].find");
    }
}
