using LongTriangle.Inputs;
using LongTriangle.Publishing.Content;
using LongTriangle.Publishing.Reading;
using YamlDotNet.RepresentationModel;

namespace LongTriangle.Publishing.Tests.Reading;

public sealed class ProvenanceReaderTests
{
    // A fragment in the converter's shape: scalars repeated across entries, a list of flat maps, nested lists, an erratum.
    private const string File = """
        seed: "a.txt"
        removed:
        - line: 3
          text: "来源:某网 2020-01-10"
        - line: 5
          text: "以下为全文:"
        repairs:
        - kind: markup-removed
          line: 12
          before: "长 三 角"
          after: "长三角"
          eid: "part_1__para_1"
        - kind: markup-removed
          line: 13
          before: ""
          after: "长三角"
          eid: "part_1__para_1"
        notes:
        - - "nested"
          - "list"
        errata:
        - eid: "part_1__para_2"
          find: "反恐防"
          replace: "反恐怖"
          reason: "a wrong word"
        """;

    [Fact]
    public void The_tree_is_made_again_for_the_provenance_page_with_every_key_and_item_in_order()
    {
        var provenance = ProvenanceReader.Read(File, "content/zh/r/a.provenance.yml").ShouldNotBeNull();

        Show(provenance.Root).ShouldBe(
            "{seed: a.txt, removed: [{line: 3, text: 来源:某网 2020-01-10}, {line: 5, text: 以下为全文:}], "
            + "repairs: [{kind: markup-removed, line: 12, before: 长 三 角, after: 长三角, eid: part_1__para_1}, "
            + "{kind: markup-removed, line: 13, before: , after: 长三角, eid: part_1__para_1}], notes: [[nested, list]], "
            + "errata: [{eid: part_1__para_2, find: 反恐防, replace: 反恐怖, reason: a wrong word}]}");
        provenance.Corrections.ShouldBe([new Correction("part_1__para_2", "反恐防", "反恐怖", "a wrong word", null)]);
    }

    [Fact]
    public void A_packed_tree_unpacks_to_the_same_tree()
    {
        ProvenanceNode tree = new ProvenanceMap([
            new("", new ProvenanceScalar("")),
            new("列表", new ProvenanceList([new ProvenanceScalar("𠀀 surrogate pair"), new ProvenanceList([]), new ProvenanceMap([])])),
        ]);

        Show(PackedProvenance.Unpack(PackedProvenance.Pack(tree))).ShouldBe(Show(tree));
    }

    [Fact]
    public void The_tree_read_from_the_events_is_the_tree_of_yaml_nodes_for_every_provenance_file_of_the_repository()
    {
        var files = Directory.GetFiles(System.IO.Path.Combine(RepositoryRoot.Content, "zh"), "*.provenance.yml", SearchOption.AllDirectories);
        files.ShouldNotBeEmpty();
        foreach (var path in files.Append("fragment"))
        {
            var text = path == "fragment" ? File : System.IO.File.ReadAllText(path);
            var provenance = ProvenanceReader.Read(text, path).ShouldNotBeNull();

            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            Show(provenance.Root).ShouldBe(Show(stream.Documents[0].RootNode), path);
        }
    }

    [Fact]
    public void An_empty_file_has_no_provenance() => ProvenanceReader.Read("", "content/zh/r/a.provenance.yml").ShouldBeNull();

    [Fact]
    public void A_repair_without_a_kind_is_an_error_naming_file_line_and_key()
    {
        var error = Should.Throw<ContentException>(() => ProvenanceReader.Read(File.Replace("- kind: markup-removed\n  line: 13", "- line: 13"), "content/zh/r/a.provenance.yml"));

        error.File.ShouldBe("content/zh/r/a.provenance.yml");
        error.Line.ShouldBe(13);
        error.Key.ShouldBe("repairs.kind");
        error.Message.ShouldContain("every repair names its kind");
    }

    [Fact]
    public void An_unknown_repair_kind_is_an_error_at_the_line_of_its_value()
    {
        var error = Should.Throw<InputException>(() => ProvenanceReader.Read(File.Replace("- kind: markup-removed\n  line: 13", "- line: 13\n  kind: spelling-fixed"), "content/zh/r/a.provenance.yml"));

        error.File.ShouldBe("content/zh/r/a.provenance.yml");
        error.Line.ShouldBe(14);
        error.Key.ShouldBe("repairs.kind");
        error.Message.ShouldContain("'spelling-fixed' is not a kind of repair");
    }

    [Fact]
    public void Only_the_items_of_the_root_repairs_list_are_checked_for_their_kind()
    {
        var provenance = ProvenanceReader.Read(File + "\nnotes_on:\n  repairs:\n  - kind: not-a-kind\n", "content/zh/r/a.provenance.yml");

        provenance.ShouldNotBeNull();
    }

    [Fact]
    public void A_yaml_problem_anywhere_in_the_file_is_reported_before_a_wrong_repair_kind()
    {
        var broken = File.Replace("kind: markup-removed", "kind: spelling-fixed") + "\nlast: [\"unclosed\"\n";

        var error = Should.Throw<ContentException>(() => ProvenanceReader.Read(broken, "content/zh/r/a.provenance.yml"));

        error.Message.ShouldContain("not valid YAML");
    }

    [Fact]
    public void A_duplicate_key_is_an_error_naming_file_and_line()
    {
        var error = Should.Throw<ContentException>(() => ProvenanceReader.Read(File.Replace("  line: 13\n", "  line: 13\n  line: 14\n"), "content/zh/r/a.provenance.yml"));

        error.File.ShouldBe("content/zh/r/a.provenance.yml");
        error.Line.ShouldBe(15);
        error.Message.ShouldContain("Duplicate key line");
    }

    [Fact]
    public void The_shared_yaml_limits_apply_to_provenance()
    {
        var alias = Should.Throw<ContentException>(() => ProvenanceReader.Read(File.Replace("seed: \"a.txt\"", "seed: &s \"a.txt\"\nagain: *s"), "content/zh/r/a.provenance.yml"));
        alias.Line.ShouldBe(1);
        alias.Message.ShouldContain("anchor");

        var invisible = Should.Throw<ContentException>(() => ProvenanceReader.Read(File.Replace("a wrong word", "a wrong\u202Eword"), "content/zh/r/a.provenance.yml"));
        invisible.Line.ShouldBe(25);
        invisible.Message.ShouldContain("U+202E");
    }

    private static string Show(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value ?? "",
        YamlSequenceNode list => "[" + string.Join(", ", list.Children.Select(Show)) + "]",
        YamlMappingNode map => "{" + string.Join(", ", map.Children.Select(e => ((YamlScalarNode)e.Key).Value + ": " + Show(e.Value))) + "}",
        _ => throw new ArgumentException(node.GetType().Name),
    };

    /// <summary>The tree as text, every node and key in order (records of immutable arrays compare by reference).</summary>
    private static string Show(ProvenanceNode node) => node switch
    {
        ProvenanceScalar scalar => scalar.Value,
        ProvenanceList list => "[" + string.Join(", ", list.Items.Select(Show)) + "]",
        ProvenanceMap map => "{" + string.Join(", ", map.Entries.Select(e => e.Key + ": " + Show(e.Value))) + "}",
        _ => throw new ArgumentException(node.GetType().Name),
    };
}
