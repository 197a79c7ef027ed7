using LongTriangle.Conversion.Markdown;
using LongTriangle.Conversion.Model;
using LongTriangle.Conversion.Sidecars;
using LongTriangle.Conversion.Structure;
using YamlDotNet.RepresentationModel;

namespace LongTriangle.Conversion.Tests.Markdown;

public sealed class ProvenanceWriterTests
{
    [Fact]
    public void Records_removed_lines_repairs_errata_and_lost_characters_with_seed_lines()
    {
        var text = Fragments.Text(
                "一、加强生态环境共保联治",
                "协同推进大气污染防治。打好蓝天保卫战。□制煤炭消费总量。",
                "三、加强组织保障")
            .AddRemoved([new SourceLine(4, "责任编辑：李颖")])
            .AddRepairs([new Repair(RepairKind.ScriptConverted, 2, "藍天", "蓝天")]);
        var sidecar = SeedSidecar.None("x.yml") with { Errata = [new Erratum("大气污染防治", "大气污染联防联治", "the official text", 3)] };
        var structure = ErrataStage.Apply(StructureStage.Apply(text), sidecar);
        var document = DocumentAssembler.Assemble(text, structure, sidecar with { Title = "某某实施方案" }, Fragments.Regions);

        var yaml = new YamlStream();
        yaml.Load(new StringReader(ProvenanceWriter.Write(document)));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;

        string At(string list, int index, string key) => ((YamlScalarNode)((YamlMappingNode)((YamlSequenceNode)root[list]).Children[index])[key]).Value!;
        int Count(string list) => ((YamlSequenceNode)root[list]).Children.Count;

        ((YamlScalarNode)root["seed"]).Value.ShouldBe("999_test.txt");
        Count("removed").ShouldBe(1);
        At("removed", 0, "line").ShouldBe("4");
        At("removed", 0, "text").ShouldBe("责任编辑：李颖");

        Count("repairs").ShouldBe(2);
        At("repairs", 0, "kind").ShouldBe("script-converted");
        At("repairs", 0, "before").ShouldBe("藍天");
        At("repairs", 1, "kind").ShouldBe("heading-missing-in-source");
        At("repairs", 1, "after").ShouldBe("二、");
        At("repairs", 1, "line").ShouldBe("3");

        Count("errata").ShouldBe(1);
        At("errata", 0, "find").ShouldBe("大气污染防治");
        At("errata", 0, "reason").ShouldBe("the official text");
        At("errata", 0, "line").ShouldBe("2");

        Count("lost_characters").ShouldBe(1);
        At("lost_characters", 0, "eid").ShouldBe("part_1__para_1");
        At("lost_characters", 0, "context").ShouldContain("□制煤炭");
    }
}
