using System.Collections.Immutable;
using LongTriangle.Conversion.Markdown;
using LongTriangle.Conversion.Model;
using LongTriangle.Conversion.Sidecars;
using LongTriangle.Conversion.Structure;

namespace LongTriangle.Conversion.Tests;

/// <summary>The repository's seeds converted once for a test class (the cleaning stages load large tables).</summary>
public sealed class ConvertedSeeds
{
    public ImmutableArray<(ConvertedDocument Document, ConvertedFiles Files)> All { get; } =
        new ContentConverter().ConvertAll(RepositoryRoot.Seeds, RepositoryRoot.Content);
}

/// <summary>
/// The real seeds, converted: the committed content/zh is exactly what the seeds produce (so content/zh,
/// reviewed in every diff, is the snapshot of the converter's output), and what holds of every document.
/// </summary>
public sealed class ConvertedSeedsTests(ConvertedSeeds converted) : IClassFixture<ConvertedSeeds>
{
    [Fact]
    public void The_committed_content_zh_is_what_the_seeds_produce() =>
        new ContentConverter().Convert(RepositoryRoot.Seeds, RepositoryRoot.Content, check: true).StaleFiles
            .ShouldBeEmpty("content/zh is stale: run `longtriangle convert`, review the diff and commit it");

    [Fact]
    public void Every_eid_of_every_document_is_unique_and_well_formed()
    {
        foreach (var (document, _) in converted.All)
        {
            document.Body.Select(b => b.Id.Value).ShouldBeUnique();
            document.Body.ShouldAllBe(b => ClauseId.IsValid(b.Id.Value));
        }
    }

    [Fact]
    public void A_clean_simplified_document_passes_through_every_stage_with_its_text_unchanged()
    {
        // Seed 001's own lines (already Simplified, whole lines only): nothing may be "repaired" in them.
        string[] lines =
        [
            "第八章 推进更高水平协同开放",
            "以“一带一路”建设为统领，在更高层次、更宽领域，以更大力度协同推进对外开放，深化开放合作，优化营商环境，构建开放型经济新体制，不断增强国际竞争合作新优势。",
            "第一节 共建高水平开放平台",
            "协力办好中国国际进口博览会。高水平举办中国国际进口博览会，打造规模更大、质量更优、创新更强、层次更高、成效更好的博览会。",
            "打造虹桥国际开放枢纽。推动虹桥地区高端商务、会展、交通功能深度融合，建设中央商务区和国际贸易中心新平台。",
        ];
        var seed = Fragments.Seed([.. lines]);
        var sidecar = SeedSidecar.None("seeds/999_test.txt.yml") with { Title = "长江三角洲区域一体化发展规划纲要" };

        var document = new ConversionPipeline().Convert(seed, sidecar, Fragments.Regions);

        document.Body.Select(b => b.Text).ShouldBe(lines);
        document.Repairs.ShouldBeEmpty();
        document.RemovedLines.ShouldBeEmpty();
        document.Metadata.Source.Script.ShouldBe(SourceScript.Simplified);
    }
}
