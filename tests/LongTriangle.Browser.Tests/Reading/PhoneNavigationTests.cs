using System.Text.Json;
using LongTriangle.Browser.Tests.Infrastructure;

namespace LongTriangle.Browser.Tests.Reading;

/// <summary>A phone reader: title first, the header out of the way, the outline and the top one tap away.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneNavigationTests(SiteFixture fixture)
{
    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task On_a_phone_the_title_comes_before_the_outline_and_the_header_scrolls_away(string language)
    {
        var document = fixture.Site.LongestDocument;
        await using var reader = await fixture.OpenAsync(Device.Phone);
        await reader.GoAsync(document.PathIn(language));

        var before = await reader.Page.EvaluateAsync<JsonElement>("""
            () => ({
              titleTop: document.querySelector('h1').getBoundingClientRect().top,
              viewport: innerHeight,
            })
            """);
        before.GetProperty("titleTop").GetDouble().ShouldBeLessThan(before.GetProperty("viewport").GetDouble() / 2, "the title is not near the top");

        await reader.Page.Mouse.WheelAsync(0, 2000);
        var headerGone = await reader.BecomesTrueAsync("() => document.querySelector('.site-header').getBoundingClientRect().bottom <= 0");
        headerGone.ShouldBeTrue("the header still takes part of the screen after scrolling");
        reader.ShouldHaveNoProblems();
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task From_deep_in_the_text_the_contents_button_opens_the_outline_at_the_current_heading(string language)
    {
        var site = fixture.Site;
        var document = site.LongestDocument;
        var id = site.DeepParagraphId(language);
        await using var reader = await fixture.OpenAsync(Device.Phone);
        await reader.GoAsync(document.PathIn(language) + "#" + id);
        await ClauseLinkTests.ShouldBeShownAsync(reader, id);

        var button = reader.Page.Locator("a.contents-button");
        (await button.IsVisibleAsync()).ShouldBeTrue("no contents button on screen");
        await button.TapAsync();

        var open = await reader.BecomesTrueAsync("""
            () => {
              const panel = document.getElementById('contents');
              const box = panel.getBoundingClientRect();
              return panel.classList.contains('is-open') && getComputedStyle(panel).visibility === 'visible' && box.top < innerHeight && box.bottom > 0;
            }
            """);
        open.ShouldBeTrue("the outline did not open over the text");
        var current = await reader.Page.EvaluateAsync<string?>("() => document.querySelector('#contents a[aria-current]')?.getAttribute('data-toc-target') ?? null");
        current.ShouldNotBeNull("the outline does not mark where the reader is");
        id.ShouldStartWith(current);

        // Following an entry closes the panel and lands on it.
        var entry = reader.Page.Locator("#contents a[data-toc-target]").First;
        var target = await entry.GetAttributeAsync("data-toc-target");
        await entry.TapAsync();
        await reader.ArriveAtAsync(reader.Url(document.PathIn(language)) + "#" + target);
        (await reader.BecomesTrueAsync("() => !document.getElementById('contents').classList.contains('is-open')")).ShouldBeTrue();
        reader.ShouldHaveNoProblems();
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task Back_to_top_returns_to_the_title(string language)
    {
        var site = fixture.Site;
        var document = site.LongestDocument;
        await using var reader = await fixture.OpenAsync(Device.Phone);
        await reader.GoAsync(document.PathIn(language) + "#" + site.DeepParagraphId(language));

        await reader.Page.Locator("a.back-to-top").TapAsync();

        (await reader.BecomesTrueAsync("() => { const t = document.querySelector('h1').getBoundingClientRect(); return t.top >= 0 && t.top < innerHeight; }"))
            .ShouldBeTrue("the title is not in view after back to top");
        reader.ShouldHaveNoProblems();
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task Loading_a_document_on_a_phone_shifts_nothing(string language)
    {
        var document = fixture.Site.LongestDocument;
        await using var reader = await fixture.OpenAsync(Device.Phone);
        await reader.GoAsync(document.PathIn(language));

        var shift = await reader.Page.EvaluateAsync<double>("""
            () => new Promise(resolve => {
              let total = 0;
              new PerformanceObserver(list => {
                for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
              }).observe({ type: 'layout-shift', buffered: true });
              setTimeout(() => resolve(total), 500);
            })
            """);
        shift.ShouldBeLessThan(0.01, "cumulative layout shift while the page loads");
        reader.ShouldHaveNoProblems();
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task Tapping_a_clauses_mark_opens_its_copy_menu_without_leaving_the_place(string language)
    {
        var site = fixture.Site;
        var document = site.LongestDocument;
        var id = site.DeepParagraphId(language);
        await using var reader = await fixture.OpenAsync(Device.Phone);
        await reader.GoAsync(document.PathIn(language) + "#" + id);
        await ClauseLinkTests.ShouldBeShownAsync(reader, id);
        var clause = reader.Page.Locator($".clause:has([id='{id}']), .clause[id='{id}']").First;
        var scrollBefore = await reader.Page.EvaluateAsync<double>("() => scrollY");

        await clause.Locator("a.clause-permalink").TapAsync();

        (await clause.Locator("button[data-copy='link']").IsVisibleAsync()).ShouldBeTrue("the copy menu did not open");
        (await reader.Page.EvaluateAsync<double>("() => scrollY")).ShouldBe(scrollBefore, 1, "tapping the mark moved the page");
        var menu = await clause.Locator(".clause-menu").BoundingBoxAsync();
        var box = await clause.BoundingBoxAsync();
        menu.ShouldNotBeNull();
        box.ShouldNotBeNull();
        menu.Y.ShouldBeGreaterThanOrEqualTo(box.Y, "the menu opens over the clause before");
        reader.ShouldHaveNoProblems();
    }
}
