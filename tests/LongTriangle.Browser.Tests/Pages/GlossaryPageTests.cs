using LongTriangle.Browser.Tests.Infrastructure;

namespace LongTriangle.Browser.Tests.Pages;

/// <summary>The glossary, in both languages: reachable from the home page, every term with its English, and its clause links landing on the clauses.</summary>
[Collection(BrowserCollection.Name)]
public sealed class GlossaryPageTests(SiteFixture fixture)
{
    [Theory]
    [InlineData("zh", Device.Desktop)]
    [InlineData("en", Device.Desktop)]
    [InlineData("en", Device.Phone)]
    public async Task The_home_page_leads_to_the_glossary_whose_terms_link_to_the_clauses_that_use_them(string language, Device device)
    {
        await using var reader = await fixture.OpenAsync(device);
        await reader.GoAsync($"/{language}/");
        await reader.Page.Locator("main .glossary-link a").ClickAsync();
        await reader.ArriveAtAsync(reader.Url($"/{language}/glossary/"));

        var terms = await reader.Page.Locator("main .glossary-term h2").EvaluateAllAsync<string[][]>(
            "hs => hs.map(h => [h.id, h.querySelector('.term-zh').textContent, h.querySelector('.term-en').textContent])");
        terms.Length.ShouldBeGreaterThanOrEqualTo(100);
        terms.ShouldAllBe(t => t[0].Length > 0 && t[1].Length > 0 && t[2].Length > 0);
        terms.Select(t => t[0]).ShouldBeUnique();

        // The Lin-gang Special Area is used by the Outline: follow its first clause link.
        var term = reader.Page.Locator("main .glossary-term").Filter(new LocatorFilterOptions { HasText = "临港新片区" }).First;
        (await term.Locator("h2 .term-en").InnerTextAsync()).ShouldStartWith("Lin-gang Special Area");
        await term.Locator(".term-uses summary").ClickAsync();
        var link = term.Locator(".term-uses a").First;
        var href = (await link.GetAttributeAsync("href")).ShouldNotBeNull();
        href.ShouldStartWith($"/{language}/");
        var id = href.Split('#')[1];
        await link.ClickAsync();
        await reader.ArriveAtAsync(reader.Url(href));
        await Reading.ClauseLinkTests.ShouldBeShownAsync(reader, id);
        (await reader.Page.Locator($"[id='{id}']").InnerTextAsync()).ShouldNotBeEmpty();
        reader.ShouldHaveNoProblems();
    }
}
