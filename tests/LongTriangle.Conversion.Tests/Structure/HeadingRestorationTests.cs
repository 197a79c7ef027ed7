using LongTriangle.Content.Markdown;
using LongTriangle.Conversion.Markdown;
using LongTriangle.Conversion.Model;
using LongTriangle.Conversion.Sidecars;
using LongTriangle.Conversion.Structure;

namespace LongTriangle.Conversion.Tests.Structure;

public sealed class HeadingRestorationTests
{
    private const string Official = "https://example.gov.cn/official-plan.html";

    /// <summary>A plan whose part heading and one section heading were lost: 二、 and （二） are gone.</summary>
    private static readonly string[] LostHeadings =
    [
        "一、总体要求",
        "（一）指导思想。以新发展理念为指导，推动区域协调发展。",
        "坚持创新驱动。把创新摆在发展全局的核心位置。",
        "坚持开放合作。以高水平开放促进深层次改革。",
        "（三）发展目标。到2025年，区域一体化水平明显提升。",
        "（一）共建科创平台。联合建设一批重大科研设施。",
    ];

    private static SeedSidecar Restoring(params (string Heading, string Before)[] headings) =>
        SeedSidecar.None("seeds/999_test.txt.yml") with
        {
            RestoredHeadings = [.. headings.Select((h, i) => new RestoredHeading(h.Heading, h.Before, Official, 10 + i))],
        };

    private static string[] Ids(DocumentStructure structure) => [.. structure.Body.Select(b => b.Id.Value)];

    [Fact]
    public void Restored_headings_stand_where_their_content_begins_and_their_paragraphs_move_in()
    {
        var structure = StructureStage.Apply(Fragments.Text(LostHeadings),
            Restoring(("（二）基本原则", "坚持创新驱动"), ("二、重点任务", "（一）共建科创平台")));

        Ids(structure).ShouldBe([
            "part_1", "part_1__sec_1", "part_1__sec_2", "part_1__sec_2__para_1", "part_1__sec_2__para_2",
            "part_1__sec_3", "part_2", "part_2__sec_1"]);
        var principles = structure.Body.Single(b => b.Id.Value == "part_1__sec_2").ShouldBeOfType<Heading>();
        principles.Text.ShouldBe("（二）基本原则");
        principles.Missing.ShouldBeFalse();
        principles.RestoredFrom.ShouldBe(Official);
        principles.Line.ShouldBe(3); // the seed line where its content begins
        structure.MissingHeadings.ShouldBe(0);
        structure.Repairs.Where(r => r.Kind == RepairKind.HeadingRestored).Select(r => r.After).ShouldBe(["（二）基本原则", "二、重点任务"]);
        structure.Repairs.ShouldAllBe(r => r.Kind != RepairKind.HeadingInserted);
    }

    [Fact]
    public void Without_restorations_the_numbering_still_inserts_what_it_proves_lost()
    {
        var structure = StructureStage.Apply(Fragments.Text(LostHeadings), SeedSidecar.None("seeds/999_test.txt.yml"));
        structure.MissingHeadings.ShouldBe(2); // （二） and 二、
        structure.Body.OfType<Heading>().ShouldAllBe(h => h.RestoredFrom == null);
    }

    [Fact]
    public void A_restored_heading_is_marked_as_an_editorial_restoration_in_markdown()
    {
        var structure = StructureStage.Apply(Fragments.Text(LostHeadings), Restoring(("（二）基本原则", "坚持创新驱动")));
        var heading = structure.Body.Single(b => b.Id.Value == "part_1__sec_2");
        BodyWriter.Line(ContentBlocks.Of(heading)).ShouldBe("### （二）基本原则 {#part_1__sec_2 .heading-restored numbering=subsection}");
    }

    [Theory]
    [InlineData("坚持协调发展", "no line of the converted text begins with '坚持协调发展'")]
    [InlineData("坚持", "2 lines of the converted text begin with '坚持'; quote more")]
    public void A_restoration_must_point_at_exactly_one_line(string before, string message)
    {
        var e = Should.Throw<ConversionException>(() => StructureStage.Apply(Fragments.Text(LostHeadings), Restoring(("（二）基本原则", before))));
        e.File.ShouldBe("seeds/999_test.txt.yml");
        e.Key.ShouldBe("restored_headings[0].before");
        e.Line.ShouldBe(10);
        e.Message.ShouldContain(message);
    }

    [Fact]
    public void Restoring_a_heading_the_source_has_is_an_error()
    {
        var e = Should.Throw<ConversionException>(() => StructureStage.Apply(Fragments.Text(LostHeadings), Restoring(("一、总体要求", "坚持创新驱动"))));
        e.Key.ShouldBe("restored_headings[0].heading");
        e.Message.ShouldContain("already has the heading");
    }

    [Fact]
    public void The_whole_converter_restores_headings_from_the_sidecar()
    {
        using var workspace = new TemporaryWorkspace();
        workspace.Seed("001_plan.txt", ["某某省推进区域一体化发展行动方案", .. LostHeadings]);
        workspace.Sidecar("001_plan.txt", $"""
            slug: plan
            region: zhejiang
            restored_headings:
              - heading: "二、重点任务"
                before: "（一）共建科创平台"
                source: "{Official}"
            """);

        new ContentConverter().Convert(workspace.Seeds, workspace.Content, check: false);

        var markdown = workspace.ContentFiles()["zh/zhejiang/plan.md"];
        markdown.ShouldContain("## 二、重点任务 {#part_2 .heading-restored numbering=part}\n\n**（一）共建科创平台**。联合建设一批重大科研设施。 {#part_2__sec_1 numbering=subsection}");
        markdown.ShouldContain("heading-restored: 1");
        workspace.ContentFiles()["zh/zhejiang/plan.provenance.yml"].ShouldContain(Official);
    }
}
