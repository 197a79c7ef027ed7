using System.Text.Json;
using LongTriangle.Browser.Tests.Infrastructure;

namespace LongTriangle.Browser.Tests.Search;

/// <summary>The header's search box over the real Pagefind index that the build writes.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchBoxTests(SiteFixture fixture)
{
    private const string Box = "#site-search-input";
    private const string Results = "#site-search-results a.search-result-link";

    [Theory]
    [InlineData("zh", "示范区")]
    [InlineData("zh", "虹桥商务区")]
    [InlineData("zh", "一网通办")]
    [InlineData("en", "Hongqiao")]
    [InlineData("en", "demonstration zone")]
    [InlineData("en", "示范区")]
    public async Task A_search_result_links_to_a_clause_containing_the_query_and_following_it_lands_on_the_clause(string language, string query)
    {
        await using var reader = await fixture.OpenAsync();
        await reader.GoAsync($"/{language}/");

        await reader.Page.GetByRole(AriaRole.Searchbox).First.FillAsync(query);

        await FollowFirstResultAsync(reader, query);
        reader.ShouldHaveNoProblems();
    }

    [Theory]
    [InlineData("zh", "示范区")]
    [InlineData("en", "Hongqiao")]
    public async Task Keyboard_only_slash_focuses_the_search_box_and_arrow_keys_and_Enter_open_a_result(string language, string query)
    {
        await using var reader = await fixture.OpenAsync();
        await reader.GoAsync(fixture.Site.LongestDocument.PathIn(language));

        await reader.Page.Keyboard.PressAsync("/");
        (await reader.Page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", Box)).ShouldBeTrue("/ should focus the search box");
        await reader.Page.Keyboard.TypeAsync(query);
        await reader.Page.Locator(Results).First.WaitForAsync();
        await reader.Page.Keyboard.PressAsync("ArrowDown");
        var href = await reader.Page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')");
        await reader.Page.Keyboard.PressAsync("Enter");

        await reader.ArriveAtAsync(new Uri(new Uri(reader.Origin), href).AbsoluteUri);
        await Reading.ClauseLinkTests.ShouldBeShownAsync(reader, new Uri(new Uri(reader.Origin), href).Fragment.TrimStart('#'));
        reader.ShouldHaveNoProblems();
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task Tab_reaches_the_search_box(string language)
    {
        await using var reader = await fixture.OpenAsync();
        await reader.GoAsync(fixture.Site.LongestDocument.PathIn(language));

        await Accessibility.KeyboardTests.TabToAsync(reader, "input[type='search'], [role='searchbox']");
        reader.ShouldHaveNoProblems();
    }

    [Theory]
    [InlineData("zh", "示范区")]
    [InlineData("en", "Hongqiao")]
    public async Task On_a_phone_the_search_box_is_reachable_and_its_results_fit_the_screen(string language, string query)
    {
        await using var reader = await fixture.OpenAsync(Device.Phone);
        await reader.GoAsync(fixture.Site.LongestDocument.PathIn(language));

        var box = reader.Page.GetByRole(AriaRole.Searchbox).First;
        await box.ScrollIntoViewIfNeededAsync();
        (await box.IsVisibleAsync()).ShouldBeTrue("the search box is not visible on a phone");
        await box.TapAsync();
        await box.FillAsync(query);
        var first = reader.Page.Locator(Results).First;
        await first.WaitForAsync();

        (await first.IsVisibleAsync()).ShouldBeTrue();
        var widths = await reader.Page.EvaluateAsync<JsonElement>(Probes.Widths);
        widths.Number("scrollWidth").ShouldBeLessThanOrEqualTo(widths.Number("innerWidth"), $"the results make the page scroll sideways: {widths}");
        var box2 = await first.BoundingBoxAsync();
        box2.ShouldNotBeNull();
        (box2.X + box2.Width).ShouldBeLessThanOrEqualTo(360.5f, "a result runs off the screen");
        await FollowFirstResultAsync(reader, query, tap: true);
        reader.ShouldHaveNoProblems();
    }

    /// <summary>
    /// The first result must name a document of content/ and one of its clauses; following it must land
    /// on that clause, highlighted, and the clause must contain every word of the query.
    /// </summary>
    private async Task FollowFirstResultAsync(Reader reader, string query, bool tap = false)
    {
        var first = reader.Page.Locator(Results).First;
        await first.WaitForAsync();
        var href = (await first.GetAttributeAsync("href")).ShouldNotBeNull();
        var eid = (await first.GetAttributeAsync("data-eid")).ShouldNotBeNull();
        var target = new Uri(new Uri(reader.Origin), href);
        target.Fragment.ShouldBe("#" + eid, $"the result {href} should link to its clause");

        var document = fixture.Site.Documents.SingleOrDefault(d => BuiltSite.Languages.Any(l => d.PathIn(l) == target.AbsolutePath || d.ParallelPathIn(l) == target.AbsolutePath));
        document.ShouldNotBeNull($"the result {href} does not link to a document of content/");
        var language = target.AbsolutePath.Split('/')[1];
        fixture.Site.ClauseIds(language, document).ShouldContain(eid, $"the result {href} names no clause of {document}");

        if (tap) await first.TapAsync();
        else await first.ClickAsync();
        await reader.ArriveAtAsync(target.AbsoluteUri);
        await Reading.ClauseLinkTests.ShouldBeShownAsync(reader, eid);

        var text = await reader.Page.EvaluateAsync<string>("id => { const t = document.getElementById(id); return (t.closest('.clause') || t).textContent; }", eid);
        if (language == "en" && query.Any(c => c is >= '\u4e00' and <= '\u9fff'))
        {
            // A Chinese query on an English page lands on the clause whose Chinese holds it; the page shows its English.
            var chinese = fixture.Site.Html(document.PathIn("zh"));
            var at = chinese.IndexOf($"id=\"{eid}\"", StringComparison.Ordinal);
            at.ShouldBeGreaterThan(-1, $"#{eid} is not on the Chinese page");
            text = chinese[at..chinese.IndexOf("</div>", at, StringComparison.Ordinal)];
        }
        foreach (var word in query.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            text.ShouldContain(word, Case.Insensitive, $"the clause {href} does not contain '{word}' of the query '{query}'");
    }
}
