using System.Text.Json;
using LongTriangle.Browser.Tests.Infrastructure;

namespace LongTriangle.Browser.Tests.Reading;

[Collection(BrowserCollection.Name)]
public sealed class ClauseLinkTests(SiteFixture fixture)
{
    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task Opening_a_clause_link_scrolls_the_clause_below_the_sticky_header_and_highlights_it(string language)
    {
        var site = fixture.Site;
        var id = site.DeepParagraphId(language);
        await using var reader = await fixture.OpenAsync();

        await reader.GoAsync(site.LongestDocument.PathIn(language) + "#" + id);

        await ShouldBeShownAsync(reader, id);
        reader.ShouldHaveNoProblems();
    }

    [Theory]
    [InlineData("zh", "en", "en")]
    [InlineData("en", "zh", "zh-Hans")]
    [InlineData("zh", "zh-hant", "zh-Hant")]
    [InlineData("zh-hant", "en", "en")]
    [InlineData("zh-hant", "zh", "zh-Hans")]
    [InlineData("en", "zh-hant", "zh-Hant")]
    public async Task The_language_switch_keeps_the_page_and_the_clause(string from, string to, string tag)
    {
        var site = fixture.Site;
        var document = site.LongestDocument;
        var id = site.DeepParagraphId(from);
        await using var reader = await fixture.OpenAsync();
        await reader.GoAsync(document.PathIn(from) + "#" + id);

        // One link per other rendition, each named in its own language.
        (await reader.Page.Locator("a.language-switch").CountAsync()).ShouldBe(2);
        await reader.Page.Locator($"a.language-switch[hreflang='{tag}']").ClickAsync();
        await reader.ArriveAtAsync(reader.Url(document.PathIn(to)) + "#" + id);

        (await reader.Page.EvaluateAsync<string>("() => document.documentElement.lang")).ShouldBe(tag);
        await ShouldBeShownAsync(reader, id);
        reader.ShouldHaveNoProblems();
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    [InlineData("zh-hant")]
    public async Task Following_a_fragment_link_inside_the_page_moves_the_language_switch_along(string language)
    {
        var site = fixture.Site;
        var document = site.LongestDocument;
        var target = site.TocTargets(language, document).Last();
        await using var reader = await fixture.OpenAsync();
        await reader.GoAsync(document.PathIn(language));

        await reader.Page.Locator($".toc-sticky a[data-toc-target='{target}']").ClickAsync();

        // Every link of the switch (one per other rendition) points to the same page there, at the same clause.
        string[] others = [.. new[] { "zh", "en", "zh-hant" }.Where(code => code != language)];
        var expected = others.Select(code => document.PathIn(code) + "#" + target).ToArray();
        var switched = await reader.BecomesTrueAsync(
            "expected => JSON.stringify([...document.querySelectorAll('a.language-switch')].map(a => a.getAttribute('href'))) === JSON.stringify(expected)",
            expected);
        var hrefs = await reader.Page.Locator("a.language-switch").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        switched.ShouldBeTrue($"the language switch points to {string.Join(", ", hrefs)}");
        reader.ShouldHaveNoProblems();
    }

    /// <summary>The clause is just below the sticky header and painted in the highlight colour, and only it.</summary>
    internal static async Task ShouldBeShownAsync(Reader reader, string id)
    {
        var placed = await reader.BecomesTrueAsync(Probes.PlacedBelowHeader, id);
        var placement = await reader.Page.EvaluateAsync<JsonElement>(Probes.Placement, id);
        placed.ShouldBeTrue($"#{id} should be scrolled to just below the sticky header: {placement}");
        placement.Number("scrollY").ShouldBeGreaterThan(0, $"the page did not scroll: {placement}");

        var background = placement.Text("clauseBackground");
        background.ShouldNotBe("rgba(0, 0, 0, 0)", $"#{id} is not highlighted: {placement}");
        background.ShouldNotBe(placement.Text("pageBackground"), $"#{id} is not highlighted: {placement}");

        var highlighted = await reader.Page.EvaluateAsync<int>("""
            bg => [...document.querySelectorAll('.clause')].filter(c => getComputedStyle(c).backgroundColor === bg).length
            """, background);
        highlighted.ShouldBe(1, "only the clause linked to should be highlighted");
    }
}
