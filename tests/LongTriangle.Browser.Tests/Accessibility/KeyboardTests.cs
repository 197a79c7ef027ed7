using System.Text.Json;
using LongTriangle.Browser.Tests.Infrastructure;

namespace LongTriangle.Browser.Tests.Accessibility;

/// <summary>Keyboard only: Tab and Enter, no mouse.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(SiteFixture fixture)
{
    private const int MostTabs = 400;

    [Theory]
    [InlineData("zh", "en")]
    [InlineData("en", "zh")]
    public async Task Tab_reaches_the_language_switch_and_Enter_follows_it(string from, string to)
    {
        var document = fixture.Site.LongestDocument;
        await using var reader = await fixture.OpenAsync();
        await reader.GoAsync(document.PathIn(from));

        await TabToAsync(reader, "a.language-switch");
        var href = await reader.Page.EvaluateAsync<string>("() => document.activeElement.href");
        await reader.Page.Keyboard.PressAsync("Enter");

        href.ShouldBe(reader.Url(document.PathIn(to)));
        await reader.ArriveAtAsync(href);
        reader.ShouldHaveNoProblems();
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task Tab_reaches_a_clauses_copy_link_button_and_Enter_copies_the_link(string language)
    {
        var document = fixture.Site.LongestDocument;
        await using var reader = await fixture.OpenAsync(clipboard: true);
        await reader.GoAsync(document.PathIn(language));
        await reader.Page.EvaluateAsync("() => navigator.clipboard.writeText('')");

        await TabToAsync(reader, ".document-body .clause button[data-copy='link']");
        var id = await reader.Page.EvaluateAsync<string>("() => { const c = document.activeElement.closest('.clause'); return (c.querySelector('[data-cite]') || c).id; }");
        await reader.Page.Keyboard.PressAsync("Enter");

        var copied = await reader.BecomesTrueAsync("async () => (await navigator.clipboard.readText()) !== ''");
        copied.ShouldBeTrue("Enter on copy link left the clipboard empty");
        (await reader.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()")).ShouldBe(reader.Url(document.PathIn(language)) + "#" + id);
        reader.ShouldHaveNoProblems();
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task Tab_reaches_a_clauses_permalink_and_Enter_highlights_the_clause(string language)
    {
        var document = fixture.Site.LongestDocument;
        await using var reader = await fixture.OpenAsync();
        await reader.GoAsync(document.PathIn(language));

        await TabToAsync(reader, ".document-body .clause a.clause-permalink");
        var href = await reader.Page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')");
        var visible = await reader.BecomesTrueAsync("() => getComputedStyle(document.activeElement).opacity === '1'");
        visible.ShouldBeTrue("a focused permalink must become fully visible");
        await reader.Page.Keyboard.PressAsync("Enter");

        await reader.ArriveAtAsync(reader.Url(document.PathIn(language)) + href);
        await Reading.ClauseLinkTests.ShouldBeShownAsync(reader, href.TrimStart('#'));
        reader.ShouldHaveNoProblems();
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task Every_tab_stop_is_visible_and_the_skip_link_leads_to_the_text_before_the_outline(string language)
    {
        var document = fixture.Site.LongestDocument;
        await using var reader = await fixture.OpenAsync();
        await reader.GoAsync(document.PathIn(language));

        var invisible = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            await reader.Page.Keyboard.PressAsync("Tab");
            var stop = await reader.Page.EvaluateAsync<JsonElement>("""
                () => {
                  const e = document.activeElement;
                  const box = e.getBoundingClientRect();
                  return { html: e.outerHTML.slice(0, 80), shown: box.width > 0 && box.height > 0 && getComputedStyle(e).visibility !== 'hidden' };
                }
                """);
            if (!stop.GetProperty("shown").GetBoolean()) invisible.Add(stop.GetProperty("html").GetString()!);
        }
        invisible.ShouldBeEmpty("tab stops a sighted keyboard user cannot see");

        await reader.GoAsync(document.PathIn(language));
        await reader.Page.Keyboard.PressAsync("Tab");
        (await reader.Page.EvaluateAsync<bool>("() => document.activeElement.matches('a.skip-link')")).ShouldBeTrue("the first tab stop is not the skip link");
        await reader.Page.Keyboard.PressAsync("Enter");
        var tabs = 0;
        while (tabs < 12 && !await reader.Page.EvaluateAsync<bool>("() => !!document.activeElement.closest('.document-body .clause')"))
        {
            await reader.Page.Keyboard.PressAsync("Tab");
            tabs++;
        }
        tabs.ShouldBeLessThan(12, "after the skip link the first clause is still many tab stops away");
        (await reader.Page.EvaluateAsync<bool>("() => !!document.activeElement.closest('.toc')")).ShouldBeFalse();
        reader.ShouldHaveNoProblems();
    }

    /// <summary>Presses Tab until the focused element matches the selector; fails if it never does.</summary>
    internal static async Task TabToAsync(Reader reader, string selector)
    {
        var seen = new List<string>();
        for (var i = 0; i < MostTabs; i++)
        {
            await reader.Page.Keyboard.PressAsync("Tab");
            if (await reader.Page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector)) return;
            if (seen.Count < 15) seen.Add(await reader.Page.EvaluateAsync<string>("() => document.activeElement?.outerHTML.slice(0, 80) ?? ''"));
        }
        throw new ShouldAssertException($"{MostTabs} presses of Tab never reached {selector}; focus went to: {string.Join(" → ", seen)}");
    }
}
