using LongTriangle.Browser.Tests.Infrastructure;

namespace LongTriangle.Browser.Tests.Search;

/// <summary>The search page: a count that equals what can be listed, paging, partial matches apart, a corrected typo.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchPageTests(SiteFixture fixture)
{
    private const string Results = "#search-page-results a.search-result-link";

    [Fact]
    public async Task More_results_lists_every_clause_the_count_announces()
    {
        await using var reader = await fixture.OpenAsync();
        await reader.GoAsync("/zh/search/?q=" + Uri.EscapeDataString("示范区"));
        await reader.Page.Locator(Results).First.WaitForAsync();
        var status = await reader.Page.Locator("#search-page-status").TextContentAsync() ?? "";
        var announced = int.Parse(new string([.. status.Where(char.IsAsciiDigit)]), System.Globalization.CultureInfo.InvariantCulture);
        announced.ShouldBeGreaterThan(20, $"status: {status}");

        var more = reader.Page.Locator("#search-page-more");
        while (await more.IsVisibleAsync())
        {
            var before = await reader.Page.Locator(Results).CountAsync();
            await more.ClickAsync();
            (await reader.BecomesTrueAsync($"() => document.querySelectorAll('{Results}').length > {before}")).ShouldBeTrue("More results added nothing");
        }

        var listed = await reader.Page.Locator(Results).CountAsync();
        listed.ShouldBe(announced);
        var hrefs = await reader.Page.Locator(Results).EvaluateAllAsync<string[]>("links => links.map(l => l.getAttribute('href'))");
        hrefs.Distinct().Count().ShouldBe(listed, "a clause is listed twice");
        reader.ShouldHaveNoProblems();
    }

    [Fact]
    public async Task Partial_matches_are_listed_apart_under_their_own_heading()
    {
        await using var reader = await fixture.OpenAsync();
        await reader.GoAsync("/zh/search/?q=" + Uri.EscapeDataString("虹桥 交通"));
        await reader.Page.Locator(Results).First.WaitForAsync();

        var heading = reader.Page.Locator("#search-page-partial-heading");
        await heading.WaitForAsync();
        (await heading.TextContentAsync()).ShouldBe("部分匹配");
        var partial = await reader.Page.Locator("#search-page-partial a.search-result-link").EvaluateAllAsync<string[]>("links => links.map(l => l.getAttribute('href'))");
        partial.ShouldNotBeEmpty();
        var full = await reader.Page.Locator(Results).EvaluateAllAsync<string[]>("links => links.map(l => l.getAttribute('href'))");
        partial.Intersect(full).ShouldBeEmpty();
        reader.ShouldHaveNoProblems();
    }

    [Fact]
    public async Task A_typo_is_searched_as_the_text_one_character_away_and_the_page_says_so()
    {
        await using var reader = await fixture.OpenAsync();
        await reader.GoAsync("/zh/search/?q=" + Uri.EscapeDataString("进口博揽会"));
        await reader.Page.Locator(Results).First.WaitForAsync();

        ((await reader.Page.Locator("#search-page-status").TextContentAsync()) ?? "").ShouldContain("“进口博览会”");
        reader.ShouldHaveNoProblems();
    }
}
