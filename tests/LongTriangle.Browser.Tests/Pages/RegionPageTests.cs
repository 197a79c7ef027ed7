using LongTriangle.Browser.Tests.Infrastructure;

namespace LongTriangle.Browser.Tests.Pages;

[Collection(BrowserCollection.Name)]
public sealed class RegionPageTests(SiteFixture fixture)
{
    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task Each_region_page_lists_the_documents_of_that_region_in_content(string language)
    {
        var site = fixture.Site;
        await using var reader = await fixture.OpenAsync();
        foreach (var region in site.Regions)
        {
            await reader.GoAsync($"/{language}/{region}/");

            var listed = await reader.Page.Locator("main .document-title a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
            var expected = site.Documents.Where(d => d.Region == region).Select(d => d.PathIn(language));
            listed.Order(StringComparer.Ordinal).ShouldBe(expected.Order(StringComparer.Ordinal), $"region {region}");
            if (listed.Length == 0)
                (await reader.Page.Locator("main .empty-state").CountAsync()).ShouldBe(1, $"region {region} has no documents and should say so");
        }
        reader.ShouldHaveNoProblems();
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task Each_listed_document_has_its_outline_and_the_outline_links_land_on_the_sections(string language)
    {
        var site = fixture.Site;
        await using var reader = await fixture.OpenAsync();
        foreach (var document in site.Documents)
        {
            await reader.GoAsync($"/{language}/{document.Region}/");
            var section = reader.Page.Locator(".region-document").Filter(new LocatorFilterOptions
            {
                Has = reader.Page.Locator($".document-title a[href='{document.PathIn(language)}']"),
            });
            var outline = await section.Locator("nav.outline a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");

            var toc = site.TocTargets(language, document).Select(t => document.PathIn(language) + "#" + t).ToList();
            outline.ShouldNotBeEmpty($"{document} has no outline on its region page");
            outline.ToList().ShouldBe(toc, $"the outline of {document} on its region page differs from the document's table of contents");

            var last = site.TocTargets(language, document)[^1];
            await section.Locator($"nav.outline a[data-toc-target='{last}']").ClickAsync();
            await reader.ArriveAtAsync(reader.Url(document.PathIn(language)) + "#" + last);
            await Reading.ClauseLinkTests.ShouldBeShownAsync(reader, last);
        }
        reader.ShouldHaveNoProblems();
    }
}
