using LongTriangle.Publishing.Content;
using LongTriangle.Publishing.Reading;

namespace LongTriangle.Publishing.Tests.Reading;

public sealed class GlossaryReaderTests
{
    private const string Term = """
          - zh: "互联互通"
            en: "connectivity"
            variants: ["interconnect*"]
            note: "Of infrastructure."

        """;

    [Fact]
    public void Reads_terms_with_their_forms_and_a_stable_anchor()
    {
        var glossary = GlossaryReader.Read("terms:\n" + Term + """
              - zh: "中国（上海）自由贸易试验区临港新片区"
                zh_variants: ["临港新片区"]
                en: "Lin-gang Special Area of the China (Shanghai) Pilot Free Trade Zone"
                abbreviation: "Lin-gang Special Area"
                note: "Not New Area."
                source: "https://example.org/overall-plan"
            """, "content/glossary.yml");

        glossary.Terms.Length.ShouldBe(2);
        var linGang = glossary.Terms[1];
        linGang.Id.ShouldBe("lin-gang-special-area-of-the-china-shanghai-pilot-free-trade-zone");
        linGang.EnglishForms.ShouldBe(["Lin-gang Special Area of the China (Shanghai) Pilot Free Trade Zone", "Lin-gang Special Area"]);
        glossary.Find("临港新片区").ShouldBe(linGang);
        linGang.Line.ShouldBe(6);
    }

    [Theory]
    [InlineData("terms:\n  - &t\n    zh: \"统筹\"\n    en: \"coordinate\"\n    note: \"n\"\n  - *t\n", "content/glossary.yml:2: the YAML holds an anchor (&t); write the value out, these files use no anchors or aliases")]
    [InlineData("terms:\n  - zh: \"统筹\"\n    en: *t\n", "content/glossary.yml:3: the YAML holds an alias (*name); write the value out, these files use no anchors or aliases")]
    [InlineData("terms:\n  - <<: {zh: \"统筹\"}\n    en: \"coordinate\"\n", "content/glossary.yml:2: the YAML holds a merge key (<<); write the keys out, these files use no merge keys")]
    [InlineData("terms:\n  - zh: \"统筹\"\n    en: \"coordinate\"\n    colour: \"blue\"\n    note: \"n\"\n", "content/glossary.yml:4 (colour): unknown key; a term has zh, zh_variants, en, abbreviation, variants, note, source")]
    [InlineData("terms:\n  - zh: \"统筹\"\n    en: \" \"\n    note: \"n\"\n", "content/glossary.yml:2 (en): a value is required")]
    public void Refuses_aliases_anchors_merge_keys_and_malformed_terms_naming_the_line(string yaml, string message)
    {
        Should.Throw<ContentException>(() => GlossaryReader.Read(yaml, "content/glossary.yml")).Message.ShouldBe(message);
    }

    [Fact]
    public void Refuses_a_Chinese_form_that_two_terms_claim()
    {
        Should.Throw<ContentException>(() => GlossaryReader.Read("terms:\n" + Term + Term, "content/glossary.yml"))
            .Message.ShouldBe("content/glossary.yml:6 (zh): '互联互通' is already a form of the term 互联互通");
    }

    [Fact]
    public void Refuses_nesting_deeper_than_the_limit_and_files_larger_than_the_limit()
    {
        var limits = LongTriangle.Inputs.YamlLimits.Settings;
        var deep = "terms: " + new string('[', limits.MaximumDepth + 1) + new string(']', limits.MaximumDepth + 1) + "\n";
        Should.Throw<ContentException>(() => GlossaryReader.Read(deep, "content/glossary.yml"))
            .Message.ShouldBe($"content/glossary.yml:1: the YAML holds more than {limits.MaximumDepth} levels of nesting");

        var large = "terms:\n# " + new string('x', (int)limits.MaximumBytes) + "\n";
        Should.Throw<ContentException>(() => GlossaryReader.Read(large, "content/glossary.yml"))
            .Message.ShouldStartWith("content/glossary.yml: the YAML is larger than");
    }

    [Fact]
    public void The_repositorys_glossary_reads_and_holds_at_least_100_terms()
    {
        var path = Path.Combine(RepositoryRoot.Path, "content", "glossary.yml");
        var glossary = GlossaryReader.Read(File.ReadAllText(path), "content/glossary.yml");
        glossary.Terms.Length.ShouldBeGreaterThanOrEqualTo(100);
        glossary.Terms.Select(t => t.Id).ShouldBeUnique();
    }
}
