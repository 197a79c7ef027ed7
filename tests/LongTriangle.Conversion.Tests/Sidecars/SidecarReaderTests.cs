using LongTriangle.Conversion.Sidecars;

namespace LongTriangle.Conversion.Tests.Sidecars;

public sealed class SidecarReaderTests
{
    private const string File = "seeds/001_df41f4f8f86f6848.txt.yml";

    private static SeedSidecar Read(string yaml) => SidecarReader.Read(File, yaml.Replace("\r\n", "\n"), Fragments.Regions);

    private static ConversionException Fails(string yaml) => Should.Throw<ConversionException>(() => Read(yaml));

    [Fact]
    public void Reads_every_key()
    {
        var sidecar = Read("""
            region: national
            slug: outline-2019
            title: "长江三角洲区域一体化发展规划纲要"
            title_en: "Outline for the Integrated Regional Development of the Yangtze River Delta"
            type: 规划纲要
            issuer: "中共中央 国务院"
            written: 2019-11-20
            published: "2019-12-01"
            number: "中发〔2019〕1号"
            source_url: "https://www.gov.cn/zhengce/2019-12/01/content_5457442.htm"
            missing: ["第一章至第七章"]
            errata:
              - find: "建立标准统一—管理制度"
                replace: "建立标准统一管理制度"
                reason: "a dash stands for a lost character in the seed"
                source: "https://www.gov.cn/zhengce/2019-12/01/content_5457442.htm"
            source_name: "人民日报"
            source_date: 2019-12-02
            official_url: "https://www.gov.cn/zhengce/2019-12/01/content_5457442.htm"
            sources:
              issuer: "the release: 中共中央、国务院印发了…"
              written: "the printed signature"
              published: "https://www.gov.cn/"
              number: "the notice"
              official_url: "the portal's index"
            """);
        sidecar.Region.ShouldBe("national");
        sidecar.Slug.ShouldBe("outline-2019");
        sidecar.Title.ShouldBe("长江三角洲区域一体化发展规划纲要");
        sidecar.Type.ShouldBe("规划纲要");
        sidecar.Issuer.ShouldBe("中共中央 国务院");
        sidecar.Written.ShouldBe(new DateOnly(2019, 11, 20));
        sidecar.Published.ShouldBe(new DateOnly(2019, 12, 1));
        sidecar.Number.ShouldBe("中发〔2019〕1号");
        sidecar.SourceUrl.ShouldStartWith("https://www.gov.cn/");
        sidecar.Missing.ShouldBe(["第一章至第七章"]);
        var erratum = sidecar.Errata.ShouldHaveSingleItem();
        erratum.Find.ShouldBe("建立标准统一—管理制度");
        erratum.Line.ShouldBe(13);
        erratum.Source.ShouldBe("https://www.gov.cn/zhengce/2019-12/01/content_5457442.htm");
        sidecar.SourceName.ShouldBe("人民日报");
        sidecar.SourceDate.ShouldBe(new DateOnly(2019, 12, 2));
        sidecar.OfficialUrl.ShouldStartWith("https://www.gov.cn/");
        sidecar.FactSources.Keys.ShouldBe(["issuer", "number", "official_url", "published", "written"]);
        sidecar.FactSources["written"].ShouldBe("the printed signature");
    }

    [Fact]
    public void A_fact_without_its_source_is_an_error_naming_the_fact()
    {
        var e = Fails("title: \"标题\"\nissuer: \"上海市人民政府\"\n");
        e.Key.ShouldBe("issuer");
        e.Line.ShouldBe(2);
        e.Message.ShouldContain("needs its source");
    }

    [Fact]
    public void A_source_for_a_fact_the_sidecar_does_not_state_is_an_error() =>
        Fails("sources:\n  number: \"a notice\"\n").ShouldSatisfyAllConditions(
            e => e.Key.ShouldBe("sources.number"), e => e.Message.ShouldContain("does not state"));

    [Fact]
    public void A_source_for_something_that_is_not_a_fact_is_an_error() =>
        Fails("title: \"标题\"\nsources:\n  title: \"the page\"\n").Key.ShouldBe("sources.title");

    [Fact]
    public void An_official_url_must_be_a_web_address() =>
        Fails("official_url: \"javascript:alert(1)\"\nsources:\n  official_url: \"x\"\n").Key.ShouldBe("official_url");

    [Fact]
    public void An_erratum_without_a_source_has_none() =>
        Read("errata:\n  - find: \"甲\"\n    replace: \"乙\"\n    reason: \"evident\"\n").Errata[0].Source.ShouldBeNull();

    [Fact]
    public void An_empty_sidecar_says_nothing() => Read("").Title.ShouldBeNull();

