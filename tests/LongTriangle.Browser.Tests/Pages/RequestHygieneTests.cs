using LongTriangle.Browser.Tests.Infrastructure;

namespace LongTriangle.Browser.Tests.Pages;

[Collection(BrowserCollection.Name)]
public sealed class RequestHygieneTests(SiteFixture fixture)
{
    [Fact]
    public async Task Every_page_loads_without_console_errors_failed_requests_or_requests_off_the_site()
    {
        var root = fixture.Site.SiteDirectory;
        var pages = Directory.EnumerateFiles(root, "index.html", SearchOption.AllDirectories)
            .Select(file => "/" + Path.GetRelativePath(root, Path.GetDirectoryName(file)!).Replace(Path.DirectorySeparatorChar, '/') + "/")
            .Select(path => path == "/./" ? "/" : path)
            .Order(StringComparer.Ordinal)
            .ToList();
        pages.Count.ShouldBeGreaterThan(fixture.Site.Documents.Count * 2);

        await using var reader = await fixture.OpenAsync();
        foreach (var page in pages)
        {
            var response = await reader.Page.GotoAsync(reader.Url(page), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            response.ShouldNotBeNull().Status.ShouldBe(200, page);
        }
        foreach (var language in BuiltSite.Languages)
            await reader.GoToMissingAsync($"/{language}/no-such-page/");

        reader.ShouldHaveNoProblems();
    }
}
