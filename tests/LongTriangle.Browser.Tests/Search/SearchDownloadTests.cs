using System.Globalization;
using LongTriangle.Browser.Tests.Infrastructure;
using Xunit.Abstractions;

namespace LongTriangle.Browser.Tests.Search;

/// <summary>
/// What a reader's first query downloads (the target of issue 16: at most 300 KB). On a document page, once it
/// has loaded, the reader enters a query in the header's box; every request made from then until the results
/// show and the network is idle is counted, body and headers, as the test server sends them (uncompressed):
/// Pagefind's script and WebAssembly, the index chunks and page records it reads, and the site's own search
/// data. The Traditional → Simplified table is downloaded only for a query holding a Traditional character.
/// The figures go to the test output and to test-output/search-download.txt.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchDownloadTests(SiteFixture fixture, ITestOutputHelper output)
{
    private const long FirstQueryBudgetBytes = 300 * 1024;
    private const string TraditionalTable = "/assets/search/traditional.json";

    [Theory]
    [InlineData("zh", "虹桥")]
    [InlineData("zh", "一网通办")]
    [InlineData("en", "Hongqiao")]
    [InlineData("en", "business environment")]
    public async Task The_first_query_on_a_document_page_downloads_at_most_300_KB(string language, string query)
    {
        var (bytes, urls) = await FirstQueryAsync(language, query);

        bytes.ShouldBeLessThanOrEqualTo(FirstQueryBudgetBytes, string.Join("\n", urls));
        urls.ShouldNotContain(u => u.EndsWith(TraditionalTable, StringComparison.Ordinal), "a Simplified or English query does not need the Traditional table");
    }

    [Fact]
    public async Task A_Traditional_query_downloads_the_Traditional_table_and_finds_the_Simplified_text()
    {
        var (_, urls) = await FirstQueryAsync("zh", "異地就醫");

        urls.ShouldContain(u => u.EndsWith(TraditionalTable, StringComparison.Ordinal));
    }

    private async Task<(long Bytes, IReadOnlyList<string> Urls)> FirstQueryAsync(string language, string query)
    {
        await using var reader = await fixture.OpenAsync();
        await reader.GoAsync($"/{language}/national/outline-2019/");
        await reader.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var requests = new List<IRequest>();
        reader.Page.RequestFinished += (_, request) => { lock (requests) requests.Add(request); };

        await reader.Page.Locator("#site-search-input").ClickAsync();
        // The query arrives as one input, as an input method commits a Chinese word or a paste does: typed letter by
        // letter, the searches of its prefixes can add an index chunk (README, Search), which would make the figure
        // depend on the machine's speed.
        await reader.Page.Keyboard.InsertTextAsync(query);
        await reader.Page.Locator("#site-search-results a.search-result-link").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        (await reader.BecomesTrueAsync("q => document.getElementById('site-search-input').value === q && !document.getElementById('site-search-status').textContent.endsWith('…')", query, 20_000))
            .ShouldBeTrue();
        await reader.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        List<IRequest> made;
        lock (requests) made = [.. requests];
        long bytes = 0;
        var lines = new List<string>();
        foreach (var request in made)
        {
            var sizes = await request.SizesAsync();
            var size = sizes.ResponseBodySize + sizes.ResponseHeadersSize;
            bytes += size;
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{size,8} {new Uri(request.Url).AbsolutePath}"));
        }

        var report = string.Create(CultureInfo.InvariantCulture,
            $"{language} document page, first query '{query}': {bytes / 1024.0:0} KB in {made.Count} requests (budget {FirstQueryBudgetBytes / 1024} KB)");
        output.WriteLine(report);
        output.WriteLine(string.Join("\n", lines));
        Directory.CreateDirectory(SiteFixture.OutputDirectory);
        await File.AppendAllTextAsync(Path.Combine(SiteFixture.OutputDirectory, "search-download.txt"), report + "\n");
        reader.ShouldHaveNoProblems();
        return (bytes, [.. made.Select(r => new Uri(r.Url).AbsolutePath)]);
    }
}
