using LongTriangle.Browser.Tests.Infrastructure;

namespace LongTriangle.Browser.Tests.Concordance;

/// <summary>
/// The concordance as a reader meets it: a compare page with the Outline beside the plans (columns on a
/// desktop, stacked on a phone), links from a plan's clause to the Outline clause it implements and back,
/// in Chinese, English and side by side, and the ways to the compare pages.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ConcordanceTests(SiteFixture fixture)
{
    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task On_a_desktop_the_outline_and_the_regions_stand_in_columns(string language)
    {
        await using var reader = await fixture.OpenAsync(Device.Desktop);
        await reader.GoAsync(fixture.Site.RichestComparePage(language));

        var row = reader.Page.Locator(".compare-row").Filter(new LocatorFilterOptions { Has = reader.Page.Locator(".compare-clause") }).First;
        var outline = await row.Locator(".compare-outline").BoundingBoxAsync();
        var region = await row.Locator(".compare-region").First.BoundingBoxAsync();
        outline.ShouldNotBeNull();
        region.ShouldNotBeNull();
        region.X.ShouldBeGreaterThan(outline.X + outline.Width - 1, "the first region's column should stand right of the Outline's");
        Math.Abs(region.Y - outline.Y).ShouldBeLessThan(2, "the columns should start on one line");
        (await reader.Page.Locator(".compare-head").IsVisibleAsync()).ShouldBeTrue();
        reader.ShouldHaveNoProblems();
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task On_a_phone_the_regions_are_stacked_under_the_outline_with_their_names(string language)
    {
        await using var reader = await fixture.OpenAsync(Device.Phone);
        await reader.GoAsync(fixture.Site.RichestComparePage(language));

        var row = reader.Page.Locator(".compare-row").Filter(new LocatorFilterOptions { Has = reader.Page.Locator(".compare-clause") }).First;
        var outline = await row.Locator(".compare-outline").BoundingBoxAsync();
        var region = await row.Locator(".compare-region").First.BoundingBoxAsync();
        outline.ShouldNotBeNull();
        region.ShouldNotBeNull();
        region.Y.ShouldBeGreaterThanOrEqualTo(outline.Y + outline.Height - 1, "on a phone a region follows the Outline's text");
        (await row.Locator(".compare-region-name").First.IsVisibleAsync()).ShouldBeTrue("stacked cells need their region's name");
        reader.ShouldHaveNoProblems();
    }

    [Theory]
    [InlineData("zh", false)]
    [InlineData("en", false)]
    [InlineData("zh", true)]
    [InlineData("en", true)]
    public async Task A_plans_clause_links_to_the_outline_clause_it_implements_and_that_clause_links_back(string language, bool parallel)
    {
        await using var reader = await fixture.OpenAsync(Device.Desktop);
        await reader.GoAsync(fixture.Site.RichestComparePage(language));
        var planHref = await reader.Page.Locator(".compare-clause-cite a").First.GetAttributeAsync("href");
        var outlineHref = await reader.Page.Locator(".compare-row").Filter(new LocatorFilterOptions { Has = reader.Page.Locator(".compare-clause") }).First
            .Locator(".compare-cite a").GetAttributeAsync("href");
        planHref.ShouldNotBeNull();
        outlineHref.ShouldNotBeNull();
        var (planPath, planId) = Split(planHref);
        var (outlinePath, outlineId) = Split(outlineHref);

        // The plan's clause, in the chosen rendition, says it implements the Outline clause.
        await reader.GoAsync((parallel ? planPath + "parallel/" : planPath) + "#" + planId);
        var implements = reader.Page.Locator($"[id='{planId}']").Locator("xpath=ancestor-or-self::*[contains(@class,'clause')][1]").Locator(".concordance a");
        var targets = await implements.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        targets.ShouldContain(outlineHref, $"{planHref} should link to {outlineHref}");

        // Following it lands on the Outline clause, which lists the plan's clause among those implementing it.
        await reader.Page.Locator($"[id='{planId}']").Locator("xpath=ancestor-or-self::*[contains(@class,'clause')][1]")
            .Locator($".concordance a[href='{outlineHref}']").First.ClickAsync();
        await reader.ArriveAtAsync(reader.Url(outlineHref));
        var back = await reader.Page.Locator($"[id='{outlineId}']").Locator("xpath=ancestor-or-self::*[contains(@class,'clause')][1]").Locator(".concordance a")
            .EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        back.ShouldContain(planHref);
        back.ShouldContain(h => h.Contains("/compare/", StringComparison.Ordinal), "an Outline clause links to its section's compare page");
        outlinePath.ShouldEndWith("/");
        reader.ShouldHaveNoProblems();
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task A_plans_clause_names_the_same_measure_in_another_regions_plan_and_that_clause_names_it_back(string language)
    {
        await using var reader = await fixture.OpenAsync(Device.Desktop);
        await reader.GoAsync(fixture.Site.RichestComparePage(language));
        var also = reader.Page.Locator(".compare-also a").First;
        var otherHref = await also.GetAttributeAsync("href");
        var planHref = await also.Locator("xpath=ancestor::*[contains(@class,'compare-clause')][1]").Locator(".compare-clause-cite a").GetAttributeAsync("href");
        otherHref.ShouldNotBeNull("the richest compare page should show a measure found in two regions' plans");
        planHref.ShouldNotBeNull();
        var (planPath, planId) = Split(planHref);
        Split(otherHref).Path.ShouldNotBe(planPath, "the same measure is linked across plans, not within one");

        // Under the plan's clause: "Also in" with the other region's clause; following it, that clause names this one.
        await reader.GoAsync(planPath + "#" + planId);
        var clause = reader.Page.Locator($"[id='{planId}']").Locator("xpath=ancestor-or-self::*[contains(@class,'clause')][1]");
        var alsoIn = await clause.Locator(".concordance-also a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        alsoIn.ShouldContain(otherHref);
        await clause.Locator($".concordance-also a[href='{otherHref}']").First.ClickAsync();
        await reader.ArriveAtAsync(reader.Url(otherHref));
        var (_, otherId) = Split(otherHref);
        var back = await reader.Page.Locator($"[id='{otherId}']").Locator("xpath=ancestor-or-self::*[contains(@class,'clause')][1]").Locator(".concordance-also a")
            .EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        back.ShouldContain(planHref);
        reader.ShouldHaveNoProblems();
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task Region_pages_and_the_outlines_contents_lead_to_the_compare_pages(string language)
    {
        await using var reader = await fixture.OpenAsync(Device.Desktop);
        var compare = fixture.Site.RichestComparePage(language);
        foreach (var region in fixture.Site.Regions.Where(r => fixture.Site.Documents.Any(d => d.Region == r)))
        {
            await reader.GoAsync($"/{language}/{region}/");
            var links = await reader.Page.Locator("nav.compare-nav a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
            links.ShouldNotBeEmpty($"region {region} has no links to compare pages");
        }
        var outline = fixture.Site.Documents.First(d => d.Region == fixture.Site.Regions[0]);
        await reader.GoAsync(outline.PathIn(language));
        var fromContents = reader.Page.Locator($"#contents nav.compare-nav a[href='{compare}']");
        (await fromContents.CountAsync()).ShouldBe(1);
        await fromContents.ClickAsync();
        await reader.ArriveAtAsync(reader.Url(compare));
        reader.ShouldHaveNoProblems();
    }

    private static (string Path, string Id) Split(string href)
    {
        var hash = href.IndexOf('#', StringComparison.Ordinal);
        return (href[..hash], href[(hash + 1)..]);
    }
}
