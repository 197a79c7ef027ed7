using LongTriangle.Publishing.Data;
using LongTriangle.Publishing.Reading;
using LongTriangle.Publishing.Tests.Fixtures;
using LongTriangle.Publishing.Translations;

namespace LongTriangle.Publishing.Tests.Translations;

/// <summary>
/// Each check of issue 14 fails on a small bad fragment and passes on the good one: coverage, stale hash,
/// unstamped entries, glossary terms, numbers and units, titles.
/// </summary>
public sealed class TranslationQualityTests
{
    private const string Import = "协力办好中国国际进口博览会。高水平举办中国国际进口博览会，打造规模更大、质量更优、创新更强、层次更高、成效更好的世界一流博览会。";

    private const string Glossary = """
        terms:
          - zh: "中国国际进口博览会"
            zh_variants: ["进博会"]
            en: "China International Import Expo"
            abbreviation: "CIIE"
            variants: ["Import Expo"]
            note: "Expo, not Exposition."
          - zh: "统筹"
            en: "coordinate"
            variants: ["coordinat*"]
            note: "A verb."
        """;

    private static List<string> Problems(ContentFixture fixture) =>
        [.. TranslationCheck.Run(ContentReader.Read(fixture.ContentDirectory)).Select(p => p.ToString())];

    private static ContentFixture WithClause(string english, string? extra = null)
    {
        var fixture = new ContentFixture();
        fixture.Write("glossary.yml", Glossary);
        fixture.Replace("en/national/outline-2019.yml", "clauses:\n",
            $"clauses:\n  chp_8__sec_1__para_1:\n    en: \"{english}\"\n    zh_hash: \"{TextHash.Short(Import)}\"\n{extra ?? ""}");
        return fixture;
    }

    private static IEnumerable<string> About(List<string> problems, string eId) => problems.Where(p => p.Contains(eId, StringComparison.Ordinal));

    [Fact]
    public void A_clause_without_English_or_a_reason_fails_and_a_reason_is_enough()
    {
        using var fixture = new ContentFixture();
        Problems(fixture).ShouldContain("content/en/national/outline-2019.yml: 5 of 6 clauses of outline-2019 have neither English nor a reason: fragment__para_1, chp_8__sec_1__para_1, chp_8__sec_1__para_2, chp_8__sec_1__para_3, chp_8__sec_2__para_1");

        fixture.Replace("en/national/outline-2019.yml", "clauses:\n",
            "clauses:\n  fragment__para_1:\n    reason: \"The tail of a chapter the source lost; translated with that chapter.\"\n");
        Problems(fixture).ShouldContain(p => p.Contains("4 of 6 clauses of outline-2019 have neither English nor a reason: chp_8__sec_1__para_1,", StringComparison.Ordinal));
    }

    [Fact]
    public void English_for_an_earlier_Chinese_text_is_outdated()
    {
        using var fixture = new ContentFixture();
        fixture.Replace("en/national/outline-2019.yml", "clauses:\n",
            "clauses:\n  chp_8__sec_1__para_2:\n    en: \"Building the Hongqiao International Opening-up Hub.\"\n    zh_hash: \"0123456789abcdef\"\n");

        var problems = About(Problems(fixture), "chp_8__sec_1__para_2").ToList();

        problems.ShouldHaveSingleItem().ShouldStartWith("content/en/national/outline-2019.yml:10: clauses.chp_8__sec_1__para_2: translation outdated: the Chinese has changed since this English was written (zh_hash 0123456789abcdef, now ");
    }

    [Fact]
    public void A_plain_string_entry_is_reported_until_it_is_stamped()
    {
        using var fixture = new ContentFixture();
        Problems(fixture).ShouldContain(p => p.StartsWith("content/en/national/outline-2019.yml: 5 entries do not record the hash of the Chinese they translate (headings.chp_8, clauses.chp_8__para_1,", StringComparison.Ordinal));
    }

