using LongTriangle.Publishing.Content;
using LongTriangle.Publishing.Reading;
using LongTriangle.Publishing.Tests.Fixtures;

namespace LongTriangle.Publishing.Tests.Reading;

public sealed class PolicyDocumentReaderTests
{
    [Fact]
    public void Reads_metadata_and_clauses_with_ids_levels_roles_and_unescaped_text()
    {
        using var fixture = new ContentFixture();
        var content = ContentReader.Read(fixture.ContentDirectory);

        var plan = content.Documents.Single(d => d.Slug == "shanghai-implementation-plan-2020");
        plan.Metadata.Source.Script.ShouldBe(SourceScript.TraditionalTaiwan);
        plan.Metadata.Repairs.Select(r => r.Kind).ShouldBe([RepairKind.ChromeRemoved, RepairKind.HeadingInserted, RepairKind.ScriptConverted, RepairKind.VocabularyRestored]);
        plan.Clauses.Select(c => c.Id.Value).ShouldBe(
        [
            "preface__para_1", "part_1", "part_1__sec_1", "part_1__sec_1__para_1", "part_1__sec_2",
            "part_1__sec_2__item_1", "part_1__sec_2__item_2", "part_2", "part_2__para_1",
        ]);
        plan.Clauses[1].Level.ShouldBe(2);
        plan.Clauses[2].Level.ShouldBe(3);
        plan.Clauses[5].Text.ShouldStartWith("1.坚持服从服务国家战略。");
        plan.Clauses[7].Role.ShouldBe(BlockRole.HeadingMissing);
        plan.HeadingPath(5).Select(h => h.Id.Value).ShouldBe(["part_1", "part_1__sec_2"]);
    }

    [Fact]
    public void A_paragraph_opening_with_strong_emphasis_has_that_run_in_heading_and_numbered_ones_join_the_outline()
    {
        using var fixture = new ContentFixture();
        var content = ContentReader.Read(fixture.ContentDirectory);

        var plan = content.Documents.Single(d => d.Slug == "shanghai-implementation-plan-2020");
        var item = plan.Clauses.Single(c => c.Id.Value == "part_1__sec_2__item_1");
        item.RunIn.ShouldBe("1.坚持服从服务国家战略");
        item.Text.ShouldBe("1.坚持服从服务国家战略。始终把上海发展放在国家对长三角一体化发展的总体部署中思考和谋划。");
        item.OutlineLevel.ShouldBe(4);
        plan.OutlineEntries.Select(c => c.Id.Value).ShouldBe(
            ["part_1", "part_1__sec_1", "part_1__sec_2", "part_1__sec_2__item_1", "part_1__sec_2__item_2", "part_2"]);
        plan.HeadingPath(plan.Clauses.IndexOf(plan.Clauses.Single(c => c.Id.Value == "part_2__para_1"))).Select(h => h.Id.Value).ShouldBe(["part_2"]);

        // An unnumbered topic sentence is bold in the text but not an outline entry.
        var outline = content.Documents.Single(d => d.Slug == "outline-2019");
        var topic = outline.Clauses.Single(c => c.Id.Value == "chp_8__sec_2__para_1");
        topic.RunIn.ShouldBe("推动重点领域开放合作");
        topic.OutlineLevel.ShouldBeNull();
    }

    [Fact]
    public void Escaped_asterisks_from_a_seed_are_text_not_a_run_in_heading()
    {
        using var fixture = new ContentFixture();
        fixture.Replace("zh/national/outline-2019.md", "**推动重点领域开放合作**。", "\\*\\*推动重点领域开放合作\\*\\*。");

        var outline = ContentReader.Read(fixture.ContentDirectory).Documents.Single(d => d.Slug == "outline-2019");

        var clause = outline.Clauses.Single(c => c.Id.Value == "chp_8__sec_2__para_1");
        clause.RunIn.ShouldBeNull();
        clause.Text.ShouldStartWith("**推动重点领域开放合作**。");
    }

