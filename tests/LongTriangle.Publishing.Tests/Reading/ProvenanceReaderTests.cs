using LongTriangle.Publishing.Content;
using LongTriangle.Publishing.Reading;

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

    /// <summary>The tree as text, every node and key in order (records of immutable arrays compare by reference).</summary>
    private static string Show(ProvenanceNode node) => node switch
    {
        ProvenanceScalar scalar => scalar.Value,
        ProvenanceList list => "[" + string.Join(", ", list.Items.Select(Show)) + "]",
        ProvenanceMap map => "{" + string.Join(", ", map.Entries.Select(e => e.Key + ": " + Show(e.Value))) + "}",
        _ => throw new ArgumentException(node.GetType().Name),
    };
}
