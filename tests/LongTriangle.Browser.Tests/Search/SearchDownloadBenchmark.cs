using System.Globalization;
using LongTriangle.Browser.Tests.Infrastructure;
using Xunit.Abstractions;

namespace LongTriangle.Browser.Tests.Search;

/// <summary>
/// A benchmark, not a test (./test.sh leaves the category Benchmark out): what a reader's first query downloads on a
/// built site of any size, counted as <see cref="SearchDownloadTests"/> counts it (every request from the query until
/// the results show and the network is idle, body and headers as the server sends them, uncompressed), so that an index
/// in parts can be compared with one index a language on a benchmark library (benchmarks/corpus.py, then build).
/// The sites are LONGTRIANGLE_SEARCH_SITES (built site folders separated by ':'), or the repository's site without it;
/// on each, the first document page of the national region in Chinese and in English. Figures go to the test output
/// and to test-output/search-download-sites.txt.
/// Run: LONGTRIANGLE_SEARCH_SITES=/tmp/a/site:/tmp/b/site dotnet test tests/LongTriangle.Browser.Tests -c Release --no-build --filter FullyQualifiedName~SearchDownloadBenchmark
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Benchmark")]
public sealed class SearchDownloadBenchmark(SiteFixture fixture, ITestOutputHelper output)
{
    private static readonly (string Language, string Query)[] Queries =
        [("zh", "虹桥"), ("zh", "一网通办"), ("zh", "异地就医"), ("en", "Hongqiao"), ("en", "business environment"), ("en", "虹桥")];

    [Fact]
    public async Task The_first_query_s_download_on_each_site()
    {
        var sites = Environment.GetEnvironmentVariable("LONGTRIANGLE_SEARCH_SITES") is { Length: > 0 } named
            ? named.Split(':', StringSplitOptions.RemoveEmptyEntries)
            : [fixture.Site.SiteDirectory];
        var lines = new List<string>();
        foreach (var site in sites)
        {
            await using var host = await StaticHost.StartAsync(site);
            foreach (var (language, query) in Queries)
            {
                var page = FirstDocumentPage(site, language);
                var (bytes, requests) = await FirstQueryAsync(host.Origin, page, query);
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"{site}  {page}  '{query}': {bytes / 1024.0:0} KB in {requests} requests"));
            }
        }
        var report = string.Join("\n", lines);
        output.WriteLine(report);
        Directory.CreateDirectory(SiteFixture.OutputDirectory);
        await File.AppendAllTextAsync(Path.Combine(SiteFixture.OutputDirectory, "search-download-sites.txt"), report + "\n");
        lines.Count.ShouldBe(sites.Length * Queries.Length);
    }

    private static string FirstDocumentPage(string site, string language)
    {
        var region = Path.Combine(site, language, "national");
        var first = Directory.EnumerateDirectories(region).Order(StringComparer.Ordinal)
            .First(d => File.Exists(Path.Combine(d, "index.html")) && Path.GetFileName(d).StartsWith("outline", StringComparison.Ordinal));
        return $"/{language}/national/{Path.GetFileName(first)}/";
    }

    private async Task<(long Bytes, int Requests)> FirstQueryAsync(string origin, string path, string query)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ReducedMotion = ReducedMotion.Reduce });
        context.SetDefaultTimeout(60_000);
        await using var reader = await Reader.StartAsync(context, origin);
        await reader.GoAsync(path);
        await reader.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var requests = new List<IRequest>();
        reader.Page.RequestFinished += (_, request) => { lock (requests) requests.Add(request); };
        await reader.Page.Locator("#site-search-input").ClickAsync();
        await reader.Page.Keyboard.InsertTextAsync(query);
        try
        {
            await reader.Page.Locator("#site-search-results a.search-result-link").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        }
        catch (TimeoutException)
        {
            throw new InvalidOperationException($"{origin}{path} '{query}': no result shown; status '{await reader.Page.Locator("#site-search-status").TextContentAsync()}'; {string.Join("; ", reader.Problems)}");
        }
        (await reader.BecomesTrueAsync("q => document.getElementById('site-search-input').value === q && !document.getElementById('site-search-status').textContent.endsWith('…')", query, 60_000))
            .ShouldBeTrue();
        await reader.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        List<IRequest> made;
        lock (requests) made = [.. requests];
        long bytes = 0;
        foreach (var request in made)
        {
            var sizes = await request.SizesAsync();
            bytes += sizes.ResponseBodySize + sizes.ResponseHeadersSize;
        }
        reader.ShouldHaveNoProblems();
        return (bytes, made.Count);
    }
}