    [Fact]
    public void Documents_are_in_region_order_then_by_date()
    {
        using var fixture = new ContentFixture();
        ContentReader.Read(fixture.ContentDirectory).Documents.Select(d => d.Slug)
            .ShouldBe(["outline-2019", "shanghai-implementation-plan-2020", "shanghai-urbanisation-2024"]);
    }

    [Fact]
    public void A_paragraph_without_its_eId_is_an_error_naming_file_and_line()
    {
        using var fixture = new ContentFixture();
        fixture.Replace("zh/national/outline-2019.md", " {#chp_8__sec_1__para_2}", "");

        var error = Should.Throw<ContentException>(() => ContentReader.Read(fixture.ContentDirectory));
        error.File.ShouldBe("content/zh/national/outline-2019.md");
        error.Line.ShouldBe(42);
        error.Message.ShouldContain("{#eId}");
    }

    [Fact]
    public void Each_numbered_block_has_the_numbering_kind_the_converter_wrote_whatever_its_eId_segment_is_called()
    {
        using var fixture = new ContentFixture();
        var content = ContentReader.Read(fixture.ContentDirectory);

        var outline = content.Documents.Single(d => d.Slug == "outline-2019");
        var plan = content.Documents.Single(d => d.Slug == "shanghai-implementation-plan-2020");
        // sec is 第N节 in the Outline and （一） in the plan: the content says which.
        outline.Clauses.Single(c => c.Id.Value == "chp_8__sec_1").Numbering.ShouldBe(NumberingKind.Section);
        plan.Clauses.Single(c => c.Id.Value == "part_1__sec_1").Numbering.ShouldBe(NumberingKind.Subsection);
        plan.Clauses.Single(c => c.Id.Value == "part_2").Numbering.ShouldBe(NumberingKind.Part);
        plan.Clauses.Single(c => c.Id.Value == "part_1__sec_2__item_1").Numbering.ShouldBe(NumberingKind.Item);
        plan.Clauses.Single(c => c.Id.Value == "part_2__para_1").Numbering.ShouldBeNull();
    }

    [Fact]
    public void A_numbered_clause_without_its_numbering_is_not_an_outline_entry()
    {
        using var fixture = new ContentFixture();
        fixture.Replace("zh/shanghai/shanghai-implementation-plan-2020.md", "{#part_1__sec_2__item_1 numbering=item}", "{#part_1__sec_2__item_1}");

        var plan = ContentReader.Read(fixture.ContentDirectory).Documents.Single(d => d.Slug == "shanghai-implementation-plan-2020");

        plan.OutlineEntries.Select(c => c.Id.Value).ShouldNotContain("part_1__sec_2__item_1");
        plan.OutlineEntries.Select(c => c.Id.Value).ShouldContain("part_1__sec_2__item_2");
    }

    [Theory]
    [InlineData("{#chp_8 numbering=chapter}", "{#chp_8 numbering=capitulo}", "'capitulo' is not a numbering")]
    [InlineData("{#chp_8 numbering=chapter}", "{#chp_8 numbering=chapter level=2}", "'level' is not an attribute")]
    [InlineData("{#chp_8 numbering=chapter}", "{#chp_8 numbering=chapter numbering=part}", "one numbering")]
    public void A_numbering_or_attribute_the_format_does_not_define_is_an_error_naming_file_and_line(string find, string replace, string message)
    {
        using var fixture = new ContentFixture();
        fixture.Replace("zh/national/outline-2019.md", find, replace);

        var error = Should.Throw<ContentException>(() => ContentReader.Read(fixture.ContentDirectory));
        error.File.ShouldBe("content/zh/national/outline-2019.md");
        error.Line.ShouldNotBeNull();
        error.Message.ShouldContain(message);
    }

    [Fact]
    public void A_repeated_eId_is_an_error()
    {
        using var fixture = new ContentFixture();
        fixture.Replace("zh/national/outline-2019.md", "{#chp_8__sec_1__para_2}", "{#chp_8__sec_1__para_1}");

        Should.Throw<ContentException>(() => ContentReader.Read(fixture.ContentDirectory)).Message.ShouldContain("used twice");
    }

