using LongTriangle.Publishing.Tests.Fixtures;

namespace LongTriangle.Publishing.Tests.Site;

/// <summary>The provenance page speaks to readers: labels in the page's language, nothing empty shown.</summary>
public sealed class ProvenancePageTests
{
    [Theory]
    [InlineData("en", "Characters lost in the source", "Where another document reads differently")]
    [InlineData("zh", "来源中缺失的字", "与其他文件的异文")]
    public void Sections_have_labels_and_empty_ones_are_not_shown(string language, string lostLabel, string variantsLabel)
    {
        using var fixture = new ContentFixture();
        fixture.Write("zh/national/outline-2019.provenance.yml", ContentFixture.OutlineProvenance + "\n" + """
            variants: []
            notes:
              - ""
            new_kind_of_record: "kept"
            """);
        BuiltSite.Build(fixture).Published.ShouldBeTrue();

        var page = BuiltSite.Page(fixture, $"{language}/national/outline-2019/provenance/");

        page.ShouldContain($"<dt>{lostLabel}</dt>");
        page.ShouldNotContain(variantsLabel);
        page.ShouldNotContain("<dt>notes</dt>");
        page.ShouldContain("<dt>new kind of record</dt>");
        foreach (var key in new[] { "seed", "removed", "repairs", "errata", "lost_characters", "variants", "eid", "line", "context", "continuation-marker-removed" })
        {
            page.ShouldNotContain($"<dt>{key}</dt>", Case.Sensitive);
            page.ShouldNotContain($">{key}</th>", Case.Sensitive);
            page.ShouldNotContain($"· {key}", Case.Sensitive);
        }
    }
}
