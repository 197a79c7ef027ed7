using System.Text.Json;
using LongTriangle.Browser.Tests.Infrastructure;

namespace LongTriangle.Browser.Tests.Reading;

/// <summary>
/// Each clause's translation status is in the page (data-translation) as in the document's JSON, and a
/// reader of the English sees a mark on every clause whose English is missing, outdated or left out, and
/// none on a translated one; the coverage is stated, and "Full text" is not said of incomplete English.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TranslationStatusTests(SiteFixture fixture)
{
    private static Dictionary<string, string> StatusesFromJson(BuiltSite site, ContentDocument document)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.SiteDirectory, "data", document.Slug + ".json")));
        return json.RootElement.GetProperty("clauses").EnumerateArray()
            .ToDictionary(c => c.GetProperty("eId").GetString()!, c => c.GetProperty("translation").GetProperty("status").GetString()!);
    }

    [Theory]
    [InlineData(Device.Desktop)]
    [InlineData(Device.Phone)]
    public async Task Every_clause_shows_its_status_as_the_JSON_gives_it(Device device)
    {
        var site = fixture.Site;
        await using var reader = await fixture.OpenAsync(device);
        foreach (var document in site.Documents)
        {
            var expected = StatusesFromJson(site, document);
            await reader.GoAsync(document.PathIn("en"));

            var shown = await reader.Page.Locator("main .clause[data-translation]").EvaluateAllAsync<string[][]>("""
                clauses => clauses.map(c => {
                  const target = c.querySelector('[id][data-cite]');
                  const mark = c.querySelector('.translation-status');
                  const visible = !!mark && mark.getClientRects().length > 0 && getComputedStyle(mark).visibility !== 'hidden';
                  return [target ? target.id : '', c.dataset.translation, visible ? 'marked' : 'unmarked', target ? target.lang || '' : ''];
                })
                """);

            shown.Length.ShouldBe(expected.Count, $"{document}: every clause of the JSON should be on the page");
            foreach (var clause in shown)
            {
                var (id, status, mark, lang) = (clause[0], clause[1], clause[2], clause[3]);
                status.ShouldBe(expected[id], $"{document}#{id}");
                mark.ShouldBe(status == "translated" ? "unmarked" : "marked", $"{document}#{id} is {status}");
                if (status is "untranslated" or "omitted") lang.ShouldBe("zh-Hans", $"{document}#{id}: the Chinese stands in and says so");
            }
        }
        reader.ShouldHaveNoProblems();
    }

    [Theory]
    [InlineData("/en/")]
    [InlineData("/zh/")]
    public async Task Home_region_and_document_pages_state_the_coverage_and_never_claim_a_full_English_text_that_is_not(string home)
    {
        var site = fixture.Site;
        var language = home.Trim('/');
        await using var reader = await fixture.OpenAsync();
        var pages = new List<string> { home };
        pages.AddRange(site.Regions.Where(r => site.Documents.Any(d => d.Region == r)).Select(r => $"/{language}/{r}/"));
        pages.AddRange(site.Documents.Select(d => d.PathIn(language)));
        foreach (var path in pages)
        {
            await reader.GoAsync(path);
            var lines = await reader.Page.Locator("main .translation-coverage").EvaluateAllAsync<string[][]>(
                "lines => lines.map(l => [l.dataset.translated, l.dataset.clauses, l.classList.contains('complete') ? 'complete' : 'partial', l.getClientRects().length > 0 ? 'visible' : 'hidden'])");
            lines.ShouldNotBeEmpty($"{path} states no translation coverage");
            foreach (var line in lines)
            {
                line[3].ShouldBe("visible", path);
                var complete = int.Parse(line[0]) == int.Parse(line[1]);
                if (!complete) line[2].ShouldBe("partial", path);
            }
            if (language == "en" && lines.Any(l => l[2] == "partial"))
            {
                var claims = await reader.Page.Locator("main .completeness").AllInnerTextsAsync();
                claims.Count(c => c.TrimEnd().EndsWith("Full text", StringComparison.Ordinal)).ShouldBeLessThanOrEqualTo(
                    lines.Count(l => l[2] == "complete"), $"{path} says \"Full text\" of English that is not complete");
            }
        }
        reader.ShouldHaveNoProblems();
    }

    [Fact]
    public async Task The_English_citation_says_it_is_an_unofficial_translation()
    {
        var site = fixture.Site;
        await using var reader = await fixture.OpenAsync();
        await reader.GoAsync(site.LongestDocument.PathIn("en"));
        var citations = await reader.Page.Locator("main [data-cite]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.cite)");
        citations.ShouldNotBeEmpty();
        citations.ShouldAllBe(c => c.EndsWith("(unofficial translation)", StringComparison.Ordinal));
        reader.ShouldHaveNoProblems();
    }
}