    [Fact]
    public void A_list_in_the_body_is_an_error()
    {
        using var fixture = new ContentFixture();
        fixture.Replace("zh/national/outline-2019.md", "## 第九章", "- 列表\n\n## 第九章");

        Should.Throw<ContentException>(() => ContentReader.Read(fixture.ContentDirectory)).Message.ShouldContain("not a list");
    }

    [Fact]
    public void A_repair_kind_the_format_does_not_define_in_front_matter_is_an_error_naming_file_line_and_key()
    {
        using var fixture = new ContentFixture();
        fixture.Replace("zh/national/outline-2019.md", "  lost-character: 1", "  spelling-fixed: 1");

        var error = Should.Throw<LongTriangle.Inputs.InputException>(() => ContentReader.Read(fixture.ContentDirectory));
        error.File.ShouldBe("content/zh/national/outline-2019.md");
        error.Key.ShouldBe("repairs");
        error.Line.ShouldNotBeNull();
        error.Message.ShouldContain("'spelling-fixed' is not a kind of repair");
    }

    [Fact]
    public void A_repair_kind_the_format_does_not_define_in_provenance_is_an_error_naming_file_line_and_key()
    {
        using var fixture = new ContentFixture();
        fixture.Replace("zh/national/outline-2019.provenance.yml", "kind: \"lost-character\"", "kind: \"spelling-fixed\"");

        var error = Should.Throw<LongTriangle.Inputs.InputException>(() => ContentReader.Read(fixture.ContentDirectory));
        error.File.ShouldBe("content/zh/national/outline-2019.provenance.yml");
        error.Key.ShouldBe("repairs.kind");
        error.Line.ShouldBe(10);
        error.Message.ShouldContain("'spelling-fixed' is not a kind of repair");
    }

    [Fact]
    public void A_region_missing_from_site_yml_is_an_error()
    {
        using var fixture = new ContentFixture();
        fixture.Replace("zh/national/outline-2019.md", "region: \"national\"", "region: \"fujian\"");

        var error = Should.Throw<ContentException>(() => ContentReader.Read(fixture.ContentDirectory));
        error.Key.ShouldBe("region");
        error.Message.ShouldContain("not listed in site.yml");
    }

    [Fact]
    public void Invalid_front_matter_yaml_names_the_file_and_line()
    {
        using var fixture = new ContentFixture();
        fixture.Replace("zh/national/outline-2019.md", "type: \"规划纲要\"", "type: \"规划纲要\" extra");

        var error = Should.Throw<ContentException>(() => ContentReader.Read(fixture.ContentDirectory));
        error.File.ShouldBe("content/zh/national/outline-2019.md");
        error.Line.ShouldBe(5);
        error.Message.ShouldContain("not valid YAML");
    }

    [Fact]
    public void Front_matter_yaml_the_parser_cannot_place_still_names_the_file()
    {
        using var fixture = new ContentFixture();
        fixture.Replace("zh/national/outline-2019.md", "type: \"规划纲要\"", "type: [\"规划纲要\"");

        var error = Should.Throw<ContentException>(() => ContentReader.Read(fixture.ContentDirectory));
        error.File.ShouldBe("content/zh/national/outline-2019.md");
        error.Message.ShouldContain("not valid YAML");
    }

    [Fact]
    public void An_alias_to_an_eId_that_does_not_exist_is_an_error()
    {
        using var fixture = new ContentFixture();
        fixture.Write("aliases.yml", "outline-2019:\n  chp_8__para_9: chp_8__para_8\n");

        var content = ContentReader.Read(fixture.ContentDirectory);
        Should.Throw<ContentException>(() => new LongTriangle.Publishing.Site.SiteModel(content, LongTriangle.Publishing.Site.SiteBase.Root))
            .Message.ShouldContain("chp_8__para_8");
    }
}
