using System.Text.Json;
using LongTriangle.Browser.Tests.Infrastructure;

namespace LongTriangle.Browser.Tests.Reading;

[Collection(BrowserCollection.Name)]
public sealed class TableOfContentsTests(SiteFixture fixture)
{
    private const string CurrentTarget = "() => document.querySelector('.toc-sticky a[aria-current]')?.getAttribute('data-toc-target') ?? null";

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task A_table_of_contents_link_goes_to_its_section_and_marks_it_current(string language)
    {
        var site = fixture.Site;
        var document = site.LongestDocument;
        var targets = site.TocTargets(language, document);
        targets.Count.ShouldBeGreaterThan(2, "the longest document should have an outline");
        var target = targets[targets.Count / 2];
        await using var reader = await fixture.OpenAsync();
        await reader.GoAsync(document.PathIn(language));

        await reader.Page.Locator($".toc-sticky a[data-toc-target='{target}']").ClickAsync();

        await reader.ArriveAtAsync(reader.Url(document.PathIn(language)) + "#" + target);
        await ClauseLinkTests.ShouldBeShownAsync(reader, target);
        var marked = await reader.BecomesTrueAsync($"t => ({CurrentTarget})() === t", target);
        marked.ShouldBeTrue($"the outline marks {await reader.Page.EvaluateAsync<string?>(CurrentTarget)} instead of {target}");
        reader.ShouldHaveNoProblems();
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task Every_table_of_contents_link_marks_its_own_section_not_a_neighbour(string language)
    {
        var site = fixture.Site;
        var document = site.LongestDocument;
        await using var reader = await fixture.OpenAsync();
        await reader.GoAsync(document.PathIn(language));

        var wrong = new List<string>();
        foreach (var target in site.TocTargets(language, document))
        {
            await reader.Page.Locator($".toc-sticky a[data-toc-target='{target}']").ClickAsync();
            if (!await reader.BecomesTrueAsync($"t => ({CurrentTarget})() === t", target, timeout: 3_000))
                wrong.Add($"{target} → {await reader.Page.EvaluateAsync<string?>(CurrentTarget) ?? "none"}");
        }
        wrong.ShouldBeEmpty("following these outline links marked another section");
        reader.ShouldHaveNoProblems();
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task Scrolling_moves_the_current_mark_to_the_section_being_read(string language)
    {
        var site = fixture.Site;
        var document = site.LongestDocument;
        var targets = site.TocTargets(language, document);
        await using var reader = await fixture.OpenAsync();
        await reader.GoAsync(document.PathIn(language));

        foreach (var target in new[] { targets[targets.Count / 3], targets[targets.Count * 2 / 3], targets[1] })
        {
            // Scroll (not jump by fragment) until the section's heading sits a little below the header.
            await reader.Page.EvaluateAsync("""
                id => {
                  const header = document.querySelector('.site-header').getBoundingClientRect().bottom;
                  const top = document.getElementById(id).getBoundingClientRect().top + scrollY;
                  window.scrollTo(0, top - header - 24);
                }
                """, target);
            var marked = await reader.BecomesTrueAsync($"t => ({CurrentTarget})() === t", target);
            marked.ShouldBeTrue($"after scrolling to {target} the outline marks {await reader.Page.EvaluateAsync<string?>(CurrentTarget)}");
            (await reader.Page.Locator(".toc-sticky a[aria-current]").CountAsync()).ShouldBe(1);
        }
        reader.ShouldHaveNoProblems();
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task The_table_of_contents_stays_in_view_beside_the_text_on_a_desktop(string language)
    {
        var site = fixture.Site;
        var document = site.LongestDocument;
        await using var reader = await fixture.OpenAsync();
        await reader.GoAsync(document.PathIn(language) + "#" + site.DeepParagraphId(language));
        await ClauseLinkTests.ShouldBeShownAsync(reader, site.DeepParagraphId(language));

        var toc = await reader.Page.EvaluateAsync<JsonElement>("""
            () => {
              const box = document.querySelector('.toc-sticky').getBoundingClientRect();
              const header = document.querySelector('.site-header').getBoundingClientRect();
              return { top: box.top, bottom: box.bottom, headerBottom: header.bottom, viewportHeight: innerHeight };
            }
            """);
        toc.Number("top").ShouldBeGreaterThanOrEqualTo(toc.Number("headerBottom") - 1, toc.ToString());
        toc.Number("top").ShouldBeLessThan(toc.Number("viewportHeight") / 2, toc.ToString());
        reader.ShouldHaveNoProblems();
    }
}
