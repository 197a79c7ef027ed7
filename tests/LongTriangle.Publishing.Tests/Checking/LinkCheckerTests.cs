using LongTriangle.Publishing.Checking;
using LongTriangle.Publishing.Site;
using LongTriangle.Publishing.Tests.Fixtures;

namespace LongTriangle.Publishing.Tests.Checking;

/// <summary>The checker over a real built site, which the tests then damage one way at a time.</summary>
public sealed class LinkCheckerTests : IDisposable
{
    private readonly ContentFixture _fixture = new();

    public LinkCheckerTests() => BuiltSite.Build(_fixture).Published.ShouldBeTrue();

    public void Dispose() => _fixture.Dispose();

    private string PagePath(string sitePath) => Path.Combine(_fixture.OutputDirectory, SiteUrls.FileOf(sitePath));

    private void Edit(string sitePath, string oldText, string newText)
    {
        var path = PagePath(sitePath);
        var html = File.ReadAllText(path);
        html.ShouldContain(oldText);
        File.WriteAllText(path, html.Replace(oldText, newText, StringComparison.Ordinal));
    }

    private LinkReport Check() => LinkChecker.Check(_fixture.OutputDirectory, SiteBase.Root);

    [Fact]
    public void The_built_site_has_no_problem()
    {
        var report = Check();
        report.Problems.ShouldBeEmpty();
        report.Pages.ShouldBe(61); // 20 pages in each of the three renditions, and the root
        report.Links.ShouldBeGreaterThan(500);
    }

    [Fact]
    public void A_link_to_a_page_that_does_not_exist_is_reported_with_page_and_line()
    {
        Edit("zh/", "<a href=\"/zh/national/\">", "<a href=\"/zh/nationl/\">");

        var problem = Check().Problems.ShouldHaveSingleItem();
        problem.Page.ShouldBe("zh/index.html");
        problem.Line.ShouldBeGreaterThan(1);
        problem.Message.ShouldContain("/zh/nationl/");
    }

    [Fact]
    public void A_fragment_without_its_anchor_is_reported()
    {
        Edit("zh/national/", "/zh/national/outline-2019/#chp_8__sec_1\"", "/zh/national/outline-2019/#chp_8__sec_7\"");

        Check().Problems.ShouldHaveSingleItem().Message.ShouldContain("no element with id 'chp_8__sec_7'");
    }

    [Fact]
    public void A_missing_fragment_on_another_page_is_reported_with_the_link_as_written()
    {
        // The check keeps no link text for links between pages; the page is read again for the message.
        Edit("zh/national/", "/zh/national/outline-2019/#chp_8__sec_1\"", "/zh/national/outline-2019/#chp_8__sec%5F7\"");

        Check().Problems.ShouldHaveSingleItem().Message.ShouldBe(
            "'/zh/national/outline-2019/#chp_8__sec%5F7': zh/national/outline-2019/index.html has no element with id 'chp_8__sec_7'");
    }

    [Fact]
    public void A_fragment_within_the_page_is_checked_too()
    {
        Edit("en/national/outline-2019/", "href=\"#chp_9\"", "href=\"#chp_99\"");

        Check().Problems.ShouldContain(p => p.Page == "en/national/outline-2019/index.html" && p.Message.Contains("chp_99", StringComparison.Ordinal));
    }

    [Fact]
    public void A_repeated_id_is_reported()
    {
        Edit("zh/national/outline-2019/", "id=\"chp_8__sec_2\"", "id=\"chp_8__sec_1\"");

        Check().Problems.ShouldContain(p => p.Message.Contains("the id 'chp_8__sec_1' appears 2 times", StringComparison.Ordinal));
    }

    [Fact]
    public void An_eId_of_the_Chinese_page_missing_on_the_English_page_is_reported()
    {
        Edit("en/national/outline-2019/", "id=\"chp_8__sec_1__para_2\"", "id=\"chp_8__sec_1__para_2x\"");

        Check().Problems.ShouldContain(p =>
            p.Page == "zh/national/outline-2019/index.html"
            && p.Message.Contains("'chp_8__sec_1__para_2' is missing on the English page", StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_outside_the_base_path_is_reported()
    {
        var report = LinkChecker.Check(_fixture.OutputDirectory, SiteBase.Parse("/LongTriangle.Site/"));

        report.Problems.ShouldNotBeEmpty();
        report.Problems.ShouldAllBe(p => p.Message.Contains("outside the site's base path"));
    }

    [Fact]
    public void Links_to_other_websites_are_not_followed()
    {
        Edit("zh/", "<a href=\"/zh/national/\">", "<a href=\"https://www.gov.cn/zhengce/\">");

        Check().Problems.ShouldBeEmpty();
    }
}
