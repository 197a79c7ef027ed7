using LongTriangle.Publishing.Content;
using LongTriangle.Publishing.Reading;
using LongTriangle.Publishing.Site;
using LongTriangle.Publishing.Tests.Fixtures;

namespace LongTriangle.Publishing.Tests.Reading;

/// <summary>content/aliases.yml: aliases for lost eIds, and reused eIds with where their old text is now.</summary>
public sealed class AliasReaderTests
{
    private const string File = "content/aliases.yml";

    private static AliasMap Read(string yaml) => AliasReader.Read(yaml, File);

    [Fact]
    public void Aliases_and_reused_eIds_are_read_per_document()
    {
        var map = Read("""
            plan-2020:
              part_3__para_9: part_3__sec_1__para_1
              reused:
                part_4: { until: 2026-12-03, now: part_5 }
                part_4__sec_1:
                  until: 2026-12-03
                  now: part_5__sec_1
            """);

        map.For("plan-2020").ShouldBe(new Dictionary<string, string> { ["part_3__para_9"] = "part_3__sec_1__para_1" });
        var reused = map.ReusedIn("plan-2020");
        reused.Keys.ShouldBe(["part_4", "part_4__sec_1"]);
        reused["part_4"].ShouldBe(new ReusedId("part_4", new DateOnly(2026, 12, 3), "part_5", 4));
        reused["part_4__sec_1"].Now.ShouldBe("part_5__sec_1");
        map.ReusedIn("other").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("    part_4: { until: 2026-13-03, now: part_5 }\n", 3, "'2026-13-03' is not a date (YYYY-MM-DD)", "plan-2020.reused.part_4.until")]
    [InlineData("    part_4: { until: 3 Dec 2026, now: part_5 }\n", 3, "'3 Dec 2026' is not a date", "plan-2020.reused.part_4.until")]
    [InlineData("    part_4: { now: part_5 }\n", 3, "until: is required", "plan-2020.reused.part_4")]
    [InlineData("    part_4: { until: 2026-12-03 }\n", 3, "now: is required", "plan-2020.reused.part_4")]
    [InlineData("    part_4: { until: 2026-12-03, now: 五、保障措施 }\n", 3, "'五、保障措施' is not an eId", "plan-2020.reused.part_4.now")]
    [InlineData("    Part 4: { until: 2026-12-03, now: part_5 }\n", 3, "'Part 4' is not an eId", "plan-2020.reused")]
    [InlineData("    part_4: part_5\n", 3, "expected a mapping with until:", "plan-2020.reused.part_4")]
    [InlineData("    part_4: { until: 2026-12-03, now: part_5, since: 2020-01-01 }\n", 3, "unknown key 'since'", "plan-2020.reused.part_4")]
    [InlineData("    part_4: { until: 2026-12-03, now: part_4 }\n", 3, "names the reused eId itself", "plan-2020.reused.part_4")]
    public void A_bad_reused_entry_is_refused_naming_the_file_and_key(string entry, int line, string message, string key)
    {
        var error = Should.Throw<ContentException>(() => Read("plan-2020:\n  reused:\n" + entry));

        error.File.ShouldBe(File);
        error.Line.ShouldBe(line);
        error.Key.ShouldBe(key);
        error.Message.ShouldContain(message);
    }

    [Fact]
    public void An_alias_that_is_not_a_single_value_is_refused()
    {
        var error = Should.Throw<ContentException>(() => Read("plan-2020:\n  part_4: [part_5]\n"));
        error.Key.ShouldBe("plan-2020.part_4");
        error.Line.ShouldBe(2);
    }

    [Fact]
    public void A_reused_eId_the_document_does_not_have_is_refused()
    {
        using var fixture = new ContentFixture();
        fixture.Write("aliases.yml", "outline-2019:\n  reused:\n    chp_8__sec_7: { until: 2026-12-03, now: chp_8__sec_1 }\n");

        var error = Should.Throw<ContentException>(() => new SiteModel(ContentReader.Read(fixture.ContentDirectory), SiteBase.Root));

        error.File.ShouldBe(File);
        error.Line.ShouldBe(3);
        error.Key.ShouldBe("outline-2019.reused.chp_8__sec_7");
        error.Message.ShouldContain("'chp_8__sec_7' is not an eId of the document");
    }

    [Fact]
    public void A_reused_entry_whose_new_place_does_not_exist_is_refused()
    {
        using var fixture = new ContentFixture();
        fixture.Write("aliases.yml", "outline-2019:\n  reused:\n    chp_8__sec_1: { until: 2026-12-03, now: chp_8__sec_7 }\n");

        var error = Should.Throw<ContentException>(() => new SiteModel(ContentReader.Read(fixture.ContentDirectory), SiteBase.Root));

        error.Key.ShouldBe("outline-2019.reused.chp_8__sec_1");
        error.Message.ShouldContain("now: 'chp_8__sec_7', which the document does not have");
    }
}
