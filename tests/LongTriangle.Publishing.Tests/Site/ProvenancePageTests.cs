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

    /// <summary>
    /// Every shape a provenance record can take, with text that looks like markup, as the page shows it: mappings,
    /// lists of scalars and of lists and of mappings that are not flat, a list whose items are not all mappings, tables
    /// with and without a kind column, a column empty in every row, cells that are and are not eIds of the document, a
    /// clause on two rows in a row.
    /// </summary>
    [Theory]
    [InlineData("zh")]
    [InlineData("zh-hant")]
    [InlineData("en")]
    public void Every_shape_of_record_is_shown_as_approved(string language)
    {
        using var fixture = new ContentFixture();
        fixture.Write("zh/national/outline-2019.provenance.yml", ContentFixture.OutlineProvenance + "\n" + """
            notes:
              - "a <b>note</b> & \"quoted\" 'text'"
              - ""
              - - "nested"
                - "list"
              - steps:
                  - "one"
                  - "two & three"
                by: "tool"
            mixed:
              - line: 3
                text: "flat"
              - "a scalar among mappings"
            checks:
              - eid: "chp_8__sec_1__para_3"
                result: "<ok>"
                comment: ""
              - eid: "chp_8__sec_1__para_3"
                result: "again"
                comment: ""
              - eid: "not_a_clause"
                result: "fine"
                comment: " "
            stages:
              - kind: "some_stage-name"
                eid: "chp_8__sec_1__para_2"
              - kind: "other"
                eid: "chp_8__sec_1__para_2"
              - kind: "some_stage-name"
                eid: "chp_8__sec_1__para_3"
            deep:
              first:
                second: "value"
              empty: {}
            """);
        BuiltSite.Build(fixture).Published.ShouldBeTrue();

        var page = BuiltSite.Page(fixture, $"{language}/national/outline-2019/provenance/");
        var start = page.IndexOf("<article", StringComparison.Ordinal);
        var end = page.IndexOf("</article>", StringComparison.Ordinal);
        page[start..end].ShouldMatchApproved(c => c.WithFileExtension("html").WithDiscriminator(language).SubFolder("approved").NoDiff());
    }

    [Fact]
    public void A_clause_with_repairs_one_after_another_is_linked_once_beside_all_of_them()
    {
        using var fixture = new ContentFixture();
        fixture.Write("zh/national/outline-2019.provenance.yml", ContentFixture.OutlineProvenance + "\n" + """
            checks:
              - eid: "chp_8__sec_1__para_3"
                line: 1
              - eid: "chp_8__sec_1__para_3"
                line: 2
              - eid: "chp_8__sec_1__para_3"
                line: 3
              - eid: "chp_8__sec_1__para_2"
                line: 4
              - eid: "chp_8__sec_1__para_3"
                line: 5
            """);
        BuiltSite.Build(fixture).Published.ShouldBeTrue();

        var page = BuiltSite.Page(fixture, "en/national/outline-2019/provenance/");
        var table = page[page.IndexOf("<dt>checks</dt>", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        const string Para3 = "<a href=\"/en/national/outline-2019/#chp_8__sec_1__para_3\">chp_8__sec_1__para_3</a>";
        const string Para2 = "<a href=\"/en/national/outline-2019/#chp_8__sec_1__para_2\">chp_8__sec_1__para_2</a>";
        table.ShouldContain("<tr><td rowspan=\"3\">" + Para3 + "</td><td>1</td></tr><tr><td>2</td></tr><tr><td>3</td></tr>"
            + "<tr><td>" + Para2 + "</td><td>4</td></tr><tr><td>" + Para3 + "</td><td>5</td></tr>");
    }
}
