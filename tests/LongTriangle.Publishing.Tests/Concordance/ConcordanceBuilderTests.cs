using LongTriangle.Publishing.Concordance;
using LongTriangle.Publishing.Reading;
using LongTriangle.Publishing.Tests.Fixtures;

namespace LongTriangle.Publishing.Tests.Concordance;

/// <summary>
/// The method on small fragments written for the purpose: a national outline that sets a land measure once
/// for the region and once for a pilot zone, and a plan that implements the region-wide one, restates a
/// heading in its own words, and has a clause about a topic the outline fragment lacks.
/// </summary>
public sealed class ConcordanceBuilderTests
{
    private const string National = """
        ---
        slug: "outline"
        region: "national"
        title: "某区域一体化发展规划纲要"
        type: "规划纲要"
        source:
          seed: "x.txt"
          sha256: "00"
          script: "simplified"
        completeness:
          status: "full"
        flags:
          restored_from_spun_copy: false
          lost_characters: 0
          missing_headings: 0
        ---

        ## 第九章 创新一体化发展体制机制 {#chp_9}

        ### 第二节 促进要素市场一体化 {#chp_9__sec_2}

        **建立城乡统一的土地市场**。深化城镇国有土地有偿使用制度改革，扩大土地有偿使用范围，完善城乡建设用地增减挂钩政策，建立城乡统一的建设用地市场，依法有序推进集体经营性建设用地入市。 {#chp_9__sec_2__para_1}

        **共建统一开放人力资源市场**。推动人力资源、就业岗位信息共享，联合开展就业洽谈会和专场招聘会，探索户口不迁、关系不转、身份不变的人才柔性流动机制。 {#chp_9__sec_2__para_2}

        ## 第十章 高水平建设生态绿色一体化发展示范区 {#chp_10}

        ### 第二节 创新重点领域一体化发展制度 {#chp_10__sec_2}

        **统筹土地管理**。加强土地统一管理，建立统一的建设用地指标管理机制，依法推进农村集体经营性建设用地使用权出让、租赁、入股，实行与国有土地同等入市、同权同价。 {#chp_10__sec_2__para_1}
        """;

    private const string Plan = """
        ---
        slug: "plan"
        region: "jiangsu"
        title: "某省实施方案"
        type: "实施方案"
        source:
          seed: "y.txt"
          sha256: "01"
          script: "simplified"
        completeness:
          status: "full"
        flags:
          restored_from_spun_copy: false
          lost_characters: 0
          missing_headings: 0
        ---

        ## 一、创新体制机制 {#part_1}

        **加快建立城乡统一的土地市场**。深化城镇国有土地有偿使用制度改革，扩大土地有偿使用范围，有序推进集体经营性建设用地入市，探索建设用地同权同价。 {#part_1__para_1}

        **推动人才自由流动**。建立就业岗位信息共享机制，联合举办专场招聘会，完善户口不迁、关系不转的人才柔性流动机制。 {#part_1__para_2}

        **加快建设轨道交通网络**。推进城际铁路和市域铁路建设，优化高速铁路布局。 {#part_1__para_3}
        """;

    private const string PlanOfAnotherRegion = """
        ---
        slug: "action"
        region: "zhejiang"
        title: "某省行动方案"
        type: "行动方案"
        source:
          seed: "z.txt"
          sha256: "02"
          script: "simplified"
        completeness:
          status: "full"
        flags:
          restored_from_spun_copy: false
          lost_characters: 0
          missing_headings: 0
        ---

        ## 一、深化要素市场改革 {#part_1}

        **推进城乡统一的土地市场建设**。深化城镇国有土地有偿使用制度改革，扩大土地有偿使用范围，依法有序推进集体经营性建设用地入市。 {#part_1__para_1}

        **共建人力资源市场**。联合开展就业洽谈会，推动就业岗位信息共享。 {#part_1__para_2}
        """;

    private static LongTriangle.Publishing.Content.SiteContent Content(bool withAnotherRegion = false)
    {
        using var fixture = new ContentFixture(withTranslations: false);
        foreach (var file in Directory.EnumerateFiles(fixture.Combine("zh"), "*.md", SearchOption.AllDirectories)) File.Delete(file);
        foreach (var file in Directory.EnumerateFiles(fixture.Combine("zh"), "*.yml", SearchOption.AllDirectories)) File.Delete(file);
        fixture.Write("zh/national/outline.md", National);
        fixture.Write("zh/jiangsu/plan.md", Plan);
        if (withAnotherRegion) fixture.Write("zh/zhejiang/action.md", PlanOfAnotherRegion);
        return ContentReader.Read(fixture.ContentDirectory);
    }

    [Fact]
    public void A_region_wide_measure_links_to_the_region_wide_clause_and_not_to_the_pilot_zones()
    {
        var concordance = ConcordanceBuilder.Build(Content());

        var links = concordance.From("jiangsu/plan#part_1__para_1");
        links.Select(l => l.To.Key).ShouldContain("national/outline#chp_9__sec_2__para_1");
        links.Select(l => l.To.Key).ShouldNotContain("national/outline#chp_10__sec_2__para_1");
        links.First().Strength.ShouldBe(LinkStrength.Strong);
    }

