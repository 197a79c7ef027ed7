using LongTriangle.Content.Yaml;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Markdown;

/// <summary>
/// Writes <c>&lt;slug&gt;.provenance.yml</c>: everything the conversion removed or changed, with seed line
/// numbers, so a reader can check any repair against the seed: removed lines (chrome), every repair
/// (kind, line, before, after, note), the errata applied, and where characters were lost (□).
/// </summary>
public static class ProvenanceWriter
{
    public static string Write(ConvertedDocument document)
    {
        var yaml = new YamlText()
            .Field("seed", document.Metadata.Source.Seed)
            .Field("sha256", document.Metadata.Source.Sha256);

        yaml.StartList("removed");
        foreach (var line in document.RemovedLines)
            yaml.StartMapping().Field("line", line.Number).Field("text", line.Text).EndMapping();
        yaml.EndList();

        yaml.StartList("repairs");
        foreach (var repair in document.Repairs.Where(r => r.Kind != RepairKind.Erratum))
            Repair(yaml, repair);
        yaml.EndList();

        yaml.StartList("errata");
        foreach (var repair in document.Repairs.Where(r => r.Kind == RepairKind.Erratum))
            yaml.StartMapping()
                .OptionalField("eid", repair.Eid)
                .Field("line", repair.Line)
                .Field("find", repair.Before)
                .Field("replace", repair.After)
                .OptionalField("reason", repair.Note)
                .OptionalField("source", repair.Source)
                .EndMapping();
        yaml.EndList();

        // Places where a passage shared with another document of the corpus reads differently: for the editor to decide.
        yaml.StartList("variants");
        foreach (var variant in document.Variants)
            yaml.StartMapping()
                .Field("eid", variant.First.Eid)
                .Field("context", variant.Context)
                .Field("reading", variant.Reading)
                .Field("other_reading", variant.OtherReading)
                .Field("after", variant.After)
                .Field("other_document", variant.Other.Document)
                .Field("other_eid", variant.Other.Eid)
                .EndMapping();
        yaml.EndList();

        yaml.StartList("lost_characters");
        foreach (var block in document.Body)
        {
            for (var at = block.Text.IndexOf(Sidecars.DocumentAssembler.LostCharacter); at >= 0; at = block.Text.IndexOf(Sidecars.DocumentAssembler.LostCharacter, at + 1))
                yaml.StartMapping()
                    .Field("eid", block.Id.Value)
                    .Field("line", block.Line)
                    .Field("context", Context(block.Text, at))
                    .EndMapping();
        }
        yaml.EndList();

        return yaml.Finish();
    }

    private static void Repair(YamlText yaml, Repair repair) =>
        yaml.StartMapping()
            .Field("kind", repair.Kind.WireName())
            .OptionalField("eid", repair.Eid)
            .Field("line", repair.Line)
            .Field("before", repair.Before)
            .Field("after", repair.After)
            .OptionalField("note", repair.Note)
            .EndMapping();

    /// <summary>A few characters either side, so the place can be found in the text.</summary>
    private static string Context(string text, int at) => TextWindow.Around(text, at, 8);
}