    [Fact]
    public void An_unknown_key_is_an_error_naming_file_key_and_line()
    {
        var e = Fails("title: \"标题\"\nregoin: shanghai\n");
        e.File.ShouldBe(File);
        e.Key.ShouldBe("regoin");
        e.Line.ShouldBe(2);
        e.Message.ShouldContain("unknown key 'regoin'");
    }

    [Fact]
    public void A_region_not_in_site_yml_is_an_error()
    {
        var e = Fails("region: beijing\n");
        e.Key.ShouldBe("region");
        e.Message.ShouldContain("national, shanghai, jiangsu, zhejiang, anhui");
    }

    [Theory]
    [InlineData("../../x")]
    [InlineData("/etc/passwd")]
    [InlineData("a/b")]
    [InlineData("..")]
    public void A_slug_that_is_a_path_is_an_error(string slug) =>
        Fails($"slug: \"{slug}\"\n").Message.ShouldContain("is a path");

    [Theory]
    [InlineData("Outline-2019")]
    [InlineData("纲要")]
    [InlineData("outline_2019")]
    [InlineData("-outline")]
    [InlineData("outline--2019")]
    public void A_slug_must_be_lower_case_ascii_and_hyphens(string slug)
    {
        var e = Fails($"slug: \"{slug}\"\n");
        e.Key.ShouldBe("slug");
        e.Line.ShouldBe(1);
    }

    [Theory]
    [InlineData("2019-12-1")]
    [InlineData("2019/12/01")]
    [InlineData("2019-02-30")]
    [InlineData("2019年12月1日")]
    public void Dates_are_yyyy_mm_dd(string date) =>
        Fails($"published: \"{date}\"\n").ShouldSatisfyAllConditions(e => e.Key.ShouldBe("published"), e => e.Message.ShouldContain("YYYY-MM-DD"));

    [Fact]
    public void Invalid_yaml_is_an_error_with_its_line()
    {
        var e = Fails("title: \"标题\"\nissuer: [unclosed\nslug: x\n");
        e.File.ShouldBe(File);
        e.Line.ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(2);
        e.Message.ShouldContain("invalid YAML");
    }

    [Fact]
    public void A_repeated_key_is_an_error() => Fails("title: a\ntitle: b\n").Message.ShouldContain("invalid YAML");

    [Fact]
    public void A_sidecar_must_be_a_mapping() => Fails("- title\n").Line.ShouldBe(1);

    [Fact]
    public void A_list_where_a_value_belongs_is_an_error() => Fails("title:\n  - a\n").Key.ShouldBe("title");

    [Fact]
    public void An_erratum_needs_find_replace_and_reason()
    {
        Fails("errata:\n  - find: \"甲\"\n    replace: \"乙\"\n").Key.ShouldBe("errata[0].reason");
        Fails("errata:\n  - find: \"甲\"\n    replace: \"乙\"\n    reason: r\n    extra: 1\n").Key.ShouldBe("errata[0]");
        Fails("errata: \"甲\"\n").Key.ShouldBe("errata");
    }

    [Fact]
    public void A_source_url_must_be_a_web_address() => Fails("source_url: \"javascript:alert(1)\"\n").Key.ShouldBe("source_url");

    [Fact]
    public void Restored_headings_are_read_with_their_source_and_line()
    {
        var sidecar = Read("""
            restored_headings:
              - heading: "（二）基本原则"
                before: "坚持创新驱动"
                source: "https://example.gov.cn/plan.html"
            """);
        var restored = sidecar.RestoredHeadings.ShouldHaveSingleItem();
        restored.ShouldBe(new RestoredHeading("（二）基本原则", "坚持创新驱动", "https://example.gov.cn/plan.html", 2));
    }

    [Theory]
    [InlineData("    heading: \"基本原则\"\n    before: \"坚持\"\n    source: \"https://a.cn/\"", "restored_headings[0].heading", "not a numbered heading")]
    [InlineData("    heading: \"（二）基本原则\"\n    before: \"坚持\"\n    source: \"ftp://a.cn/\"", "restored_headings[0].source", "http(s)")]
    [InlineData("    heading: \"（二）基本原则\"\n    source: \"https://a.cn/\"", "restored_headings[0].before", "needs 'before'")]
    [InlineData("    heading: \"（二）基本原则\"\n    before: \"坚持\"\n    source: \"https://a.cn/\"\n    after: x", "restored_headings[0]", "unknown key 'after'")]
    public void A_restored_heading_must_be_numbered_placed_and_sourced(string entry, string key, string message)
    {
        var e = Fails("restored_headings:\n  -" + entry[3..] + "\n");
        e.Key.ShouldBe(key);
        e.Message.ShouldContain(message);
    }
}
