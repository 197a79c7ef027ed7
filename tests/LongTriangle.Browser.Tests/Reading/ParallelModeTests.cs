using System.Text.Json;
using LongTriangle.Browser.Tests.Infrastructure;

namespace LongTriangle.Browser.Tests.Reading;

[Collection(BrowserCollection.Name)]
public sealed class ParallelModeTests(SiteFixture fixture)
{
    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task The_parallel_view_shows_both_languages_side_by_side_row_by_row(string language)
    {
        var document = fixture.Site.LongestDocument;
        await using var reader = await fixture.OpenAsync();
        await reader.GoAsync(document.PathIn(language));

        await reader.Page.Locator("a.view-switch[data-view-mode='parallel']").ClickAsync();
        await reader.ArriveAtAsync(reader.Url(document.ParallelPathIn(language)));

        var rows = await reader.Page.EvaluateAsync<JsonElement>("""
            () => {
              const rows = [...document.querySelectorAll('.document-body .parallel-row')];
              const bad = [];
              for (const row of rows) {
                const zh = row.querySelector(':scope > .parallel-cell[lang="zh-Hans"]');
                const en = row.querySelector(':scope > .parallel-cell[lang="en"]');
                if (!zh || !en) { bad.push(row.id + ': missing a language'); continue; }
                const a = zh.getBoundingClientRect(), b = en.getBoundingClientRect();
                if (a.width < 150 || b.width < 150) bad.push(row.id + ': a column is too narrow');
                else if (Math.abs(a.top - b.top) > 1) bad.push(row.id + ': the columns start at different heights');
                else if (!(a.right <= b.left)) bad.push(row.id + ': Chinese is not beside and before English');
              }
              return { rows: rows.length, bad: bad.slice(0, 5), badCount: bad.length };
            }
            """);
        rows.Number("rows").ShouldBe(fixture.Site.ClauseIds(language, document).Count, $"one row per clause: {rows}");
        rows.Number("badCount").ShouldBe(0, rows.ToString());
        reader.ShouldHaveNoProblems();
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task The_parallel_mode_is_remembered_for_the_sites_own_links_and_on_reload(string language)
    {
        var site = fixture.Site;
        var first = site.LongestDocument;
        var second = site.Documents.First(d => d != first);
        await using var reader = await fixture.OpenAsync();
        await reader.GoAsync(first.PathIn(language));
        await reader.Page.Locator("a.view-switch[data-view-mode='parallel']").ClickAsync();
        await reader.ArriveAtAsync(reader.Url(first.ParallelPathIn(language)));
        await reader.Page.ReloadAsync();
        await reader.ArriveAtAsync(reader.Url(first.ParallelPathIn(language)));
        (await reader.Page.Locator(".parallel-row").CountAsync()).ShouldBeGreaterThan(0);

        // Through the home page's list: its links lead to the parallel view now.
        await reader.GoAsync($"/{language}/");
        await reader.Page.Locator($"main a[href^='{second.PathIn(language)}']").First.ClickAsync();
        await reader.ArriveAtAsync(reader.Url(second.ParallelPathIn(language)));

        // Back to one language, and that is remembered too.
        await reader.Page.Locator("a.view-switch[data-view-mode='single']").ClickAsync();
        await reader.ArriveAtAsync(reader.Url(second.PathIn(language)));
        await reader.GoAsync($"/{language}/");
        await reader.Page.Locator($"main a[href^='{first.PathIn(language)}']").First.ClickAsync();
        await reader.ArriveAtAsync(reader.Url(first.PathIn(language)));
        reader.ShouldHaveNoProblems();
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task A_shared_single_language_clause_link_opens_as_shared_even_in_parallel_mode(string language)
    {
        var site = fixture.Site;
        var document = site.LongestDocument;
        var id = site.DeepParagraphId(language);
        await using var reader = await fixture.OpenAsync();
        await reader.GoAsync(document.PathIn(language));
        await reader.Page.Locator("a.view-switch[data-view-mode='parallel']").ClickAsync();
        await reader.ArriveAtAsync(reader.Url(document.ParallelPathIn(language)));

        await reader.GoAsync(document.PathIn(language) + "#" + id);

        await reader.ArriveAtAsync(reader.Url(document.PathIn(language)) + "#" + id);
        await ClauseLinkTests.ShouldBeShownAsync(reader, id);
        reader.ShouldHaveNoProblems();
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task Switching_between_one_language_and_side_by_side_keeps_the_clause(string language)
    {
        var site = fixture.Site;
        var document = site.LongestDocument;
        var id = site.DeepParagraphId(language);
        await using var reader = await fixture.OpenAsync();
        await reader.GoAsync(document.PathIn(language) + "#" + id);

        await reader.Page.Locator("a.view-switch[data-view-mode='parallel']").ClickAsync();
        await reader.ArriveAtAsync(reader.Url(document.ParallelPathIn(language)) + "#" + id);
        await ClauseLinkTests.ShouldBeShownAsync(reader, id);

        await reader.Page.Locator("a.view-switch[data-view-mode='single']").ClickAsync();
        await reader.ArriveAtAsync(reader.Url(document.PathIn(language)) + "#" + id);
        await ClauseLinkTests.ShouldBeShownAsync(reader, id);
        reader.ShouldHaveNoProblems();
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task Copy_link_in_the_side_by_side_view_copies_the_single_language_address(string language)
    {
        var site = fixture.Site;
        var document = site.LongestDocument;
        var id = site.DeepParagraphId(language);
        await using var reader = await fixture.OpenAsync(clipboard: true);
        await reader.GoAsync(document.ParallelPathIn(language) + "#" + id);
        await ClauseLinkTests.ShouldBeShownAsync(reader, id);

        var copied = await CopyToolTests.CopyAsync(reader, id, "link");

        copied.ShouldBe(reader.Url(document.PathIn(language)) + "#" + id);
        reader.ShouldHaveNoProblems();
    }
}