    [Fact]
    public void The_same_measure_for_the_pilot_zone_is_linked_when_the_areas_are_ignored()
    {
        // Proves the area rule does the work: without it the zone's land clause scores above the threshold.
        var concordance = ConcordanceBuilder.Build(Content(), ConcordanceMethod.Default with { RespectAreas = false, RelativeCut = 0 });

        concordance.From("jiangsu/plan#part_1__para_1").Select(l => l.To.Key).ShouldContain("national/outline#chp_10__sec_2__para_1");
    }

    [Fact]
    public void A_paraphrase_is_linked_and_a_topic_the_outline_lacks_is_linked_to_nothing()
    {
        var concordance = ConcordanceBuilder.Build(Content());

        concordance.From("jiangsu/plan#part_1__para_2").Select(l => l.To.Key).ShouldBe(["national/outline#chp_9__sec_2__para_2"]);
        concordance.From("jiangsu/plan#part_1__para_3").ShouldBeEmpty();
        concordance.To("national/outline#chp_9__sec_2__para_2").Select(l => l.From.Key).ShouldBe(["jiangsu/plan#part_1__para_2"]);
    }

    [Fact]
    public void The_same_measure_in_two_regions_plans_is_linked_both_ways_and_a_different_measure_is_not()
    {
        var concordance = ConcordanceBuilder.Build(Content(withAnotherRegion: true));

        concordance.AlsoIn("jiangsu/plan#part_1__para_1").Select(l => l.To.Key).ShouldBe(["zhejiang/action#part_1__para_1"]);
        concordance.AlsoIn("zhejiang/action#part_1__para_1").Select(l => l.To.Key).ShouldBe(["jiangsu/plan#part_1__para_1"]);
        concordance.AlsoIn("jiangsu/plan#part_1__para_2").Select(l => l.To.Key).ShouldBe(["zhejiang/action#part_1__para_2"]);
        concordance.AlsoIn("jiangsu/plan#part_1__para_1").Single().Strength.ShouldBe(LinkStrength.Strong);
        // The links to the Outline stay links to the Outline; the plans' links are apart.
        concordance.Links.ShouldAllBe(l => l.To.Document.RegionId == "national");
        concordance.Parallels.ShouldAllBe(l => l.From.Document.RegionId != l.To.Document.RegionId);
        JsonOutputText(concordance).ShouldContain("\"to\": \"zhejiang/action#part_1__para_1\"");
    }

    [Fact]
    public void A_copy_of_the_implemented_document_ties_with_it_and_the_clause_read_first_comes_first()
    {
        using var fixture = new ContentFixture(withTranslations: false);
        foreach (var file in Directory.EnumerateFiles(fixture.Combine("zh"), "*.md", SearchOption.AllDirectories)) File.Delete(file);
        foreach (var file in Directory.EnumerateFiles(fixture.Combine("zh"), "*.yml", SearchOption.AllDirectories)) File.Delete(file);
        fixture.Write("zh/national/outline.md", National);
        fixture.Write("zh/national/outline-copy.md", National.Replace("slug: \"outline\"", "slug: \"outline-copy\""));
        fixture.Write("zh/jiangsu/plan.md", Plan);
        var content = ContentReader.Read(fixture.ContentDirectory);
        var concordance = ConcordanceBuilder.Build(content);

        var links = concordance.From("jiangsu/plan#part_1__para_2");
        links.Select(l => l.To.Key).Order(StringComparer.Ordinal).ShouldBe(["national/outline#chp_9__sec_2__para_2", "national/outline-copy#chp_9__sec_2__para_2"], ignoreOrder: true);
        links[1].Score.ShouldBe(links[0].Score);
        var readFirst = content.Documents.First(d => d.RegionId == "national").Slug;
        ConcordanceBuilder.Build(content, ConcordanceMethod.Default with { MaximumLinks = 1 })
            .From("jiangsu/plan#part_1__para_2").Single().To.Key.ShouldBe($"national/{readFirst}#chp_9__sec_2__para_2");
    }

    [Fact]
    public void The_published_data_is_sorted_and_identical_on_every_build()
    {
        var first = JsonOutputText(ConcordanceBuilder.Build(Content()));
        var second = JsonOutputText(ConcordanceBuilder.Build(Content()));

        second.ShouldBe(first);
        first.ShouldContain("\"from\": \"jiangsu/plan#part_1__para_1\"");
        first.ShouldContain("\"strength\": \"strong\"");
        var froms = System.Text.RegularExpressions.Regex.Matches(first, "\"from\": \"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        froms.ShouldBe(froms.Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void Character_grams_stay_inside_a_phrase_and_keep_latin_words_whole()
    {
        var grams = new CharacterGrams();
        grams.Of("推进5G，建设。").Select(grams.Describe).ShouldBe(["推进", "5g", "建设"]);
        grams.Of("土地市场").Select(grams.Describe).ShouldBe(["土地", "地市", "市场", "土地市", "地市场"]);
        grams.Of("IPv6与5g").Select(grams.Describe).ShouldBe(["ipv6", "5g"]);
        grams.Of("市场").ShouldBe(grams.Of("土地市场").Skip(2).Take(1).ToArray());
        new CharacterGrams(longest: 2).Of("土地市场").Select(grams.Describe).ShouldBe(["土地", "地市", "市场"]);
    }

    private static string JsonOutputText(ClauseConcordance concordance) => System.Text.Encoding.UTF8.GetString(ConcordanceData.Write(concordance));
}
