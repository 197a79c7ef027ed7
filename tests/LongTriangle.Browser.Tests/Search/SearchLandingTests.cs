using LongTriangle.Browser.Tests.Infrastructure;

namespace LongTriangle.Browser.Tests.Search;

/// <summary>
/// A reader types a real query, letter by letter, in any rendition, follows the first result and lands on
/// the clause with the searched words highlighted in it (and nowhere else on the page).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchLandingTests(SiteFixture fixture)
{
    private const string Results = "#site-search-results a.search-result-link";

    [Theory]
    [InlineData("zh", "虹桥", "虹桥")]
    [InlineData("zh", "異地就醫", "异地就医")] // Traditional typed, Simplified text found and marked
    [InlineData("zh", "进博会", "进口博览会")] // an abbreviation: the clause says the full name
    [InlineData("en", "Hongqiao", "Hongqiao|虹桥")]
    [InlineData("en", "Import Expo", "Import Expo|进口博览会|CIIE")] // CIIE: a glossary form of the same name
    [InlineData("zh-hant", "異地就醫", "異地就醫")] // the Traditional edition: its own index, its own clause, marked as written
    public async Task Following_a_result_lands_on_the_clause_with_the_searched_words_highlighted(string language, string query, string expected)
    {
        await using var reader = await fixture.OpenAsync();
        await reader.GoAsync($"/{language}/");

        var box = reader.Page.Locator("#site-search-input");
        await box.ClickAsync();
        await reader.Page.Keyboard.TypeAsync(query, new KeyboardTypeOptions { Delay = 30 });
        var first = reader.Page.Locator(Results).First;
        await first.WaitForAsync();
        // Results come as the reader types: wait until those of the whole query have settled.
        var href = (await first.GetAttributeAsync("href")).ShouldNotBeNull();
        for (var i = 0; i < 20; i++)
        {
            await reader.Page.WaitForTimeoutAsync(300);
            var now = (await reader.Page.Locator(Results).First.GetAttributeAsync("href")).ShouldNotBeNull();
            if (now == href) break;
            href = now;
        }
        // Every result leads to a clause of the page's own rendition (same eId in every rendition).
        new Uri(new Uri(reader.Origin), href).AbsolutePath.ShouldStartWith($"/{language}/");
        var eid = (await first.GetAttributeAsync("data-eid")).ShouldNotBeNull();
        await first.ClickAsync();
        await reader.ArriveAtAsync(new Uri(new Uri(reader.Origin), href).AbsoluteUri);
        await Reading.ClauseLinkTests.ShouldBeShownAsync(reader, eid);

        var marks = await reader.Page.EvaluateAsync<string[]>(
            "id => { const c = document.getElementById(id); const clause = c.closest('.clause') || c; return [...clause.querySelectorAll('mark.search-term')].map(m => m.textContent); }", eid);
        marks.ShouldNotBeEmpty($"the landing clause {href} highlights nothing");
        marks.ShouldAllBe(m => expected.Split('|', StringSplitOptions.None).Any(e => m.Contains(e, StringComparison.OrdinalIgnoreCase)));
        var elsewhere = await reader.Page.EvaluateAsync<int>(
            "id => { const c = document.getElementById(id); const clause = c.closest('.clause') || c; return [...document.querySelectorAll('mark.search-term')].filter(m => !clause.contains(m)).length; }", eid);
        elsewhere.ShouldBe(0, "only the landing clause is highlighted");
        reader.ShouldHaveNoProblems();
    }
}
