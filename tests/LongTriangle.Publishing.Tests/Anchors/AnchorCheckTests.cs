using LongTriangle.Publishing.Anchors;
using LongTriangle.Publishing.Build;
using LongTriangle.Publishing.Checking;
using LongTriangle.Publishing.Tests.Fixtures;

namespace LongTriangle.Publishing.Tests.Anchors;

/// <summary>Published eIds never silently disappear: the ledger, aliases and `check` working together.</summary>
public sealed class AnchorCheckTests : IDisposable
{
    private readonly ContentFixture _fixture = new();

    public AnchorCheckTests()
    {
        // Publish the fixture: record its anchors as `check --update-anchors` does.
        SiteCheck.Run(_fixture.ContentDirectory, updateAnchors: true, new QuietStages()).Anchors.ShouldBeEmpty();
    }

    public void Dispose() => _fixture.Dispose();

    private SiteCheck.Report Check() => SiteCheck.Run(_fixture.ContentDirectory, updateAnchors: false, new QuietStages());

    [Fact]
    public void The_recorded_content_passes()
    {
        var report = Check();
        report.Anchors.ShouldBeEmpty();
        report.Links.Problems.ShouldBeEmpty();
        AnchorLedger.Read(_fixture.Combine("anchors.json"), "anchors.json").Count.ShouldBe(28);
    }

    [Fact]
    public void A_lost_anchor_fails_the_check()
    {
        // The converter now numbers the second paragraph of 第一节 differently: its old eId is gone.
        _fixture.Replace("zh/national/outline-2019.md", "{#chp_8__sec_1__para_2}", "{#chp_8__sec_1__para_9}");

        var report = Check();

        report.Anchors.ShouldContain(p => p.Message.Contains("the published eId chp_8__sec_1__para_2 disappeared", StringComparison.Ordinal)
            && p.File == "content/zh/national/outline-2019.md");
    }

