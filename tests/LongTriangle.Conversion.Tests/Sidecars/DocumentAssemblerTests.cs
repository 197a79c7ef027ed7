using LongTriangle.Conversion.Model;
using LongTriangle.Conversion.Sidecars;
using LongTriangle.Conversion.Structure;

namespace LongTriangle.Conversion.Tests.Sidecars;

public sealed class DocumentAssemblerTests
{
    private static readonly string[] Notice =
    [
        "各区人民政府，市政府各委、办、局，各有关单位：",
        "现将《上海市深入实施以人为本的新型城镇化战略五年行动计划的实施方案》印发给你们，请认真按照执行。",
        "上海市人民政府",
        "2024年12月30日",
        "上海市深入实施以人为本的新型城镇化战略五年行动计划的实施方案",
        "一、主要目标",
        "到2028年底，全市城镇化水平保持全国领先。",
    ];

    private static ConvertedDocument Assemble(SeedSidecar sidecar, params string[] lines)
    {
        var text = Fragments.Text(lines);
        return DocumentAssembler.Assemble(text, StructureStage.Apply(text), sidecar, Fragments.Regions);
    }

    [Fact]
    public void Without_a_sidecar_everything_is_derived_from_the_text()
    {
        var metadata = Assemble(SeedSidecar.None("x.yml"), Notice).Metadata;
        metadata.Title.ShouldBe("上海市深入实施以人为本的新型城镇化战略五年行动计划的实施方案");
        metadata.Type.ShouldBe("实施方案");
        metadata.Issuer.ShouldBe("上海市人民政府");
        metadata.Written.ShouldBe(new DateOnly(2024, 12, 30));
        metadata.Published.ShouldBeNull();
        metadata.Region.ShouldBe("shanghai");
        metadata.Slug.ShouldBe("shanghai-implementation-plan-2024");
        metadata.Completeness.IsFull.ShouldBeTrue();
    }

    [Fact]
    public void The_sidecar_wins_over_what_the_text_suggests()
    {
        var sidecar = SeedSidecar.None("x.yml") with { Title = "官方标题实施方案", Region = "anhui", Slug = "anhui-plan", Issuer = "安徽省人民政府", Missing = ["附件"] };
        var metadata = Assemble(sidecar, Notice).Metadata;
        metadata.Title.ShouldBe("官方标题实施方案");
        metadata.Region.ShouldBe("anhui");
        metadata.Slug.ShouldBe("anhui-plan");
        metadata.Issuer.ShouldBe("安徽省人民政府");
        metadata.Completeness.ShouldSatisfyAllConditions(c => c.IsFull.ShouldBeFalse(), c => c.Missing.ShouldBe(["附件"]));
    }

    [Fact]
    public void A_notice_whose_document_does_not_repeat_its_title_is_named_by_the_forwarding_sentence()
    {
        var metadata = Assemble(SeedSidecar.None("x.yml"), [.. Notice.Take(4), .. Notice.Skip(5)]).Metadata;
        metadata.Title.ShouldBe("上海市深入实施以人为本的新型城镇化战略五年行动计划的实施方案");
    }

    [Fact]
    public void Without_a_known_year_the_slug_ends_with_a_short_hash_of_the_seed()
    {
        var document = Assemble(SeedSidecar.None("x.yml"), "浙江省推进长江三角洲区域一体化发展行动方案", "一、总体要求");
        document.Metadata.Slug.ShouldBe("zhejiang-action-plan-" + Fragments.Seed("浙江省推进长江三角洲区域一体化发展行动方案", "一、总体要求").Sha256[..8]);
        document.Metadata.Slug.ShouldMatch("^[a-z0-9-]+$");
    }

    [Fact]
    public void A_seed_without_a_title_and_without_a_sidecar_title_is_an_error_naming_the_seed() =>
        Should.Throw<ConversionException>(() => Assemble(SeedSidecar.None("seeds/999_test.txt.yml"), "实施长三角区域一体化发展战略，是重大决策部署。", "一、总体要求"))
            .Message.ShouldContain("999_test.txt");

    [Fact]
    public void A_fragment_or_a_late_start_makes_the_document_partial()
    {
        var document = Assemble(SeedSidecar.None("x.yml"), "《长江三角洲区域一体化发展规划纲要》", "（上接第五版）惩戒措施路径互通的跨区域信用联合惩戒制度。", "第八章 推进更高水平协同开放");
        document.Metadata.Completeness.IsFull.ShouldBeFalse();
        // The late start, and the chapter heading the fragment stops on with nothing under it.
        document.Metadata.Completeness.Missing.ShouldBe(["第一章至第七章", "「第八章 推进更高水平协同开放」之下的内容"]);
        document.Metadata.Region.ShouldBe("national");
        document.Metadata.Type.ShouldBe("规划纲要");
    }

    [Fact]
    public void Lost_characters_and_missing_headings_are_flagged()
    {
        var flags = Assemble(SeedSidecar.None("x.yml"), "某某行动方案", "一、甲", "强化能源消费总量和强度□□，优化能源结构。", "三、丙").Metadata.Flags;
        flags.LostCharacters.ShouldBe(2);
        flags.MissingHeadings.ShouldBe(1);
    }

    [Fact]
    public void A_seed_cut_off_by_a_continuation_marker_is_partial()
    {
        var text = Fragments.Text(Notice);
        text = text with { Facts = text.Facts with { TrailingMissing = "下转第四版的内容" } };

        var completeness = DocumentAssembler.Assemble(text, StructureStage.Apply(text), SeedSidecar.None("x.yml"), Fragments.Regions).Metadata.Completeness;

        completeness.IsFull.ShouldBeFalse();
        completeness.Missing.ShouldBe(["下转第四版的内容"]);
    }
}