    [Fact]
    public void A_glossary_term_the_English_does_not_render_fails()
    {
        using var fixture = WithClause("Working together on the import fair. We will host the fair at a high level, larger in scale, better in quality, stronger in innovation, higher in level and more effective.");

        About(Problems(fixture), "chp_8__sec_1__para_1").ShouldBe(
        [
            "content/en/national/outline-2019.yml:10: clauses.chp_8__sec_1__para_1: the glossary term 中国国际进口博览会 is not rendered as \"China International Import Expo\" (CIIE) or a listed variant; use it, or record an exception with its reason",
        ]);
    }

    [Theory]
    [InlineData("Working together to host the China International Import Expo well.")]
    [InlineData("Working together to host the CIIE well.")]
    [InlineData("Working together to host the import expo well.")]
    public void The_glossary_English_its_abbreviation_or_a_variant_passes(string english)
    {
        using var fixture = WithClause(english);
        About(Problems(fixture), "chp_8__sec_1__para_1").ShouldBeEmpty();
    }

    [Fact]
    public void A_recorded_exception_lets_a_clause_render_a_term_otherwise()
    {
        using var fixture = WithClause("Working together on the fair.",
            "    exceptions:\n      - term: \"中国国际进口博览会\"\n        reason: \"The sentence names the fair by its function.\"\n");
        About(Problems(fixture), "chp_8__sec_1__para_1").ShouldBeEmpty();
    }

    [Fact]
    public void A_lost_number_percentage_Latin_token_or_unit_fails()
    {
        const string chinese = "到2025年，PM2.5浓度下降10%，5G网络覆盖率达到95%，建成120平方公里的示范区，新增10万人就业。";
        using var fixture = new ContentFixture();
        fixture.Replace("zh/national/outline-2019.md", "打造虹桥国际开放枢纽。推动虹桥地区高端商务、会展、交通功能深度融合，建设中央商务区和国际贸易中心新平台。", chinese);
        fixture.Replace("en/national/outline-2019.yml", "clauses:\n",
            $"clauses:\n  chp_8__sec_1__para_2:\n    en: \"By 2025, PM2.5 will fall by 10 percent, 5G will reach 95% coverage; a 120 zone will be built and 0.1 million jobs created.\"\n    zh_hash: \"{TextHash.Short(chinese)}\"\n");

        About(Problems(fixture), "chp_8__sec_1__para_2").ShouldBe(
        [
            "content/en/national/outline-2019.yml:10: clauses.chp_8__sec_1__para_2: \"平方公里\" of the Chinese is missing from the English (write it as \"square kilometer\" or \"square kilometre\" or \"sq km\")",
        ]);

        fixture.Replace("en/national/outline-2019.yml", "a 120 zone", "a zone of 120 square kilometers");
        fixture.Replace("en/national/outline-2019.yml", "By 2025, ", "By then, ");
        About(Problems(fixture), "chp_8__sec_1__para_2").ShouldBe(
        [
            "content/en/national/outline-2019.yml:10: clauses.chp_8__sec_1__para_2: \"2025\" of the Chinese is missing from the English (write it as \"2025\")",
        ]);
    }

    [Fact]
    public void Titles_must_agree_between_content_en_and_the_sidecars_title_en()
    {
        using var fixture = new ContentFixture();
        fixture.Replace("zh/national/outline-2019.md", "title: \"长江三角洲区域一体化发展规划纲要\"\n",
            "title: \"长江三角洲区域一体化发展规划纲要\"\ntitle_en: \"Outline of the Integrated Regional Development of the Yangtze River Delta\"\n");

        Problems(fixture).ShouldContain("content/en/national/outline-2019.yml: title: \"Outline for the Integrated Regional Development of the Yangtze River Delta\" differs from title_en \"Outline of the Integrated Regional Development of the Yangtze River Delta\" of content/zh/national/outline-2019.md (set in the seed's sidecar); a document has one English title");

        fixture.Replace("en/national/outline-2019.yml", "title: \"Outline for", "title: \"Outline of");
        Problems(fixture).ShouldNotContain(p => p.Contains("one English title", StringComparison.Ordinal));
    }
}