    [Fact]
    public void An_aliased_anchor_passes_and_keeps_working_on_the_site()
    {
        _fixture.Replace("zh/national/outline-2019.md", "{#chp_8__sec_1__para_2}", "{#chp_8__sec_1__para_9}");
        _fixture.Write("aliases.yml", "outline-2019:\n  chp_8__sec_1__para_2: chp_8__sec_1__para_9\n");
        SiteCheck.Run(_fixture.ContentDirectory, updateAnchors: true, new QuietStages());

        var report = Check();

        report.Anchors.ShouldBeEmpty();
        report.Links.Problems.ShouldBeEmpty();
        AnchorLedger.Read(_fixture.Combine("anchors.json"), "anchors.json").Documents["outline-2019"]
            .ShouldContainKey("chp_8__sec_1__para_2", "the ledger keeps the aliased eId, so dropping the alias later fails again");

        BuiltSite.Build(_fixture).Published.ShouldBeTrue();
        foreach (var language in new[] { "zh", "en" })
        {
            BuiltSite.Page(_fixture, $"{language}/national/outline-2019/").ShouldContain(
                "<p id=\"chp_8__sec_1__para_9\"", Case.Sensitive);
            BuiltSite.Page(_fixture, $"{language}/national/outline-2019/").ShouldContain(
                "<span class=\"alias-anchor\" id=\"chp_8__sec_1__para_2\"></span></p>");
        }

        _fixture.Write("aliases.yml", "");
        Check().Anchors.ShouldContain(p => p.Message.Contains("chp_8__sec_1__para_2 disappeared", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reused_eId_passes_only_when_recorded_and_every_rendition_says_where_its_old_text_is()
    {
        // The two sections trade places: each eId now names the other's heading.
        _fixture.Replace("zh/national/outline-2019.md", "第一节 共建高水平开放平台", "第一节 协同推进开放合作@");
        _fixture.Replace("zh/national/outline-2019.md", "第二节 协同推进开放合作", "第二节 共建高水平开放平台");
        _fixture.Replace("zh/national/outline-2019.md", "第一节 协同推进开放合作@", "第一节 协同推进开放合作");

        Check().Anchors.Select(p => p.Message).ShouldContain(m => m.Contains("chp_8__sec_1 now names different text", StringComparison.Ordinal));

        _fixture.Write("aliases.yml", """
            outline-2019:
              reused:
                chp_8__sec_1: { until: 2026-12-03, now: chp_8__sec_2 }
                chp_8__sec_2: { until: 2026-12-03, now: chp_8__sec_1 }
            """);
        var report = Check();
        report.Anchors.ShouldBeEmpty();
        report.Notes.ShouldContain(n => n.Contains("chp_8__sec_1 now names other text; content/aliases.yml says its old text is at chp_8__sec_2 since 2026-12-03", StringComparison.Ordinal));

        BuiltSite.Build(_fixture).Published.ShouldBeTrue();
        var notices = new Dictionary<string, string>
        {
            ["zh"] = "<p class=\"reused-id-note\" data-pagefind-ignore>2026年12月3日以前指向此处的链接，原指的内容现位于<a href=\"#chp_8__sec_2\">第二节 共建高水平开放平台</a></p>",
            ["zh-hant"] = "<p class=\"reused-id-note\" data-pagefind-ignore>2026年12月3日以前指向此處的鏈接，原指的內容現位於<a href=\"#chp_8__sec_2\">第二節 共建高水平開放平臺</a></p>",
            ["en"] = "<p class=\"reused-id-note\" data-pagefind-ignore>Links to this place made before 3 December 2026 pointed to the text now at <a href=\"#chp_8__sec_2\"",
        };
        foreach (var (language, notice) in notices)
        {
            var page = BuiltSite.Page(_fixture, $"{language}/national/outline-2019/");
            var at = page.IndexOf(notice, StringComparison.Ordinal);
            at.ShouldBeGreaterThan(page.IndexOf("id=\"chp_8__sec_1\"", StringComparison.Ordinal), $"{language}: the notice follows the reused heading");
            at.ShouldBeLessThan(page.IndexOf("id=\"chp_8__sec_1__para_1\"", StringComparison.Ordinal), $"{language}: and stays in its clause");
            page.ShouldContain("href=\"#chp_8__sec_1\"", Case.Sensitive);
            page.Split("class=\"reused-id-note\"").Length.ShouldBe(3, $"{language}: one notice per reused eId");
        }
    }

    [Fact]
    public void A_typo_fix_passes_with_a_note()
    {
        _fixture.Replace("zh/national/outline-2019.md", "加强数字化□易平台建设", "加强数字化贸易平台建设");

        var report = Check();

        report.Anchors.ShouldBeEmpty();
        report.Notes.ShouldHaveSingleItem().ShouldContain("chp_8__sec_1__para_3 changed slightly");
    }

    [Fact]
    public void Text_that_changed_beyond_a_typo_fails()
    {
        _fixture.Replace("zh/national/outline-2019.md",
            "打造虹桥国际开放枢纽。推动虹桥地区高端商务、会展、交通功能深度融合，建设中央商务区和国际贸易中心新平台。",
            "共同构建数字化贸易平台。积极对接全球电子商务新模式新规则新标准。");

        Check().Anchors.ShouldHaveSingleItem().Message.ShouldContain("chp_8__sec_1__para_2 now names different text");
    }

    [Fact]
    public void Eids_not_yet_recorded_fail_until_the_ledger_is_updated()
    {
        _fixture.Replace("zh/national/outline-2019.md", "## 第九章 创新一体化发展体制机制 {#chp_9 numbering=chapter}",
            "## 第九章 创新一体化发展体制机制 {#chp_9 numbering=chapter}\n\n深化重点领域制度规则和重大政策沟通协调。 {#chp_9__para_1}");

        Check().Anchors.ShouldHaveSingleItem().Message.ShouldContain("1 eIds of outline-2019 are not recorded yet (chp_9__para_1)");
        SiteCheck.Run(_fixture.ContentDirectory, updateAnchors: true, new QuietStages()).AnchorsWritten.ShouldBe("29 eIds (1 new, 0 changed, 0 dropped)");
        Check().Anchors.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("abc", "abc", 0)]
    [InlineData("abc", "abd", 1)]
    [InlineData("协力办好", "全力办好", 1)]
    [InlineData("", "abc", 3)]
    [InlineData("kitten", "sitting", 3)]
    public void Levenshtein_distance(string a, string b, int expected) => TextDistance.Levenshtein(a, b).ShouldBe(expected);
}
